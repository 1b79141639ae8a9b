/// Someone or something taking part in the service: a customer role, an employee, a system or
/// a partner organization.
public struct Actor: Hashable, Sendable {
    /// What kind of participant an actor is.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// A customer role, such as the shopper or the patient.
        case customer
        /// Someone working for the organization, such as an agent or a nurse.
        case employee
        /// A system or machine, such as the order system or a kiosk.
        case system
        /// Another organization taking part, such as a courier or an insurer.
        case partner
    }

    /// The actor's id, as touchpoints name it in their initiator, receiver and actors.
    public var id: ActorID
    /// The actor's name as the pictures show it; a journey file that gives none uses the id.
    public var name: String
    /// Whether the actor is a customer role, an employee, a system or a partner.
    public var kind: Kind
    /// More about the actor, as free text; `nil` when not given.
    public var description: String?
    /// Where the actor was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates an actor.
    ///
    /// - Parameters:
    ///   - id: The actor's id, used by touchpoints.
    ///   - name: The actor's name.
    ///   - kind: Customer role, employee, system or partner.
    ///   - description: More about the actor.
    ///   - origin: Where it was written; the default means "built in code".
    public init(id: ActorID, name: String, kind: Kind, description: String? = nil, origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.origin = origin
    }
}
