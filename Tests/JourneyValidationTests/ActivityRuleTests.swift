import Foundation
import JourneyKit
import JourneyValidation
import Testing

@Suite("ISO/TS 24082 5.1 to 5.4 rules: process, planning, understanding, challenge and value")
struct ActivityRuleTests {
    @Test("the 5.1 to 5.4 rules are in the catalogue with their severity, basis and clause", arguments: [
        ("DFES-5.1-01", Severity.info, RuleBasis.standard, "5.1"),
        ("DFES-5.1-02", .warning, .heuristic, "5.1"),
        ("DFES-5.2-01", .error, .standard, "5.2"),
        ("DFES-5.2-02", .warning, .heuristic, "5.2"),
        ("DFES-5.2-03", .info, .heuristic, "5.2"),
        ("DFES-5.3-01", .error, .standard, "5.3"),
        ("DFES-5.3-02", .error, .standard, "5.3"),
        ("DFES-5.3-03", .warning, .standard, "5.3"),
        ("DFES-5.3-04", .info, .heuristic, "5.3"),
        ("DFES-5.4-01", .error, .standard, "5.4"),
        ("DFES-5.4-02", .error, .standard, "5.4"),
        ("DFES-5.4-03", .warning, .heuristic, "5.4"),
        ("DFES-5.4-04", .warning, .heuristic, "5.4"),
    ])
    func catalogue(id: String, severity: Severity, basis: RuleBasis, clause: String) throws {
        let confidence: ClauseReference.Confidence = clause == "5.1" ? .confirmed : .inferred
        try ClauseRuleExpect.catalogue(id, severity, basis, clause: .iso24082(clause, confidence), area: .activity(clause))
    }

    // MARK: 5.1

    static let everyActivity = """
        journey: j
        title: Test
        project: {owner: Head of service}
        personas:
          - {id: anna, name: Anna}
        value: {statement: We know you}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: a, title: A, emotional: {target: Feel welcome}}
        evidence:
          research:
            - {id: r, method: Interviews, personas: [anna]}
          sessions:
            - {title: Co-design workshop}
          tests:
            - {prototype: Paper letter, result: passed}

        """

    @Test("DFES-5.1-01: one note, while designing, lists the process records still to come", arguments: [
        ("journey: j\ntitle: Test\n",
         "not recorded yet: a project record (5.2), research on the personas (5.3), co-creation sessions with customers (4.4) and prototype tests (5.6+); they are not needed to design, but an audit before rollout asks for them"),
        ("journey: j\ntitle: Test\nproject: {owner: O}\nchallenges:\n  - {statement: How might we}\nevidence:\n  sessions:\n    - {title: Workshop}\n",
         "not recorded yet: research on the personas (5.3) and prototype tests (5.6+); they are not needed to design, but an audit before rollout asks for them"),
    ])
    func coverage01(yaml: String, message: String) throws {
        let found = try ClauseRuleExpect.findings("DFES-5.1-01", in: yaml, at: ["journey: j"])
        #expect(found.first?.message == message)
        #expect(found.first?.location?.column == 1)
        #expect(found.first?.severity == .info)
    }

    @Test("DFES-5.1-01: nothing when every activity has an artifact")
    func coverage01Passes() throws {
        try ClauseRuleExpect.none("DFES-5.1-01", in: Self.everyActivity)
    }

    @Test("DFES-5.1-02: no test led to a revision", arguments: [
        ("journey: j\ntitle: Test\n", "journey: j", "the design records no prototype test, so no test has led to a revision"),
        ("journey: j\ntitle: Test\nevidence:\n  tests:\n    - {prototype: P, result: failed}\n    - {prototype: Q, revision: \" \"}\n",
         "prototype: P", "none of the 2 prototype tests records a revision of the design"),
    ])
    func iteration02(yaml: String, marker: String, message: String) throws {
        let found = try ClauseRuleExpect.findings("DFES-5.1-02", in: yaml, at: [marker])
        #expect(found.first?.message == message)
        try ClauseRuleExpect.none("DFES-5.1-02", in: """
            journey: j
            title: Test
            evidence:
              tests:
                - {prototype: P, result: failed}
                - {prototype: Q, result: passed, revision: Plan on one page}
            """)
    }

    // MARK: 5.2

    @Test("DFES-5.2-01: the design project record", arguments: [
        ("journey: j\ntitle: Test\n", "journey: j", "the design has no project record"),
        ("journey: j\ntitle: Test\nproject:\n  owner: Maria\n  scope: \"  \"\n", "owner: Maria",
         "the design project has no scope or target persona"),
    ])
    func project01(yaml: String, marker: String, message: String) throws {
        let found = try ClauseRuleExpect.findings("DFES-5.2-01", in: yaml, at: [marker])
        #expect(found.first?.message == message)
        #expect(found.first?.severity == .error)
        try ClauseRuleExpect.none("DFES-5.2-01", in: """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna}
            project:
              owner: Maria
              scope: Outpatient visit
              personas: [anna]
            """)
    }

    @Test("DFES-5.2-02: the project team")
    func team02() throws {
        let yaml = """
            journey: j
            title: Test
            project:
              owner: Maria
              team:
                - {name: Maria, function: Experience}
                - {name: Hanna, function: experience }
            """
        let found = try ClauseRuleExpect.findings("DFES-5.2-02", in: yaml, at: ["name: Maria"])
        #expect(found.first?.message == "the project team has no members from two organizational functions and no frontline member")
        let noTeam = "journey: j\ntitle: Test\nproject:\n  owner: Maria\n"
        try ClauseRuleExpect.findings("DFES-5.2-02", in: noTeam, at: ["owner: Maria"])
        try ClauseRuleExpect.none("DFES-5.2-02", in: "journey: j\ntitle: Test\n")
        try ClauseRuleExpect.none("DFES-5.2-02", in: """
            journey: j
            title: Test
            project:
              team:
                - {name: Maria, function: Experience}
                - {name: Tom, function: Reception, frontline: true}
            """)
    }

    @Test("DFES-5.2-03: pyramid levels and success metrics")
    func levels03() throws {
        let yaml = """
            journey: j
            title: Test
            project:
              owner: Maria
              levels: [1, 2]
            """
        let found = try ClauseRuleExpect.findings("DFES-5.2-03", in: yaml, at: ["levels: [1, 2]"])
        #expect(found.first?.message == "the design project targets neither pyramid level 3 nor 4 and names no success metric")
        #expect(found.first?.location?.column == ClauseRuleExpect.column(of: "[1, 2]", in: yaml))
        #expect(found.first?.severity == .info)
        try ClauseRuleExpect.none("DFES-5.2-03", in: """
            journey: j
            title: Test
            metrics:
              - {id: nps, name: NPS}
            project:
              levels: [3]
              success: [nps]
            """)
    }

    // MARK: 5.3

    @Test("DFES-5.3-01: needs, expectations and desires")
    func statements01() throws {
        let yaml = """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna, needs: [N], expectations: [E], desires: [D]}
              - {id: ben, name: Ben, needs: [N]}
            """
        let found = try ClauseRuleExpect.findings("DFES-5.3-01", in: yaml, at: ["id: ben"])
        #expect(found.first?.message == "persona \"ben\" has no expectation or desire")
        #expect(found.first?.element == "ben")
        #expect(found.first?.location?.column == ClauseRuleExpect.column(of: "{id: ben", in: yaml))
        try ClauseRuleExpect.none("DFES-5.3-01", in: """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna, needs: [N], expectations: [E], desires: [D]}
            """)
    }

    @Test("DFES-5.3-02: every persona rests on complete research")
    func research02() throws {
        let yaml = """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna, evidence: [r1]}
              - {id: ben, name: Ben, evidence: [r2]}
              - {id: carl, name: Carl}
              - {id: dora, name: Dora}
            evidence:
              research:
                - {id: r1, method: Interviews, date: 2026-02, sampleSize: 12, personas: [dora]}
                - {id: r2, method: Survey, date: 2026-03}
            """
        let found = try ClauseRuleExpect.findings("DFES-5.3-02", in: yaml, at: ["id: ben", "id: carl"])
        #expect(found.map(\.message) == [
            "persona \"ben\" rests only on research without method, date and sample size (\"r2\")",
            "persona \"carl\" rests on no research",
        ])
        #expect(found.first?.location?.column == ClauseRuleExpect.column(of: "[r2]", in: yaml))
        #expect(found.first?.notes.first?.location?.line == RuleHarness.line(of: "id: r2", in: yaml))
        try ClauseRuleExpect.none("DFES-5.3-02", in: """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna, evidence: [r1]}
              - {id: dora, name: Dora}
            evidence:
              research:
                - {id: r1, method: Interviews, date: 2026-02, sampleSize: 12, personas: [dora]}
            """)
    }

    static let twoStages = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
          - {id: ben, name: Ben}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: a, title: A, emotions: {anna: {score: 2, basis: observed, evidence: [r]}}}
          - id: s2
            name: Two
            touchpoints:
              - {id: b, title: B, emotions: {anna: {score: 2, basis: observed}, ben: 2}}
              - {id: c, title: C, personas: [anna], emotions: {anna: {score: 4, evidence: [r]}}}
          - id: s3
            name: Three
            touchpoints:
              - {id: d, title: D, personas: [anna], emotions: {anna: {score: 4, basis: observed, evidence: [r]}}}
        evidence:
          research:
            - {id: r, method: Shadowing}

        """

    @Test("DFES-5.3-03: each stage has researched feelings or pain points per persona")
    func empathy03() throws {
        let yaml = Self.twoStages + """
            painPoints:
              - {id: p, title: Long wait, touchpoints: [a], evidence: [r]}
              - {id: q, title: Unheard, touchpoints: [b], personas: [anna]}
            """
        let found = try ClauseRuleExpect.findings("DFES-5.3-03", in: yaml, at: ["id: anna", "id: ben"])
        #expect(found.map(\.message) == [
            "persona \"anna\" has no observed emotion or research-backed pain point in stage \"s2\"",
            "persona \"ben\" has no observed emotion or research-backed pain point in stage \"s2\"",
        ])
        #expect(found.map(\.element) == ["anna", "ben"])
        try ClauseRuleExpect.none("DFES-5.3-03", in: Self.twoStages + """
            painPoints:
              - {id: p, title: Long wait, touchpoints: [a], evidence: [r]}
              - {id: q, title: Unheard, touchpoints: [c], evidence: [r]}
            """)
    }

    static let dated = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna, evidence: [old, older]}
          - {id: ben, name: Ben}
        evidence:
          research:
            - {id: older, method: Survey, date: 2020-01}
            - {id: old, method: Interviews, date: 2024-10}
            - {id: recent, method: Interviews, date: 2024-11, personas: [ben]}

        """

    @Test("DFES-5.3-04: the newest research is older than the staleness threshold")
    func stale04() throws {
        let found = try ClauseRuleExpect.findings("DFES-5.3-04", in: Self.dated, at: ["id: anna"])
        #expect(found.first?.message == "the newest research on persona \"anna\" is from 2024-10, 25 months ago")
        #expect(found.first?.notes.first?.location?.line == RuleHarness.line(of: "id: old,", in: Self.dated))
        #expect(found.first?.severity == .info)
        try ClauseRuleExpect.none(
            "DFES-5.3-04", in: Self.dated,
            configuration: ValidationConfiguration(thresholds: Thresholds(staleResearchMonths: 25)))
    }

    // MARK: 5.4

    @Test("DFES-5.4-01: a design challenge naming a persona", arguments: [
        ("journey: j\ntitle: Test\n", ["journey: j"], "the design states no design challenge"),
        ("journey: j\ntitle: Test\nchallenges:\n  - {id: c1, statement: How might we}\n  - {statement: How might we make waiting plannable for everyone again}\n",
         ["id: c1", "waiting plannable"], "design challenge \"c1\" names no persona"),
    ])
    func challenge01(yaml: String, markers: [String], message: String) throws {
        let found = try ClauseRuleExpect.findings("DFES-5.4-01", in: yaml, at: markers)
        #expect(found.first?.message == message)
        if found.count == 2 {
            #expect(found.first?.element == "c1")
            #expect(found.last?.message == "the design challenge \"How might we make waiting plannable…\" names no persona")
            #expect(found.last?.element == nil)
        }
        try ClauseRuleExpect.none("DFES-5.4-01", in: """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna}
            challenges:
              - {id: c1, statement: How might we}
              - {id: c2, statement: How might we, personas: [anna]}
            """)
    }

    static let desires = """
        journey: j
        title: Test
        personas:
          - id: anna
            name: Anna
            needs: [{id: know-next, text: Know what happens next}]
            expectations: [{id: on-time, text: Be seen on time}]
            desires: [{id: welcome, text: Be recognised}]

        """

    @Test("DFES-5.4-02: the value proposition serves a desire; a missing one is DFES-4.5-01's finding alone")
    func desire02() throws {
        let yaml = Self.desires + "value:\n  statement: S\n  serves: [know-next, on-time]\n"
        let found = try ClauseRuleExpect.findings("DFES-5.4-02", in: yaml, at: ["serves: [know-next"])
        #expect(found.first?.message == "the value proposition serves no persona desire, only needs or expectations")
        try ClauseRuleExpect.none("DFES-5.4-02", in: Self.desires)
        try ClauseRuleExpect.none("DFES-5.4-02", in: Self.desires + "value:\n  statement: S\n  serves: [know-next, welcome]\n")
    }

    @Test("DFES-5.4-03: the value proposition says what is distinctive")
    func distinctive03() throws {
        let yaml = "journey: j\ntitle: Test\nvalue:\n  statement: S\n  alternatives: [\" \"]\n"
        let found = try ClauseRuleExpect.findings("DFES-5.4-03", in: yaml, at: ["statement: S"])
        #expect(found.first?.message == "the value proposition records neither what is distinctive about it nor the alternatives")
        try ClauseRuleExpect.none("DFES-5.4-03", in: "journey: j\ntitle: Test\nvalue:\n  statement: S\n  alternatives: [Private clinic]\n")
        try ClauseRuleExpect.none("DFES-5.4-03", in: "journey: j\ntitle: Test\nvalue:\n  statement: S\n  distinctive: Knows you\n")
        try ClauseRuleExpect.none("DFES-5.4-03", in: "journey: j\ntitle: Test\n")
    }

    @Test("DFES-5.4-04: every design challenge traces to the research")
    func grounded04() throws {
        let yaml = Self.desires + """
            painPoints:
              - {id: wait, title: Wait}
            challenges:
              - {id: c1, statement: S1, painPoints: [wait]}
              - {id: c2, statement: S2, answers: [on-time]}
              - {id: c3, statement: S3, answers: [know-next]}
              - {statement: How might we}
            """
        let found = try ClauseRuleExpect.findings("DFES-5.4-04", in: yaml, at: ["id: c3", "statement: How might we"])
        #expect(found.map(\.message) == [
            "design challenge \"c3\" traces to no pain point, opportunity or expectation",
            "the design challenge \"How might we\" traces to no pain point, opportunity or expectation",
        ])
        #expect(found.first?.element == "c3")
        try ClauseRuleExpect.none("DFES-5.4-04", in: Self.desires + """
            challenges:
              - {id: c1, statement: S1, opportunities: [o]}
              - {id: c2, statement: S2, answers: [on-time]}
            """)
    }
}
