import Foundation
import JourneyKit

extension Rule {
    /// Rules from the service-excellence model around ISO/TS 24082: the ISO 23592 pyramid and
    /// elements, ISO/TS 23686 measurement and ISO 10002 complaint handling.
    static let modelLevel: [Rule] = [
        sePyramidL1, sePyramidL2, se732Opportunities, se742Monitoring, se722Frontline,
        meas23686Balance, meas23686Managed, cmp10002Access, cmp10002Responsiveness, cmp10002Accountability,
    ]

    // MARK: ISO 23592

    static let sePyramidL1 = Rule(
        id: "SE-PYR-L1-01", title: "The core proposition is stated and a touchpoint delivers it",
        clause: .iso23592("pyramid level 1", .confirmed), basis: .standard, severity: .warning,
        rationale: "Level 1 of the pyramid, the core service proposition, is the base that delight builds on.",
        hint: "mark the touchpoints that deliver the core proposition with `core: true`",
        satisfiedBy: "`proposition` is set, and at least one touchpoint of the journey has `core: true`. (Not every stage delivers the core: the promise is kept where it is kept.)",
        example: """
            proposition: Every patient leaves with a plan they understand.
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - {id: consultation, title: Consultation, core: true}
            """,
        areas: [.pyramidLevel(1)]
    ) { context in
        let design = context.design
        var findings: [Finding] = []
        if ExperienceRules.isBlank(design.coreProposition) {
            findings.append(Finding("the service states no core proposition", at: context.designLocation("proposition"),
                hint: "state the basic promise of the service with `proposition:`"))
        }
        if !design.touchpoints.isEmpty, !design.touchpoints.contains(where: \.deliversCore) {
            findings.append(Finding(
                "no touchpoint is marked as delivering the core proposition", at: context.designLocation("stages"),
                hint: "mark the touchpoints that keep the basic promise with `core: true`"))
        }
        return findings
    }

    static let sePyramidL2 = Rule(
        id: "SE-PYR-L2-01", title: "A feedback touchpoint can be reached from every stage",
        clause: .iso23592("pyramid level 2", .confirmed), basis: .standard, severity: .warning,
        rationale: "Level 2 of the pyramid is customer feedback management: the customer must be able to give feedback or complain.",
        hint: "add a touchpoint with `feedback: true` that the stage leads to, or one marked `entry: true` that is open all along",
        satisfiedBy: "At least one touchpoint has `feedback: true`, and from every stage with touchpoints the flow (`next`, `branches`, or falling through) leads to a feedback touchpoint, or the stage holds one. A feedback touchpoint marked `entry: true` can be started at any time and counts as journey-wide.",
        example: """
                  - {id: rate-visit, title: Rate the visit, channel: sms, feedback: true}
            """,
        areas: [.pyramidLevel(2)],
        summary: { "no feedback touchpoint can be reached from \($0) stages" }
    ) { context in
        let design = context.design
        let graph = context.graph
        let feedback = design.touchpoints.filter(\.feedbackChannel)
        guard !feedback.isEmpty else {
            return [Finding("the journey has no feedback or complaint touchpoint", at: context.designLocation("stages"),
                hint: "add a touchpoint with `feedback: true` where customers can give feedback or complain")]
        }
        if feedback.contains(where: \.isEntry) { return [] }
        // Every node that leads to a feedback touchpoint, found once by walking the flow
        // backwards from them all (a search per stage would be quadratic on long journeys).
        var leadsToFeedback = [Bool](repeating: false, count: graph.nodes.count)
        var queue = feedback.compactMap { graph.index(of: $0.id) }
        for node in queue { leadsToFeedback[node] = true }
        while let node = queue.popLast() {
            for previous in graph.predecessors[node] where !leadsToFeedback[previous] {
                leadsToFeedback[previous] = true
                queue.append(previous)
            }
        }
        return design.stages.compactMap { stage in
            let starts = context.touchpoints(in: stage.id).compactMap { graph.index(of: $0.id) }
            guard !starts.isEmpty, !starts.contains(where: { leadsToFeedback[$0] }) else { return nil }
            return Finding(
                "no feedback touchpoint can be reached from stage \"\(stage.id)\"",
                at: stage.origin.location, element: stage.id.rawValue)
        }
    }

    static let se732Opportunities = Rule(
        id: "SE-7.3.2-01", title: "Opportunities taken forward have an owner",
        clause: .iso23592("7.3.2", .unconfirmed), basis: .heuristic,
        restsOn: "managing service innovation", severity: .info,
        rationale: "Service innovation is managed: each idea has someone taking it forward and a stage from idea to adopted.",
        hint: "name who takes it forward with `owner:`",
        satisfiedBy: "Every opportunity whose `status` is past `idea` (`tested` or `adopted`) has an `owner`. An idea, or an opportunity without a status, is not asked for one: a first draft is full of ideas nobody owns yet.",
        example: """
            opportunities:
              - {id: live-board, title: Live delay board, status: tested, owner: Clinic manager}
            """,
        areas: [],
        summary: { "\($0) opportunities taken forward have no owner" }
    ) { context in
        context.design.opportunities.compactMap { opportunity in
            guard let status = opportunity.status, status != .idea, ExperienceRules.isBlank(opportunity.owner) else { return nil }
            let name = opportunity.id.map { "\($0)" } ?? opportunity.title
            return Finding(
                "opportunity \"\(name)\" is \(status.rawValue) but has no owner",
                at: opportunity.origin.location, element: opportunity.id?.rawValue)
        }
    }

    static let se742Monitoring = Rule(
        id: "SE-7.4.2-01", title: "The experience is monitored for the journey and at each moment of truth",
        clause: .iso23592("7.4.2", .unconfirmed), basis: .heuristic,
        restsOn: "monitoring, asked at moments of truth too",
        severity: .warning,
        rationale: "Monitoring the customer experience is an element of the model, elaborated by ISO/TS 23686.",
        hint: "name a metric under `metrics:` of the moment of truth, or list the touchpoint in a metric's `touchpoints:`",
        satisfiedBy: "At least one metric covers the whole journey — it has no `touchpoints`, or it is taken only at feedback touchpoints (`feedback: true`, where customers rate the journey as a whole) — and every `momentOfTruth` lists a metric in `metrics` or is in the `touchpoints` of a metric.",
        example: """
            metrics:
              - {id: nps-visit, name: Likelihood to recommend the clinic, kind: perceived}
              - {id: understood-plan, name: Understood the plan, kind: perceived, touchpoints: [consultation]}
            """,
        areas: [],
        summary: { "\($0) places lack monitoring: the whole journey or moments of truth have no metric" }
    ) { context in
        let design = context.design
        var findings: [Finding] = []
        let feedback = Set(design.touchpoints.filter(\.feedbackChannel).map(\.id))
        let journeyWide = design.metrics.contains { metric in
            metric.touchpoints.isEmpty || metric.touchpoints.allSatisfy(feedback.contains)
        }
        if !journeyWide {
            findings.append(Finding(
                "no metric monitors the experience of the whole journey", at: context.designLocation("metrics"),
                hint: "add a metric without `touchpoints:` under `metrics:`, such as overall satisfaction"))
        }
        for touchpoint in design.touchpoints {
            guard let moment = touchpoint.momentOfTruth, moment.metrics.isEmpty,
                !design.metrics.contains(where: { $0.touchpoints.contains(touchpoint.id) }) else { continue }
            findings.append(Finding(
                "moment of truth \"\(touchpoint.id)\" has no metric",
                at: moment.origin.location ?? touchpoint.origin.location, element: touchpoint.id.rawValue))
        }
        return findings
    }

    static let se722Frontline = Rule(
        id: "SE-7.2.2-01", title: "Frontline staff at moments of truth have their own pain points",
        clause: .iso23592("7.2.2", .unconfirmed), basis: .heuristic,
        restsOn: "employee engagement at moments of truth",
        severity: .info,
        rationale: "Excellent service needs engaged employees; their pain at the key moments deserves the same attention as the customer's.",
        hint: "add a pain point that lists the actor under `actors:`",
        satisfiedBy: "Every actor of kind `employee` involved in a `momentOfTruth` touchpoint (`initiator`, `receiver` or `actors`) is listed in the `actors` of at least one pain point.",
        example: """
            painPoints:
              - {id: no-history, title: Cannot see the patient's history, touchpoints: [consultation], actors: [consultant]}
            """,
        areas: [.pyramidLevel(3)],
        summary: { "\($0) employees at moments of truth have no pain point of their own" }
    ) { context in
        let design = context.design
        let withPain = Set(design.painPoints.flatMap(\.actors))
        var moments: [ActorID: [TouchpointID]] = [:]
        var order: [Actor] = []
        for touchpoint in design.touchpoints where touchpoint.momentOfTruth != nil {
            for actor in context.actors(of: touchpoint) where actor.kind == .employee && !withPain.contains(actor.id) {
                if moments[actor.id] == nil { order.append(actor) }
                moments[actor.id, default: []].append(touchpoint.id)
            }
        }
        return order.map { actor in
            let ids = moments[actor.id, default: []]
            let places = ExperienceRules.series(ids.map { "\"\($0)\"" }, "and")
            return Finding(
                "employee \"\(actor.id)\" at \(ids.count == 1 ? "moment" : "moments") of truth \(places) has no pain point of their own",
                at: actor.origin.location, element: actor.id.rawValue)
        }
    }
}
