/// Something that can be written inside a ``ServiceDesign`` built in Swift code.
///
/// ```swift
/// let design = ServiceDesign(id: "coffee", title: "Morning coffee") {
///     Actor(id: "guest", name: "Guest", kind: .customer)
///     Persona(id: "sam", name: "Sam, commuter") {
///         Need("Coffee in under three minutes")
///         Expectation("The usual order is remembered")
///         Desire("A barista who knows their name")
///     }
///     JourneyStage("order", "Order") {
///         Touchpoint("queue", "Joins the queue", channel: .store, actors: ["guest"], lane: .customer) {
///             Emotion("sam", 2, "Will I make my train?")
///         }
///         Touchpoint("pay", "Pays at the till", channel: .store, lane: .frontstage) {
///             Emotion("sam", 4)
///         }
///     }
/// }
/// ```
///
/// Conform your own types to write them in the block too: a value that adds a set of actors
/// the team uses in every design, say.
public protocol DesignContent {
    /// Puts this part into `design`: appends it to the matching list (actors, personas,
    /// stages and touchpoints, pain points…) or, for a part a design has once (the value
    /// proposition, the design project, the emotion scale), sets it, the last one written winning.
    func add(to design: inout ServiceDesign)
}

/// The result builder behind the block of
/// ``ServiceDesign/init(id:title:version:owner:status:kind:coreProposition:description:_:)``:
/// it collects every ``DesignContent`` written in the block, in the order written.
///
/// Besides plain statements the block may hold `if`, `if`–`else`, `switch` and `for` loops,
/// so a design can, for example, add a stage only for one variant of the service or generate
/// touchpoints from a list. You do not call its methods yourself; the compiler does.
@resultBuilder
public enum DesignBuilder {
    /// Lets any ``DesignContent`` value (an ``Actor``, a ``Persona``, a ``JourneyStage``…) stand
    /// as a statement of the block.
    public static func buildExpression(_ content: any DesignContent) -> [any DesignContent] { [content] }
    /// Joins the statements of a block, keeping the order they are written in.
    public static func buildBlock(_ parts: [any DesignContent]...) -> [any DesignContent] { parts.flatMap { $0 } }
    /// Lets the block contain an `if` without `else`: its parts are added only when the condition holds.
    public static func buildOptional(_ part: [any DesignContent]?) -> [any DesignContent] { part ?? [] }
    /// Lets the block contain `if`–`else` or `switch`: the parts of the first branch, when it is taken.
    public static func buildEither(first part: [any DesignContent]) -> [any DesignContent] { part }
    /// Lets the block contain `if`–`else` or `switch`: the parts of the second branch, when it is taken.
    public static func buildEither(second part: [any DesignContent]) -> [any DesignContent] { part }
    /// Lets the block contain a `for` loop: the parts of every pass, in loop order.
    public static func buildArray(_ parts: [[any DesignContent]]) -> [any DesignContent] { parts.flatMap { $0 } }
}

extension ServiceDesign {
    /// Builds a design from its parts, in the order a journey file lists them.
    ///
    /// The parts are added one by one in the order written, so stages, touchpoints, personas and
    /// the other lists keep that order (the journey's order, for stages and touchpoints). A
    /// design built this way has no source locations.
    ///
    /// - Parameters:
    ///   - id: The design's id (such as `clinic-outpatient`), by which reports name it.
    ///   - title: The design's title for people (such as `Outpatient visit`), shown beside the id in reports.
    ///   - version: The design's own version text, if it has one.
    ///   - owner: Who is responsible for the design.
    ///   - status: How far the design has come; nil when not said.
    ///   - kind: Whether the design is a planned journey (the default) or an actual one, as it went
    ///     for one real customer.
    ///   - coreProposition: The service's core proposition: its basic promise.
    ///   - description: Free text about the design.
    ///   - content: The actors, personas, stages and evidence, in order.
    public init(
        id: DesignID, title: String, version: String? = nil, owner: String? = nil,
        status: DesignStatus? = nil, kind: JourneyKind = .planned, coreProposition: String? = nil,
        description: String? = nil, @DesignBuilder _ content: () -> [any DesignContent]
    ) {
        self.init(
            id: id, title: title, version: version, owner: owner, status: status, kind: kind,
            coreProposition: coreProposition, description: description)
        for part in content() { part.add(to: &self) }
    }
}

/// A stage with its touchpoints, in a design built in Swift code.
///
/// `JourneyStage("order", "Order") { Touchpoint(…) … }` adds the stage to the design's stages and
/// its touchpoints, in the order written, to the design's touchpoints, each set to this stage.
public struct JourneyStage: DesignContent {
    /// The stage itself: its id, name and description.
    public var stage: Stage
    /// The stage's touchpoints in journey order, each with ``Touchpoint/stage`` set to this stage's id.
    public var touchpoints: [Touchpoint]

    /// A stage and the touchpoints written in its block.
    ///
    /// - Parameters:
    ///   - id: The stage's id, which touchpoints and other elements refer to.
    ///   - name: The stage's name, the heading of its touchpoints in the pictures.
    ///   - description: Free text about the stage.
    ///   - touchpoints: The stage's touchpoints in journey order; their stage is set to `id`.
    public init(_ id: StageID, _ name: String, description: String? = nil, @TouchpointListBuilder _ touchpoints: () -> [Touchpoint]) {
        self.stage = Stage(id: id, name: name, description: description)
        self.touchpoints = touchpoints().map { touchpoint in
            var touchpoint = touchpoint
            touchpoint.stage = id
            return touchpoint
        }
    }

    /// Appends the stage to the design's stages and its touchpoints to the design's touchpoints.
    public func add(to design: inout ServiceDesign) {
        design.stages.append(stage)
        design.touchpoints += touchpoints
    }
}

/// The result builder behind the block of a ``JourneyStage``: it collects the stage's
/// touchpoints in the order written.
///
/// The block holds ``Touchpoint`` values, and may use `if`, `if`–`else`, `switch` and `for` to
/// include touchpoints only in some variants of the service or to make them from a list. You do
/// not call its methods yourself; the compiler does.
@resultBuilder
public enum TouchpointListBuilder {
    /// Lets a ``Touchpoint`` stand as a statement of the stage's block.
    public static func buildExpression(_ touchpoint: Touchpoint) -> [Touchpoint] { [touchpoint] }
    /// Joins the touchpoints of a block, keeping the order they are written in (the journey's order).
    public static func buildBlock(_ parts: [Touchpoint]...) -> [Touchpoint] { parts.flatMap { $0 } }
    /// Lets the block contain an `if` without `else`: its touchpoints are included only when the condition holds.
    public static func buildOptional(_ part: [Touchpoint]?) -> [Touchpoint] { part ?? [] }
    /// Lets the block contain `if`–`else` or `switch`: the touchpoints of the first branch, when it is taken.
    public static func buildEither(first part: [Touchpoint]) -> [Touchpoint] { part }
    /// Lets the block contain `if`–`else` or `switch`: the touchpoints of the second branch, when it is taken.
    public static func buildEither(second part: [Touchpoint]) -> [Touchpoint] { part }
    /// Lets the block contain a `for` loop: the touchpoints of every pass, in loop order.
    public static func buildArray(_ parts: [[Touchpoint]]) -> [Touchpoint] { parts.flatMap { $0 } }
}

extension Persona: DesignContent {
    /// Appends the persona to the design's personas.
    public func add(to design: inout ServiceDesign) { design.personas.append(self) }
}
extension Actor: DesignContent {
    /// Appends the actor to the design's actors.
    public func add(to design: inout ServiceDesign) { design.actors.append(self) }
}
extension DesignChallenge: DesignContent {
    /// Appends the challenge to the design's challenges.
    public func add(to design: inout ServiceDesign) { design.challenges.append(self) }
}
extension ValueProposition: DesignContent {
    /// Sets the design's value proposition; a design has one, so a later one replaces an earlier one.
    public func add(to design: inout ServiceDesign) { design.valueProposition = self }
}
extension DesignProject: DesignContent {
    /// Sets the design's project (its brief); a design has one, so a later one replaces an earlier one.
    public func add(to design: inout ServiceDesign) { design.project = self }
}
extension EmotionScale: DesignContent {
    /// Sets the scale every emotion score of the design is read on, in place of the standard 1 to 5.
    public func add(to design: inout ServiceDesign) { design.scale = self }
}
extension PainPoint: DesignContent {
    /// Appends the pain point to the design's pain points.
    public func add(to design: inout ServiceDesign) { design.painPoints.append(self) }
}
extension Opportunity: DesignContent {
    /// Appends the opportunity to the design's opportunities.
    public func add(to design: inout ServiceDesign) { design.opportunities.append(self) }
}
extension Metric: DesignContent {
    /// Appends the metric to the design's metrics.
    public func add(to design: inout ServiceDesign) { design.metrics.append(self) }
}
extension DataPoint: DesignContent {
    /// Appends the data point to the design's data points.
    public func add(to design: inout ServiceDesign) { design.dataPoints.append(self) }
}
extension ResearchStudy: DesignContent {
    /// Appends the study to the research of the design's evidence.
    public func add(to design: inout ServiceDesign) { design.evidence.research.append(self) }
}
extension CoCreationSession: DesignContent {
    /// Appends the session to the co-creation sessions of the design's evidence.
    public func add(to design: inout ServiceDesign) { design.evidence.sessions.append(self) }
}
extension PrototypeTest: DesignContent {
    /// Appends the test to the prototype tests of the design's evidence.
    public func add(to design: inout ServiceDesign) { design.evidence.tests.append(self) }
}
