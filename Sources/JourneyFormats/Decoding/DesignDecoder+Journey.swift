import JourneyKit
import Yams

extension DesignDecoder {
    static let touchpointFields = [
        "id", "title", "description", "channel", "kind", "initiator", "receiver", "actors", "personas", "lane",
        "owner", "emotional", "personalized", "adaptive", "adaptation", "coCreated", "coCreationSupport", "core",
        "supportedBy", "accessibility", "feedback", "momentOfTruth", "emotions", "next", "branches", "entry", "end", "receiverLabel", "compliance", "time",
    ]

    func stage(_ node: Node) throws(DecodingSession.Stop) -> (Stage, [Touchpoint])? {
        guard var fields = try FieldReader(node, element: "a stage", field: "stages", session: session) else { return nil }
        let id: StageID? = try fields.id("id", required: true)
        fields = fields.renamed(id.map { "stage \"\($0)\"" } ?? "a stage")
        fields.rejectUnknown(["id", "name", "description", "touchpoints"])
        let name = try fields.requiredString("name")
        let description = try fields.string("description")
        var touchpoints: [Touchpoint] = []
        for item in try fields.list("touchpoints") {
            if let touchpoint = try touchpoint(item, stage: id ?? "") { touchpoints.append(touchpoint) }
        }
        guard let id else { return nil }
        return (Stage(id: id, name: name ?? id.rawValue, description: description, origin: fields.origin), touchpoints)
    }

    func touchpoint(_ node: Node, stage: StageID) throws(DecodingSession.Stop) -> Touchpoint? {
        guard var fields = try FieldReader(node, element: "a touchpoint", field: "touchpoints", session: session) else { return nil }
        let id: TouchpointID? = try fields.id("id", required: true)
        let element = id.map { "touchpoint \"\($0)\"" } ?? "a touchpoint"
        fields = fields.renamed(element)
        fields.rejectUnknown(Self.touchpointFields)
        let title = try fields.requiredString("title")
        // Kept without a title, so that references to it do not turn into more errors.
        guard let id else { return nil }
        var touchpoint = Touchpoint(id: id, title: title ?? id.rawValue, stage: stage)
        touchpoint.description = try fields.string("description")
        touchpoint.channel = try fields.string("channel").map(Channel.init(rawValue:))
        touchpoint.kind = try fields.choice("kind") ?? .action
        touchpoint.initiator = try fields.id("initiator")
        touchpoint.receiver = try fields.id("receiver")
        touchpoint.actors = try fields.ids("actors")
        touchpoint.personas = try fields.ids("personas")
        touchpoint.lane = try fields.choice("lane")
        touchpoint.owner = try fields.string("owner")
        if let node = try fields.node("emotional") { touchpoint.emotional = try emotionalDesign(node, of: element) }
        touchpoint.personalized = try fields.bool("personalized") ?? false
        touchpoint.adaptive = try fields.bool("adaptive") ?? false
        touchpoint.adaptation = try fields.string("adaptation")
        touchpoint.coCreated = try fields.bool("coCreated") ?? false
        touchpoint.coCreationSupport = try fields.strings("coCreationSupport")
        touchpoint.deliversCore = try fields.bool("core") ?? false
        touchpoint.supportedBy = try fields.ids("supportedBy")
        touchpoint.accessibility = try fields.strings("accessibility")
        touchpoint.feedbackChannel = try fields.bool("feedback") ?? false
        if let node = try fields.node("momentOfTruth") { touchpoint.momentOfTruth = try momentOfTruth(node, of: element) }
        if let node = try fields.node("emotions") { touchpoint.emotions = try emotions(node, fields: &fields, of: element) }
        touchpoint.next = try fields.ids("next")
        for item in try fields.list("branches") {
            guard var b = try FieldReader(item, element: "a branch of \(element)", field: "branches", session: session) else { continue }
            b.rejectUnknown(["if", "to"])
            let condition = try b.string("if")
            guard let target: TouchpointID = try b.id("to", required: true) else { continue }
            touchpoint.branches.append(Branch(if: condition, to: target, origin: b.origin))
        }
        touchpoint.isEntry = try fields.bool("entry") ?? false
        touchpoint.isEnd = try fields.bool("end") ?? false
        touchpoint.receiverLabel = try fields.string("receiverLabel")
        touchpoint.compliance = try fields.choice("compliance")
        if let node = try fields.node("time") { touchpoint.times = try times(node, of: element) }
        touchpoint.origin = fields.origin
        return touchpoint
    }

    func emotionalDesign(_ node: Node, of element: String) throws(DecodingSession.Stop) -> EmotionalDesign? {
        guard var fields = try FieldReader(node, element: "the emotional design of \(element)", field: "emotional", session: session) else { return nil }
        fields.rejectUnknown(["target", "mechanism", "kind", "enablers"])
        guard let target = try fields.requiredString("target") else { return nil }
        return EmotionalDesign(
            target: target, mechanism: try fields.string("mechanism"), kind: try fields.choice("kind"),
            enablers: try fields.strings("enablers"), origin: fields.origin)
    }

    /// `time: {originated, received, consumed, started, completed}`, each kept as written.
    func times(_ node: Node, of element: String) throws(DecodingSession.Stop) -> TouchpointTimes? {
        guard var fields = try FieldReader(node, element: "the times of \(element)", field: "time", session: session) else { return nil }
        fields.rejectUnknown(["originated", "received", "consumed", "started", "completed"])
        let times = TouchpointTimes(
            originated: try fields.string("originated"), received: try fields.string("received"),
            consumed: try fields.string("consumed"), started: try fields.string("started"),
            completed: try fields.string("completed"))
        return times.isEmpty ? nil : times
    }

    /// `momentOfTruth: true`, or a block with owner, target and metrics.
    func momentOfTruth(_ node: Node, of element: String) throws(DecodingSession.Stop) -> MomentOfTruth? {
        if case .scalar(let scalar) = node {
            switch scalar.style == .plain ? scalar.string.lowercased() : "" {
            case "true": return MomentOfTruth(origin: SourceOrigin(session.location(node)))
            case "false": return nil
            default:
                session.report(.wrongType(field: "momentOfTruth", expected: "`true` or a block with owner, target and metrics", found: describe(node), session.location(node)))
                return nil
            }
        }
        guard var fields = try FieldReader(node, element: "the moment of truth at \(element)", field: "momentOfTruth", session: session) else { return nil }
        fields.rejectUnknown(["owner", "target", "metrics"])
        return MomentOfTruth(
            owner: try fields.string("owner"), target: try fields.number("target"), metrics: try fields.ids("metrics"),
            origin: fields.origin)
    }

    /// `persona: score`, or `persona: {score, thought, basis, evidence}`.
    func emotions(_ node: Node, fields touchpointFields: inout FieldReader, of element: String) throws(DecodingSession.Stop) -> [EmotionReading] {
        guard case .mapping(let mapping) = node else {
            session.report(.wrongType(field: "emotions", expected: "a block of `persona: score` lines", found: describe(node), session.location(node)))
            return []
        }
        var readings: [EmotionReading] = []
        for (key, value) in mapping {
            try session.visit(key)
            try session.visit(value)
            guard let personaText = touchpointFields.text(key, field: "emotions"),
                touchpointFields.checkID(personaText, field: "emotions", at: session.location(key))
            else { continue }
            let persona = PersonaID(personaText)
            touchpointFields.record("emotions.\(personaText)", session.location(key))
            // Elsewhere a null is an absent field; here the line names a persona and gives no
            // score, which is most likely a score not filled in yet, so it is an error rather
            // than a reading silently dropped.
            if isNull(value) {
                session.report(.invalidValue(field: "emotions.\(personaText)", value: nullText(value),
                    reason: "there is no score for \(personaText); give a score, or remove the line",
                    session.location(key), suggestion: nil))
                continue
            }
            if case .scalar = value {
                guard let score = touchpointFields.numberValue(value, field: "emotions.\(personaText)", scale: session.scale) else { continue }
                readings.append(EmotionReading(
                    persona: persona, score: score,
                    origin: SourceOrigin(session.location(value), fields: ["score": session.location(value)])))
                continue
            }
            guard var r = try FieldReader(value, element: "the emotion of \"\(personaText)\" at \(element)", field: "emotions.\(personaText)", session: session) else { continue }
            r.rejectUnknown(["score", "thought", "basis", "evidence"])
            guard let score = try r.number("score", scale: session.scale) else {
                if try r.node("score") == nil { session.report(.missingField("score", element: r.element, r.location)) }
                continue
            }
            readings.append(EmotionReading(
                persona: persona, score: score, thought: try r.string("thought"), basis: try r.choice("basis") ?? .target,
                evidence: try r.ids("evidence"), origin: r.origin))
        }
        return readings
    }
}
