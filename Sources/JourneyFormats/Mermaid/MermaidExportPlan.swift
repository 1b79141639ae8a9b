import Foundation
import JourneyKit

/// The decisions behind a Mermaid export, made once so that the writer and the notes agree:
/// which touchpoints go under which section, and each task's one score and actors.
struct MermaidExportPlan {
    /// What one touchpoint becomes.
    struct Task {
        var touchpoint: Touchpoint
        /// On Mermaid's 1–5 scale, a whole number.
        var score: Int
        /// The personas whose readings made the score, in the order of the readings.
        var personas: [PersonaID]
        /// False when the only persona is the one that stands for tasks without actors.
        var writesActors: Bool
        /// The personas' scores differ, so the mean was written.
        var differing: Bool
        /// The score (or mean) was not a whole number and was rounded.
        var rounded: Bool
        /// No reading could be written: the scale's neutral score was.
        var neutral: Bool
        /// Readings left out: a persona's second reading, or a score outside the design's scale.
        var extraReadings: Int
        var outOfScale: Int
    }

    struct Section {
        var name: String
        var stage: Stage?
        var tasks: [Task]
    }

    var sections: [Section] = []
    /// Each persona's name, by id.
    let names: [PersonaID: String]
    /// See ``everyone(in:)``.
    let everyone: Set<PersonaID>
    /// True when scores are rescaled from the design's scale to 1–5.
    let rescales: Bool
    /// Touchpoints listed after a touchpoint of a later stage, which Mermaid writes in their section.
    var reordered = 0

    init(_ design: ServiceDesign) {
        let scale = design.scale
        rescales = !(scale.min == 1 && scale.max == 5)
        names = Dictionary(design.personas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let everyone = Self.everyone(in: design)
        self.everyone = everyone
        let stageIndex = Dictionary(design.stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var tasksByStage: [StageID: [Task]] = [:]
        var orphanStages: [StageID] = []
        var latest = -1
        for touchpoint in design.touchpoints {
            let task = Self.task(touchpoint, in: design, rescales: rescales, everyone: everyone)
            tasksByStage[touchpoint.stage, default: []].append(task)
            if let index = stageIndex[touchpoint.stage] {
                if index < latest { reordered += 1 }
                latest = max(latest, index)
            } else if !orphanStages.contains(touchpoint.stage) {
                orphanStages.append(touchpoint.stage)
            }
        }
        var seen: Set<StageID> = []
        for stage in design.stages where seen.insert(stage.id).inserted {
            let name = stage.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? stage.id.rawValue : stage.name
            sections.append(Section(name: name, stage: stage, tasks: tasksByStage[stage.id] ?? []))
        }
        for stage in orphanStages {
            sections.append(Section(name: stage.rawValue, stage: nil, tasks: tasksByStage[stage] ?? []))
        }
    }

    /// A score on the design's scale as Mermaid's 1–5.
    static func onMermaidScale(_ score: Double, _ scale: EmotionScale, rescales: Bool) -> Double {
        guard rescales, scale.max > scale.min else { return score }
        return 1 + (score - scale.min) * 4 / (scale.max - scale.min)
    }

    /// The personas the reader makes for tasks without actors: named Everyone, and no actor has their id.
    static func everyone(in design: ServiceDesign) -> Set<PersonaID> {
        let actorIDs = Set(design.actors.map(\.id.rawValue))
        return Set(design.personas.filter { $0.name == MermaidDesignBuilder.everyoneName && !actorIDs.contains($0.id.rawValue) }.map(\.id))
    }

    private static func task(_ touchpoint: Touchpoint, in design: ServiceDesign, rescales: Bool, everyone: Set<PersonaID>) -> Task {
        let preferred: EmotionReading.Basis = design.kind == .actual ? .observed : .target
        // One reading per persona, in the order personas first appear: the preferred basis wins.
        var chosen: [EmotionReading] = []
        var position: [PersonaID: Int] = [:]
        for reading in touchpoint.emotions {
            if let index = position[reading.persona] {
                if chosen[index].basis != preferred, reading.basis == preferred { chosen[index] = reading }
            } else {
                position[reading.persona] = chosen.count
                chosen.append(reading)
            }
        }
        let extra = touchpoint.emotions.count - chosen.count
        let sorted = chosen.filter { design.scale.contains($0.score) }
        let values = sorted.map { onMermaidScale($0.score, design.scale, rescales: rescales) }
        let exact = values.isEmpty
            ? onMermaidScale(design.scale.neutral, design.scale, rescales: rescales)
            : values.reduce(0, +) / Double(values.count)
        let whole = min(5, max(1, exact.rounded(.toNearestOrAwayFromZero)))
        let personas = sorted.map(\.persona)
        let everyoneOnly = personas.count == 1 && everyone.contains(personas[0])
        return Task(touchpoint: touchpoint, score: Int(whole), personas: personas, writesActors: !everyoneOnly,
                    differing: Set(values).count > 1, rounded: !values.isEmpty && abs(whole - exact) > 1e-9,
                    neutral: values.isEmpty, extraReadings: extra, outOfScale: chosen.count - sorted.count)
    }
}
