import Foundation
import JourneyKit
import JourneyValidation
import Testing

@Suite("ISO/TS 24082 5.5 rules: touchpoints and data points")
struct TouchpointRuleTests {
    /// A persona, two actors and the first stage's header; touchpoints follow.
    static let header = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        actors:
          - {id: clerk, name: Clerk, kind: employee}
          - {id: app, name: App, kind: system}
        stages:
          - id: s1
            name: One
            touchpoints:

        """

    @Test("the 5.5 rules are in the catalogue with their severity, basis and clause", arguments: [
        ("DFES-5.5-DOC-01", Severity.warning, RuleBasis.heuristic),
        ("DFES-5.5-DOC-02", .warning, .heuristic),
        ("DFES-5.5-DOC-03", .warning, .heuristic),
        ("DFES-5.5-EMO-01", .error, .standard),
        ("DFES-5.5-EMO-02", .warning, .heuristic),
        ("DFES-5.5-EMO-03", .warning, .heuristic),
        ("DFES-5.5-EMO-04", .warning, .heuristic),
        ("DFES-5.5-DAT-01", .error, .standard),
        ("DFES-5.5-DAT-02", .warning, .standard),
        ("DFES-5.5-DAT-03", .warning, .heuristic),
        ("DFES-5.5-DAT-04", .info, .heuristic),
    ])
    func catalogue(id: String, severity: Severity, basis: RuleBasis) throws {
        let rule = try #require(RuleCatalogue.standard.rule(id))
        #expect(rule.severity == severity)
        #expect(rule.basis == basis)
        #expect(rule.clause == .iso24082("5.5", .inferred))
        #expect(rule.areas.contains(.activity("5.5")))
        #expect(!rule.example.isEmpty)
        #expect(!rule.satisfiedBy.isEmpty)
        #expect(RuleCatalogue.standard.ids.filter { $0 == id }.count == 1)
    }

    // MARK: DOC

    @Test("DFES-5.5-DOC-01: every touchpoint has channel, actor and lane")
    func doc01() throws {
        let yaml = Self.header + """
                  - {id: a, title: A, channel: web, actors: [clerk], lane: frontstage}
                  - {id: b, title: B, channel: web}
            """
        let found = try FindingExpectations.at(["id: b"], "DFES-5.5-DOC-01", in: yaml)
        #expect(found.first?.message == "touchpoint \"b\" has no actor or lane")
        #expect(found.first?.element == "b")
        #expect(found.first?.severity == .warning)
        try FindingExpectations.none("DFES-5.5-DOC-01", in: Self.header + """
                  - {id: a, title: A, channel: web, actors: [clerk], lane: frontstage}
                  - {id: b, title: B, channel: app, initiator: app, lane: backstage}
            """)
    }

    @Test("DFES-5.5-DOC-01: a journey without stages is reported")
    func doc01NoStages() throws {
        let yaml = "journey: j\ntitle: Test\n"
        let found = try FindingExpectations.at(["journey: j"], "DFES-5.5-DOC-01", in: yaml)
        #expect(found.first?.message == "the journey has no stages")
    }

    @Test("DFES-5.5-DOC-02: each persona's curve covers every stage")
    func doc02() throws {
        let yaml = Self.header + """
                  - {id: a, title: A, emotions: {anna: 3}}
              - id: s2
                name: Two
                touchpoints:
                  - {id: b, title: B}
            """
        let found = try FindingExpectations.at(["id: s2"], "DFES-5.5-DOC-02", in: yaml)
        #expect(found.first?.message == "persona \"anna\" has no emotion score in stage \"s2\"")
        #expect(found.first?.element == "anna")
        // A stage with no touchpoint serving the persona is not part of their curve, and a
        // persona with no score anywhere is left to STRUCT-PERSONA-NO-EMOTION.
        try FindingExpectations.none("DFES-5.5-DOC-02", in: """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna}
              - {id: ben, name: Ben}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: a, title: A, emotions: {anna: 3}}
              - id: s2
                name: Two
                touchpoints:
                  - {id: b, title: B, personas: [ben]}
            """)
    }

    @Test("DFES-5.5-DOC-03: a moment of truth exists and has a target")
    func doc03() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
                  - {id: m, title: M, momentOfTruth: {owner: Lead}}
            """
        let found = try FindingExpectations.at(["id: m"], "DFES-5.5-DOC-03", in: yaml)
        #expect(found.first?.message == "moment of truth \"m\" has no emotional target")
        #expect(found.first?.element == "m")
        let none = try FindingExpectations.at(["- id: s1"], "DFES-5.5-DOC-03", in: Self.header + "      - {id: a, title: A}")
        #expect(none.first?.message == "the journey has no moment of truth")
        try FindingExpectations.none("DFES-5.5-DOC-03", in: Self.header + """
                  - {id: m, title: M, momentOfTruth: {owner: Lead, target: 4}}
            """)
    }

    // MARK: EMO

    @Test("DFES-5.5-EMO-01: an emotional touchpoint with a target and a mechanism")
    func emo01() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
                  - {id: e, title: E, emotional: {target: relief}}
            """
        let found = try FindingExpectations.at(["- id: s1"], "DFES-5.5-EMO-01", in: yaml)
        #expect(found.first?.notes.count == 1)
        #expect(found.first?.notes.first?.location?.line == RuleHarness.line(of: "id: e", in: yaml))
        try FindingExpectations.none("DFES-5.5-EMO-01", in: Self.header + """
                  - {id: e, title: E, emotional: {target: relief, mechanism: Named greeting}}
            """)
    }

    @Test("DFES-5.5-EMO-02: moments of truth are emotional or aim at neutral or better")
    func emo02() throws {
        let yaml = Self.header + """
                  - {id: low, title: Low, momentOfTruth: {owner: Lead, target: 2}}
                  - {id: bare, title: Bare, momentOfTruth: true}
                  - {id: ok, title: OK, momentOfTruth: {owner: Lead, target: 3}}
                  - {id: felt, title: Felt, momentOfTruth: true, emotional: {target: relief}}
            """
        // A moment of truth with no target at all ("bare") is DFES-5.5-DOC-03's finding alone.
        let found = try FindingExpectations.at(["id: low"], "DFES-5.5-EMO-02", in: yaml)
        #expect(found.first?.message.contains("below neutral (target 2, neutral 3)") == true)
        #expect(found.map(\.element) == ["low"])
        #expect(try FindingExpectations.at(["id: bare", "id: felt"], "DFES-5.5-DOC-03", in: yaml).map(\.element) == ["bare", "felt"])
        try FindingExpectations.none("DFES-5.5-EMO-02", in: Self.header + """
                  - {id: ok, title: OK, momentOfTruth: {owner: Lead, target: 3}}
                  - {id: felt, title: Felt, momentOfTruth: {target: 1}, emotional: {target: relief}}
            """)
    }

    @Test("DFES-5.5-EMO-03: an emotional touchpoint of kind individual")
    func emo03() throws {
        let yaml = Self.header + """
                  - {id: e, title: E, emotional: {target: joy, mechanism: Gift, kind: surprise}}
            """
        let found = try FindingExpectations.at(["- id: s1"], "DFES-5.5-EMO-03", in: yaml)
        #expect(found.first?.message == "no emotional touchpoint is of kind individual")
        #expect(found.first?.notes.first?.location?.line == RuleHarness.line(of: "id: e", in: yaml))
        // Individual without surprise passes while the project does not target level 4.
        try FindingExpectations.none("DFES-5.5-EMO-03", in: Self.header + """
                  - {id: e, title: E, emotional: {target: known, mechanism: Named greeting, kind: individual}}
            """)
    }

    @Test("DFES-5.5-EMO-03: a project that targets level 4 needs a surprise touchpoint")
    func emo03Surprise() throws {
        let individual = "      - {id: e, title: E, emotional: {target: known, mechanism: Named greeting, kind: individual}}\n"
        let yaml = Self.header.replacingOccurrences(of: "title: Test\n", with: "title: Test\nproject: {owner: Lead, levels: [3, 4]}\n") + individual
        let found = try FindingExpectations.at(["project: {owner"], "DFES-5.5-EMO-03", in: yaml)
        #expect(found.first?.message.contains("level 4") == true)
        try FindingExpectations.none("DFES-5.5-EMO-03", in: yaml + """
                  - {id: f, title: F, emotional: {target: joy, mechanism: Handwritten card, kind: surprise}}
            """)
    }

    static let emo04Journey = header + """
              - {id: m, title: M, momentOfTruth: {owner: Lead, target: 4}, emotions: {anna: 2}}
              - {id: n, title: N, momentOfTruth: {owner: Lead, target: 4}, emotions: {anna: 4}}
        painPoints:
          - {id: slow, title: Slow, touchpoints: [m], personas: [anna]}
          - {id: fine, title: Minor, touchpoints: [n]}

        """

    @Test("DFES-5.5-EMO-04: a negative pain point at a moment of truth has an opportunity")
    func emo04() throws {
        let found = try FindingExpectations.at(["id: slow"], "DFES-5.5-EMO-04", in: Self.emo04Journey)
        #expect(found.first?.message == "pain point \"slow\" at moment of truth \"m\" (anna scores 2) has no opportunity")
        #expect(found.first?.element == "slow")
        try FindingExpectations.none("DFES-5.5-EMO-04", in: Self.emo04Journey + """
            opportunities:
              - {id: fix, title: Fix, painPoints: [slow]}
            """)
        try FindingExpectations.none("DFES-5.5-EMO-04", in: Self.emo04Journey + """
            opportunities:
              - {title: Fix, touchpoints: [m]}
            """)
    }

    // MARK: DAT

    @Test("DFES-5.5-DAT-01: emotional touchpoints have data points (moments of truth are asked for a metric by SE-7.4.2-01)")
    func dat01() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
                  - {id: e, title: E, emotional: {target: relief}}
                  - {id: m, title: M, momentOfTruth: true}
            dataPoints:
              - {id: d, name: D, capturedAt: a, usedBy: [m]}
            """
        let found = try FindingExpectations.at(["id: e"], "DFES-5.5-DAT-01", in: yaml)
        #expect(found.first?.message == "emotional touchpoint \"e\" has no data point")
        #expect(found.first?.element == "e")
        try FindingExpectations.none("DFES-5.5-DAT-01", in: Self.header + """
                  - {id: e, title: E, emotional: {target: relief}}
                  - {id: m, title: M, momentOfTruth: true}
            dataPoints:
              - {id: d, name: D, capturedAt: e, usedBy: [m]}
            """)
    }

    @Test("DFES-5.5-DAT-02: data points declare purpose, source and use")
    func dat02() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
            dataPoints:
              - {id: ok, name: OK, purpose: individualize, capturedAt: a, usedBy: [a]}
              - {id: bare, name: Bare, capturedAt: a}
            """
        let found = try FindingExpectations.at(["id: bare"], "DFES-5.5-DAT-02", in: yaml)
        #expect(found.first?.message == "data point \"bare\" has no purpose or use")
        #expect(found.first?.element == "bare")
        try FindingExpectations.none("DFES-5.5-DAT-02", in: Self.header + """
                  - {id: a, title: A}
            dataPoints:
              - {id: ok, name: OK, purpose: measure, capturedAt: a, metrics: [m]}
            metrics:
              - {id: m, name: M}
            """)
    }

    @Test("DFES-5.5-DAT-03: personal data has a legal basis; orphans only when DAT-02 is off")
    func dat03() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
            dataPoints:
              - {id: phone, name: Phone, capturedAt: a, personal: true}
            """
        let found = try FindingExpectations.at(["id: phone"], "DFES-5.5-DAT-03", in: yaml)
        #expect(found.first?.message == "data point \"phone\" holds personal data but has no legal basis")
        let withoutDAT02 = ValidationConfiguration(disabled: ["DFES-5.5-DAT-02"])
        let both = try FindingExpectations.at(["id: phone", "id: phone"], "DFES-5.5-DAT-03", in: yaml, configuration: withoutDAT02)
        #expect(both.contains { $0.message == "data point \"phone\" is used by no touchpoint or metric" })
        try FindingExpectations.none("DFES-5.5-DAT-03", in: Self.header + """
                  - {id: a, title: A}
            dataPoints:
              - {id: phone, name: Phone, capturedAt: a, personal: true, legalBasis: Consent}
            """)
    }

    @Test("DFES-5.5-DAT-04: measurement data points have method, target and owner")
    func dat04() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
            dataPoints:
              - {id: wait, name: Wait, purpose: measure, method: Timer, target: 20 min}
              - {id: name, name: Name, purpose: individualize}
            """
        let found = try FindingExpectations.at(["id: wait"], "DFES-5.5-DAT-04", in: yaml)
        #expect(found.first?.message == "measurement data point \"wait\" has no owner")
        #expect(found.first?.severity == .info)
        try FindingExpectations.none("DFES-5.5-DAT-04", in: Self.header + """
                  - {id: a, title: A}
            dataPoints:
              - {id: wait, name: Wait, purpose: measure, method: Timer, target: 20 min, owner: Manager}
            """)
    }
}
