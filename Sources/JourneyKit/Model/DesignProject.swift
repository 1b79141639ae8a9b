/// The design project (ISO/TS 24082, activity 5.2): who owns the work, what it covers, who
/// takes part, which pyramid levels it aims at and how success is measured.
public struct DesignProject: Hashable, Sendable {
    public var owner: String?
    public var scope: String?
    public var team: [TeamMember]
    /// The personas the project designs for.
    public var personas: [PersonaID]
    /// Targeted levels of the ISO 23592 service-excellence pyramid, 1 to 4.
    public var pyramidLevels: [Int]
    public var successMetrics: [MetricID]
    /// The organization's objectives the design must serve (the organization's side of 24082 4.5).
    public var objectives: [Objective]
    public var origin: SourceOrigin

    public init(
        owner: String? = nil, scope: String? = nil, team: [TeamMember] = [], personas: [PersonaID] = [],
        pyramidLevels: [Int] = [], successMetrics: [MetricID] = [], objectives: [Objective] = [],
        origin: SourceOrigin = SourceOrigin()
    ) {
        self.owner = owner
        self.scope = scope
        self.team = team
        self.personas = personas
        self.pyramidLevels = pyramidLevels
        self.successMetrics = successMetrics
        self.objectives = objectives
        self.origin = origin
    }
}

/// A member of the design team and the organizational function they come from.
public struct TeamMember: Hashable, Sendable {
    public var name: String
    public var function: String?
    /// Works with customers directly (reception, call centre, field staff).
    public var frontline: Bool
    public var origin: SourceOrigin

    public init(name: String, function: String? = nil, frontline: Bool = false, origin: SourceOrigin = SourceOrigin()) {
        self.name = name
        self.function = function
        self.frontline = frontline
        self.origin = origin
    }
}

/// An organizational objective a value proposition can be traced to.
public struct Objective: Hashable, Sendable {
    public var id: ObjectiveID
    public var text: String
    public var origin: SourceOrigin

    public init(id: ObjectiveID, text: String, origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.text = text
        self.origin = origin
    }
}
