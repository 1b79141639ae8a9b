/// Someone or something taking part in the service: a customer role, an employee, a system or
/// a partner organization.
public struct Actor: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case customer
        case employee
        case system
        case partner
    }

    public var id: ActorID
    public var name: String
    public var kind: Kind
    public var description: String?
    public var origin: SourceOrigin

    public init(id: ActorID, name: String, kind: Kind, description: String? = nil, origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.origin = origin
    }
}
