import Foundation
import JourneyTestSupport
import Testing

/// `journey validate`, end to end through the built executable.
@Suite("journey validate")
struct ValidateCommandTests {
    @Test("there are samples to validate")
    func samplesExist() throws {
        try #require(JourneyBinary.url != nil)
        #expect(TestPaths.sampleFiles.count >= 2)
    }

    @Test("every sample validates clean with exit code 0", arguments: TestPaths.sampleFiles)
    func sampleIsClean(_ sample: URL) throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["validate", "--profile", "structural", sample.path])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.hasPrefix("\(sample.path): ok — "))
        #expect(result.output.contains("no problems"))
        #expect(result.errors.isEmpty)
    }

    @Test("a broken file prints file:line:col: error[RULE] for the typo, the dangling reference and the score, and exits 1")
    func brokenFile() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        let result = try workspace.run(["validate", "--profile", "structural", "broken.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        let findings = lines.filter { $0.contains(": error[") || $0.contains(": warning[") }
        #expect(findings.count == 3, "\(result.output)")
        #expect(findings.contains { $0.hasPrefix("broken.yaml:14:9: error[FILE-UNKNOWN-FIELD]: ") && $0.contains("\"chanel\"") })
        #expect(findings.contains { $0.hasPrefix("broken.yaml:19:27: error[STRUCT-DANGLING-REF]: ") && $0.contains("\"vistor\"") })
        #expect(findings.contains { $0.hasPrefix("broken.yaml:20:26: error[STRUCT-SCORE-RANGE]: ") })
        // The hints and the note that come with them.
        #expect(lines.contains("  help: did you mean \"channel\"?"))
        #expect(lines.contains("  help: did you mean \"visitor\"?"))
        #expect(lines.contains { $0.hasPrefix("broken.yaml:7:10: note: ") })
        #expect(lines.last == "broken.yaml: 3 errors")
    }

    @Test("--quiet prints only the findings")
    func quiet() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        try workspace.write("clean.yaml", CLIText.clean)
        let clean = try workspace.run(["validate", "--profile", "structural", "--quiet", "clean.yaml"])
        #expect(clean.status == 0)
        #expect(clean.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let broken = try workspace.run(["validate", "--profile", "structural", "-q", "broken.yaml"])
        #expect(broken.status == 1)
        #expect(!broken.output.contains("3 errors"))
        #expect(broken.output.contains("broken.yaml:14:9: error[FILE-UNKNOWN-FIELD]"))
    }

    @Test("--format json parses and names each rule with its place")
    func jsonReport() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        try workspace.write("clean.yaml", CLIText.clean)
        let result = try workspace.run(["validate", "--profile", "structural", "--format", "json", "broken.yaml", "clean.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["schemaVersion"] as? Int == 1)
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let broken = try #require(files.first { $0["file"] as? String == "broken.yaml" })
        let summary = try #require(broken["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 3)
        #expect(summary["warnings"] as? Int == 0)
        let findings = try #require(broken["findings"] as? [[String: Any]])
        let found = findings.map { "\($0["rule"] as? String ?? "?")@\($0["line"] as? Int ?? 0):\($0["column"] as? Int ?? 0)" }
        #expect(Set(found) == ["FILE-UNKNOWN-FIELD@14:9", "STRUCT-DANGLING-REF@19:27", "STRUCT-SCORE-RANGE@20:26"])
        #expect(findings.allSatisfy { $0["severity"] as? String == "error" && $0["file"] as? String == "broken.yaml" })
        let dangling = try #require(findings.first { $0["rule"] as? String == "STRUCT-DANGLING-REF" })
        #expect(dangling["hint"] as? String == "did you mean \"visitor\"?")
        let notes = try #require(dangling["notes"] as? [[String: Any]])
        #expect(notes.first?["line"] as? Int == 7)
        let clean = try #require(files.first { $0["file"] as? String == "clean.yaml" })
        #expect((clean["summary"] as? [String: Any])?["errors"] as? Int == 0)
        #expect((clean["findings"] as? [Any])?.isEmpty == true)
    }

    @Test("--format json on every sample reports no structural findings", arguments: TestPaths.sampleFiles)
    func jsonReportOfSample(_ sample: URL) throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["validate", "--profile", "structural", "--format", "json", sample.path])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect((files.first?["findings"] as? [Any])?.count == 0)
    }

    @Test("a file that does not exist exits 1, naming the file, without a crash")
    func missingFile() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["validate", "--profile", "structural", "no-such-journey.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.allText.contains("no-such-journey.yaml"))
        #expect(result.allText.contains("no such file"))
        #expect(workspace.names().isEmpty)
    }

    @Test("a folder given as a file exits 1, naming it")
    func folderAsFile() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.url("journeys.yaml"), withIntermediateDirectories: false)
        let result = try workspace.run(["validate", "--profile", "structural", "journeys.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.allText.contains("journeys.yaml"))
    }

    @Test("one broken file among clean ones makes the exit code 1, and every file is reported")
    func mixedFiles() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("a.yaml", CLIText.clean)
        try workspace.write("b.yaml", CLIText.broken)
        try workspace.write("c.yaml", CLIText.clean)
        let result = try workspace.run(["validate", "--profile", "structural", "a.yaml", "b.yaml", "c.yaml"])
        #expect(result.status == 1)
        #expect(result.output.contains("a.yaml: ok"))
        #expect(result.output.contains("b.yaml: 3 errors"))
        #expect(result.output.contains("c.yaml: ok"))
    }

    @Test("standard input is read with `-` and its findings are placed in <stdin>")
    func standardInput() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["validate", "--profile", "structural", "-"], input: Data(CLIText.broken.utf8))
        #expect(result.status == 1)
        #expect(result.output.contains("<stdin>:14:9: error[FILE-UNKNOWN-FIELD]"))
        #expect(result.output.contains("<stdin>:20:26: error[STRUCT-SCORE-RANGE]"))
        let clean = try JourneyBinary.run(["validate", "--profile", "structural", "-"], input: Data(CLIText.clean.utf8))
        #expect(clean.status == 0)
        #expect(clean.output.contains("no problems"))
    }

    @Test("a UTF-16 file with a byte-order mark validates clean")
    func utf16File() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let body = try #require(CLIText.clean.replacingOccurrences(of: "title: Demo", with: "title: Café ☕ 😀").data(using: .utf16LittleEndian))
        try workspace.write("wide.yaml", bytes: Data([0xFF, 0xFE]) + body)
        let result = try workspace.run(["validate", "--profile", "structural", "wide.yaml"])
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.hasPrefix("wide.yaml: ok — 2 touchpoints"))
        #expect(result.output.contains("no problems"))
    }

    @Test("a warning alone exits 0; with --strict it exits 1")
    func warningFailsOnlyWhenStrict() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        // Ben has no emotion anywhere: STRUCT-PERSONA-NO-EMOTION, a warning.
        try workspace.write("warn.yaml", CLIText.clean.replacingOccurrences(of: ", ben: 2}", with: "}").replacingOccurrences(of: ", ben: 5}", with: "}"))
        let result = try workspace.run(["validate", "--profile", "structural", "warn.yaml"])
        #expect(result.status == 0)
        #expect(result.output.contains("warn.yaml:6:5: warning[STRUCT-PERSONA-NO-EMOTION]"))
        #expect(result.output.contains("warn.yaml: 1 warning"))
        let strict = try workspace.run(["validate", "--profile", "structural", "--strict", "warn.yaml"])
        #expect(strict.status == 1)
    }
}
