/// The kinds of element a design's ids name. Used to say, in a designer's words, what a
/// reference points at.
public enum ElementKind: String, CaseIterable, Hashable, Sendable {
    case persona
    case statement
    case stage
    case touchpoint
    case actor
    case metric
    case dataPoint
    case painPoint
    case opportunity
    case research
    case objective
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
    public var kind: ElementKind
    public var id: String
    /// The element that holds the reference, in prose: `touchpoint "pay"`.
    public var holder: String
    /// The field the reference is written in: `next`, `emotions`, `usedBy`.
    public var field: String
    public var location: SourceLocation?

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
    public var kind: ElementKind
    public var id: String
    public var location: SourceLocation?
}
