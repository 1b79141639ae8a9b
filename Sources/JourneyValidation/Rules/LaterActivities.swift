import Foundation
import JourneyKit

extension Rule {
    /// The activities after 5.5, whose titles and numbers are not confirmed (`5.6+`):
    /// delivery (DLV) and testing (TST). All heuristic until the clauses are known.
    static let laterActivities: [Rule] = [dfes56Dlv01, dfes56Dlv02, dfes56Tst01, dfes56Tst02]

    static let dfes56Dlv01 = Rule(
        id: "DFES-5.6+-DLV-01", title: "Staff-delivered emotional touchpoints name their enablers",
        clause: .iso24082("5.6+", .unknown), basis: .heuristic,
        restsOn: "empowered staff give individual service",
        severity: .warning,
        rationale: "Individual service depends on staff who have the discretion, training and tools to give it (ISO 23592 7.2.2).",
        hint: "name what staff need to deliver it with `enablers:` under `emotional:`",
        satisfiedBy: "Every touchpoint with `emotional` that involves an actor of kind `employee` (as `initiator`, `receiver` or in `actors`), or that lies in `lane: frontstage` with no actor of kind `system`, lists at least one item in `emotional.enablers`.",
        example: """
                  - id: welcome
                    title: Welcome by name
                    actors: [nurse]
                    emotional: {target: feeling known, mechanism: Greeted by name, enablers: [Arrival list with preferred names]}
            """,
        areas: [.activity("5.6+")],
        summary: { "\($0) staff-delivered emotional touchpoints name no enablers" }
    ) { context in
        context.design.touchpoints.compactMap { touchpoint in
            guard let emotional = touchpoint.emotional, ExperienceRules.isBlank(emotional.enablers) else { return nil }
            let actors = context.actors(of: touchpoint)
            let staff = actors.filter { $0.kind == .employee }.map { "\"\($0.id)\"" }
            let frontstage = touchpoint.lane == .frontstage && !actors.contains { $0.kind == .system }
            guard !staff.isEmpty || frontstage else { return nil }
            let by = staff.isEmpty ? "frontstage staff" : ExperienceRules.series(staff, "and")
            return Finding(
                "emotional touchpoint \"\(touchpoint.id)\" is delivered by \(by) but names no enablers",
                at: emotional.origin.location ?? touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }

    static let dfes56Dlv02 = Rule(
        id: "DFES-5.6+-DLV-02", title: "Co-created touchpoints list the support for co-creation",
        clause: .iso24082("5.6+", .unknown), basis: .heuristic,
        restsOn: "a co-creation environment, as the DfES project leader describes it", severity: .info,
        rationale: "A co-creation environment is a DfES feature: the customer can only co-create with what the organization provides.",
        hint: "list what the organization provides with `coCreationSupport:`",
        satisfiedBy: "Every touchpoint with `coCreated: true` lists at least one item in `coCreationSupport`.",
        example: """
                  - id: plan-together
                    title: Agree the care plan
                    coCreated: true
                    coCreationSupport: [Shared screen with the draft plan]
            """,
        areas: [.activity("5.6+")],
        summary: { "\($0) co-created touchpoints list no support for co-creation" }
    ) { context in
        context.design.touchpoints.compactMap { touchpoint in
            guard touchpoint.coCreated, ExperienceRules.isBlank(touchpoint.coCreationSupport) else { return nil }
            return Finding(
                "co-created touchpoint \"\(touchpoint.id)\" lists no support for co-creation",
                at: touchpoint.origin.location(of: "coCreated"), element: touchpoint.id.rawValue)
        }
    }

    static let dfes56Tst01 = Rule(
        id: "DFES-5.6+-TST-01", title: "Emotional touchpoints and moments of truth are tested",
        clause: .iso24082("5.6+", .unknown), basis: .heuristic,
        restsOn: "test emotional claims before launch",
        purpose: .processRecord, severity: .warning,
        rationale: "Emotional claims should be validated with people before launch.",
        hint: "add a test under `evidence.tests:` whose `touchpoints:` names it, with a `result:`",
        satisfiedBy: "Every touchpoint with `emotional` or `momentOfTruth` is in the `touchpoints` of at least one `evidence.tests` entry that has a `result`.",
        example: """
            evidence:
              tests:
                - {prototype: Role-played welcome, date: 2026-03, touchpoints: [welcome], result: passed}
            """,
        areas: [.activity("5.6+")],
        summary: { "\($0) emotional touchpoints or moments of truth have no test with a recorded result" }
    ) { context in
        let tests = context.design.evidence.tests
        return ExperienceRules.designedTouchpoints(context.design).compactMap { touchpoint in
            let covering = tests.filter { $0.touchpoints.contains(touchpoint.id) }
            guard !covering.contains(where: { $0.result != nil }) else { return nil }
            let notes = covering.map { Diagnostic.Note("test \"\($0.prototype)\" has no result", at: $0.origin.location) }
            return Finding(
                "\(ExperienceRules.role(of: touchpoint)) has no test with a recorded result",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue, notes: notes,
                hint: covering.isEmpty ? nil : "record the outcome with `result:` (passed, failed or inconclusive)")
        }
    }

    static let dfes56Tst02 = Rule(
        id: "DFES-5.6+-TST-02", title: "Failed or inconclusive tests lead to a revision or a re-test",
        clause: .iso24082("5.6+", .unknown), basis: .heuristic,
        restsOn: "iterative design practice", purpose: .processRecord, severity: .info,
        rationale: "Design is iterative: a test that did not pass should change the design or be repeated.",
        hint: "record the change it led to with `revision:`, or add a later test of the same touchpoints",
        satisfiedBy: "Every test with `result: failed` or `inconclusive` has `revision`, or every touchpoint it tested is in a test with a later `date` (a test without touchpoints: a later test of the same `prototype`).",
        example: """
            evidence:
              tests:
                - {prototype: Paper letter, date: 2026-02, touchpoints: [letter], result: failed}
                - {prototype: Plain-language letter, date: 2026-04, touchpoints: [letter], result: passed}
            """,
        areas: [.activity("5.6+")],
        summary: { "\($0) failed or inconclusive tests have no revision or later re-test" }
    ) { context in
        let tests = context.design.evidence.tests
        return tests.compactMap { test in
            guard let result = test.result, result != .passed, ExperienceRules.isBlank(test.revision) else { return nil }
            if let date = test.date {
                let later = tests.filter { other in other.date.map { $0 > date } ?? false }
                let retested = test.touchpoints.isEmpty
                    ? later.contains { $0.prototype == test.prototype }
                    : test.touchpoints.allSatisfy { id in later.contains { $0.touchpoints.contains(id) } }
                if retested { return nil }
            }
            return Finding(
                "test \"\(test.prototype)\" was \(result.rawValue) and has no revision or later re-test",
                at: test.origin.location(of: "result"))
        }
    }
}
