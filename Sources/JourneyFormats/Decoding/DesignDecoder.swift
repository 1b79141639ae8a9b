import JourneyKit
import Yams

/// A YAML/JSON node tree to a ``ServiceDesign``, reporting every problem it meets with its
/// place and carrying on, so that one run shows all of them.
struct DesignDecoder {
    let session: DecodingSession

    static let designFields = [
        "journey", "title", "version", "owner", "status", "kind", "planned", "language", "proposition", "summary", "description", "scale",
        "project", "personas", "actors", "challenges", "value", "stages", "painPoints", "opportunities",
        "metrics", "dataPoints", "evidence", "suppress",
    ]

    func design(_ root: Node) throws(DecodingSession.Stop) -> ServiceDesign? {
        guard var fields = try FieldReader(root, element: "the journey", field: "the file", session: session) else { return nil }
        fields.rejectUnknown(Self.designFields)
        let id: DesignID? = try fields.id("journey", required: true)
        let title = try fields.requiredString("title")
        var design = ServiceDesign(id: id ?? "", title: title ?? "")
        design.version = try fields.string("version")
        design.owner = try fields.string("owner")
        design.status = try fields.choice("status")
        design.kind = try fields.choice("kind") ?? .planned
        design.plannedJourney = try fields.id("planned")
        design.summary = try fields.string("summary")
        design.language = try fields.languageTag("language")
        design.coreProposition = try fields.string("proposition")
        design.description = try fields.string("description")
        if let node = try fields.node("scale") { design.scale = try scale(node) ?? .standard }
        session.scale = design.scale
        if let node = try fields.node("project") { design.project = try project(node) }
        design.personas = try each(fields.list("personas"), persona)
        design.actors = try each(fields.list("actors"), actor)
        design.challenges = try each(fields.list("challenges"), challenge)
        if let node = try fields.node("value") { design.valueProposition = try valueProposition(node) }
        for node in try fields.list("stages") {
            guard let (stage, touchpoints) = try stage(node) else { continue }
            design.stages.append(stage)
            design.touchpoints += touchpoints
        }
        design.painPoints = try each(fields.list("painPoints"), painPoint)
        design.opportunities = try each(fields.list("opportunities"), opportunity)
        design.metrics = try each(fields.list("metrics"), metric)
        design.dataPoints = try each(fields.list("dataPoints"), dataPoint)
        if let node = try fields.node("evidence") { design.evidence = try evidence(node) }
        design.suppressions = try each(fields.list("suppress"), suppression)
        design.origin = fields.origin
        return design
    }

    // MARK: Scale and project

    func scale(_ node: Node) throws(DecodingSession.Stop) -> EmotionScale? {
        guard var fields = try FieldReader(node, element: "the emotion scale", field: "scale", session: session) else { return nil }
        fields.rejectUnknown(["min", "max", "neutral", "labels"])
        let min = try fields.number("min") ?? EmotionScale.standard.min
        let max = try fields.number("max") ?? EmotionScale.standard.max
        let neutral = try fields.number("neutral") ?? (min + max) / 2
        var labels: [EmotionScale.Label] = []
        if let labelNode = try fields.node("labels") {
            if case .mapping(let mapping) = labelNode {
                for (key, value) in mapping {
                    try session.visit(key)
                    try session.visit(value)
                    // JSON keys are always strings, so a quoted number counts here.
                    guard case .scalar(let keyScalar) = key, let score = NumberText.value(keyScalar.string), score.isFinite else {
                        session.report(.wrongType(field: "labels", expected: "a score as the key", found: describe(key), session.location(key)))
                        continue
                    }
                    // `0: ~` names nothing: an error, as `anna: ~` under emotions is, rather than
                    // a point silently left without its name.
                    if isNull(value) {
                        session.report(.invalidValue(field: "labels.\(keyScalar.string)", value: nullText(value),
                            reason: "the point \(keyScalar.string) has no name; give it one, or remove the line",
                            session.location(key), suggestion: nil))
                        continue
                    }
                    guard let text = fields.text(value, field: "labels") else { continue }
                    labels.append(EmotionScale.Label(score: score, text: text))
                }
            } else {
                session.report(.wrongType(field: "labels", expected: "a block of `score: label` lines", found: describe(labelNode), session.location(labelNode)))
            }
        }
        return EmotionScale(min: min, max: max, neutral: neutral, labels: labels)
    }

    func project(_ node: Node) throws(DecodingSession.Stop) -> DesignProject? {
        guard var fields = try FieldReader(node, element: "the design project", field: "project", session: session) else { return nil }
        fields.rejectUnknown(["owner", "scope", "team", "personas", "levels", "success", "objectives"])
        var project = DesignProject()
        project.owner = try fields.string("owner")
        project.scope = try fields.string("scope")
        project.personas = try fields.ids("personas")
        for member in try fields.list("team") {
            guard var m = try FieldReader(member, element: "a team member", field: "team", session: session) else { continue }
            m.rejectUnknown(["name", "function", "frontline"])
            guard let name = try m.requiredString("name") else { continue }
            let function = try m.string("function")
            let frontline = try m.bool("frontline") ?? false
            project.team.append(TeamMember(name: name, function: function, frontline: frontline, origin: m.origin))
        }
        if let levels = try fields.node("levels") {
            for (_, item) in try fields.items(levels, field: "levels") {
                guard let level = fields.wholeNumberValue(item, field: "levels", expected: "pyramid levels 1 to 4") else { continue }
                fields.record("levels.\(project.pyramidLevels.count)", session.location(item))
                project.pyramidLevels.append(level)
            }
        }
        project.successMetrics = try fields.ids("success")
        for objective in try fields.list("objectives") {
            guard var o = try FieldReader(objective, element: "an objective", field: "objectives", session: session) else { continue }
            o.rejectUnknown(["id", "text"])
            let id: ObjectiveID? = try o.id("id", required: true)
            let text = try o.requiredString("text")
            guard let id, let text else { continue }
            project.objectives.append(Objective(id: id, text: text, origin: o.origin))
        }
        project.origin = fields.origin
        return project
    }

    // MARK: People

    func persona(_ node: Node) throws(DecodingSession.Stop) -> Persona? {
        guard var fields = try FieldReader(node, element: "a persona", field: "personas", session: session) else { return nil }
        let id: PersonaID? = try fields.id("id", required: true)
        let element = id.map { "persona \"\($0)\"" } ?? "a persona"
        fields = fields.renamed(element)
        fields.rejectUnknown(["id", "name", "description", "goals", "quote", "needs", "expectations", "desires", "evidence"])
        let name = try fields.requiredString("name")
        guard let id else { return nil }
        var persona = Persona(id: id, name: name ?? id.rawValue)
        persona.description = try fields.string("description")
        persona.goals = try fields.strings("goals")
        persona.quote = try fields.string("quote")
        persona.needs = try statements(&fields, "needs", of: element)
        persona.expectations = try statements(&fields, "expectations", of: element)
        persona.desires = try statements(&fields, "desires", of: element)
        persona.evidence = try fields.ids("evidence")
        persona.origin = fields.origin
        return persona
    }

    func statements(_ fields: inout FieldReader, _ key: String, of element: String) throws(DecodingSession.Stop) -> [PersonaStatement] {
        var result: [PersonaStatement] = []
        for item in try fields.list(key) {
            if case .scalar(let scalar) = item {
                result.append(PersonaStatement(scalar.string, origin: SourceOrigin(session.location(item))))
                continue
            }
            guard var s = try FieldReader(item, element: "an item of \(key) of \(element)", field: key, session: session) else { continue }
            s.rejectUnknown(["id", "text", "evidence"])
            let id: StatementID? = try s.id("id")
            guard let text = try s.requiredString("text") else { continue }
            let evidence: [ResearchID] = try s.ids("evidence")
            result.append(PersonaStatement(text, id: id, evidence: evidence, origin: s.origin))
        }
        return result
    }

    func actor(_ node: Node) throws(DecodingSession.Stop) -> Actor? {
        guard var fields = try FieldReader(node, element: "an actor", field: "actors", session: session) else { return nil }
        fields.rejectUnknown(["id", "name", "kind", "description"])
        let id: ActorID? = try fields.id("id", required: true)
        let name = try fields.string("name")
        let kind: Actor.Kind? = try fields.choice("kind")
        if kind == nil, try fields.node("kind") == nil {
            session.report(.missingField("kind", element: id.map { "actor \"\($0)\"" } ?? "an actor", fields.location))
        }
        guard let id, let kind else { return nil }
        return Actor(id: id, name: name ?? id.rawValue, kind: kind, description: try fields.string("description"), origin: fields.origin)
    }

    // MARK: Challenge and value

    func challenge(_ node: Node) throws(DecodingSession.Stop) -> DesignChallenge? {
        guard var fields = try FieldReader(node, element: "a design challenge", field: "challenges", session: session) else { return nil }
        fields.rejectUnknown(["id", "statement", "personas", "painPoints", "opportunities", "answers"])
        let id: ChallengeID? = try fields.id("id")
        guard let statement = try fields.requiredString("statement") else { return nil }
        return DesignChallenge(
            statement, id: id, personas: try fields.ids("personas"), painPoints: try fields.ids("painPoints"),
            opportunities: try fields.ids("opportunities"), answers: try fields.ids("answers"), origin: fields.origin)
    }

    func valueProposition(_ node: Node) throws(DecodingSession.Stop) -> ValueProposition? {
        guard var fields = try FieldReader(node, element: "the value proposition", field: "value", session: session) else { return nil }
        fields.rejectUnknown(["statement", "serves", "objectives", "distinctive", "alternatives"])
        guard let statement = try fields.requiredString("statement") else { return nil }
        return ValueProposition(
            statement, serves: try fields.ids("serves"), objectives: try fields.ids("objectives"),
            distinctive: try fields.string("distinctive"), alternatives: try fields.strings("alternatives"),
            origin: fields.origin)
    }
}

extension DesignDecoder {
    // MARK: Suppressions

    /// `{rule: ID, reason: "…", at: [ids]}`: a finding the team accepted. The reason is checked
    /// by the validator, which reports a suppression without one.
    func suppression(_ node: Node) throws(DecodingSession.Stop) -> Suppression? {
        guard var fields = try FieldReader(node, element: "a suppression", field: "suppress", session: session) else { return nil }
        fields.rejectUnknown(["rule", "reason", "at"])
        guard let rule = try fields.requiredString("rule") else { return nil }
        return Suppression(
            rule: rule, reason: try fields.string("reason"), elements: try fields.strings("at"), origin: fields.origin)
    }
}

/// Decodes each node, keeping what decodes (typed throws survive, unlike `compactMap`).
func each<T>(_ nodes: [Node], _ decode: (Node) throws(DecodingSession.Stop) -> T?) throws(DecodingSession.Stop) -> [T] {
    var result: [T] = []
    for node in nodes {
        if let value = try decode(node) { result.append(value) }
    }
    return result
}

extension FieldReader {
    /// The same reader, naming its element differently in messages (once its id is known).
    func renamed(_ element: String) -> FieldReader {
        var copy = self
        copy.element = element
        return copy
    }
}
