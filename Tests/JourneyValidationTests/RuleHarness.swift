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

    /// One persona, one stage, two touchpoints: structurally clean, and a long way from what
    /// the standards ask, so that their rules have something to find.
    static let smallJourney = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: a, title: A, emotions: {anna: 3}}
              - {id: b, title: B, emotions: {anna: 4}}

        """

    static func findings(
        of ruleID: String, in yaml: String, configuration: ValidationConfiguration = ValidationConfiguration()
    ) throws -> [Diagnostic] {
        #expect(RuleCatalogue.standard.rule(ruleID) != nil, "no rule \(ruleID) in the catalogue")
        let design = try JourneyFile.load(yaml, name: "test.yaml")
        var configuration = configuration
        configuration.enabled.insert(ruleID)
        // A rule's tests look at each place it finds; grouping has tests of its own.
        configuration.groupsFindings = false
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

/// Assertions every rule test shares.
enum FindingExpectations {
    /// Checks a rule's findings: one per marker text, each on the first line of the fixture
    /// holding it.
    @discardableResult
    static func at(
        _ markers: [String], _ ruleID: String, in yaml: String,
        configuration: ValidationConfiguration = ValidationConfiguration(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        let found = try RuleHarness.findings(of: ruleID, in: yaml, configuration: configuration)
        #expect(found.count == markers.count, "\(found.map(\.message))", sourceLocation: sourceLocation)
        #expect(found.allSatisfy { $0.ruleID == ruleID }, sourceLocation: sourceLocation)
        for (finding, marker) in zip(found, markers) {
            let line = RuleHarness.line(of: marker, in: yaml, sourceLocation: sourceLocation)
            #expect(finding.location?.line == line, "\(finding.message)", sourceLocation: sourceLocation)
        }
        return found
    }

    /// Checks that a rule finds nothing.
    static func none(
        _ ruleID: String, in yaml: String, configuration: ValidationConfiguration = ValidationConfiguration(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let found = try RuleHarness.findings(of: ruleID, in: yaml, configuration: configuration)
        #expect(found.isEmpty, "\(found.map(\.message))", sourceLocation: sourceLocation)
    }
}
