import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation
import Testing

/// Runs the whole catalogue over YAML text and hands back the findings of one rule, so that a
/// rule's tests need fixtures that only pass or break that rule.
enum RuleHarness {
    /// The fixed "today" of every rule test, so staleness does not depend on the clock.
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    static func findings(
        of ruleID: String, in yaml: String, configuration: ValidationConfiguration = ValidationConfiguration()
    ) throws -> [Diagnostic] {
        #expect(RuleCatalogue.standard.rule(ruleID) != nil, "no rule \(ruleID) in the catalogue")
        let design = try JourneyFile.load(yaml, name: "test.yaml")
        var configuration = configuration
        configuration.enabled.insert(ruleID)
        return Validator(configuration: configuration).validate(design, today: today).diagnostics.filter { $0.ruleID == ruleID }
    }

    /// The line (1-based) of the first line of `yaml` that contains `text`, to assert a
    /// finding's place without counting lines by hand.
    static func line(of text: String, in yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int? {
        let lines = yaml.components(separatedBy: "\n")
        let index = lines.firstIndex { $0.contains(text) }
        #expect(index != nil, "\"\(text)\" is not in the fixture", sourceLocation: sourceLocation)
        return index.map { $0 + 1 }
    }
}
