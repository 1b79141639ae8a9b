import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import JourneyValidation
import Testing

@Suite("Structural rules")
struct StructuralRuleTests {
    /// Validates YAML text and returns the findings.
    func findings(_ yaml: String) throws -> [Diagnostic] {
        let design = try JourneyFile.load(yaml, name: "test.yaml")
        return Validator(configuration: ValidationConfiguration(profile: .structural)).validate(design).diagnostics
    }

    func rules(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.ruleID) }

    static let header = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        stages:
          - id: s1
            name: One
            touchpoints:

        """

    @Test("a clean journey has no findings")
    func clean() throws {
        let found = try findings(Self.header + """
                  - {id: a, title: A, emotions: {anna: 3}}
                  - {id: b, title: B, emotions: {anna: 4}}
            """)
        #expect(found.isEmpty)
    }

    @Test("every shipped sample validates with no findings")
    func samples() throws {
        let files = TestPaths.sampleFiles
        #expect(files.count >= 3)
        for url in files {
            let design = try JourneyFile.load(try Data(contentsOf: url), name: url.lastPathComponent)
            let found = Validator(configuration: ValidationConfiguration(profile: .structural)).validate(design).diagnostics
            #expect(found.isEmpty, "\(url.lastPathComponent): \(found.map { $0.formatted(defaultFile: url.lastPathComponent) })")
        }
    }

    @Test("a dangling reference, a duplicate id and a score off the scale are errors at their places")
    func integrity() throws {
        let found = try findings(Self.header + """
                  - {id: a, title: A, emotions: {anna: 3}, next: bb}
                  - {id: b, title: B, emotions: {anna: 9}}
                  - {id: b, title: B again, emotions: {anna: 3}}
            """)
        let dangling = try #require(found.first { $0.ruleID == "STRUCT-DANGLING-REF" })
        #expect(dangling.severity == .error)
        #expect(dangling.location?.line == 9)
        #expect(dangling.location?.column == 54)
        #expect(dangling.hint == "did you mean \"b\"?")
        let duplicate = try #require(found.first { $0.ruleID == "STRUCT-DUPLICATE-ID" })
        #expect(duplicate.location?.line == 11)
        #expect(duplicate.notes.first?.location?.line == 10)
        let score = try #require(found.first { $0.ruleID == "STRUCT-SCORE-RANGE" })
        #expect(score.location?.line == 10)
        #expect(score.message.contains("9"))
    }

    @Test("findings come out in file order")
    func ordering() throws {
        let found = try findings(Self.header + """
                  - {id: a, title: A, emotions: {anna: 0}, next: zz}
                  - {id: b, title: B, emotions: {anna: 8}}
            """)
        let lines = found.compactMap(\.location?.line)
        #expect(lines == lines.sorted())
        #expect(rules(found).contains("STRUCT-SCORE-RANGE"))
    }

    @Test("an unreachable touchpoint and a loop with no way out are found")
    func graphShape() throws {
        let found = try findings(Self.header + """
                  - {id: a, title: A, emotions: {anna: 3}, next: b}
                  - {id: b, title: B, emotions: {anna: 3}, next: c}
                  - {id: lost, title: Lost, emotions: {anna: 3}}
                  - {id: c, title: C, emotions: {anna: 3}, next: b}
            """)
        #expect(rules(found).sorted() == ["STRUCT-CYCLE-NO-EXIT", "STRUCT-UNREACHABLE"])
        let loop = try #require(found.first { $0.ruleID == "STRUCT-CYCLE-NO-EXIT" })
        #expect(loop.message.contains("\"b\" → \"c\""))
        #expect(found.first { $0.ruleID == "STRUCT-UNREACHABLE" }?.message.contains("\"lost\"") == true)
    }

    @Test("a persona without emotions, an empty stage, a branch without condition and a moment of truth without owner are warnings")
    func warnings() throws {
        let found = try findings("""
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna}
              - {id: ben, name: Ben}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - id: a
                    title: A
                    emotions: {anna: 3}
                    momentOfTruth: true
                    branches:
                      - {to: b}
                  - {id: b, title: B, emotions: {anna: 3}}
              - {id: s2, name: Empty}
            """)
        #expect(rules(found).sorted() == [
            "STRUCT-BRANCH-NO-CONDITION", "STRUCT-EMPTY-STAGE", "STRUCT-MOT-NO-OWNER", "STRUCT-PERSONA-NO-EMOTION",
        ])
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(found.first { $0.ruleID == "STRUCT-PERSONA-NO-EMOTION" }?.location?.line == 5)
        #expect(found.first { $0.ruleID == "STRUCT-EMPTY-STAGE" }?.location?.line == 17)
    }

    @Test("a journey without touchpoints is an error")
    func noTouchpoints() throws {
        let found = try findings("journey: j\ntitle: Empty\n")
        #expect(rules(found) == ["STRUCT-NO-TOUCHPOINTS"])
    }

    @Test("the formatted finding reads like a compiler's, with note and help lines")
    func formatting() {
        let diagnostic = Diagnostic(
            ruleID: "STRUCT-DANGLING-REF", severity: .error, message: "bad",
            location: SourceLocation(file: "x.yaml", line: 3, column: 7),
            notes: [.init("defined here", at: SourceLocation(file: "x.yaml", line: 9, column: 5))], hint: "did you mean \"y\"?")
        #expect(diagnostic.formatted(defaultFile: "x.yaml") == """
            x.yaml:3:7: error[STRUCT-DANGLING-REF]: bad
            x.yaml:9:5: note: defined here
              help: did you mean "y"?
            """)
    }

    @Test("severities are ordered info < warning < error")
    func severityOrder() {
        #expect(Severity.info < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity.allCases.max() == .error)
    }
}
