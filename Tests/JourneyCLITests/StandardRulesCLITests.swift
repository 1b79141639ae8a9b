import Foundation
import JourneyTestSupport
import Testing

/// `journey validate` with the standards' rules, settings files and reports, and the `rules`,
/// `explain` and `conformance` commands, end to end through the built executable.
@Suite("journey validate with the rule catalogue; rules, explain, conformance")
struct StandardRulesCLITests {

    var excellentSample: URL { TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml") }
    var beforeSample: URL { TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml") }

    @Test("the excellent sample passes the whole catalogue with zero findings, even with --strict")
    func excellentSamplePasses() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["validate", "--strict", "--no-config", excellentSample.path])
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.contains("no problems"), "\(result.output)")
        #expect(!result.output.contains("["), "\(result.output)")
    }

    @Test("the 'before' sample shows typical gaps: errors, warnings and notes, every finding line in the compiler format")
    func beforeSampleGaps() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["validate", "--no-config", beforeSample.path])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        let findings = lines.filter { $0.contains("[") && !$0.hasPrefix("  help:") && !$0.contains(": note: ") }
        #expect(findings.count >= 15)
        for line in findings { #expect(line.wholeMatch(of: #/[^:]+:\d+:\d+: (error|warning|info)\[[A-Z0-9.+-]+\]: .+ \((ISO|heuristic: ).+\)/#) != nil, "\(line)") }
        for rule in ["DFES-4.5-01", "DFES-5.3-01", "DFES-5.5-EMO-01", "DFES-5.1-01"] {
            #expect(result.output.contains("[\(rule)]"), "\(rule) missing")
        }
        // While designing the process records are one note; the audit reports each.
        for rule in ["DFES-4.4-01", "DFES-5.3-02", "DFES-5.2-01"] { #expect(!result.output.contains("[\(rule)]"), "\(rule)") }
        #expect(result.output.contains(", inferred)"))
        #expect(result.output.contains("(heuristic: "))
        let summary = try #require(lines.last)
        #expect(summary.wholeMatch(of: #/.+: \d+ errors?, \d+ warnings?, \d+ notes?/#) != nil, "\(summary)")
        let audit = try JourneyBinary.run(["validate", "--no-config", "--profile", "audit", beforeSample.path])
        for rule in ["DFES-4.4-01", "DFES-5.3-02", "DFES-5.2-01"] { #expect(audit.output.contains("error[\(rule)]"), "\(rule)") }
        #expect(!audit.output.contains("[DFES-5.1-01]"))
    }

    @Test("--format sarif is SARIF 2.1.0 with rules and relative locations")
    func sarif() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.copy(beforeSample, as: "before.yaml")
        let result = try workspace.run(["validate", "--format", "sarif", "before.yaml"])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for item in results {
            let location = (item["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri == "before.yaml")
        }
    }

    @Test("a .journeylint.yaml next to the file or above it applies; --no-config ignores it")
    func settingsDiscovery() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.url("journeys/2026"), withIntermediateDirectories: true)
        try workspace.write("journeys/2026/demo.yaml", CLIText.clean)
        let defaults = try workspace.run(["validate", "journeys/2026/demo.yaml"])
        #expect(defaults.status == 1, "the standards' rules find errors in a bare journey")
        try workspace.write(".journeylint.yaml", "profile: structural\n")
        let above = try workspace.run(["validate", "journeys/2026/demo.yaml"])
        #expect(above.status == 0, "\(above.allText)")
        #expect(above.output.contains("no problems"))
        #expect(try workspace.run(["validate", "--no-config", "journeys/2026/demo.yaml"]).status == 1)
        // The nearer file wins: it switches a rule to error.
        try workspace.write("journeys/2026/.journeylint.yaml", "profile: structural\nrules:\n  DFES-4.4-01: error\n")
        let nearer = try workspace.run(["validate", "journeys/2026/demo.yaml"])
        #expect(nearer.status == 1)
        #expect(nearer.output.contains("error[DFES-4.4-01]"))
        #expect(!nearer.output.contains("[DFES-5.3-01]"))
    }

    @Test("a broken settings file stops the run with its line; an unknown rule gets a suggestion")
    func brokenSettings() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("demo.yaml", CLIText.clean)
        try workspace.write(".journeylint.yaml", "profile: all\nrules:\n  DFES-4.4-1: off\n")
        let result = try workspace.run(["validate", "demo.yaml"])
        #expect(result.status == 1)
        #expect(!result.crashed)
        #expect(result.errors.contains(".journeylint.yaml: error: the settings file has a problem"), "\(result.errors)")
        #expect(result.errors.contains(".journeylint.yaml:3:3: error: there is no rule \"DFES-4.4-1\"; did you mean DFES-4.4-01?"), "\(result.errors)")
    }

    @Test("--enable, --disable and --severity change what runs; an unknown rule is a usage error (exit 2)")
    func ruleOptions() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("demo.yaml", CLIText.clean)
        let enabled = try workspace.run(["validate", "--no-config", "--profile", "structural", "--enable", "DFES-4.4-01", "demo.yaml"])
        #expect(enabled.status == 1)
        #expect(enabled.output.contains("error[DFES-4.4-01]"))
        let demoted = try workspace.run(["validate", "--no-config", "--profile", "structural", "--severity", "DFES-4.4-01=info", "demo.yaml"])
        #expect(demoted.status == 0)
        #expect(demoted.output.contains("info[DFES-4.4-01]"))
        let disabled = try workspace.run(["validate", "--no-config", "--disable", "DFES-4.4-01", "demo.yaml"])
        #expect(!disabled.output.contains("[DFES-4.4-01]"))
        let unknown = try workspace.run(["validate", "--enable", "DFES-9.9-99", "demo.yaml"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("DFES-9.9-99"))
    }

    @Test("colour only when asked for or on a terminal: never in a pipe by default")
    func colour() throws {
        try #require(JourneyBinary.url != nil)
        let piped = try JourneyBinary.run(["validate", "--no-config", beforeSample.path])
        #expect(!piped.output.contains("\u{1B}["))
        let coloured = try JourneyBinary.run(["validate", "--no-config", "--color", "always", beforeSample.path])
        #expect(coloured.output.contains("\u{1B}["))
    }

    @Test("journey rules lists at least 47 standard rules and the structural ones, with clause confidence")
    func rules() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["rules", "--format", "json"])
        #expect(result.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let standard = rules.filter { $0["clause"] != nil }
        #expect(standard.count >= 47)
        #expect(rules.filter { ($0["id"] as? String)?.hasPrefix("STRUCT-") == true }.count >= 13)
        #expect(standard.allSatisfy { ["confirmed", "inferred", "unconfirmed", "unknown"].contains($0["confidence"] as? String ?? "") })
        #expect(standard.allSatisfy { ($0["provenance"] as? String)?.isEmpty == false })
        let heuristic = standard.filter { $0["basis"] as? String == "heuristic" }
        #expect(heuristic.allSatisfy { ($0["provenance"] as? String)?.hasPrefix("heuristic: ") == true })
        #expect(rules.first { $0["id"] as? String == "DFES-5.2-01" }?["profiles"] as? [String] == ["audit", "iso24082"])
        let text = try JourneyBinary.run(["rules"])
        #expect(text.output.contains("DFES-5.5-DAT-01"))
        #expect(text.output.contains("ISO/TS 24082 5.5, inferred"))
        #expect(text.output.contains("heuristic: the peak-end rule, under ISO/TS 24082 4.2"))
        let design = try JourneyBinary.run(["rules", "--profile", "design"])
        #expect(!design.output.contains("DFES-5.2-01"))
        #expect(design.output.contains("DFES-5.1-01"))
    }

    @Test("journey explain works for every rule: rationale, what satisfies it, a passing snippet")
    func explainEveryRule() throws {
        try #require(JourneyBinary.url != nil)
        let listing = try JourneyBinary.run(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]])
        for id in rules.compactMap({ $0["id"] as? String }) {
            let result = try JourneyBinary.run(["explain", id])
            #expect(result.status == 0, "\(id): \(result.allText)")
            #expect(result.output.hasPrefix("\(id): "), "\(id)")
            for part in ["Why: ", "Passes when: ", "Fix: ", "A passing example:"] {
                #expect(result.output.contains(part), "\(id) lacks \(part)")
            }
        }
        let unknown = try JourneyBinary.run(["explain", "DFES-4.2-1"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("did you mean DFES-4.2-01?"))
    }

    @Test("journey conformance summarizes principles, activities and pyramid levels")
    func conformance() throws {
        try #require(JourneyBinary.url != nil)
        let before = try JourneyBinary.run(["conformance", "--no-config", beforeSample.path])
        #expect(before.status == 0, "\(before.allText)")
        for part in ["4.2 Emotional", "5.3 Understanding", "Level 1 Core service proposition", "gaps"] {
            #expect(before.output.contains(part), "\(part)")
        }
        let excellent = try JourneyBinary.run(["conformance", "--no-config", "--format", "json", excellentSample.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(excellent.output.utf8)) as? [String: Any])
        let areas = try #require(report["areas"] as? [[String: Any]])
        #expect(areas.count == 14)
        #expect(areas.allSatisfy { $0["status"] as? String == "covered" }, "\(areas.filter { $0["status"] as? String != "covered" })")
        let structural = try JourneyBinary.run(["conformance", "--no-config", "--profile", "structural", beforeSample.path])
        #expect(structural.output.contains("not assessed"))
        // Problems of the file itself leave every area not assessed; they are listed, and fail the run.
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        let broken = try workspace.run(["conformance", "--no-config", "broken.yaml"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("0 covered, 0 with gaps, 14 not assessed"), "\(broken.output)")
        #expect(broken.errors.contains("broken.yaml: not assessed, because of 3 errors in the file or its structure"), "\(broken.errors)")
    }
}
