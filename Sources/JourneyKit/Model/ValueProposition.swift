/// A design challenge (ISO/TS 24082 activity 5.4): the problem to solve, for whom, and what
/// in the research it answers.
public struct DesignChallenge: Hashable, Sendable {
    public var id: ChallengeID?
    public var statement: String
    public var personas: [PersonaID]
    public var painPoints: [PainPointID]
    public var opportunities: [OpportunityID]
    /// Needs, expectations or desires (by id) that the challenge answers.
    public var answers: [StatementID]
    public var origin: SourceOrigin

    public init(
        _ statement: String, id: ChallengeID? = nil, personas: [PersonaID] = [],
        painPoints: [PainPointID] = [], opportunities: [OpportunityID] = [],
        answers: [StatementID] = [], origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.statement = statement
        self.personas = personas
        self.painPoints = painPoints
        self.opportunities = opportunities
        self.answers = answers
        self.origin = origin
    }
}

/// The value proposition (ISO/TS 24082 activity 5.4), traced to both sides that principle 4.5
/// names: the customer (needs and desires) and the organization (objectives).
public struct ValueProposition: Hashable, Sendable {
    public var statement: String
    /// Needs or desires of personas, by id.
    public var serves: [StatementID]
    public var objectives: [ObjectiveID]
    /// What makes it distinctive compared with the alternatives a customer has.
    public var distinctive: String?
    public var alternatives: [String]
    public var origin: SourceOrigin

    public init(
        _ statement: String, serves: [StatementID] = [], objectives: [ObjectiveID] = [],
        distinctive: String? = nil, alternatives: [String] = [], origin: SourceOrigin = SourceOrigin()
    ) {
        self.statement = statement
        self.serves = serves
        self.objectives = objectives
        self.distinctive = distinctive
        self.alternatives = alternatives
        self.origin = origin
    }
}
