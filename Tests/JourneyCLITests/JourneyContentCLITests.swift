import Foundation
import JourneyTestSupport
import Testing

/// What `journey validate` reads: journey files told by their content, the files beside them
/// (the JSON Schema, settings, a CI workflow) skipped, actual journeys checked as records; and
/// `journey conformance` on a file it cannot judge.
@Suite("journey validate and conformance: what gets validated")
struct JourneyContentCLITests {
    /// A folder as a project keeps it: a journey, the JSON Schema `journey schema --json-schema`
    /// writes, a `.journeylint.yaml`, an actual journey, a GitHub workflow and a Kubernetes file.
    struct Project {
        let workspace = CLIWorkspace("journey-content")

        init() throws {
            try FileManager.default.createDirectory(at: workspace.url("journeys/.github/workflows"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: workspace.url("journeys/actual"), withIntermediateDirectories: true)
            try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml"), as: "journeys/clinic.yaml")
            try workspace.copy(
                TestPaths.samples.appendingPathComponent("actual/clinic-actual-drop-off.yaml"), as: "journeys/actual/drop-off.yaml")
            let schema = try workspace.run(["schema", "--json-schema"])
            try #require(schema.status == 0, "\(schema.allText)")
            try workspace.write("journeys/journeykit.schema.json", schema.output)
            try workspace.write("journeys/.journeylint.yaml", "profile: all\nstrict: false\n")
            let workflow = "name: CI\non: [push]\njobs:\n  validate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: journey validate journeys/\n"
            // The same workflow where the walk looks (the hidden one is never walked).
            try workspace.write("journeys/.github/workflows/ci.yml", workflow)
            try workspace.write("journeys/ci.yml", workflow)
            try workspace.write("journeys/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: clinic\n")
        }

        func run(_ arguments: [String]) throws -> CommandResult { try workspace.run(arguments) }
    }

    @Test("validate DIR reads the journeys only: the schema, a workflow and other YAML are skipped, and --verbose says why")
    func folderSkipsOtherFiles() throws {
        try #require(JourneyBinary.url != nil)
        let project = try Project()
        defer { project.workspace.remove() }
        let result = try project.run(["validate", "--verbose", "--format", "json", "journeys"])
        #expect(result.status == 0, "\(result.allText)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["file"] as? String } == ["journeys/actual/drop-off.yaml", "journeys/clinic.yaml"])
        for file in files {
            #expect((file["findings"] as? [Any])?.isEmpty == true, "\(file)")
        }
        #expect(result.errors.contains("journeys/journeykit.schema.json: skipped, not a journey file: a JSON Schema (`$schema` at the top level)"), "\(result.errors)")
        #expect(result.errors.contains("journeys/ci.yml: skipped, not a journey file: its top level has none of a journey's keys"), "\(result.errors)")
        #expect(result.errors.contains("journeys/deployment.yaml: skipped, not a journey file"), "\(result.errors)")
        #expect(!result.errors.contains("journeylint"), "a hidden file is not even looked at: \(result.errors)")

        // Without --verbose, nothing is said about the skipped files; the text report names the
        // actual journey as one, checked as a record.
        let quiet = try project.run(["validate", "journeys"])
        #expect(quiet.status == 0, "\(quiet.allText)")
        #expect(!quiet.allText.contains("schema"), "\(quiet.allText)")
        #expect(quiet.output.contains("journeys/actual/drop-off.yaml: ok — actual journey (structural checks), 8 touchpoints"), "\(quiet.output)")
        #expect(quiet.output.contains("2 files: no problems"), "\(quiet.output)")
    }

    @Test("a pattern is sorted by content too, and a folder of no journeys says how many files it passed over")
    func patternAndEmptyFolder() throws {
        try #require(JourneyBinary.url != nil)
        let project = try Project()
        defer { project.workspace.remove() }
        let pattern = try project.run(["validate", "--format", "json", "journeys/*.json"])
        #expect(pattern.status == 1)
        #expect(pattern.errors.contains("journeys/*.json: no journey file matches this pattern (1 file is not a journey; --verbose says which and why)"), "\(pattern.errors)")
        let both = try project.run(["validate", "-q", "journeys/*.y*ml"])
        #expect(both.status == 0, "\(both.allText)")

        try FileManager.default.createDirectory(at: project.workspace.url("other"), withIntermediateDirectories: true)
        try project.workspace.write("other/ci.yml", "name: CI\non: [push]\n")
        try project.workspace.write("other/list.yaml", "- one\n- two\n")
        let empty = try project.run(["validate", "--verbose", "other"])
        #expect(empty.status == 1)
        #expect(empty.errors.contains("2 files are not journeys; --verbose says which and why"), "\(empty.errors)")
        #expect(empty.errors.contains("other/list.yaml: skipped, not a journey file: its top level is a list"), "\(empty.errors)")
    }

    @Test("a file named on the command line that is not a journey gets one clear error, whatever the format")
    func explicitNonJourney() throws {
        try #require(JourneyBinary.url != nil)
        let project = try Project()
        defer { project.workspace.remove() }
        try project.workspace.write("journeys/flow.mmd", "%% a flowchart\nflowchart LR\n  A --> B\n")
        try project.workspace.write("journeys/svg.xml", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
        let cases = [
            ("journeys/journeykit.schema.json", "a JSON Schema (`$schema` at the top level)"),
            ("journeys/ci.yml", "its top level has none of a journey's keys"),
            ("journeys/flow.mmd", "a Mermaid flowchart diagram, not a journey"),
            ("journeys/svg.xml", "an XML file whose root element is <svg>"),
        ]
        for (file, reason) in cases {
            let result = try project.run(["validate", "--no-config", file])
            #expect(result.status == 1, "\(file): \(result.allText)")
            let lines = result.output.split(separator: "\n")
            #expect(lines.first?.hasPrefix("\(file):1:1: error[FILE-NOT-JOURNEY]: not a journey file: \(reason)") == true, "\(result.output)")
            #expect(lines.filter { $0.contains("error[") }.count == 1, "one finding, not a journey's worth: \(result.output)")
        }
        // The same for standard input, and in SARIF the finding has a title.
        let schema = try project.workspace.read("journeys/journeykit.schema.json")
        let piped = try project.workspace.run(["validate", "--no-config", "-"], input: schema)
        #expect(piped.status == 1)
        #expect(piped.output.contains("<stdin>:1:1: error[FILE-NOT-JOURNEY]"), "\(piped.output)")
        let sarif = try project.run(["validate", "--no-config", "--format", "sarif", "journeys/ci.yml"])
        #expect(sarif.output.contains("The file is a journey file"), "\(sarif.output)")
        // A journey that is broken is still read as one: its problems are reported.
        try project.workspace.write("journeys/broken.yaml", CLIText.broken)
        let broken = try project.run(["validate", "--no-config", "journeys/broken.yaml"])
        #expect(broken.output.contains("error[FILE-UNKNOWN-FIELD]"), "\(broken.output)")
        #expect(!broken.output.contains("FILE-NOT-JOURNEY"))
    }

    @Test("an actual journey gets the structural checks, not the design catalogue, even under --profile all")
    func actualJourneys() throws {
        try #require(JourneyBinary.url != nil)
        let samples = TestPaths.samples.appendingPathComponent("actual")
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".yaml") }.sorted()
        try #require(!files.isEmpty)
        let result = try JourneyBinary.run(
            ["validate", "--no-config", "--profile", "all", "--enable", "DFES-5.2-01", "--format", "json"]
                + files.map { samples.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.allText)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let reported = try #require(report["files"] as? [[String: Any]])
        #expect(reported.count == files.count)
        for file in reported {
            let findings = try #require(file["findings"] as? [[String: Any]], "\(file)")
            let ids = findings.compactMap { $0["rule"] as? String }
            #expect(!ids.contains { $0.hasPrefix("DFES-") || $0.hasPrefix("SE-") || $0.hasPrefix("MEAS-") || $0.hasPrefix("CMP-") }, "\(ids)")
        }

        // The same file as a plan gets the design catalogue: the kind is what keeps it out.
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let record = try String(contentsOf: samples.appendingPathComponent("clinic-actual-drop-off.yaml"), encoding: .utf8)
        try #require(record.contains("\nkind: actual\n"))
        try workspace.write("as-plan.yaml", record.replacingOccurrences(of: "\nkind: actual\n", with: "\nkind: planned\n"))
        let asPlan = try workspace.run(["validate", "--no-config", "as-plan.yaml"])
        #expect(asPlan.status == 1)
        #expect(asPlan.output.contains("[DFES-"), "\(asPlan.output)")

        // A broken record is still caught by the structural checks.
        try workspace.write("record.yaml", record.replacingOccurrences(of: "anna: {score: 2", with: "ghost: {score: 2"))
        let broken = try workspace.run(["validate", "--no-config", "record.yaml"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("error[STRUCT-DANGLING-REF]"), "\(broken.output)")
        #expect(!broken.output.contains("DFES-"), "\(broken.output)")
    }

    @Test("conformance on a file with errors in its structure says not assessed, why, and exits 1")
    func conformanceOnBrokenFile() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        let text = try workspace.run(["conformance", "--no-config", "broken.yaml"])
        #expect(text.status == 1)
        #expect(!text.output.contains("covered  "), "\(text.output)")
        #expect(text.output.contains("not assessed  4.2 Emotional — the file has errors in its format or structure (FILE-UNKNOWN-FIELD"), "\(text.output)")
        #expect(text.errors.contains("broken.yaml:19:27: error[STRUCT-DANGLING-REF]"), "\(text.errors)")

        let json = try workspace.run(["conformance", "--no-config", "--format", "json", "broken.yaml"])
        #expect(json.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(report["assessable"] as? Bool == false)
        #expect((report["blockingRules"] as? [String])?.contains("STRUCT-DANGLING-REF") == true, "\(report)")
        let areas = try #require(report["areas"] as? [[String: Any]])
        #expect(areas.count == 14)
        #expect(areas.allSatisfy { $0["status"] as? String == "not assessed" && ($0["reason"] as? String)?.isEmpty == false }, "\(areas)")

        // A clean journey is still judged and passes; the JSON says it could be.
        try workspace.write("clean.yaml", CLIText.clean)
        let clean = try workspace.run(["conformance", "--no-config", "--format", "json", "clean.yaml"])
        #expect(clean.status == 0, "\(clean.allText)")
        let cleanReport = try #require(try JSONSerialization.jsonObject(with: Data(clean.output.utf8)) as? [String: Any])
        #expect(cleanReport["assessable"] as? Bool == true)

        // A file that is not a journey is refused outright.
        let schema = try workspace.run(["schema", "--json-schema"])
        try #require(schema.status == 0, "\(schema.allText)")
        try workspace.write("journeykit.schema.json", schema.output)
        let refused = try workspace.run(["conformance", "--no-config", "journeykit.schema.json"])
        #expect(refused.status == 1)
        #expect(refused.output.contains("error[FILE-NOT-JOURNEY]"), "\(refused.output)")
    }

    @Test("conformance on an actual journey says its clauses are not assessed because it is a record")
    func conformanceOnActualJourney() throws {
        try #require(JourneyBinary.url != nil)
        let file = TestPaths.samples.appendingPathComponent("actual/clinic-actual-perfect.yaml").path
        let result = try JourneyBinary.run(["conformance", "--no-config", file])
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.contains("0 covered, 0 with gaps, 14 not assessed"), "\(result.output)")
        #expect(result.output.contains("an actual journey records what happened"), "\(result.output)")
    }
}
