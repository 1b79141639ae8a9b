/// The kinds of element a design's ids name. Used to say, in a designer's words, what a
/// reference points at.
public enum ElementKind: String, CaseIterable, Hashable, Sendable {
    /// A ``Persona``: the customer archetypes emotions, pain points and challenges refer to.
    case persona
    /// A persona's need, expectation or desire (a ``PersonaStatement``) that has an id.
    case statement
    /// A ``Stage`` of the journey.
    case stage
    /// A ``Touchpoint``: the target of `next`, branches, pain points, metrics and tests.
    case touchpoint
    /// An ``Actor``: a customer role, employee, system or partner that takes part in touchpoints.
    case actor
    /// A ``Metric``: a measure of the service.
    case metric
    /// A ``DataPoint``: a place where data about the customer is captured.
    case dataPoint
    /// A ``PainPoint`` that has an id.
    case painPoint
    /// An ``Opportunity`` that has an id.
    case opportunity
    /// A ``ResearchStudy``: the evidence personas, statements, emotions and pain points cite.
    case research
    /// An organizational ``Objective`` of the design project, which a value proposition traces to.
    case objective
    /// A ``DesignChallenge`` that has an id.
    case challenge

    /// The name of the kind in prose: "data point", "need, expectation or desire".
    public var noun: String {
        switch self {
        case .statement: "need, expectation or desire"
        case .dataPoint: "data point"
        case .painPoint: "pain point"
        case .research: "research study"
        case .objective: "organizational objective"
        case .challenge: "design challenge"
        default: rawValue
        }
    }
}

/// One place where an element names another by id.
public struct ElementReference: Hashable, Sendable {
    /// The kind of element the id must name.
    public var kind: ElementKind
    /// The id as written; it may name no element (a dangling reference).
    public var id: String
    /// The element that holds the reference, in prose: `touchpoint "pay"`.
    public var holder: String
    /// The field the reference is written in: `next`, `emotions`, `usedBy`.
    public var field: String
    /// Where the reference is written (the list item where there is one); nil for a design
    /// built in Swift code.
    public var location: SourceLocation?

    /// A reference, as ``ServiceDesign/references`` lists them.
    public init(kind: ElementKind, id: String, holder: String, field: String, location: SourceLocation?) {
        self.kind = kind
        self.id = id
        self.holder = holder
        self.field = field
        self.location = location
    }
}

/// One element that carries an id, for the id tables.
public struct IdentifiedElement: Hashable, Sendable {
    /// What kind of element it is; ids need only be unique within a kind.
    public var kind: ElementKind
    /// The element's id, as written.
    public var id: String
    /// Where the element's id is written; nil for a design built in Swift code.
    public var location: SourceLocation?
}
