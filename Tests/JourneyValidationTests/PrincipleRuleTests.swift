import Foundation
import JourneyKit
import JourneyValidation
import Testing

/// Assertions the tests of the ISO/TS 24082 clause 4 to 5.4 rules share.
enum ClauseRuleExpect {
    /// Checks a rule's findings: one per marker, in order, each on the first line of the
    /// fixture holding its marker.
    @discardableResult
    static func findings(
        _ ruleID: String, in yaml: String, at markers: [String],
        configuration: ValidationConfiguration = ValidationConfiguration(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> [Diagnostic] {
        try FindingExpectations.at(markers, ruleID, in: yaml, configuration: configuration, sourceLocation: sourceLocation)
    }

    /// Checks that a rule finds nothing.
    static func none(
        _ ruleID: String, in yaml: String, configuration: ValidationConfiguration = ValidationConfiguration(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        try FindingExpectations.none(ruleID, in: yaml, configuration: configuration, sourceLocation: sourceLocation)
    }

    /// The 1-based column where `text` starts on the first line holding `marker` (by default
    /// the first line holding `text`).
    static func column(of text: String, onLineWith marker: String? = nil, in yaml: String) -> Int? {
        guard let line = yaml.components(separatedBy: "\n").first(where: { $0.contains(marker ?? text) }),
            let range = line.range(of: text)
        else { return nil }
        return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: line.unicodeScalars)!) + 1
    }

    /// Checks the rules' place in the catalogue: severity, basis, clause, area, example.
    static func catalogue(
        _ id: String, _ severity: Severity, _ basis: RuleBasis, clause: ClauseReference, area: ConformanceArea,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let rule = try #require(RuleCatalogue.standard.rule(id), sourceLocation: sourceLocation)
        #expect(rule.severity == severity, sourceLocation: sourceLocation)
        #expect(rule.basis == basis, sourceLocation: sourceLocation)
        #expect(rule.clause == clause, sourceLocation: sourceLocation)
        #expect(rule.areas.contains(area), sourceLocation: sourceLocation)
        #expect(!rule.example.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, sourceLocation: sourceLocation)
        #expect(!rule.satisfiedBy.isEmpty && !rule.rationale.isEmpty && !rule.hint.isEmpty, sourceLocation: sourceLocation)
        #expect(RuleCatalogue.standard.ids.filter { $0 == id }.count == 1, sourceLocation: sourceLocation)
    }
}

@Suite("ISO/TS 24082 clause 4 rules: principles")
struct PrincipleRuleTests {
    @Test("the principle rules are in the catalogue with their severity, basis and clause", arguments: [
        ("DFES-4.2-01", Severity.warning, RuleBasis.heuristic, "4.2"),
        ("DFES-4.2-02", .warning, .standard, "4.2"),
        ("DFES-4.2-03", .warning, .heuristic, "4.2"),
        ("DFES-4.3-01", .warning, .standard, "4.3"),
        ("DFES-4.3-02", .warning, .heuristic, "4.3"),
        ("DFES-4.4-01", .error, .standard, "4.4"),
        ("DFES-4.4-02", .warning, .heuristic, "4.4"),
        ("DFES-4.5-01", .error, .standard, "4.5"),
        ("DFES-4.5-02", .warning, .heuristic, "4.5"),
    ])
    func catalogue(id: String, severity: Severity, basis: RuleBasis, clause: String) throws {
        try ClauseRuleExpect.catalogue(id, severity, basis, clause: .iso24082(clause, .confirmed), area: .principle(clause))
        if clause == "4.3" {
            #expect(RuleCatalogue.standard.rule(id)?.areas.contains(.pyramidLevel(3)) == true)
        }
    }

    static let twoPersonas = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
          - {id: ben, name: Ben}
        stages:
          - id: s1
            name: One
            touchpoints:

        """

    // MARK: 4.2

    @Test("DFES-4.2-01: a customer-facing touchpoint without a score for a persona it serves")
    func emotion01() throws {
        let yaml = Self.twoPersonas + """
                  - {id: a, title: A, emotions: {anna: 3, ben: 3}}
                  - {id: b, title: B, lane: frontstage, emotions: {anna: 4}}
                  - {id: c, title: C, personas: [ben], emotions: {ben: 2}}
                  - {id: d, title: D, lane: backstage}
                  - {id: e, title: E, lane: customer}
            """
        let found = try ClauseRuleExpect.findings("DFES-4.2-01", in: yaml, at: ["{id: b,", "{id: e,"])
        #expect(found.first?.message == "touchpoint \"b\" has no emotion score for persona \"ben\"")
        #expect(found.first?.location?.column == ClauseRuleExpect.column(of: "{anna: 4}", in: yaml))
        #expect(found.first?.element == "b")
        #expect(found.first?.severity == .warning)
        #expect(found.last?.message == "touchpoint \"e\" has no emotion score for personas \"anna\" and \"ben\"")
        #expect(found.last?.fullMessage.hasSuffix("(heuristic: a score per persona at every touchpoint, under ISO/TS 24082 4.2)") == true)
        // A persona with no score anywhere is STRUCT-PERSONA-NO-EMOTION's finding, not one per touchpoint.
        try ClauseRuleExpect.none("DFES-4.2-01", in: Self.twoPersonas + """
                  - {id: a, title: A, emotions: {anna: 3}}
                  - {id: b, title: B, emotions: {anna: 4}}
            """)
        try ClauseRuleExpect.none("DFES-4.2-01", in: Self.twoPersonas + """
                  - {id: a, title: A, emotions: {anna: 3, ben: 3}}
                  - {id: c, title: C, personas: [ben], lane: evidence, emotions: {ben: 2}}
                  - {id: d, title: D, lane: support}
            """)
    }

    @Test("DFES-4.2-02: a persona with no target score in the delight band")
    func delight02() throws {
        let yaml = """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna}
              - {id: ben, name: Ben}
              - {id: carl, name: Carl}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: a, title: A, emotions: {anna: 5, ben: {score: 5, basis: observed}}}
                  - {id: b, title: B, emotions: {ben: 4}}
            """
        let found = try ClauseRuleExpect.findings("DFES-4.2-02", in: yaml, at: ["id: ben", "id: carl"])
        #expect(found.first?.message == "persona \"ben\" has no touchpoint with a target score in the delight band (4.33 or above)")
        #expect(found.first?.element == "ben")
        try ClauseRuleExpect.none("DFES-4.2-02", in: """
            journey: j
            title: Test
            scale: {min: -3, max: 3, neutral: 0}
            personas:
              - {id: anna, name: Anna}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: a, title: A, emotions: {anna: 2}}
            """)
    }

    static let endingBadly = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: a, title: A, emotions: {anna: 4}}
              - {id: b, title: B, emotions: {anna: 2}}
          - id: s2
            name: Two
            touchpoints:
              - {id: c, title: C, emotions: {anna: 1}}
              - {id: d, title: D, emotions: {anna: 4}}

        """

    @Test("DFES-4.2-03: a stage ending in the negative band with no recovery or opportunity")
    func ending03() throws {
        let found = try ClauseRuleExpect.findings("DFES-4.2-03", in: Self.endingBadly, at: ["{id: b,"])
        #expect(found.first?.message == "stage \"s1\" ends at \"b\" in the negative band for persona \"anna\" (anna 2) with no recovery or opportunity")
        #expect(found.first?.location?.column == ClauseRuleExpect.column(of: "anna: 2", in: Self.endingBadly))
        #expect(found.first?.element == "s1")
        // An opportunity elsewhere in the stage does not change how this ending feels.
        try ClauseRuleExpect.findings("DFES-4.2-03", in: Self.endingBadly + """
            opportunities:
              - {id: o, title: Follow-up call, touchpoints: [a]}
            """, at: ["{id: b,"])
    }

    @Test("DFES-4.2-03: every ending of a stage counts, by the flow, not the last touchpoint in the file")
    func ending03ByFlow() throws {
        // "declined" ends the journey inside the stage; "welcome" is listed last but is not the only ending.
        let yaml = """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: apply, title: Apply, emotions: {anna: 3}, branches: [{if: accepted, to: welcome}, {if: refused, to: declined}]}
                  - {id: declined, title: Declined, emotions: {anna: 1}, end: true}
                  - {id: welcome, title: Welcome, emotions: {anna: 5}}

            """
        let found = try ClauseRuleExpect.findings("DFES-4.2-03", in: yaml, at: ["{id: declined,"])
        #expect(found.first?.message == "stage \"s1\" ends at \"declined\" in the negative band for persona \"anna\" (anna 1) with no recovery or opportunity")
        try ClauseRuleExpect.none("DFES-4.2-03", in: yaml + """
            opportunities:
              - {id: o, title: Explain the refusal and the way back, touchpoints: [declined]}
            """)
    }

    @Test("DFES-4.2-03: an opportunity at the ending or a recovery in the stage passes", arguments: [
        endingBadly + """
            opportunities:
              - {id: o, title: Follow-up call, touchpoints: [b]}
            """,
        endingBadly + """
            painPoints:
              - {id: p, title: Bad news, touchpoints: [b]}
            opportunities:
              - {id: o, title: Explain better, painPoints: [p]}
            """,
        """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: check, title: Check, emotions: {anna: 3}, branches: [{if: complete, to: done}, {if: missing, to: fix}]}
              - {id: done, title: Done, emotions: {anna: 4}, next: z}
              - {id: fix, title: Fix, emotions: {anna: 2}, next: check}
          - id: s2
            name: Two
            touchpoints:
              - {id: z, title: Z, emotions: {anna: 4}}
        """,
    ])
    func ending03Passes(yaml: String) throws {
        try ClauseRuleExpect.none("DFES-4.2-03", in: yaml)
    }

    // MARK: 4.3

    static let differentNeeds = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna, needs: [Book online], desires: [Be recognised]}
          - {id: ben, name: Ben, needs: [Book by phone]}
          - {id: carl, name: Carl, needs: [book online ], desires: [Be recognised]}
          - {id: dora, name: Dora}
        stages:
          - id: s1
            name: One
            touchpoints:

        """

    @Test("DFES-4.3-01: a touchpoint where the personas' needs differ says how it adapts")
    func variants01() throws {
        let yaml = Self.differentNeeds + """
                  - {id: t1, title: Book, emotions: {anna: 1, ben: 5, carl: 3}}
                  - {id: t0, title: Book again}
                  - {id: t2, title: Online, personas: [anna, carl, dora]}
                  - {id: t3, title: Desk, adaptation: Ben is called back}
                  - {id: t4, title: App, adaptive: true}
                  - {id: t5, title: Phone, personas: [ben]}
                  - {id: t6, title: Prepare, lane: backstage}
            """
        let found = try ClauseRuleExpect.findings("DFES-4.3-01", in: yaml, at: ["id: t1"])
        #expect(found.first?.message == "touchpoint \"t1\" serves personas \"anna\" and \"ben\", whose needs differ there, but says nothing of how it adapts")
        #expect(found.first?.element == "t1")
        try ClauseRuleExpect.none("DFES-4.3-01", in: Self.differentNeeds + """
                  - {id: t1, title: Book, personalized: true}
                  - {id: t2, title: Online, personas: [anna, carl, dora]}
                  - {id: t5, title: Phone, personas: [ben], lane: frontstage}
            """)
    }

    @Test("DFES-4.3-02: a personalized or adaptive touchpoint uses data captured earlier")
    func data02() throws {
        let yaml = """
            journey: j
            title: Test
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: book, title: Book}
                  - {id: welcome, title: Welcome, personalized: true}
                  - {id: call, title: Call, adaptive: true}
                  - {id: later, title: Later, personalized: true}
            dataPoints:
              - {id: name, name: Name, capturedAt: book, usedBy: [welcome]}
              - {id: mood, name: Mood, capturedAt: later, usedBy: [call, later]}
            """
        let found = try ClauseRuleExpect.findings("DFES-4.3-02", in: yaml, at: ["id: call", "id: later"])
        #expect(found.first?.message == "adaptive touchpoint \"call\" uses no data point captured earlier in the journey")
        #expect(found.first?.location?.column == ClauseRuleExpect.column(of: "true}", onLineWith: "id: call", in: yaml))
        #expect(found.last?.message == "personalized touchpoint \"later\" uses no data point captured earlier in the journey")
        #expect(found.last?.element == "later")
        try ClauseRuleExpect.none("DFES-4.3-02", in: """
            journey: j
            title: Test
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: book, title: Book}
                  - {id: welcome, title: Welcome, personalized: true}
              - id: s2
                name: Two
                touchpoints:
                  - {id: call, title: Call, adaptive: true}
            dataPoints:
              - {id: name, name: Name, capturedAt: book, usedBy: [welcome, call]}
            """)
    }

    // MARK: 4.4

    @Test("DFES-4.4-01: no co-creation session", arguments: [
        ("journey: j\ntitle: Test\n", "journey: j"),
        ("journey: j\ntitle: Test\nevidence:\n  research:\n    - {id: r, method: Interviews}\n", "research:"),
    ])
    func sessions01(yaml: String, marker: String) throws {
        let found = try ClauseRuleExpect.findings("DFES-4.4-01", in: yaml, at: [marker])
        #expect(found.first?.message == "the design records no co-creation session with customers")
        #expect(found.first?.element == nil)
        try ClauseRuleExpect.none("DFES-4.4-01", in: yaml + (yaml.contains("evidence") ? "" : "evidence:\n") + "  sessions:\n    - {title: Co-design workshop}\n")
    }

    static let actors = """
        journey: j
        title: Test
        actors:
          - {id: patient, name: Patient, kind: customer}
          - {id: clerk, name: Clerk, kind: employee}
        stages:
          - id: s1
            name: One
            touchpoints:

        """

    @Test("DFES-4.4-02: no touchpoint with the customer as an active participant")
    func active02() throws {
        let yaml = Self.actors + """
                  - {id: a, title: A, initiator: clerk, receiver: patient}
                  - {id: b, title: B, actors: [patient]}
            """
        let found = try ClauseRuleExpect.findings("DFES-4.4-02", in: yaml, at: ["- id: s1"])
        #expect(found.first?.message == "no touchpoint has the customer as an active participant")
        try ClauseRuleExpect.none("DFES-4.4-02", in: Self.actors + "      - {id: a, title: A, initiator: patient}\n")
        try ClauseRuleExpect.none("DFES-4.4-02", in: Self.actors + "      - {id: a, title: A, coCreated: true}\n")
        try ClauseRuleExpect.none("DFES-4.4-02", in: "journey: j\ntitle: Test\n")
    }

    // MARK: 4.5

    static let valueBase = """
        journey: j
        title: Test
        project:
          objectives:
            - {id: tell-once, text: Tell once}
        personas:
          - id: anna
            name: Anna
            needs: [{id: no-repeat, text: Not repeat herself}]
            expectations: [{id: on-time, text: Be seen on time}]
            desires: [{id: welcome, text: Be recognised}]

        """

    @Test("DFES-4.5-01: the value proposition misses one side", arguments: [
        (valueBase, "journey: j", "the design has no value proposition to trace to the customer and the organization"),
        (valueBase + "value:\n  statement: S\n  serves: [on-time]\n  objectives: [tell-once]\n", "serves:",
         "the value proposition links to no persona need or desire"),
        (valueBase + "value:\n  statement: S\n  serves: [no-repeat]\n  objectives: [other]\n", "objectives: [other]",
         "the value proposition links to no organizational objective"),
        (valueBase + "value:\n  statement: S\n", "statement: S",
         "the value proposition links to no persona need or desire and to no organizational objective"),
    ])
    func value01(yaml: String, marker: String, message: String) throws {
        let found = try ClauseRuleExpect.findings("DFES-4.5-01", in: yaml, at: [marker])
        #expect(found.first?.message == message)
    }

    @Test("DFES-4.5-01: a need or desire and an objective pass", arguments: ["no-repeat", "welcome"])
    func value01Passes(statement: String) throws {
        try ClauseRuleExpect.none("DFES-4.5-01", in: Self.valueBase + "value:\n  statement: S\n  serves: [on-time, \(statement)]\n  objectives: [tell-once]\n")
    }

    @Test("DFES-4.5-02: a frontstage touchpoint without owner or backstage support")
    func delivery02() throws {
        let yaml = """
            journey: j
            title: Test
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: f1, title: F1, lane: frontstage, owner: Lead}
                  - {id: f2, title: F2, lane: frontstage}
                  - {id: c1, title: C1, lane: customer}
              - id: s2
                name: Two
                touchpoints:
                  - {id: f3, title: F3, lane: frontstage, owner: Lead}
                  - {id: f4, title: F4, lane: frontstage, supportedBy: [f3]}
                  - {id: b1, title: B1, lane: backstage}
            """
        let found = try ClauseRuleExpect.findings("DFES-4.5-02", in: yaml, at: ["id: f1", "id: f2", "id: f4"])
        #expect(found.map(\.message) == [
            "frontstage touchpoint \"f1\" has no backstage or support step",
            "frontstage touchpoint \"f2\" has no owner and no backstage or support step",
            "frontstage touchpoint \"f4\" has no owner",
        ])
        #expect(found.map(\.element) == ["f1", "f2", "f4"])
        try ClauseRuleExpect.none("DFES-4.5-02", in: """
            journey: j
            title: Test
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: f1, title: F1, lane: frontstage, owner: Lead, supportedBy: [p]}
                  - {id: f2, title: F2, lane: frontstage, owner: Lead}
                  - {id: p, title: P, lane: support}
            """)
    }
}
