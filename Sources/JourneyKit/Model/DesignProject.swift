/// The design project (ISO/TS 24082, activity 5.2): who owns the work, what it covers, who
/// takes part, which pyramid levels it aims at and how success is measured.
public struct DesignProject: Hashable, Sendable {
    /// Who owns the design work (a person, role or team, as free text); `nil` when not given.
    public var owner: String?
    /// What the project covers, as free text (`Returns of web-shop orders, from the decision to
    /// return to the refund`); `nil` when not given.
    public var scope: String?
    /// The design team. The validator looks for members from more than one function and at least
    /// one from the frontline.
    public var team: [TeamMember]
    /// The personas the project designs for.
    public var personas: [PersonaID]
    /// Targeted levels of the ISO 23592 service-excellence pyramid, 1 to 4.
    public var pyramidLevels: [Int]
    /// The ids of the metrics that measure the project's success (`success:` in a journey file).
    public var successMetrics: [MetricID]
    /// The organization's objectives the design must serve (the organization's side of 24082 4.5).
    public var objectives: [Objective]
    /// Where the `project` block was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a design project. Each parameter sets the property of the same name; all are
    /// optional.
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
    /// The team member's name.
    public var name: String
    /// The organizational function the member comes from (`Returns desk`, `Service design`);
    /// `nil` when not given.
    public var function: String?
    /// Works with customers directly (reception, call centre, field staff).
    public var frontline: Bool
    /// Where the team member was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a team member.
    ///
    /// - Parameters:
    ///   - name: The person's name.
    ///   - function: The organizational function they come from.
    ///   - frontline: Whether they work with customers directly; `false` by default.
    ///   - origin: Where it was written; the default means "built in code".
    public init(name: String, function: String? = nil, frontline: Bool = false, origin: SourceOrigin = SourceOrigin()) {
        self.name = name
        self.function = function
        self.frontline = frontline
        self.origin = origin
    }
}

/// An organizational objective a value proposition can be traced to.
public struct Objective: Hashable, Sendable {
    /// The objective's id, by which the value proposition's ``ValueProposition/objectives`` refer
    /// to it.
    public var id: ObjectiveID
    /// The objective in the organization's words (`Halve calls about returns in 2026`).
    public var text: String
    /// Where the objective was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates an organizational objective.
    ///
    /// - Parameters:
    ///   - id: The objective's id, used by the value proposition.
    ///   - text: The objective.
    ///   - origin: Where it was written; the default means "built in code".
    public init(id: ObjectiveID, text: String, origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.text = text
        self.origin = origin
    }
}
