import Foundation
import JourneyKit
import JourneyValidation
import Testing

@Suite("Later-activity (5.6+) and model-level rules")
struct ModelRuleTests {
    /// A persona, three actors and the first stage's header; touchpoints follow.
    static let header = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        actors:
          - {id: guest, name: Guest, kind: customer}
          - {id: clerk, name: Clerk, kind: employee}
          - {id: app, name: App, kind: system}
        stages:
          - id: s1
            name: One
            touchpoints:

        """

    @Test("the 5.6+ and model-level rules are in the catalogue with their severity, basis and clause", arguments: [
        ("DFES-5.6+-DLV-01", Severity.warning, RuleBasis.heuristic, ClauseReference.iso24082("5.6+", .unknown)),
        ("DFES-5.6+-DLV-02", .info, .heuristic, .iso24082("5.6+", .unknown)),
        ("DFES-5.6+-TST-01", .warning, .heuristic, .iso24082("5.6+", .unknown)),
        ("DFES-5.6+-TST-02", .info, .heuristic, .iso24082("5.6+", .unknown)),
        ("SE-PYR-L1-01", .warning, .standard, .iso23592("pyramid level 1", .confirmed)),
        ("SE-PYR-L2-01", .warning, .standard, .iso23592("pyramid level 2", .confirmed)),
        ("SE-7.3.2-01", .info, .heuristic, .iso23592("7.3.2", .unconfirmed)),
        ("SE-7.4.2-01", .warning, .heuristic, .iso23592("7.4.2", .unconfirmed)),
        ("SE-7.2.2-01", .info, .heuristic, .iso23592("7.2.2", .unconfirmed)),
        ("MEAS-23686-01", .warning, .heuristic, .iso23686("", .unknown)),
        ("MEAS-23686-02", .info, .heuristic, .iso23686("", .unknown)),
        ("CMP-10002-01", .warning, .heuristic, .iso10002("", .unknown)),
        ("CMP-10002-02", .warning, .heuristic, .iso10002("", .unknown)),
        ("CMP-10002-03", .info, .heuristic, .iso10002("", .unknown)),
    ])
    func catalogue(id: String, severity: Severity, basis: RuleBasis, clause: ClauseReference) throws {
        let rule = try #require(RuleCatalogue.standard.rule(id))
        #expect(rule.severity == severity)
        #expect(rule.basis == basis)
        #expect(rule.clause == clause)
        #expect(!rule.example.isEmpty)
        #expect(!rule.satisfiedBy.isEmpty)
        #expect(RuleCatalogue.standard.ids.filter { $0 == id }.count == 1)
    }

    @Test("the rules count in their conformance areas")
    func areas() throws {
        let catalogue = RuleCatalogue.standard
        for id in ["DFES-5.6+-DLV-01", "DFES-5.6+-DLV-02", "DFES-5.6+-TST-01", "DFES-5.6+-TST-02"] {
            #expect(catalogue.rule(id)?.areas == [.activity("5.6+")])
        }
        #expect(catalogue.rule("SE-PYR-L1-01")?.areas == [.pyramidLevel(1)])
        for id in ["SE-PYR-L2-01", "CMP-10002-01", "CMP-10002-02", "CMP-10002-03"] {
            #expect(catalogue.rule(id)?.areas == [.pyramidLevel(2)])
        }
        #expect(catalogue.rule("SE-7.2.2-01")?.areas == [.pyramidLevel(3)])
    }

    // MARK: 5.6+

    @Test("DFES-5.6+-DLV-01: staff-delivered emotional touchpoints name their enablers")
    func dlv01() throws {
        let yaml = Self.header + """
                  - {id: staff, title: Staff, actors: [clerk], emotional: {target: known}}
                  - {id: front, title: Front, lane: frontstage, emotional: {target: known}}
                  - {id: kiosk, title: Kiosk, lane: frontstage, actors: [app], emotional: {target: known}}
                  - {id: self, title: Self, actors: [guest], emotional: {target: known}}
            """
        let found = try FindingExpectations.at(["id: staff", "id: front"], "DFES-5.6+-DLV-01", in: yaml)
        #expect(found.first?.message == "emotional touchpoint \"staff\" is delivered by \"clerk\" but names no enablers")
        #expect(found.map(\.element) == ["staff", "front"])
        try FindingExpectations.none("DFES-5.6+-DLV-01", in: Self.header + """
                  - {id: staff, title: Staff, actors: [clerk], emotional: {target: known, enablers: [Arrival list]}}
            """)
    }

    @Test("DFES-5.6+-DLV-02: co-created touchpoints list their co-creation support")
    func dlv02() throws {
        let yaml = Self.header + """
                  - {id: plan, title: Plan, coCreated: true}
            """
        let found = try FindingExpectations.at(["id: plan"], "DFES-5.6+-DLV-02", in: yaml)
        #expect(found.first?.message == "co-created touchpoint \"plan\" lists no support for co-creation")
        #expect(found.first?.severity == .info)
        try FindingExpectations.none("DFES-5.6+-DLV-02", in: Self.header + """
                  - {id: plan, title: Plan, coCreated: true, coCreationSupport: [Shared screen]}
            """)
    }

    @Test("DFES-5.6+-TST-01: emotional touchpoints and moments of truth are tested with a result")
    func tst01() throws {
        let yaml = Self.header + """
                  - {id: e, title: E, emotional: {target: relief}}
                  - {id: m, title: M, momentOfTruth: true}
            evidence:
              tests:
                - {prototype: Paper, touchpoints: [m]}
            """
        let found = try FindingExpectations.at(["id: e", "id: m"], "DFES-5.6+-TST-01", in: yaml)
        #expect(found.last?.message == "moment of truth \"m\" has no test with a recorded result")
        #expect(found.last?.notes.first?.location?.line == RuleHarness.line(of: "prototype: Paper", in: yaml))
        try FindingExpectations.none("DFES-5.6+-TST-01", in: Self.header + """
                  - {id: e, title: E, emotional: {target: relief}}
                  - {id: m, title: M, momentOfTruth: true}
            evidence:
              tests:
                - {prototype: Paper, touchpoints: [e, m], result: failed}
            """)
    }

    @Test("DFES-5.6+-TST-02: a failed or inconclusive test leads to a revision or a re-test")
    func tst02() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
                  - {id: b, title: B}
            evidence:
              tests:
                - {prototype: First, date: 2026-01, touchpoints: [a, b], result: failed}
                - {prototype: Second, date: 2026-03, touchpoints: [a], result: inconclusive}
                - {prototype: Third, date: 2026-02, touchpoints: [a], result: failed, revision: Shorter form}
            """
        let found = try FindingExpectations.at(["prototype: First", "prototype: Second"], "DFES-5.6+-TST-02", in: yaml)
        #expect(found.first?.message == "test \"First\" was failed and has no revision or later re-test")
        try FindingExpectations.none("DFES-5.6+-TST-02", in: Self.header + """
                  - {id: a, title: A}
            evidence:
              tests:
                - {prototype: First, date: 2026-01, touchpoints: [a], result: failed}
                - {prototype: Second, date: 2026-03, touchpoints: [a], result: passed}
            """)
    }

    // MARK: ISO 23592

    @Test("SE-PYR-L1-01: the core proposition is stated and a touchpoint of the journey delivers it")
    func pyramidLevel1() throws {
        // A stage without a core touchpoint is fine: the promise is kept where it is kept.
        let yaml = Self.header + """
                  - {id: a, title: A, core: true}
              - id: s2
                name: Two
                touchpoints:
                  - {id: b, title: B}
            """
        let found = try FindingExpectations.at(["journey: j"], "SE-PYR-L1-01", in: yaml)
        #expect(found.first?.message == "the service states no core proposition")
        let none = try FindingExpectations.at(["- id: s1"], "SE-PYR-L1-01", in: "proposition: Seen on time.\n" + yaml.replacingOccurrences(of: ", core: true", with: ""))
        #expect(none.first?.message == "no touchpoint is marked as delivering the core proposition")
        try FindingExpectations.none("SE-PYR-L1-01", in: "proposition: Seen on time.\n" + Self.header + """
                  - {id: a, title: A, core: true}
            """)
    }

    @Test("SE-PYR-L2-01: a feedback touchpoint can be reached from every stage")
    func pyramidLevel2() throws {
        let missing = try FindingExpectations.at(["- id: s1"], "SE-PYR-L2-01", in: Self.header + "      - {id: a, title: A}")
        #expect(missing.first?.message == "the journey has no feedback or complaint touchpoint")
        let yaml = Self.header + """
                  - {id: a, title: A, next: rate}
                  - {id: rate, title: Rate, feedback: true, end: true}
              - id: s2
                name: Two
                touchpoints:
                  - {id: b, title: B, entry: true}
            """
        let found = try FindingExpectations.at(["id: s2"], "SE-PYR-L2-01", in: yaml)
        #expect(found.first?.message == "no feedback touchpoint can be reached from stage \"s2\"")
        try FindingExpectations.none("SE-PYR-L2-01", in: Self.header + """
                  - {id: a, title: A}
              - id: s2
                name: Two
                touchpoints:
                  - {id: b, title: B}
                  - {id: rate, title: Rate, feedback: true}
            """)
        // A feedback touchpoint that can be started at any time is journey-wide.
        try FindingExpectations.none("SE-PYR-L2-01", in: Self.header + """
                  - {id: a, title: A}
                  - {id: b, title: B, end: true}
                  - {id: complain, title: Complain, feedback: true, entry: true}
            """)
    }

    @Test("SE-7.3.2-01: opportunities taken forward (tested, adopted) have an owner; ideas need none")
    func opportunities() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
            opportunities:
              - {id: idea, title: Idea, status: idea}
              - {id: loose, title: Loose}
              - {id: board, title: Board, status: tested}
              - {id: done, title: Done, status: adopted, owner: Lead}
            """
        let found = try FindingExpectations.at(["id: board"], "SE-7.3.2-01", in: yaml)
        #expect(found.first?.message == "opportunity \"board\" is tested but has no owner")
        #expect(found.first?.element == "board")
        try FindingExpectations.none("SE-7.3.2-01", in: Self.header + """
                  - {id: a, title: A}
            opportunities:
              - {title: Board, status: tested, owner: Lead}
            """)
    }

    @Test("SE-7.4.2-01: a journey-level metric and a metric at each moment of truth")
    func monitoring() throws {
        let yaml = Self.header + """
                  - {id: m, title: M, momentOfTruth: {owner: Lead}}
                  - {id: n, title: N, momentOfTruth: {owner: Lead}}
            metrics:
              - {id: wait, name: Wait, touchpoints: [n]}
            """
        let found = try FindingExpectations.at(["id: m", "- {id: wait"], "SE-7.4.2-01", in: yaml)
        #expect(found.map(\.message) == ["moment of truth \"m\" has no metric", "no metric monitors the experience of the whole journey"])
        try FindingExpectations.none("SE-7.4.2-01", in: Self.header + """
                  - {id: m, title: M, momentOfTruth: {owner: Lead, metrics: [nps]}}
                  - {id: n, title: N, momentOfTruth: {owner: Lead}}
            metrics:
              - {id: nps, name: NPS}
              - {id: wait, name: Wait, touchpoints: [n]}
            """)
    }

    @Test("SE-7.2.2-01: employees at moments of truth have pain points of their own")
    func frontline() throws {
        let yaml = Self.header + """
                  - {id: m, title: M, momentOfTruth: true, actors: [clerk, app, guest]}
                  - {id: n, title: N, momentOfTruth: true, initiator: clerk}
            """
        let found = try FindingExpectations.at(["id: clerk"], "SE-7.2.2-01", in: yaml)
        #expect(found.first?.message == "employee \"clerk\" at moments of truth \"m\" and \"n\" has no pain point of their own")
        #expect(found.first?.element == "clerk")
        try FindingExpectations.none("SE-7.2.2-01", in: Self.header + """
                  - {id: m, title: M, momentOfTruth: true, actors: [clerk]}
            painPoints:
              - {title: No history on screen, touchpoints: [m], actors: [clerk]}
            """)
    }

    // MARK: ISO/TS 23686

    @Test("MEAS-23686-01: perceived and operational metrics")
    func measureBalance() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
            metrics:
              - {id: nps, name: NPS, kind: perceived}
            """
        let found = try FindingExpectations.at(["- {id: nps"], "MEAS-23686-01", in: yaml)
        #expect(found.first?.message == "the metrics include no operational metric")
        try FindingExpectations.none("MEAS-23686-01", in: Self.header + """
                  - {id: a, title: A}
            metrics:
              - {id: nps, name: NPS, kind: perceived}
              - {id: wait, name: Wait, kind: operational}
            """)
    }

    @Test("MEAS-23686-02: metrics have an owner and a target; method, frequency and element are optional")
    func measureManaged() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
            metrics:
              - {id: nps, name: NPS, method: Survey, frequency: monthly}
            """
        let found = try FindingExpectations.at(["id: nps"], "MEAS-23686-02", in: yaml)
        #expect(found.first?.message == "metric \"nps\" has no owner or target")
        #expect(found.first?.element == "nps")
        try FindingExpectations.none("MEAS-23686-02", in: Self.header + """
                  - {id: a, title: A}
            metrics:
              - {id: nps, name: NPS, owner: Lead, target: "≥ 60"}
            """)
    }

    // MARK: ISO 10002

    @Test("CMP-10002-01: feedback touchpoints have a channel and accessibility provisions")
    func complaintAccess() throws {
        let yaml = Self.header + """
                  - {id: a, title: A}
                  - {id: complain, title: Complain, channel: phone, feedback: true}
            """
        let found = try FindingExpectations.at(["id: complain"], "CMP-10002-01", in: yaml)
        #expect(found.first?.message == "feedback touchpoint \"complain\" has no accessibility provision")
        try FindingExpectations.none("CMP-10002-01", in: Self.header + """
                  - {id: complain, title: Complain, channel: phone, feedback: true, accessibility: [Text relay]}
            """)
        try FindingExpectations.none("CMP-10002-01", in: Self.header + "      - {id: a, title: A}")
    }

    @Test("CMP-10002-02: feedback touchpoints measure the response against a target")
    func complaintResponse() throws {
        let yaml = Self.header + """
                  - {id: complain, title: Complain, feedback: true}
            dataPoints:
              - {id: ack, name: Acknowledged, purpose: measure, capturedAt: complain}
            """
        let found = try FindingExpectations.at(["id: complain"], "CMP-10002-02", in: yaml)
        #expect(found.first?.element == "complain")
        try FindingExpectations.none("CMP-10002-02", in: Self.header + """
                  - {id: complain, title: Complain, feedback: true}
            dataPoints:
              - {id: ack, name: Acknowledged, purpose: measure, capturedAt: complain, target: Within 1 working day}
            """)
        try FindingExpectations.none("CMP-10002-02", in: Self.header + "      - {id: a, title: A}")
    }

    @Test("CMP-10002-03: complaint handling has an owner and feeds the opportunities")
    func complaintAccountability() throws {
        let yaml = Self.header + """
                  - {id: complain, title: Complain, feedback: true}
            """
        let found = try FindingExpectations.at(["id: complain"], "CMP-10002-03", in: yaml)
        #expect(found.first?.message == "feedback touchpoint \"complain\" has no owner and feeds no opportunity")
        #expect(found.first?.severity == .info)
        try FindingExpectations.none("CMP-10002-03", in: Self.header + """
                  - {id: complain, title: Complain, feedback: true, owner: Liaison lead}
            opportunities:
              - {title: Monthly theme review, touchpoints: [complain]}
            """)
        try FindingExpectations.none("CMP-10002-03", in: Self.header + "      - {id: a, title: A}")
    }
}
