/// Something that can be written inside a ``Touchpoint`` built in Swift code: emotions, the
/// way on, a moment of truth, an emotional design.
public protocol TouchpointContent {
    /// Puts this part into `touchpoint`: appends it to the matching list (emotions, `next`,
    /// branches) or, for a part a touchpoint has once (a moment of truth, an emotional design),
    /// sets it, the last one written winning.
    func add(to touchpoint: inout Touchpoint)
}

/// The result builder behind the block of a ``Touchpoint`` in a ``JourneyStage``: it collects
/// the touchpoint's emotions, ways on (``Next``, ``Branch``), moment of truth and emotional
/// design, in the order written.
///
/// The block may use `if`, `if`–`else`, `switch` and `for`, so a touchpoint can, for example,
/// take one ``Emotion`` per persona from a table of research scores. You do not call its methods
/// yourself; the compiler does.
@resultBuilder
public enum TouchpointBuilder {
    /// Lets any ``TouchpointContent`` value (an ``Emotion``, ``Next``, ``Branch``,
    /// ``MomentOfTruth``…) stand as a statement of the block.
    public static func buildExpression(_ content: any TouchpointContent) -> [any TouchpointContent] { [content] }
    /// Joins the statements of a block, keeping the order they are written in.
    public static func buildBlock(_ parts: [any TouchpointContent]...) -> [any TouchpointContent] { parts.flatMap { $0 } }
    /// Lets the block contain an `if` without `else`: its parts are added only when the condition holds.
    public static func buildOptional(_ part: [any TouchpointContent]?) -> [any TouchpointContent] { part ?? [] }
    /// Lets the block contain `if`–`else` or `switch`: the parts of the first branch, when it is taken.
    public static func buildEither(first part: [any TouchpointContent]) -> [any TouchpointContent] { part }
    /// Lets the block contain `if`–`else` or `switch`: the parts of the second branch, when it is taken.
    public static func buildEither(second part: [any TouchpointContent]) -> [any TouchpointContent] { part }
    /// Lets the block contain a `for` loop: the parts of every pass, in loop order.
    public static func buildArray(_ parts: [[any TouchpointContent]]) -> [any TouchpointContent] { parts.flatMap { $0 } }
}

extension Touchpoint {
    /// A touchpoint for a ``JourneyStage``, which fills in the stage.
    ///
    /// The stage is left empty here and set by the ``JourneyStage`` the touchpoint is written
    /// in. Used outside a stage, the touchpoint keeps the empty stage id, which
    /// ``ServiceDesign/integrityProblems()`` reports as a dangling reference.
    ///
    /// - Parameters:
    ///   - id: The touchpoint's id, which `next`, branches, pain points and metrics refer to.
    ///   - title: What happens, in a few words.
    ///   - description: More detail.
    ///   - channel: The medium (`.store`, `.web`, or any other); nil when not said.
    ///   - kind: A communication from an initiator to a receiver, or an action by one actor (the default).
    ///   - initiator: The actor who starts a communication.
    ///   - receiver: The actor who receives a communication.
    ///   - actors: The actors who take part.
    ///   - lane: The layer of the service blueprint the touchpoint sits in; nil when not said.
    ///   - owner: Who answers for the touchpoint.
    ///   - personalized: Marks the touchpoint as personalized.
    ///   - adaptive: Marks the touchpoint as adaptive.
    ///   - coCreated: The customer takes an active part in delivering it.
    ///   - feedbackChannel: The touchpoint is a channel for feedback and complaints.
    ///   - isEntry: A journey may start here (the first touchpoint of the design always may).
    ///   - isEnd: A journey may end here (the last touchpoint always may).
    ///   - content: Emotions, ways on, a moment of truth or an emotional design; empty by default.
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
///
/// The score is on the design's ``EmotionScale`` (1 to 5, neutral 3, unless the design declares
/// another).
public struct Emotion: TouchpointContent {
    /// The reading this adds to the touchpoint's emotions.
    public var reading: EmotionReading

    /// How `persona` feels here.
    ///
    /// - Parameters:
    ///   - persona: The id of the persona who feels it.
    ///   - score: The feeling on the design's scale, higher being better.
    ///   - thought: What the persona thinks or says at that moment, if known.
    ///   - basis: Whether the score is the feeling the design aims for (`.target`, the default) or
    ///     one research observed (`.observed`).
    ///   - evidence: Ids of the research studies behind the score.
    public init(_ persona: PersonaID, _ score: Double, _ thought: String? = nil, basis: EmotionReading.Basis = .target, evidence: [ResearchID] = []) {
        reading = EmotionReading(persona: persona, score: score, thought: thought, basis: basis, evidence: evidence)
    }

    /// Appends the reading to the touchpoint's emotions.
    public func add(to touchpoint: inout Touchpoint) { touchpoint.emotions.append(reading) }
}

/// Where the journey goes next: `Next("pay")`.
///
/// Writing a way on replaces the default flow to the touchpoint listed after this one (see
/// ``JourneyGraph``). For a way on with a condition, write a ``Branch``.
public struct Next: TouchpointContent {
    /// The ids of the touchpoints that follow, in the order written.
    public var targets: [TouchpointID]
    /// The touchpoints that follow this one: `Next("pay")`, or `Next("pay", "leave")` for more
    /// than one.
    public init(_ targets: TouchpointID...) { self.targets = targets }
    /// Appends the targets to the touchpoint's `next`.
    public func add(to touchpoint: inout Touchpoint) { touchpoint.next += targets }
}

extension EmotionReading: TouchpointContent {
    /// Appends the reading to the touchpoint's emotions.
    public func add(to touchpoint: inout Touchpoint) { touchpoint.emotions.append(self) }
}
extension Branch: TouchpointContent {
    /// Appends the branch to the touchpoint's ways on, after those already written.
    public func add(to touchpoint: inout Touchpoint) { touchpoint.branches.append(self) }
}
extension MomentOfTruth: TouchpointContent {
    /// Marks the touchpoint as a moment of truth; a touchpoint has one, so a later one replaces an earlier one.
    public func add(to touchpoint: inout Touchpoint) { touchpoint.momentOfTruth = self }
}
extension EmotionalDesign: TouchpointContent {
    /// Makes the touchpoint an emotional touchpoint; a later one replaces an earlier one.
    public func add(to touchpoint: inout Touchpoint) { touchpoint.emotional = self }
}
