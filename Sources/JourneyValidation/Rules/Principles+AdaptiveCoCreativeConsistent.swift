import Foundation
import JourneyKit

extension Rule {
    // MARK: 4.3 Adaptive

    static let dfes43Variants01 = Rule(
        id: "DFES-4.3-01", title: "A touchpoint where personas' needs differ says how it adapts",
        clause: .iso24082("4.3", .confirmed), basis: .standard, severity: .warning,
        rationale: "Adaptive principle: individual service (pyramid level 3) adjusts to each customer.",
        hint: "say how the touchpoint adapts, persona by persona or case by case, under `adaptation:`, mark it `adaptive: true` or `personalized: true`, or split it into one touchpoint per persona with `personas:`",
        satisfiedBy: "A customer-facing touchpoint (no `lane`, or `customer`, `frontstage`, `evidence`) that serves two or more personas whose needs differ *there* has an `adaptation:` that says something persona- or case-specific (it names a persona, or a condition: if, when, for, who, depending on, otherwise), or `adaptive: true`, or `personalized: true`. Needs differ at a touchpoint when the design shows it there: the personas' scores lie apart (one in the negative band and another at or above neutral, at least a third of the scale apart; or half the scale or more apart), or a pain point at the touchpoint names some of its personas and not others. (That the personas' needs differ in general is not enough: on two first drafts it fired on four touchpoints in five.) An `adaptation:` that only repeats the title or says nothing persona-specific is reported too. Per-persona variants (touchpoints that list one persona under `personas:`) pass.",
        example: """
                  - id: call-in
                    title: Called in from the waiting room
                    adaptation: Ben is fetched in person; Anna gets a text message
            """,
        areas: [.principle("4.3"), .pyramidLevel(3)],
        summary: { "\($0) touchpoints serve personas whose needs differ there, but do not say how they adapt" }
    ) { context in
        context.design.touchpoints.filter { DFESRuleSupport.isCustomerFacing($0) }.compactMap { touchpoint in
            if touchpoint.adaptive || touchpoint.personalized { return nil }
            let served = context.personas(servedBy: touchpoint)
            guard served.count >= 2 else { return nil }
            let differing = Adaptation.personasDiffering(at: touchpoint, among: served, context: context)
            guard differing.count >= 2 else { return nil }
            let names = DFESRuleSupport.series(differing.map { "\"\($0.id)\"" }, "and")
            if let text = touchpoint.adaptation, !DFESRuleSupport.isBlank(text) {
                guard !Adaptation.saysSomethingSpecific(text, touchpoint: touchpoint, personas: served) else { return nil }
                return Finding(
                    "the adaptation of touchpoint \"\(touchpoint.id)\" says nothing specific to personas \(names), whose needs differ there",
                    at: touchpoint.origin.location(of: "adaptation"), element: touchpoint.id.rawValue,
                    hint: "say what changes for whom, e.g. `adaptation: \(differing[0].name) gets …; \(differing[1].name) gets …`")
            }
            return Finding(
                "touchpoint \"\(touchpoint.id)\" serves personas \(names), whose needs differ there, but says nothing of how it adapts",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }

    static let dfes43Data02 = Rule(
        id: "DFES-4.3-02", title: "A personalized or adaptive touchpoint uses data captured earlier",
        clause: .iso24082("4.3", .confirmed), basis: .heuristic,
        restsOn: "adaptation needs data captured earlier", severity: .warning,
        rationale: "Adaptation needs data about the customer, captured before it is used.",
        hint: "add a data point with `capturedAt:` an earlier touchpoint and this touchpoint under `usedBy:`",
        satisfiedBy: "Every touchpoint with `personalized: true` or `adaptive: true` is listed under `usedBy:` of a data point whose `capturedAt:` is another touchpoint from which the flow leads to it.",
        example: """
            dataPoints:
              - {id: preferred-name, name: Preferred name, capturedAt: booking, usedBy: [welcome]}
            """,
        areas: [.principle("4.3"), .pyramidLevel(3)],
        summary: { "\($0) personalized or adaptive touchpoints use no data captured earlier in the journey" }
    ) { context in
        context.design.touchpoints.compactMap { touchpoint in
            guard touchpoint.personalized || touchpoint.adaptive else { return nil }
            let fed = context.design.dataPoints.contains { dataPoint in
                guard dataPoint.usedBy.contains(touchpoint.id), let captured = dataPoint.capturedAt, captured != touchpoint.id else { return false }
                return context.graph.canReach(touchpoint.id, from: captured)
            }
            guard !fed else { return nil }
            let flag = touchpoint.personalized ? "personalized" : "adaptive"
            return Finding(
                "\(flag) touchpoint \"\(touchpoint.id)\" uses no data point captured earlier in the journey",
                at: touchpoint.origin.location(of: flag), element: touchpoint.id.rawValue)
        }
    }

    // MARK: 4.4 Co-creative with customer

    static let dfes44Sessions01 = Rule(
        id: "DFES-4.4-01", title: "Customers took part in designing the service",
        clause: .iso24082("4.4", .confirmed), basis: .standard, purpose: .processRecord, severity: .error,
        rationale: "Co-creative principle: co-creation includes designing the service with customers.",
        hint: "record the co-design sessions, workshops or participatory studies under `evidence: sessions:`",
        satisfiedBy: "At least one co-creation session under `evidence: sessions:`.",
        example: """
            evidence:
              sessions:
                - {title: Co-design workshop with patients, date: 2026-03, personas: [anna], outcome: One-page plan}
            """,
        areas: [.principle("4.4")]
    ) { context in
        guard context.design.evidence.sessions.isEmpty else { return [] }
        return [Finding("the design records no co-creation session with customers", at: context.designLocation("evidence"))]
    }

    static let dfes44Active02 = Rule(
        id: "DFES-4.4-02", title: "The customer takes an active part somewhere in the journey",
        clause: .iso24082("4.4", .confirmed), basis: .heuristic,
        restsOn: "a customer-started touchpoint counts as co-creation",
        severity: .warning,
        rationale: "Co-creation also covers delivering the service, not only designing it.",
        hint: "mark a touchpoint where the customer co-creates with `coCreated: true`, or make a customer actor its `initiator:`",
        satisfiedBy: "At least one touchpoint has `coCreated: true` or an `initiator:` that is an actor of kind `customer`. A journey with no touchpoints is left to STRUCT-NO-TOUCHPOINTS.",
        example: """
            actors:
              - {id: patient, name: Patient, kind: customer}
            # …
                  - {id: plan, title: Agree the care plan together, initiator: patient, coCreated: true}
            """,
        areas: [.principle("4.4")]
    ) { context in
        let design = context.design
        guard !design.touchpoints.isEmpty else { return [] }
        let active = design.touchpoints.contains { touchpoint in
            touchpoint.coCreated || touchpoint.initiator.flatMap { context.actorsByID[$0] }?.kind == .customer
        }
        guard !active else { return [] }
        return [Finding("no touchpoint has the customer as an active participant", at: context.designLocation("stages"))]
    }

    // MARK: 4.5 Consistent with organization and customer perspectives

    static let dfes45Value01 = Rule(
        id: "DFES-4.5-01", title: "The value proposition serves both the customer and the organization",
        clause: .iso24082("4.5", .confirmed), basis: .standard, severity: .error,
        rationale: "The principle names both perspectives: what delights the customer must fit the organization's aims.",
        hint: "list need or desire ids under `value: serves:` and project objective ids under `value: objectives:`",
        satisfiedBy: "A `value:` whose `serves:` names at least one persona need or desire by id, and whose `objectives:` names at least one objective under `project: objectives:`.",
        example: """
            project:
              objectives:
                - {id: tell-once, text: Patients give their history once}
            value:
              statement: We know your story before you arrive.
              serves: [no-repeat]
              objectives: [tell-once]
            """,
        areas: [.principle("4.5")]
    ) { context in
        let design = context.design
        guard let value = design.valueProposition else {
            return [Finding("the design has no value proposition to trace to the customer and the organization", at: context.designLocation("value"))]
        }
        let wanted = DFESRuleSupport.statementIDs(design, [.need, .desire])
        let objectives = Set((design.project?.objectives ?? []).map(\.id))
        var missing: [String] = []
        var field = "serves"
        if !value.serves.contains(where: wanted.contains) { missing.append("to no persona need or desire") }
        if !value.objectives.contains(where: objectives.contains) {
            if missing.isEmpty { field = "objectives" }
            missing.append("to no organizational objective")
        }
        guard !missing.isEmpty else { return [] }
        // The fix for what is missing, not for both sides again.
        var fixes: [String] = []
        if missing.contains("to no persona need or desire") {
            fixes.append("give a persona's need or desire an `id:` and list it under `value: serves:`")
        }
        if missing.contains("to no organizational objective") {
            fixes.append(objectives.isEmpty
                ? "write the organization's objectives under `project: objectives:` (`{id: …, text: …}`; a project needs nothing else for this) and list their ids under `value: objectives:`"
                : "list the ids of the objectives under `project: objectives:` that it serves under `value: objectives:`")
        }
        return [Finding(
            "the value proposition links \(missing.joined(separator: " and "))",
            at: value.origin.location(of: field), hint: fixes.joined(separator: "; "))]
    }

    static let dfes45Delivery02 = Rule(
        id: "DFES-4.5-02", title: "Every frontstage touchpoint has an owner and backstage support",
        clause: .iso24082("4.5", .confirmed), basis: .heuristic,
        restsOn: "service-blueprint practice", severity: .warning,
        rationale: "What is promised to the customer must be deliverable by the organization's people and processes.",
        hint: "name who answers for it with `owner:` and list the steps behind it under `supportedBy:`",
        satisfiedBy: "Every touchpoint with `lane: frontstage` has someone who answers for it — an `owner:`, the `owner:` of its `momentOfTruth:`, or an actor of kind `employee` taking part (`initiator`, `receiver` or `actors`) — and either a non-empty `supportedBy:` or a touchpoint with `lane: backstage` or `lane: support` in the same stage.",
        example: """
                  - {id: desk, title: Check-in, lane: frontstage, owner: Reception lead, supportedBy: [prepare]}
                  - {id: prepare, title: Prepare the file, lane: backstage}
            """,
        areas: [.principle("4.5")],
        summary: { "\($0) frontstage touchpoints have no owner or no backstage support" }
    ) { context in
        let design = context.design
        let supportedStages = Set(design.touchpoints.filter { $0.lane == .backstage || $0.lane == .support }.map(\.stage))
        return design.touchpoints.filter { $0.lane == .frontstage }.compactMap { touchpoint in
            var missing: [String] = []
            if !DFESRuleSupport.hasSomeoneAnswering(touchpoint, context) { missing.append("no owner") }
            if touchpoint.supportedBy.isEmpty, !supportedStages.contains(touchpoint.stage) {
                missing.append("no backstage or support step")
            }
            guard !missing.isEmpty else { return nil }
            return Finding(
                "frontstage touchpoint \"\(touchpoint.id)\" has \(missing.joined(separator: " and "))",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }
}
