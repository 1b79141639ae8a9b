import JourneyKit
import JourneyValidation
import Testing

/// ``JourneyKind/applies(_:)``: which rules an actual journey gets, for a library user too.
@Suite("Rules by journey kind")
struct JourneyKindRulesTests {
    @Test("a planned journey gets every rule; an actual one only the structural checks that fit a record")
    func rulesByKind() {
        let rules = RuleCatalogue.standard.rules
        #expect(rules.allSatisfy(JourneyKind.planned.applies))
        let actual = rules.filter(JourneyKind.actual.applies)
        #expect(!actual.isEmpty)
        #expect(actual.allSatisfy { $0.family == .structural || $0.family == .suppression })
        #expect(actual.contains { $0.id == "STRUCT-DANGLING-REF" })
        for id in JourneyKind.designOnlyStructuralRules {
            #expect(RuleCatalogue.standard.rule(id) != nil, "\(id) is in the catalogue")
            #expect(!actual.contains { $0.id == id })
        }
    }

    @Test("Validator leaves the design rules out for an actual journey, even when the configuration enables them")
    func validatorHonoursKind() throws {
        var design = ServiceDesign(id: "record", title: "Record")
        design.kind = .actual
        let configuration = ValidationConfiguration(profile: .all, enabled: ["DFES-5.2-01"])
        let result = Validator(configuration: configuration).validate(design)
        #expect(!result.assessedRules.isEmpty)
        #expect(result.assessedRules.allSatisfy { RuleFamily(ruleID: $0) == .structural || RuleFamily(ruleID: $0) == .suppression })
        #expect(result.diagnostics.contains { $0.ruleID == "STRUCT-NO-TOUCHPOINTS" })
        design.kind = .planned
        let planned = Validator(configuration: configuration).validate(design)
        #expect(planned.diagnostics.contains { $0.ruleID == "DFES-5.2-01" })
    }

    @Test("the conformance summary leaves every area not assessed, with why, for a broken file or an actual journey")
    func conformanceNotAssessed() {
        let design = ServiceDesign(id: "empty", title: "Empty")
        let result = Validator().validate(design)
        let summary = ConformanceSummary(result)
        #expect(summary.blockingRules.contains("STRUCT-NO-TOUCHPOINTS"))
        #expect(!summary.isAssessable)
        #expect(summary.entries.allSatisfy { $0.status == .notAssessed && $0.reason?.contains("STRUCT-NO-TOUCHPOINTS") == true && $0.assessed == 0 })
        let record = ConformanceSummary(ValidationResult(diagnostics: []), kind: .actual)
        #expect(record.isAssessable)
        #expect(record.entries.allSatisfy { $0.status == .notAssessed && $0.reason?.contains("actual journey") == true })
    }
}
