import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import JourneyValidation
import Testing

/// The text, JSON and SARIF reports, over validations of small YAML designs.
@Suite("Reports")
struct ReportTests {
    // MARK: - Fixtures

    /// The fixed "today" of the validations, so staleness does not depend on the clock.
    static let today = RuleHarness.today

    /// A design with errors (a dangling reference with a hint, a duplicate id with a note), a
    /// warning (Ben has no emotion), an info (the empty stage, lowered by the configuration) and
    /// a suppressed finding (the moment of truth without an owner).
    static let mixedYAML = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
          - {id: ben, name: Ben}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: a, title: A, emotions: {anna: 3}, next: bb}
              - {id: b, title: B, emotions: {anna: 4}, momentOfTruth: true}
              - {id: b, title: B again, emotions: {anna: 3}}
          - id: s2
            name: Empty
        suppress:
          - {rule: STRUCT-MOT-NO-OWNER, reason: "The owner is named in the service blueprint."}

        """

    static let cleanYAML = RuleHarness.smallJourney

    /// The configuration of the mixed design: the empty stage is an info, and Ben's missing
    /// emotion is tied to a clause so that findings with a clause are reported too.
    static let configuration = ValidationConfiguration(
        severities: ["STRUCT-EMPTY-STAGE": .info],
        clauses: ["STRUCT-PERSONA-NO-EMOTION": .iso24082("4.2", .inferred)])

    static let validator = Validator(configuration: configuration)

    static func validation(_ yaml: String, name: String, validator: Validator = validator) throws -> FileValidation {
        let design = try JourneyFile.load(yaml, name: name)
        return FileValidation(
            file: name, result: validator.validate(design, today: today), size: FileValidation.DesignSize(design))
    }

    /// The mixed design under every rule (the standards' rules add findings with clauses).
    static func mixed(name: String = "dir/test.yaml") throws -> FileValidation { try validation(mixedYAML, name: name) }

    /// The clean design, under the structural profile: the standards' rules ask for far more
    /// than a two-touchpoint fixture holds.
    static func clean(name: String = "dir/clean.yaml") throws -> FileValidation {
        var configuration = configuration
        configuration.profile = .structural
        return try validation(cleanYAML, name: name, validator: Validator(configuration: configuration))
    }

    /// A file that is not YAML, reported the way `journey validate` reports file problems.
    static func unreadable(name: String = "dir/bad.yaml") -> FileValidation {
        let decoded = JourneyFile.decode(Data("journey: [unclosed\ntitle: x\n".utf8), name: name)
        let diagnostics = decoded.problems.map {
            Diagnostic(ruleID: $0.code, severity: .error, message: $0.message, location: $0.location, hint: $0.hint)
        }
        return FileValidation(file: name, result: ValidationResult(diagnostics: diagnostics), size: nil)
    }

    /// One finding of each severity, a note, a hint and a suppression, built by hand so the
    /// whole text report can be compared.
    static func handMade() throws -> FileValidation {
        func at(_ line: Int, _ column: Int) -> JourneyKit.SourceLocation { JourneyKit.SourceLocation(file: "a.yaml", line: line, column: column) }
        let error = Diagnostic(
            ruleID: "STRUCT-DUPLICATE-ID", severity: .error, message: "the id \"b\" is used twice", location: at(11, 9),
            notes: [Diagnostic.Note("first used here", at: at(10, 9))], hint: "rename one of them")
        let warning = Diagnostic(
            ruleID: "DFES-5.5-01", severity: .warning, message: "touchpoint \"b\" has no channel", location: at(12, 9),
            clause: .iso24082("5.5", .inferred), element: "b")
        let info = Diagnostic(ruleID: "STRUCT-EMPTY-STAGE", severity: .info, message: "stage \"s2\" has no touchpoints", location: at(14, 5))
        let hidden = Diagnostic(ruleID: "STRUCT-MOT-NO-OWNER", severity: .warning, message: "no owner", location: at(11, 60))
        // SuppressedDiagnostic has no public initializer: take one from a validation and change it.
        var suppressed = try #require(try mixed().result.suppressed.first)
        suppressed.diagnostic = hidden
        suppressed.reason = "named elsewhere"
        suppressed.location = at(16, 5)
        let result = ValidationResult(diagnostics: [error, warning, info], suppressed: [suppressed])
        return FileValidation(file: "a.yaml", result: result, size: FileValidation.DesignSize(touchpoints: 3, stages: 2, personas: 1))
    }

    /// The form of every finding line.
    static var findingLine: Regex<AnyRegexOutput> {
        try! Regex(#"^[^:]+:\d+:\d+: (error|warning|info)\[[A-Z0-9.+-]+\]: .+$"#)
    }

    // MARK: - Text

    @Test("the mixed design has errors, warnings, infos, notes and a suppressed finding")
    func fixtureCoversEverything() throws {
        let result = try Self.mixed().result
        #expect(result.count(.error) >= 2)
        #expect(result.count(.warning) >= 1)
        #expect(result.count(.info) >= 1)
        #expect(result.diagnostics.contains { !$0.notes.isEmpty })
        #expect(result.diagnostics.contains { $0.clause != nil })
        #expect(result.suppressed.map(\.diagnostic.ruleID) == ["STRUCT-MOT-NO-OWNER"])
        #expect(result.suppressed.first?.reason == "The owner is named in the service blueprint.")
    }

    @Test("every finding is one line file:line:col: severity[RULE]: message, followed by its notes and help")
    func textFindingLines() throws {
        let mixed = try Self.mixed()
        let text = TextReport.render([mixed], color: false, quiet: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let findings = lines.filter { $0.contains(": error[") || $0.contains(": warning[") || $0.contains(": info[") }
        #expect(findings.count == mixed.result.diagnostics.count)
        for line in findings {
            #expect(line.wholeMatch(of: Self.findingLine) != nil, "not a finding line: \(line)")
        }
        // Every line is a finding, a note, a help line or the summary.
        for line in lines {
            let known = line.wholeMatch(of: Self.findingLine) != nil || line.contains(": note: ") || line.hasPrefix("  help: ")
                || line.hasPrefix("dir/test.yaml: ")
            #expect(known, "unexpected line: \(line)")
        }
        #expect(lines.contains { $0.hasPrefix("dir/test.yaml:10:") && $0.contains(": error[STRUCT-DANGLING-REF]: ") })
        #expect(lines.contains("  help: did you mean \"b\"?"))
        #expect(lines.contains { $0.hasPrefix("dir/test.yaml:11:") && $0.contains("note: ") })
        #expect(lines.contains { $0.contains("info[STRUCT-EMPTY-STAGE]: stage \"s2\" has no touchpoints") })
        // The clause ends the message.
        #expect(lines.contains { $0.contains("warning[STRUCT-PERSONA-NO-EMOTION]: ") && $0.hasSuffix(" (ISO/TS 24082 4.2, inferred)") })
        // The suppressed finding is counted, not shown.
        #expect(!text.contains("STRUCT-MOT-NO-OWNER"))
    }

    @Test("the summary line counts errors, warnings, notes (infos) and suppressed findings, in singular and plural")
    func textSummary() throws {
        let mixed = try Self.mixed()
        let result = mixed.result
        let expected = [(result.count(.error), "error"), (result.count(.warning), "warning"), (result.count(.info), "note")]
            .filter { $0.0 > 0 }.map { $0.0 == 1 ? "1 \($0.1)" : "\($0.0) \($0.1)s" }.joined(separator: ", ")
        let text = TextReport.render([mixed], color: false, quiet: false)
        #expect(text.split(separator: "\n").last.map(String.init) == "dir/test.yaml: \(expected), 1 suppressed")

        let clean = try Self.clean()
        #expect(clean.result.diagnostics.isEmpty, "\(clean.result.diagnostics)")
        #expect(TextReport.render([clean], color: false, quiet: false) == "dir/clean.yaml: ok — 2 touchpoints in 1 stage, 1 persona, no problems")
    }

    @Test("the whole text report of a hand-made validation, with a total line after several files")
    func textGolden() throws {
        let text = TextReport.render([try Self.handMade(), Self.unreadable()], color: false, quiet: false)
        let lines = text.components(separatedBy: "\n")
        #expect(Array(lines.prefix(6)) == [
            "a.yaml:11:9: error[STRUCT-DUPLICATE-ID]: the id \"b\" is used twice",
            "a.yaml:10:9: note: first used here",
            "  help: rename one of them",
            "a.yaml:12:9: warning[DFES-5.5-01]: touchpoint \"b\" has no channel (ISO/TS 24082 5.5, inferred)",
            "a.yaml:14:5: info[STRUCT-EMPTY-STAGE]: stage \"s2\" has no touchpoints",
            "a.yaml: 1 error, 1 warning, 1 note, 1 suppressed",
        ])
        #expect(lines.contains { $0.hasPrefix("dir/bad.yaml:") && $0.contains(": error[FILE-SYNTAX]: ") })
        #expect(lines[lines.count - 2] == "dir/bad.yaml: 1 error")
        #expect(lines.last == "2 files: 2 errors, 1 warning, 1 note, 1 suppressed")

        // Several clean files.
        let clean = try Self.clean()
        #expect(TextReport.render([clean, clean], color: false, quiet: false).hasSuffix("\n2 files: no problems"))
        // A finding without a place points at the start of its file.
        let placeless = FileValidation(
            file: "x.yaml",
            result: ValidationResult(diagnostics: [Diagnostic(ruleID: "STRUCT-NO-TOUCHPOINTS", severity: .error, message: "no touchpoints", location: nil)]),
            size: FileValidation.DesignSize(touchpoints: 0, stages: 0, personas: 1))
        #expect(TextReport.render([placeless], color: false, quiet: true) == "x.yaml:1:1: error[STRUCT-NO-TOUCHPOINTS]: no touchpoints")
    }

    @Test("--quiet leaves out the summary and total lines")
    func textQuiet() throws {
        let mixed = try Self.mixed()
        let clean = try Self.clean()
        #expect(TextReport.render([clean], color: false, quiet: true).isEmpty)
        let text = TextReport.render([mixed, clean], color: false, quiet: true)
        #expect(!text.contains("ok —"))
        #expect(!text.contains("files:"))
        #expect(!text.contains("suppressed"))
        #expect(text.split(separator: "\n").first.map { String($0).wholeMatch(of: Self.findingLine) != nil } == true)
    }

    @Test("colour adds escape sequences only around the severity word and the location")
    func textColour() throws {
        let files = [try Self.mixed(), Self.unreadable(), try Self.clean()]
        let plain = TextReport.render(files, color: false, quiet: false)
        let coloured = TextReport.render(files, color: true, quiet: false)
        #expect(!plain.utf8.contains(0x1B))
        #expect(coloured.utf8.contains(0x1B))
        #expect(coloured.contains("\u{1B}[31merror\u{1B}[0m["))
        #expect(coloured.contains("\u{1B}[33mwarning\u{1B}[0m["))
        #expect(coloured.contains("\u{1B}[36minfo\u{1B}[0m["))
        #expect(coloured.contains("\u{1B}[1mdir/test.yaml:"))
        // Nothing else changes.
        let stripped = coloured.replacing(try Regex(#"\x1B\[[0-9;]*m"#), with: "")
        #expect(stripped == plain)
    }

    @Test("control characters from the file cannot reach the terminal, and a finding stays on one line")
    func textControlCharacters() {
        let hostile = Diagnostic(
            ruleID: "STRUCT-DANGLING-REF", severity: .error, message: "leads to \"x\u{1B}[2J\nfake: error\"",
            location: JourneyKit.SourceLocation(file: "a.yaml", line: 2, column: 3), hint: "did you\r\nmean?")
        let validation = FileValidation(file: "a.yaml", result: ValidationResult(diagnostics: [hostile]), size: nil)
        let text = TextReport.render([validation], color: false, quiet: true)
        #expect(!text.utf8.contains(0x1B))
        #expect(text == "a.yaml:2:3: error[STRUCT-DANGLING-REF]: leads to \"x\\u{1B}[2J fake: error\"\n  help: did you mean?")
    }

    // MARK: - JSON

    @Test("the JSON report decodes back, with the schema version, the tool and counts that match")
    func jsonRoundTrip() throws {
        let files = [try Self.mixed(), Self.unreadable(), try Self.clean(name: "<stdin>")]
        let json = JSONReport.render(files, toolVersion: "9.8.7")
        #expect(!json.contains("\\/"))
        #expect(json == JSONReport.render(files, toolVersion: "9.8.7"))
        let report = try JSONDecoder().decode(JSONReport.self, from: Data(json.utf8))
        #expect(report == JSONReport(files, toolVersion: "9.8.7"))
        #expect(report.schemaVersion == 1)
        #expect(report.tool == JSONReport.Tool(name: "journey", version: "9.8.7"))
        #expect(report.files.map(\.file) == ["dir/test.yaml", "dir/bad.yaml", "<stdin>"])
        for (entry, validation) in zip(report.files, files) {
            #expect(entry.summary.errors == validation.result.count(.error))
            #expect(entry.summary.warnings == validation.result.count(.warning))
            #expect(entry.summary.infos == validation.result.count(.info))
            #expect(entry.summary.suppressed == validation.result.suppressed.count)
            #expect(entry.summary.failed == validation.result.failed)
            #expect(entry.findings.count == validation.result.diagnostics.count)
            #expect(entry.findings.map(\.rule) == validation.result.diagnostics.map(\.ruleID))
        }
        #expect(report.summary.files == 3)
        #expect(report.summary.errors == files.map { $0.result.count(.error) }.reduce(0, +))
        #expect(report.summary.warnings == files.map { $0.result.count(.warning) }.reduce(0, +))
        #expect(report.summary.infos == files.map { $0.result.count(.info) }.reduce(0, +))
        #expect(report.summary.suppressed == 1)
        #expect(report.summary.failed)

        let mixed = report.files[0]
        let dangling = try #require(mixed.findings.first { $0.rule == "STRUCT-DANGLING-REF" })
        #expect(dangling.severity == .error)
        #expect(dangling.file == "dir/test.yaml")
        #expect(dangling.line == 10)
        #expect(dangling.hint == "did you mean \"b\"?")
        #expect(dangling.clause == nil)
        let duplicate = try #require(mixed.findings.first { $0.rule == "STRUCT-DUPLICATE-ID" })
        #expect(duplicate.notes.first?.line == 11)
        #expect(duplicate.notes.first?.file == "dir/test.yaml")
        let persona = try #require(mixed.findings.first { $0.rule == "STRUCT-PERSONA-NO-EMOTION" })
        #expect(persona.clause == ClauseReference.iso24082("4.2", .inferred))
        #expect(persona.element == "ben")
        #expect(!persona.message.contains("ISO/TS"))
        #expect(mixed.suppressed.map(\.rule) == ["STRUCT-MOT-NO-OWNER"])
        #expect(mixed.suppressed.first?.reason == "The owner is named in the service blueprint.")
        #expect(mixed.suppressed.first?.line == 11)
        #expect(report.files[1].findings.first?.rule == "FILE-SYNTAX")
        #expect(report.files[2].findings.isEmpty)
    }

    @Test("the JSON field names are the documented contract")
    func jsonFieldNames() throws {
        let json = JSONReport.render([try Self.mixed()], toolVersion: "1.0.0")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "tool", "files", "summary"])
        #expect(object["schemaVersion"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(Set(summary.keys) == ["files", "errors", "warnings", "infos", "suppressed", "failed"])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(Set(file.keys) == ["file", "summary", "findings", "suppressed"])
        #expect(Set((file["summary"] as? [String: Any])?.keys.map { $0 } ?? []) == ["errors", "warnings", "infos", "suppressed", "failed"])
        let findings = try #require(file["findings"] as? [[String: Any]])
        let keys = findings.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        #expect(keys == ["rule", "severity", "message", "clause", "basis", "file", "line", "column", "element", "notes", "hint"])
        let persona = try #require(findings.first { $0["rule"] as? String == "STRUCT-PERSONA-NO-EMOTION" })
        let clause = try #require(persona["clause"] as? [String: Any])
        #expect(clause["document"] as? String == "ISO/TS 24082")
        #expect(clause["clause"] as? String == "4.2")
        #expect(clause["confidence"] as? String == "inferred")
        let suppressed = try #require((file["suppressed"] as? [[String: Any]])?.first)
        #expect(Set(suppressed.keys).isSuperset(of: ["rule", "message", "line", "column", "reason"]))
    }
}
