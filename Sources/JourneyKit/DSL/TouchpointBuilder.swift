/// Something that can be written inside a ``Touchpoint`` built in Swift code: emotions, the
/// way on, a moment of truth, an emotional design.
public protocol TouchpointContent {
    func add(to touchpoint: inout Touchpoint)
}

@resultBuilder
public enum TouchpointBuilder {
    public static func buildExpression(_ content: any TouchpointContent) -> [any TouchpointContent] { [content] }
    public static func buildBlock(_ parts: [any TouchpointContent]...) -> [any TouchpointContent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any TouchpointContent]?) -> [any TouchpointContent] { part ?? [] }
    public static func buildEither(first part: [any TouchpointContent]) -> [any TouchpointContent] { part }
    public static func buildEither(second part: [any TouchpointContent]) -> [any TouchpointContent] { part }
    public static func buildArray(_ parts: [[any TouchpointContent]]) -> [any TouchpointContent] { parts.flatMap { $0 } }
}

extension Touchpoint {
    /// A touchpoint for a ``JourneyStage``, which fills in the stage.
    public init(
        _ id: TouchpointID, _ title: String, description: String? = nil, channel: Channel? = nil,
        kind: TouchpointKind = .action, initiator: ActorID? = nil, receiver: ActorID? = nil,
        actors: [ActorID] = [], lane: Lane? = nil, owner: String? = nil, personalized: Bool = false,
        adaptive: Bool = false, coCreated: Bool = false, feedbackChannel: Bool = false,
        isEntry: Bool = false, isEnd: Bool = false,
        @TouchpointBuilder _ content: () -> [any TouchpointContent] = { [] }
    ) {
        self.init(
            id: id, title: title, stage: "", description: description, channel: channel, kind: kind,
            initiator: initiator, receiver: receiver, actors: actors, lane: lane, owner: owner,
            personalized: personalized, adaptive: adaptive, coCreated: coCreated,
            feedbackChannel: feedbackChannel, isEntry: isEntry, isEnd: isEnd)
        for part in content() { part.add(to: &self) }
    }
}

/// How a persona feels at the touchpoint: `Emotion("anna", 2, "Why again?")`.
public struct Emotion: TouchpointContent {
    public var reading: EmotionReading

    public init(_ persona: PersonaID, _ score: Double, _ thought: String? = nil, basis: EmotionReading.Basis = .target, evidence: [ResearchID] = []) {
        reading = EmotionReading(persona: persona, score: score, thought: thought, basis: basis, evidence: evidence)
    }

    public func add(to touchpoint: inout Touchpoint) { touchpoint.emotions.append(reading) }
}

/// Where the journey goes next: `Next("pay")`.
public struct Next: TouchpointContent {
    public var targets: [TouchpointID]
    public init(_ targets: TouchpointID...) { self.targets = targets }
    public func add(to touchpoint: inout Touchpoint) { touchpoint.next += targets }
}

extension EmotionReading: TouchpointContent {
    public func add(to touchpoint: inout Touchpoint) { touchpoint.emotions.append(self) }
}
extension Branch: TouchpointContent {
    public func add(to touchpoint: inout Touchpoint) { touchpoint.branches.append(self) }
}
extension MomentOfTruth: TouchpointContent {
    public func add(to touchpoint: inout Touchpoint) { touchpoint.momentOfTruth = self }
}
extension EmotionalDesign: TouchpointContent {
    public func add(to touchpoint: inout Touchpoint) { touchpoint.emotional = self }
}
