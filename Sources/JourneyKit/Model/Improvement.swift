/// Something that hurts the customer at one or more touchpoints.
public struct PainPoint: Hashable, Sendable {
    /// How much a pain point hurts.
    public enum Severity: String, CaseIterable, Hashable, Sendable {
        /// `low`, `medium` or `high`, as the design team judges it; the stage summary lists the more
        /// severe pain points first.
        case low, medium, high
    }

    /// The pain point's id, needed only when a challenge or an opportunity refers to it; `nil`
    /// otherwise.
    public var id: PainPointID?
    /// The pain point in a few words (`Needs a printer for the label`).
    public var title: String
    /// More detail about the pain point; `nil` when not given.
    public var description: String?
    /// The ids of the touchpoints where it hurts.
    public var touchpoints: [TouchpointID]
    /// The ids of the personas it hurts.
    public var personas: [PersonaID]
    /// Staff or partners it hurts: employees have pain points too (ISO 23592 7.2.2).
    public var actors: [ActorID]
    /// How much it hurts; `nil` when not judged.
    public var severity: Severity?
    /// The ids of the research studies that found it.
    public var evidence: [ResearchID]
    /// Where the pain point was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a pain point. Each parameter sets the property of the same name; only the title is
    /// required.
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
    /// How far an opportunity has come.
    public enum Status: String, CaseIterable, Hashable, Sendable {
        /// `idea`: proposed; `tested`: tried out, for example in a prototype test; `adopted`: part of
        /// the service design.
        case idea, tested, adopted
    }

    /// The opportunity's id, needed only when a challenge refers to it; `nil` otherwise.
    public var id: OpportunityID?
    /// The idea in a few words (`QR codes instead of printed labels`).
    public var title: String
    /// More detail about the idea; `nil` when not given.
    public var description: String?
    /// How far the idea has come; `nil` when not said.
    public var status: Status?
    /// Who takes the idea forward (a person, role or team, as free text); `nil` when not given.
    public var owner: String?
    /// The ids of the touchpoints the idea would change.
    public var touchpoints: [TouchpointID]
    /// The pain points it would relieve.
    public var painPoints: [PainPointID]
    /// Where the opportunity was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates an opportunity. Each parameter sets the property of the same name; only the title is
    /// required.
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
