import JourneyKit

/// What the page's script knows about the design: the JSON island it builds the touchpoint
/// details from (with `textContent`, never as markup).
struct PageData: Encodable {
    struct PersonaEntry: Encodable {
        var index: Int
        var id: String
        var name: String
    }

    struct Reading: Encodable {
        var persona: String
        var personaIndex: Int?
        var score: String
        var label: String?
        var thought: String?
        var basis: String
    }

    struct Item: Encodable {
        var title: String
        var detail: String?
        var description: String?
    }

    struct FindingEntry: Encodable {
        var severity: String
        var rule: String
        var message: String
        var line: Int?
    }

    struct TouchpointEntry: Encodable {
        var index: Int
        var id: String
        /// The number on the card in the map and blueprint.
        var number: Int?
        var title: String
        var description: String?
        var stage: String
        var channel: String?
        var lane: String
        var actors: [String]
        var moment: String?
        var emotions: [Reading]
        var painPoints: [Item]
        var opportunities: [Item]
        var findings: [FindingEntry]
    }

    var scale: String
    var personas: [PersonaEntry]
    var touchpoints: [TouchpointEntry]

    init(_ design: ServiceDesign, findings: [PageFinding]) {
        let text = HTMLText.clean
        let scale = design.scale
        self.scale = "\(scale.min.scoreText) to \(scale.max.scoreText), neutral \(scale.neutral.scoreText)"
        personas = design.personas.enumerated().map { index, persona in
            PersonaEntry(index: index, id: text(persona.id.rawValue), name: text(Design.name(persona.name, fallback: persona.id)))
        }
        // The number on each card, by the touchpoint's place in the design: the same in every view.
        let numbering = TouchpointNumbers(design)
        var personaIndex: [PersonaID: Int] = [:]
        for (index, persona) in design.personas.enumerated() where personaIndex[persona.id] == nil { personaIndex[persona.id] = index }
        var actorNames: [ActorID: String] = [:]
        for actor in design.actors where actorNames[actor.id] == nil {
            actorNames[actor.id] = "\(Design.name(actor.name, fallback: actor.id)) (\(actor.kind.rawValue))"
        }
        var stageNames: [StageID: String] = [:]
        for stage in design.stages where stageNames[stage.id] == nil { stageNames[stage.id] = Design.name(stage.name, fallback: stage.id) }
        var findingsByTouchpoint: [TouchpointID: [FindingEntry]] = [:]
        for finding in findings.flatMap({ [$0] + $0.places }) {
            guard let id = finding.touchpoint else { continue }
            findingsByTouchpoint[id, default: []].append(
                FindingEntry(severity: text(finding.severity), rule: text(finding.rule), message: text(finding.message), line: finding.line))
        }
        touchpoints = design.touchpoints.enumerated().map { index, touchpoint in
            let id = touchpoint.id
            let readings = touchpoint.emotions.map { reading in
                Reading(
                    persona: text(design.persona(reading.persona).map { Design.name($0.name, fallback: $0.id) } ?? reading.persona.rawValue),
                    personaIndex: personaIndex[reading.persona], score: reading.score.scoreText,
                    label: scale.label(for: reading.score).map(text), thought: reading.thought.map(text), basis: reading.basis.rawValue)
            }
            let pains = design.painPoints.filter { $0.touchpoints.contains(id) }.map { pain in
                Item(title: text(pain.title), detail: pain.severity.map { "\($0.rawValue) severity" }, description: pain.description.map(text))
            }
            let ideas = design.opportunities.filter { $0.touchpoints.contains(id) }.map { idea in
                var detail: [String] = []
                if let status = idea.status { detail.append(status.rawValue) }
                if let owner = idea.owner { detail.append("owner: \(text(owner))") }
                return Item(title: text(idea.title), detail: detail.isEmpty ? nil : detail.joined(separator: " · "), description: idea.description.map(text))
            }
            var moment: String?
            if let truth = touchpoint.momentOfTruth {
                var parts = ["Moment of truth"]
                if let target = truth.target { parts.append("target \(target.scoreText)") }
                if let owner = truth.owner { parts.append("owner: \(text(owner))") }
                moment = parts.joined(separator: " · ")
            }
            return TouchpointEntry(
                index: index, id: text(id.rawValue), number: numbering.number(atPlace: index), title: text(Design.name(touchpoint.title, fallback: id)),
                description: touchpoint.description.map(text), stage: text(stageNames[touchpoint.stage] ?? touchpoint.stage.rawValue),
                channel: touchpoint.channel.map { text($0.rawValue) }, lane: BlueprintLayout.lane(of: touchpoint, in: design).title,
                actors: touchpoint.actors.map { text(actorNames[$0] ?? $0.rawValue) }, moment: moment, emotions: readings,
                painPoints: pains, opportunities: ideas, findings: findingsByTouchpoint[id] ?? [])
        }
    }
}
