import Foundation
import JourneyKit

extension Rule {
    // MARK: ISO/TS 23686 measurement

    static let meas23686Balance = Rule(
        id: "MEAS-23686-01", title: "Metrics cover both the customer's view and operations",
        clause: .iso23686("", .unknown), basis: .heuristic,
        restsOn: "the ISO/TC 312 proposal's intent for ISO/TS 23686",
        severity: .warning,
        rationale: "ISO/TS 23686 measures service excellence from both sides: what customers perceive and feel, and how operations perform.",
        hint: "add a metric with `kind: perceived` and one with `kind: operational`",
        satisfiedBy: "At least one metric has `kind: perceived` and at least one has `kind: operational`.",
        example: """
            metrics:
              - {id: nps-visit, name: Likelihood to recommend, kind: perceived}
              - {id: wait-time, name: Minutes waited, kind: operational}
            """,
        areas: []
    ) { context in
        let kinds = Set(context.design.metrics.compactMap(\.kind))
        let missing = Metric.Kind.allCases.filter { !kinds.contains($0) }.map(\.rawValue)
        guard !missing.isEmpty else { return [] }
        return [Finding(
            "the metrics include no \(ExperienceRules.series(missing, "or")) metric", at: context.designLocation("metrics"),
            hint: "add \(ExperienceRules.series(missing.map { "a metric with `kind: \($0)`" }, "and"))")]
    }

    static let meas23686Managed = Rule(
        id: "MEAS-23686-02", title: "Metrics are managed: an owner and a target",
        clause: .iso23686("", .unknown), basis: .heuristic,
        restsOn: "a metric is managed when someone owns it and it has a target", severity: .info,
        rationale: "An unowned, untargeted metric is not managed. (ISO/TS 23686 organizes metrics by the elements of the ISO 23592 model; `element:` may say which one a metric evidences, but it is optional.)",
        hint: "add `owner:` and `target:`",
        satisfiedBy: "Every metric has an `owner` and a `target`. (`method:`, `frequency:` and `element:` — the ISO 23592 element a metric evidences — are worth recording but optional and not checked.)",
        example: """
            metrics:
              - id: wait-time
                name: Minutes waited after the appointment time
                kind: operational
                method: Check-in time to call-in time
                target: 80 % within 20 minutes
                owner: Clinic manager
                frequency: weekly
                element: "7.4.2"
            """,
        areas: [],
        summary: { "\($0) metrics lack an owner or a target" }
    ) { context in
        context.design.metrics.compactMap { metric in
            let missing = [("owner", metric.owner), ("target", metric.target)].filter { ExperienceRules.isBlank($0.1) }.map(\.0)
            guard !missing.isEmpty else { return nil }
            return Finding(
                "metric \"\(metric.id)\" has no \(ExperienceRules.series(missing, "or"))",
                at: metric.origin.location, element: metric.id.rawValue,
                hint: "add \(ExperienceRules.series(missing.map { "`\($0):`" }, "and"))")
        }
    }

    // MARK: ISO 10002 complaint handling

    static let cmp10002Access = Rule(
        id: "CMP-10002-01", title: "Feedback touchpoints are accessible",
        clause: .iso10002("", .unknown), basis: .heuristic,
        restsOn: "accessibility, an ISO 10002 principle recalled, not read", severity: .warning,
        rationale: "Complaint handling should be accessible to every customer (ISO 10002 guiding principles).",
        hint: "add `channel:` and the provisions that make it accessible under `accessibility:`",
        satisfiedBy: "Every touchpoint with `feedback: true` has `channel` and at least one item in `accessibility`. Without feedback touchpoints nothing is checked (SE-PYR-L2-01 reports that).",
        example: """
                  - id: complain
                    title: Raise a concern
                    channel: phone
                    feedback: true
                    accessibility: [Text relay, Interpreter on request, Large-print form]
            """,
        areas: [.pyramidLevel(2)],
        summary: { "\($0) feedback touchpoints lack a channel or an accessibility provision" }
    ) { context in
        context.design.touchpoints.filter(\.feedbackChannel).compactMap { touchpoint in
            var missing: [String] = []
            if ExperienceRules.isBlank(touchpoint.channel?.rawValue) { missing.append("channel") }
            if ExperienceRules.isBlank(touchpoint.accessibility) { missing.append("accessibility provision") }
            guard !missing.isEmpty else { return nil }
            return Finding(
                "feedback touchpoint \"\(touchpoint.id)\" has no \(ExperienceRules.series(missing, "or"))",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }

    static let cmp10002Responsiveness = Rule(
        id: "CMP-10002-02", title: "Feedback touchpoints measure acknowledgement and response against a target",
        clause: .iso10002("", .unknown), basis: .heuristic,
        restsOn: "responsiveness, an ISO 10002 principle per a secondary source", severity: .warning,
        rationale: "Complaints should be acknowledged and answered promptly (ISO 10002 responsiveness).",
        hint: "add a data point with `capturedAt:` this touchpoint, `purpose: measure` and a `target:` such as `acknowledged within 1 working day`",
        satisfiedBy: "Every touchpoint with `feedback: true` is the `capturedAt` of at least one data point with `purpose: measure` and a `target` (acknowledgement or response time), or is in the `touchpoints` of a metric with a `target`. Without feedback touchpoints nothing is checked.",
        example: """
            dataPoints:
              - id: complaint-ack
                name: Time to acknowledge a complaint
                purpose: measure
                capturedAt: complain
                metrics: [ack-time]
                target: Acknowledged within 1 working day
            """,
        areas: [.pyramidLevel(2)],
        summary: { "\($0) feedback touchpoints have no measurement data point with a response-time target" }
    ) { context in
        context.design.touchpoints.filter(\.feedbackChannel).compactMap { touchpoint in
            let measured = context.design.dataPoints.contains { dataPoint in
                dataPoint.capturedAt == touchpoint.id && dataPoint.purpose == .measure && !ExperienceRules.isBlank(dataPoint.target)
            } || context.design.metrics.contains { $0.touchpoints.contains(touchpoint.id) && !ExperienceRules.isBlank($0.target) }
            guard !measured else { return nil }
            return Finding(
                "feedback touchpoint \"\(touchpoint.id)\" has no measurement data point with a response-time target",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }

    static let cmp10002Accountability = Rule(
        id: "CMP-10002-03", title: "Complaint handling has an owner and feeds improvement",
        clause: .iso10002("", .unknown), basis: .heuristic,
        restsOn: "accountability and improvement, ISO 10002 principles per a secondary source", severity: .info,
        rationale: "Someone must answer for complaint handling, and complaints should drive improvement (ISO 10002 accountability and continual improvement).",
        hint: "add `owner:` and an opportunity whose `touchpoints:` names the feedback touchpoint",
        satisfiedBy: "Every touchpoint with `feedback: true` has someone who answers for it (`owner`, its moment of truth's `owner`, or an employee taking part; for a frontstage touchpoint DFES-4.5-02 asks this), and at least one opportunity lists it in `touchpoints`. Without feedback touchpoints nothing is checked.",
        example: """
                  - {id: complain, title: Raise a concern, feedback: true, owner: Patient liaison lead}
            opportunities:
              - {id: complaint-themes, title: Monthly review of complaint themes, touchpoints: [complain]}
            """,
        areas: [.pyramidLevel(2)],
        summary: { "\($0) feedback touchpoints have no owner or feed no opportunity" }
    ) { context in
        context.design.touchpoints.filter(\.feedbackChannel).compactMap { touchpoint in
            // A frontstage touchpoint's owner is DFES-4.5-02's finding; one cause, one finding.
            let noOwner = touchpoint.lane != .frontstage && !DFESRuleSupport.hasSomeoneAnswering(touchpoint, context)
            let feeds = context.design.opportunities.contains { $0.touchpoints.contains(touchpoint.id) }
            let message: String
            switch (noOwner, feeds) {
            case (false, true): return nil
            case (true, true): message = "has no owner"
            case (false, false): message = "feeds no opportunity"
            case (true, false): message = "has no owner and feeds no opportunity"
            }
            return Finding(
                "feedback touchpoint \"\(touchpoint.id)\" \(message)",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }
}
