import JourneyKit
import Yams

/// A ``ServiceDesign`` to a YAML node tree, in the order and shape of a hand-written journey
/// file: ids only where they exist, empty fields left out, touchpoints nested in their stages.
struct DesignEncoder {
    func design(_ design: ServiceDesign) -> Node {
        var m = MappingBuilder()
        m.id("journey", design.id)
        m.text("title", design.title)
        m.text("version", design.version)
        m.text("owner", design.owner)
        m.text("status", design.status?.rawValue)
        if design.kind != .planned { m.text("kind", design.kind.rawValue) }
        m.id("planned", design.plannedJourney)
        m.text("proposition", design.coreProposition)
        m.text("language", design.language)
        m.text("summary", design.summary)
        m.text("description", design.description)
        if design.scale != .standard { m.add("scale", scale(design.scale)) }
        if let project = design.project { m.add("project", self.project(project)) }
        m.list("personas", design.personas.map(persona))
        m.list("actors", design.actors.map(actor))
        m.list("challenges", design.challenges.map(challenge))
        if let value = design.valueProposition { m.add("value", valueProposition(value)) }
        m.list("stages", stages(design))
        m.list("painPoints", design.painPoints.map(painPoint))
        m.list("opportunities", design.opportunities.map(opportunity))
        m.list("metrics", design.metrics.map(metric))
        m.list("dataPoints", design.dataPoints.map(dataPoint))
        if !design.evidence.isEmpty { m.add("evidence", evidence(design.evidence)) }
        m.list("suppress", design.suppressions.map { suppression in
            var s = MappingBuilder()
            s.text("rule", suppression.rule)
            s.text("reason", suppression.reason)
            if suppression.elements.count == 1 { s.text("at", suppression.elements[0]) } else { s.strings("at", suppression.elements) }
            return s.flowNode
        })
        return m.node
    }

    func scale(_ scale: EmotionScale) -> Node {
        var m = MappingBuilder()
        m.number("min", scale.min)
        m.number("max", scale.max)
        m.number("neutral", scale.neutral)
        if !scale.labels.isEmpty {
            let pairs = scale.labels.map { (numberNode($0.score), textNode($0.text)) }
            m.add("labels", Node(pairs, Tag(.map), .flow))
        }
        return m.node
    }

    func project(_ project: DesignProject) -> Node {
        var m = MappingBuilder()
        m.text("owner", project.owner)
        m.text("scope", project.scope)
        m.ids("personas", project.personas)
        m.list("team", project.team.map { member in
            var t = MappingBuilder()
            t.text("name", member.name)
            t.text("function", member.function)
            t.flag("frontline", member.frontline)
            return t.flowNode
        })
        m.list("levels", project.pyramidLevels.map { Node(String($0), Tag(.int), .plain) }, style: .flow)
        m.ids("success", project.successMetrics)
        m.list("objectives", project.objectives.map { objective in
            var o = MappingBuilder()
            o.id("id", objective.id)
            o.text("text", objective.text)
            return o.flowNode
        })
        return m.node
    }

    func persona(_ persona: Persona) -> Node {
        var m = MappingBuilder()
        m.id("id", persona.id)
        m.text("name", persona.name)
        m.text("description", persona.description)
        m.strings("goals", persona.goals)
        m.text("quote", persona.quote)
        m.list("needs", persona.needs.map(statement))
        m.list("expectations", persona.expectations.map(statement))
        m.list("desires", persona.desires.map(statement))
        m.ids("evidence", persona.evidence)
        return m.node
    }

    func statement(_ statement: PersonaStatement) -> Node {
        guard statement.id != nil || !statement.evidence.isEmpty else { return textNode(statement.text) }
        var m = MappingBuilder()
        m.id("id", statement.id)
        m.text("text", statement.text)
        m.ids("evidence", statement.evidence)
        return m.flowNode
    }

    func actor(_ actor: Actor) -> Node {
        var m = MappingBuilder()
        m.id("id", actor.id)
        m.text("name", actor.name)
        m.text("kind", actor.kind.rawValue)
        m.text("description", actor.description)
        return m.flowNode
    }

    func challenge(_ challenge: DesignChallenge) -> Node {
        var m = MappingBuilder()
        m.id("id", challenge.id)
        m.text("statement", challenge.statement)
        m.ids("personas", challenge.personas)
        m.ids("painPoints", challenge.painPoints)
        m.ids("opportunities", challenge.opportunities)
        m.ids("answers", challenge.answers)
        return m.node
    }

    func valueProposition(_ value: ValueProposition) -> Node {
        var m = MappingBuilder()
        m.text("statement", value.statement)
        m.ids("serves", value.serves)
        m.ids("objectives", value.objectives)
        m.text("distinctive", value.distinctive)
        m.strings("alternatives", value.alternatives)
        return m.node
    }

    /// Stages with their touchpoints nested; a touchpoint whose stage is not declared goes
    /// under a stage of that id, so that nothing is lost.
    func stages(_ design: ServiceDesign) -> [Node] {
        var stages = design.stages
        for touchpoint in design.touchpoints where !stages.contains(where: { $0.id == touchpoint.stage }) {
            stages.append(Stage(id: touchpoint.stage, name: touchpoint.stage.rawValue))
        }
        var byStage: [StageID: [Touchpoint]] = [:]
        for touchpoint in design.touchpoints { byStage[touchpoint.stage, default: []].append(touchpoint) }
        var written = Set<StageID>()
        return stages.map { stage in
            var m = MappingBuilder()
            m.id("id", stage.id)
            m.text("name", stage.name)
            m.text("description", stage.description)
            // A stage id used twice keeps its touchpoints with its first appearance.
            if written.insert(stage.id).inserted {
                m.list("touchpoints", (byStage[stage.id] ?? []).map(touchpoint))
            }
            return m.node
        }
    }
}
