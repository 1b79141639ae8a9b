/// Something that hurts the customer at one or more touchpoints.
public struct PainPoint: Hashable, Sendable {
    public enum Severity: String, CaseIterable, Hashable, Sendable {
        case low, medium, high
    }

    public var id: PainPointID?
    public var title: String
    public var description: String?
    public var touchpoints: [TouchpointID]
    public var personas: [PersonaID]
    /// Staff or partners it hurts: employees have pain points too (ISO 23592 7.2.2).
    public var actors: [ActorID]
    public var severity: Severity?
    public var evidence: [ResearchID]
    public var origin: SourceOrigin

    public init(
        _ title: String, id: PainPointID? = nil, description: String? = nil,
        touchpoints: [TouchpointID] = [], personas: [PersonaID] = [], actors: [ActorID] = [],
        severity: Severity? = nil, evidence: [ResearchID] = [], origin: SourceOrigin = SourceOrigin()
    ) {
        self.actors = actors
        self.id = id
        self.title = title
        self.description = description
        self.touchpoints = touchpoints
        self.personas = personas
        self.severity = severity
        self.evidence = evidence
        self.origin = origin
    }
}

/// An idea for making the journey better, from idea to adopted.
public struct Opportunity: Hashable, Sendable {
    public enum Status: String, CaseIterable, Hashable, Sendable {
        case idea, tested, adopted
    }

    public var id: OpportunityID?
    public var title: String
    public var description: String?
    public var status: Status?
    public var owner: String?
    public var touchpoints: [TouchpointID]
    /// The pain points it would relieve.
    public var painPoints: [PainPointID]
    public var origin: SourceOrigin

    public init(
        _ title: String, id: OpportunityID? = nil, description: String? = nil, status: Status? = nil,
        owner: String? = nil, touchpoints: [TouchpointID] = [], painPoints: [PainPointID] = [],
        origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.status = status
        self.owner = owner
        self.touchpoints = touchpoints
        self.painPoints = painPoints
        self.origin = origin
    }
}
