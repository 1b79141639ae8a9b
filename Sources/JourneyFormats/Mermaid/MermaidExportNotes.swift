import Foundation
import JourneyKit

/// What a Mermaid export leaves out or changes: one line per kind of thing, with how many, in a
/// fixed order.
struct MermaidExportNotes {
    let design: ServiceDesign
    let plan: MermaidExportPlan
    let escaper: MermaidEscaper

    var lines: [String] {
        var lines: [String] = []
        func note(_ count: Int, _ what: String, _ tail: String = "are not part of a Mermaid journey") {
            if count > 0 { lines.append("\(what) (\(count)) \(tail)") }
        }
        func count<T>(_ items: [T], _ condition: (T) -> Bool) -> Int { items.filter(condition).count }
        let tasks = plan.sections.flatMap(\.tasks)
        let touchpoints = design.touchpoints

        // The design as a whole.
        let designFields = [("version", design.version), ("owner", design.owner), ("status", design.status?.rawValue),
                            ("core proposition", design.coreProposition), ("planned-journey reference", design.plannedJourney?.rawValue)]
            .filter { $0.1 != nil }.map(\.0)
        if let last = designFields.last {
            let listed = designFields.count == 1 ? last : designFields.dropLast().joined(separator: ", ") + " and " + last
            lines.append("the design's \(listed) \(designFields.count == 1 ? "is" : "are") not part of a Mermaid journey")
        }
        if design.kind == .actual {
            lines.append("the journey's kind (actual) is not part of a Mermaid journey: it is read back as planned")
        }
        let idsLost = count(design.stages) { $0.id.rawValue != MermaidText.slug($0.name) }
            + count(touchpoints) { $0.id.rawValue != MermaidText.slug($0.title) }
            + count(design.personas) { $0.id.rawValue != MermaidText.slug($0.name) }
        note(idsLost, "ids that do not follow from their names", "are not kept: Mermaid has no ids, so a reader makes them from the names")
        note(design.scale.labels.count, "the scale's labels")
        if design.project != nil { lines.append("the design project is not part of a Mermaid journey") }
        note(design.challenges.count, "design challenges")
        if design.valueProposition != nil { lines.append("the value proposition is not part of a Mermaid journey") }
        note(design.evidence.research.count, "research studies")
        note(design.evidence.sessions.count, "co-creation sessions")
        note(design.evidence.tests.count, "prototype tests")
        note(design.suppressions.count, "suppressed validator findings")
        note(count(design.stages) { $0.description != nil }, "stage descriptions")

        // Personas and actors.
        let written = Set(tasks.filter(\.writesActors).flatMap(\.personas))
        note(count(design.personas) { !written.contains($0.id) && !plan.everyone.contains($0.id) },
             "personas without a score on any touchpoint", "do not appear: Mermaid shows only the actors of tasks")
        note(count(design.personas) { ($0.description != nil && !plan.everyone.contains($0.id)) || !$0.goals.isEmpty || $0.quote != nil || !$0.evidence.isEmpty
                 || !$0.needs.isEmpty || !$0.expectations.isEmpty || !$0.desires.isEmpty },
             "personas' descriptions, goals, quotes, needs, expectations, desires and evidence",
             "are not part of a Mermaid journey (count of personas)")
        let names = design.personas.filter { written.contains($0.id) }.map(\.name)
        note(names.count - Set(names).count, "personas that share another's name", "will be read back as one")
        let personaIDs = Set(design.personas.map(\.id.rawValue))
        note(count(design.actors) { !personaIDs.contains($0.id.rawValue) }, "actors that are not personas",
             "are not written: a Mermaid task's actors are the personas its score is for")
        // A touchpoint's actors that are written as the personas of its task are not lost.
        note(count(tasks) { task in
            let touchpoint = task.touchpoint
            let written = Set(task.writesActors ? task.personas.map(\.rawValue) : [])
            return touchpoint.actors.contains { !written.contains($0.rawValue) } || touchpoint.initiator != nil
                || touchpoint.receiver != nil || touchpoint.receiverLabel != nil
        }, "touchpoints' actors, initiators and receivers", "are not written (count of touchpoints)")

        // Improvement and measurement.
        note(design.painPoints.count, "pain points")
        note(design.opportunities.count, "opportunities")
        note(design.metrics.count, "metrics")
        note(design.dataPoints.count, "data points")

        // Touchpoints.
        note(plan.reordered, "touchpoints listed after a later stage's", "were written in their own stage's section")
        note(count(touchpoints) { $0.description != nil }, "touchpoint descriptions")
        note(count(touchpoints) { $0.channel != nil }, "channels")
        note(count(touchpoints) { $0.kind == .communication }, "communication points", "are read back as actions: a Mermaid task has no kind")
        note(count(touchpoints) { !$0.next.isEmpty }, "touchpoints with an explicit next", "are written in journey order only: Mermaid has order, not flow")
        note(touchpoints.reduce(0) { $0 + $1.branches.count }, "branches", "are not part of a Mermaid journey (it has order only)")
        ExportNotes.touchpointFeatures(touchpoints) { note($0, $1) }
        // A persona list that names just the personas of the task comes back as it was.
        note(count(tasks) { !$0.touchpoint.personas.isEmpty && Set($0.touchpoint.personas) != Set($0.writesActors ? $0.personas : []) },
             "touchpoints' persona lists", "are not part of a Mermaid journey (the personas of a task's scores are read back as its list)")
        note(count(touchpoints) { $0.compliance != nil }, "compliance values")
        note(count(touchpoints) { $0.times.map { !$0.isEmpty } ?? false }, "touchpoint times")

        // Emotions.
        note(count(tasks, \.differing), "touchpoints whose personas' scores differ",
             "were written with the rounded mean of their scores and every persona named: a Mermaid task has one score")
        note(tasks.reduce(0) { $0 + $1.extraReadings }, "second readings of a persona at a touchpoint",
             "were left out (the \(design.kind == .actual ? "observed" : "target") reading was written)")
        note(tasks.reduce(0) { $0 + $1.outOfScale }, "emotion readings outside the design's scale", "were left out")
        note(count(tasks, \.neutral), "touchpoints without an emotion reading",
             "were written with the neutral score \(Int(MermaidExportPlan.onMermaidScale(design.scale.neutral, design.scale, rescales: plan.rescales).rounded(.toNearestOrAwayFromZero))) and no actor: every Mermaid task needs a score")
        let scored = count(tasks) { !$0.neutral }
        if plan.rescales, scored > 0 {
            lines.append("emotion scores were rescaled from the design's scale \(design.scale.min.scoreText)…\(design.scale.max.scoreText) to Mermaid's 1–5 (\(scored) tasks)")
        }
        note(count(tasks, \.rounded), "scores that are not whole numbers on 1–5", "were rounded to the nearest whole number")
        let readings = touchpoints.flatMap(\.emotions)
        note(count(readings) { $0.thought != nil }, "emotion readings' thoughts")
        note(readings.reduce(0) { $0 + $1.evidence.count }, "evidence links of emotion readings")
        note(count(readings) { $0.basis == .observed }, "observed readings", "lose their basis: a Mermaid score is read back as a target")

        // What had to be written differently.
        for replacement in MermaidEscaper.Replacement.allCases {
            if let times = escaper.counts[replacement] { lines.append("\(replacement.note) (\(times)×)") }
        }
        return lines
    }
}
