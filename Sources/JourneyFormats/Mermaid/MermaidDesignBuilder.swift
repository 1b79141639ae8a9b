import Foundation
import JourneyKit

/// Turns a parsed Mermaid journey into a ``ServiceDesign``: sections become stages, tasks
/// touchpoints, actors personas (and customer actors), and each task's score one emotion
/// reading per actor it names.
struct MermaidDesignBuilder {
    /// The persona that holds the scores of tasks that name no actor.
    static let everyoneName = "Everyone"
    static let everyoneDescription = "Stands for everyone: holds the scores of the Mermaid tasks that name no actor"

    let file: String
    let diagram: MermaidDiagram
    private(set) var warnings: [FileProblem] = []

    private var stageIDs = MermaidUniqueIDs()
    private var touchpointIDs = MermaidUniqueIDs()
    private var personaIDs = MermaidUniqueIDs()
    /// Personas by name, in the order they first appear.
    private var personaByName: [String: PersonaID] = [:]
    private var personas: [Persona] = []
    /// Where each persona is in `personas`.
    private var personaIndex: [PersonaID: Int] = [:]
    private var actors: [Actor] = []
    private var actorIDs: Set<String> = []

    init(file: String, diagram: MermaidDiagram) {
        self.file = file
        self.diagram = diagram
    }

    /// The file's name without folders and extension: the title of a diagram without one.
    static func baseName(_ file: String) -> String {
        // Standard input has no name: `-` or a placeholder such as `<stdin>`.
        if file == "-" || (file.hasPrefix("<") && file.hasSuffix(">")) { return "" }
        let last = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    mutating func build() -> ServiceDesign {
        let base = Self.baseName(file)
        let written = diagram.title ?? diagram.frontMatterTitle
        if let front = diagram.frontMatterTitle, let line = diagram.title, front.value != line.value {
            warn(line.location, "the title line \"\(MermaidText.shown(line.value))\" replaces the front matter's title \"\(MermaidText.shown(front.value))\" (line \(front.location.line)), as in Mermaid")
        }
        let title = written?.value ?? (base.isEmpty ? "Journey" : base)
        let slug = MermaidText.slug(base)
        var design = ServiceDesign(id: DesignID(slug.isEmpty ? "journey" : slug), title: title, origin: SourceOrigin(diagram.keyword))
        design.summary = diagram.accTitle?.value
        design.description = diagram.accDescription?.value
        design.scale = scale()

        var stages: [Stage] = []
        var touchpoints: [Touchpoint] = []
        for (number, section) in diagram.sections.enumerated() {
            let name = section.name?.value ?? written?.value ?? "Journey"
            let stageID = StageID(Self.id(for: name, fallback: "stage-\(number + 1)", in: &stageIDs))
            let location = section.name?.location ?? section.tasks.first?.location
            stages.append(Stage(id: stageID, name: name, origin: SourceOrigin(location)))
            for task in section.tasks {
                touchpoints.append(touchpoint(task, stage: stageID, number: touchpoints.count + 1))
            }
        }
        design.stages = stages
        design.touchpoints = touchpoints
        design.personas = personas
        design.actors = actors
        return design
    }

    /// 1–5, widened to the highest score when one is above 5 (and to 0 when a score is below 1),
    /// with a warning; neutral stays 3, where Mermaid's faces are neither happy nor sad.
    private mutating func scale() -> EmotionScale {
        let tasks = diagram.sections.flatMap(\.tasks).filter { $0.score != nil }
        guard let highest = tasks.compactMap(\.score).max(), let lowest = tasks.compactMap(\.score).min() else { return .standard }
        var scale = EmotionScale.standard
        if highest > 5, let first = tasks.first(where: { $0.score! > 5 }) {
            scale.max = highest
            let count = tasks.filter { $0.score! > 5 }.count
            warn(first.scoreLocation, "\(count == 1 ? "a score is" : "\(count) scores are") above 5 (the highest is \(highest.scoreText)), first here: the design's scale was widened to \(scale.min.scoreText)–\(highest.scoreText), while Mermaid draws 1 (worst) to 5 (best)")
        }
        if lowest < 1, let first = tasks.first(where: { $0.score! < 1 }) {
            scale.min = lowest.rounded(.down)
            warn(first.scoreLocation, "a score below 1 (\(lowest.scoreText)) widened the design's scale to start at \(scale.min.scoreText); Mermaid draws 1 (worst) to 5 (best)")
        }
        return scale
    }

    private mutating func touchpoint(_ task: MermaidDiagram.Task, stage: StageID, number: Int) -> Touchpoint {
        let id = TouchpointID(Self.id(for: task.name, fallback: "task-\(number)", in: &touchpointIDs))
        var origin = SourceOrigin(task.location, fields: ["title": task.location])
        var actorIDs: [ActorID] = []
        var readers: [PersonaID] = []
        var seen: Set<PersonaID> = []
        for (index, actor) in task.actors.enumerated() {
            let persona = persona(named: actor.value, at: actor.location, isActor: true)
            guard seen.insert(persona).inserted else { continue }
            readers.append(persona)
            actorIDs.append(ActorID(persona.rawValue))
            origin.fields["actors.\(actorIDs.count - 1)"] = task.actors[index].location
        }
        if task.actors.isEmpty, task.score != nil {
            readers = [persona(named: Self.everyoneName, at: task.location, isActor: false)]
        }
        var emotions: [EmotionReading] = []
        if let score = task.score {
            for persona in readers {
                emotions.append(EmotionReading(persona: persona, score: score, origin: SourceOrigin(task.scoreLocation)))
                origin.fields["emotions.\(persona.rawValue)"] = task.scoreLocation
            }
        }
        // The task concerns the actors it names; a task without actors concerns everyone.
        let serves = task.actors.isEmpty ? [] : readers
        return Touchpoint(id: id, title: task.name, stage: stage, actors: actorIDs, personas: serves, emotions: emotions, origin: origin)
    }

    /// The persona of a name, made on first use; a named actor is also a customer actor.
    private mutating func persona(named name: String, at location: SourceLocation, isActor: Bool) -> PersonaID {
        let id: PersonaID
        if let known = personaByName[name] {
            id = known
        } else {
            id = PersonaID(Self.id(for: name, fallback: "actor-\(personas.count + 1)", in: &personaIDs))
            personaByName[name] = id
            let description = isActor ? nil : Self.everyoneDescription
            personaIndex[id] = personas.count
            personas.append(Persona(id: id, name: name, description: description, origin: SourceOrigin(location)))
        }
        if isActor, actorIDs.insert(id.rawValue).inserted {
            actors.append(Actor(id: ActorID(id.rawValue), name: name, kind: .customer, origin: SourceOrigin(location)))
            // An actor really named Everyone is a persona like any other.
            if let index = personaIndex[id], personas[index].description == Self.everyoneDescription {
                personas[index].description = nil
            }
        }
        return id
    }

    private static func id(for name: String, fallback: String, in taken: inout MermaidUniqueIDs) -> String {
        let slug = MermaidText.slug(name)
        return taken.make(slug.isEmpty ? fallback : slug)
    }

    private mutating func warn(_ location: SourceLocation, _ detail: String) {
        warnings.append(.tolerated(location, detail: detail))
    }
}
