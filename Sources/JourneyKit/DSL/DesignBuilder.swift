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
public protocol DesignContent {
    func add(to design: inout ServiceDesign)
}

@resultBuilder
public enum DesignBuilder {
    public static func buildExpression(_ content: any DesignContent) -> [any DesignContent] { [content] }
    public static func buildBlock(_ parts: [any DesignContent]...) -> [any DesignContent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any DesignContent]?) -> [any DesignContent] { part ?? [] }
    public static func buildEither(first part: [any DesignContent]) -> [any DesignContent] { part }
    public static func buildEither(second part: [any DesignContent]) -> [any DesignContent] { part }
    public static func buildArray(_ parts: [[any DesignContent]]) -> [any DesignContent] { parts.flatMap { $0 } }
}

extension ServiceDesign {
    /// Builds a design from its parts, in the order a journey file lists them.
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
public struct JourneyStage: DesignContent {
    public var stage: Stage
    public var touchpoints: [Touchpoint]

    public init(_ id: StageID, _ name: String, description: String? = nil, @TouchpointListBuilder _ touchpoints: () -> [Touchpoint]) {
        self.stage = Stage(id: id, name: name, description: description)
        self.touchpoints = touchpoints().map { touchpoint in
            var touchpoint = touchpoint
            touchpoint.stage = id
            return touchpoint
        }
    }

    public func add(to design: inout ServiceDesign) {
        design.stages.append(stage)
        design.touchpoints += touchpoints
    }
}

@resultBuilder
public enum TouchpointListBuilder {
    public static func buildExpression(_ touchpoint: Touchpoint) -> [Touchpoint] { [touchpoint] }
    public static func buildBlock(_ parts: [Touchpoint]...) -> [Touchpoint] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Touchpoint]?) -> [Touchpoint] { part ?? [] }
    public static func buildEither(first part: [Touchpoint]) -> [Touchpoint] { part }
    public static func buildEither(second part: [Touchpoint]) -> [Touchpoint] { part }
    public static func buildArray(_ parts: [[Touchpoint]]) -> [Touchpoint] { parts.flatMap { $0 } }
}

extension Persona: DesignContent {
    public func add(to design: inout ServiceDesign) { design.personas.append(self) }
}
extension Actor: DesignContent {
    public func add(to design: inout ServiceDesign) { design.actors.append(self) }
}
extension DesignChallenge: DesignContent {
    public func add(to design: inout ServiceDesign) { design.challenges.append(self) }
}
extension ValueProposition: DesignContent {
    public func add(to design: inout ServiceDesign) { design.valueProposition = self }
}
extension DesignProject: DesignContent {
    public func add(to design: inout ServiceDesign) { design.project = self }
}
extension EmotionScale: DesignContent {
    public func add(to design: inout ServiceDesign) { design.scale = self }
}
extension PainPoint: DesignContent {
    public func add(to design: inout ServiceDesign) { design.painPoints.append(self) }
}
extension Opportunity: DesignContent {
    public func add(to design: inout ServiceDesign) { design.opportunities.append(self) }
}
extension Metric: DesignContent {
    public func add(to design: inout ServiceDesign) { design.metrics.append(self) }
}
extension DataPoint: DesignContent {
    public func add(to design: inout ServiceDesign) { design.dataPoints.append(self) }
}
extension ResearchStudy: DesignContent {
    public func add(to design: inout ServiceDesign) { design.evidence.research.append(self) }
}
extension CoCreationSession: DesignContent {
    public func add(to design: inout ServiceDesign) { design.evidence.sessions.append(self) }
}
extension PrototypeTest: DesignContent {
    public func add(to design: inout ServiceDesign) { design.evidence.tests.append(self) }
}
