import Foundation
import JourneyKit

/// What a CJML export leaves out: one line per kind of thing, with how many, in a fixed order.
struct CJMLExportNotes {
    let design: ServiceDesign
    let plan: CJMLExportPlan

    var lines: [String] {
        var lines: [String] = []
        func note(_ count: Int, _ what: String, _ tail: String = "are not part of CJML") {
            if count > 0 { lines.append("\(what) (\(count)) \(tail)") }
        }
        func count<T>(_ items: [T], _ condition: (T) -> Bool) -> Int { items.filter(condition).count }

        // The design as a whole.
        let designFields = [("version", design.version), ("owner", design.owner), ("core proposition", design.coreProposition)]
            .filter { $0.1 != nil }.map(\.0)
        if let last = designFields.last {
            let listed = designFields.count == 1 ? last : designFields.dropLast().joined(separator: ", ") + " and " + last
            lines.append("the design's \(listed) \(designFields.count == 1 ? "is" : "are") not part of CJML")
        }
        if design.kind == .planned, design.plannedJourney != nil {
            lines.append("the planned-journey reference is written only for actual journeys; this design is planned")
        }
        if !design.scale.labels.isEmpty {
            note(design.scale.labels.count, "the scale's labels")
        }
        if design.project != nil { lines.append("the design project is not part of CJML") }
        note(design.challenges.count, "design challenges")
        if design.valueProposition != nil { lines.append("the value proposition is not part of CJML") }
        note(design.evidence.research.count, "research studies")
        note(design.evidence.sessions.count, "co-creation sessions")
        note(design.evidence.tests.count, "prototype tests")
        note(design.suppressions.count, "suppressed validator findings")

        // Personas and actors.
        note(plan.personasAsEndUsers, "personas", "are written as end users: CJML has no personas")
        note(design.personas.reduce(0) { $0 + $1.needs.count + $1.expectations.count + $1.desires.count },
             "personas' needs, expectations and desires")
        note(count(design.personas) { $0.description != nil || !$0.goals.isEmpty || $0.quote != nil || !$0.evidence.isEmpty },
             "personas' descriptions, goals, quotes and evidence", "are not part of CJML (count of personas)")
        note(count(plan.actors, \.droppedDescription), "actor descriptions",
             "are not part of CJML (a service provider's description is written as its providerType when it names the same kind)")

        // Improvement and measurement.
        note(design.painPoints.count, "pain points")
        note(design.opportunities.count, "opportunities")
        note(design.metrics.count, "metrics")
        note(design.dataPoints.count, "data points")

        // Touchpoints.
        let touchpoints = design.touchpoints
        note(count(touchpoints) { !$0.next.isEmpty }, "touchpoints with an explicit next", "are written in journey order only: CJML has order, not flow")
        note(touchpoints.reduce(0) { $0 + $1.branches.count }, "branches", "are not part of CJML (it has order only)")
        ExportNotes.touchpointFeatures(touchpoints) { note($0, $1) }
        note(count(touchpoints) { !$0.personas.isEmpty }, "touchpoints' persona lists")
        note(plan.touchpoints.reduce(0) { $0 + $1.otherActors }, "further actors of touchpoints",
             "are not part of CJML (it has one initiator and one receiver)")
        note(count(plan.touchpoints, \.droppedReceiver), "receivers of actions", "are not part of CJML (an action has an initiator only)")
        if design.kind == .planned {
            note(count(touchpoints) { $0.compliance != nil }, "compliance values", "are written only for actual journeys; this design is planned")
        }

        // Emotions.
        let readings = touchpoints.reduce(0) { $0 + $1.emotions.count }
        let written = plan.touchpoints.filter { $0.reading != nil }.count
        let outOfScale = count(plan.touchpoints, \.outOfScale)
        note(readings - written - outOfScale, "emotion readings of other personas",
             "are not part of CJML (it has one experience per touchpoint)")
        note(outOfScale, "emotion readings outside the design's scale", "were not written")
        if plan.rescales, written > 0 {
            lines.append("emotion scores were rescaled from the design's scale \(design.scale.min.scoreText)…\(design.scale.max.scoreText) to CJML's 1–5 (\(written) ratings)")
        }
        let otherBasis: EmotionReading.Basis = design.kind == .actual ? .target : .observed
        note(count(plan.touchpoints) { $0.reading?.basis == otherBasis }, "\(otherBasis == .target ? "target" : "observed") readings",
             "lose their basis: CJML reads an experience as observed on an actual journey and as a target on a planned one")
        note(plan.touchpoints.reduce(0) { $0 + ($1.reading?.evidence.count ?? 0) }, "evidence links of emotion readings")
        return lines
    }
}
