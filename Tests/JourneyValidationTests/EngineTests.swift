import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation
import Testing

@Suite("Validator engine")
struct EngineTests {
    static let journey = RuleHarness.smallJourney

    func validate(_ yaml: String, _ configuration: ValidationConfiguration = ValidationConfiguration()) throws -> ValidationResult {
        let design = try JourneyFile.load(yaml, name: "test.yaml")
        return Validator(configuration: configuration).validate(design, today: RuleHarness.today)
    }

    @Test("the catalogue has at least 47 standard rules, the structural ones, and unique ids")
    func catalogue() {
        let rules = RuleCatalogue.standard.rules
        #expect(Set(rules.map(\.id)).count == rules.count)
        #expect(rules.filter { $0.clause != nil }.count >= 47)
        #expect(rules.filter { $0.family == .structural }.count >= 13)
        for rule in rules {
            #expect(!rule.title.isEmpty && !rule.rationale.isEmpty && !rule.hint.isEmpty, "\(rule.id)")
            #expect(!rule.satisfiedBy.isEmpty && !rule.example.isEmpty, "\(rule.id)")
        }
    }

    @Test("every finding of a standard rule carries its basis: the clause, shown as inferred where it is, or heuristic")
    func clauseInMessage() throws {
        let result = try validate(Self.journey)
        let standard = result.diagnostics.filter { $0.clause != nil }
        #expect(!standard.isEmpty)
        for diagnostic in standard {
            let rule = try #require(RuleCatalogue.standard.rule(diagnostic.ruleID))
            switch rule.basis {
            case .heuristic:
                #expect(diagnostic.fullMessage.hasSuffix("(heuristic: \(rule.restsOn!), under \(diagnostic.clause!.description))"))
            default:
                #expect(diagnostic.fullMessage.hasSuffix("(\(diagnostic.clause!.description))"))
                if diagnostic.clause?.confidence == .inferred { #expect(diagnostic.fullMessage.hasSuffix(", inferred)")) }
            }
        }
    }

    @Test("every finding has a location, even for a design with only metadata")
    func locations() throws {
        let result = try validate("journey: j\ntitle: Only metadata\n")
        #expect(!result.diagnostics.isEmpty)
        for diagnostic in result.diagnostics { #expect(diagnostic.location != nil, "\(diagnostic.ruleID)") }
    }

    @Test("profiles choose the families that run")
    func profiles() throws {
        let structural = try validate(Self.journey, ValidationConfiguration(profile: .structural))
        #expect(structural.diagnostics.isEmpty)
        let iso = try validate(Self.journey, ValidationConfiguration(profile: .iso24082))
        #expect(!iso.diagnostics.isEmpty)
        #expect(iso.diagnostics.allSatisfy { $0.ruleID.hasPrefix("DFES-") || $0.ruleID.hasPrefix("STRUCT-") })
        let all = try validate(Self.journey)
        #expect(all.diagnostics.contains { $0.ruleID.hasPrefix("SE-") || $0.ruleID.hasPrefix("MEAS-") })
    }

    @Test("disabling a rule removes its findings; a severity override changes them; enable runs it outside the profile")
    func overrides() throws {
        let base = try validate(Self.journey)
        let id = try #require(base.diagnostics.first { $0.clause != nil }?.ruleID)
        let off = try validate(Self.journey, ValidationConfiguration(disabled: [id]))
        #expect(!off.diagnostics.contains { $0.ruleID == id })
        let info = try validate(Self.journey, ValidationConfiguration(severities: [id: .info]))
        #expect(info.diagnostics.filter { $0.ruleID == id }.allSatisfy { $0.severity == .info })
        let enabled = try validate(Self.journey, ValidationConfiguration(profile: .structural, enabled: [id]))
        #expect(enabled.diagnostics.contains { $0.ruleID == id })
    }

    @Test("strict makes warnings fail; without it only errors fail")
    func strict() {
        let warning = Diagnostic(ruleID: "X", severity: .warning, message: "m", location: nil)
        #expect(!ValidationResult(diagnostics: [warning]).failed)
        #expect(ValidationResult(diagnostics: [warning], strict: true).failed)
        #expect(ValidationResult(diagnostics: [Diagnostic(ruleID: "X", severity: .error, message: "m", location: nil)]).failed)
    }

    @Test("a suppression with a reason hides the finding at the element it names, and only there")
    func suppression() throws {
        let base = try validate(Self.journey)
        let target = try #require(base.diagnostics.first { $0.clause != nil && $0.element != nil })
        let yaml = Self.journey + """
            suppress:
              - {rule: \(target.ruleID), at: \(target.element!), reason: Checked with the clinical lead.}
            """
        let result = try validate(yaml)
        #expect(!result.diagnostics.contains { $0.ruleID == target.ruleID && $0.element == target.element })
        #expect(result.suppressed.contains { $0.diagnostic.ruleID == target.ruleID && $0.reason == "Checked with the clinical lead." })
        #expect(result.suppressed.first?.location?.line == 12)
    }

    @Test("a suppression without a reason suppresses nothing and is itself a finding at its line")
    func suppressionWithoutReason() throws {
        let base = try validate(Self.journey)
        let target = try #require(base.diagnostics.first { $0.clause != nil })
        let result = try validate(Self.journey + "suppress:\n  - {rule: \(target.ruleID)}\n")
        #expect(result.diagnostics.contains { $0.ruleID == target.ruleID })
        let finding = try #require(result.diagnostics.first { $0.ruleID == "SUPPRESS-NO-REASON" })
        #expect(finding.location?.line == 12)
        #expect(result.suppressed.isEmpty)
    }

    @Test("a suppression of an unknown rule is a finding with a suggestion")
    func suppressionOfUnknownRule() throws {
        let result = try validate(Self.journey + "suppress:\n  - {rule: DFES-4.4-2, reason: typo}\n")
        let finding = try #require(result.diagnostics.first { $0.ruleID == "SUPPRESS-UNKNOWN-RULE" })
        #expect(finding.location?.line == 12)
        #expect(finding.hint?.contains("DFES-4.4-0") == true)
    }

    @Test("thresholds map from the reference scale −3…+3 onto the design's scale")
    func thresholds() {
        let standard = EmotionScale.standard
        #expect(abs(Thresholds.map(2, onto: standard) - 13.0 / 3.0) < 1e-9)
        #expect(abs(Thresholds.map(-1, onto: standard) - 7.0 / 3.0) < 1e-9)
        #expect(Thresholds.map(0, onto: standard) == 3)
        #expect(Thresholds.map(3, onto: standard) == 5)
        #expect(Thresholds.map(-3, onto: standard) == 1)
        let symmetric = EmotionScale(min: -3, max: 3, neutral: 0)
        #expect(Thresholds.map(2, onto: symmetric) == 2)
        #expect(Thresholds.map(-1, onto: symmetric) == -1)
        // A lopsided scale: neutral at 2 on 0…10.
        let lopsided = EmotionScale(min: 0, max: 10, neutral: 2)
        #expect(Thresholds.map(3, onto: lopsided) == 10)
        #expect(Thresholds.map(-3, onto: lopsided) == 0)
    }

    @Test("a remapped clause shows up in the findings")
    func remap() throws {
        let base = try validate(Self.journey)
        let id = try #require(base.diagnostics.first { $0.clause != nil }?.ruleID)
        let clause = ClauseReference("ISO/TS 24082:2027", "6.1", .confirmed)
        let result = try validate(Self.journey, ValidationConfiguration(clauses: [id: clause]))
        #expect(result.diagnostics.filter { $0.ruleID == id }.allSatisfy { $0.clause == clause && $0.fullMessage.hasSuffix("(ISO/TS 24082:2027 6.1)") })
    }

    @Test("the conformance summary has every principle, activity and pyramid level, and counts what it found")
    func conformance() throws {
        let result = try validate(Self.journey)
        let summary = ConformanceSummary(result)
        #expect(summary.entries.map(\.area) == ConformanceArea.all)
        #expect(summary.entries.contains { $0.status == .gaps })
        for entry in summary.entries where entry.status != .notAssessed {
            #expect(entry.passed + entry.failingRules.count == entry.assessed)
        }
        let structural = try validate(Self.journey, ValidationConfiguration(profile: .structural))
        #expect(ConformanceSummary(structural).entries.allSatisfy { $0.status == .notAssessed })
        #expect(summary.text(file: "test.yaml").contains("4.2 Emotional"))
    }

    @Test("a design that breaks every rule at once is reported in bounded time, every finding placed")
    func everythingBroken() throws {
        let yaml = """
            journey: j
            title: Broken
            scale: {min: 5, max: 1}
            project: {levels: [7]}
            personas:
              - {id: anna, name: Anna}
              - {id: anna, name: Anna again}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: a, title: A, next: nowhere, emotions: {anna: 99}, momentOfTruth: true, branches: [{to: a}]}
                  - {id: b, title: B, next: a}
              - id: s2
                name: Empty
            suppress:
              - {rule: NOPE}
            """
        let decoded = JourneyFile.decode(Data(yaml.utf8), name: "broken.yaml")
        let design = try #require(decoded.design)
        let result = Validator().validate(design, today: RuleHarness.today)
        #expect(result.diagnostics.count > 20)
        #expect(result.diagnostics.allSatisfy { $0.location != nil })
    }

    @Test("a 10,000-touchpoint design is validated by the whole catalogue, every finding placed")
    func tenThousandTouchpoints() throws {
        var yaml = "journey: big\ntitle: Big\npersonas:\n  - {id: a, name: A}\n  - {id: b, name: B}\n"
        yaml += "actors:\n  - {id: clerk, name: Clerk, kind: employee}\nstages:\n"
        for stage in 0..<500 {
            yaml += "  - id: s\(stage)\n    name: Stage \(stage)\n    touchpoints:\n"
            for step in 0..<20 {
                let i = stage * 20 + step
                var extra = ""
                if i % 50 == 0 { extra += ", momentOfTruth: {owner: Lead, target: 4}" }
                if i % 7 == 0 { extra += ", emotional: {target: joy, kind: individual}, personalized: true" }
                if i % 10 == 3, i + 5 < 10_000 { extra += ", branches: [{if: x, to: t\(i + 5)}, {if: y, to: t\(i + 1)}]" }
                yaml += "      - {id: t\(i), title: Step \(i), channel: web, actors: [clerk], lane: frontstage, emotions: {a: \(1 + i % 5), b: 3}\(extra)}\n"
            }
        }
        let design = try JourneyFile.load(yaml, name: "big.yaml")
        #expect(design.touchpoints.count == 10_000)
        var apart = ValidationConfiguration(profile: .audit)
        apart.groupsFindings = false
        let result = Validator(configuration: apart).validate(design, today: RuleHarness.today)
        #expect(result.diagnostics.count > 10_000)
        #expect(result.diagnostics.allSatisfy { $0.location != nil })
        // Grouped, as reports show them: one finding per rule, every place kept as a note.
        let grouped = Validator(configuration: ValidationConfiguration(profile: .audit)).validate(design, today: RuleHarness.today)
        #expect(grouped.diagnostics.count < 60)
        #expect(grouped.diagnostics.reduce(0) { $0 + max(1, $1.notes.count) } >= result.diagnostics.count)
    }
}
