/// A design challenge (ISO/TS 24082 activity 5.4): the problem to solve, for whom, and what
/// in the research it answers.
public struct DesignChallenge: Hashable, Sendable {
    /// The challenge's id, unique among challenges; `nil` when nothing needs to refer to it.
    public var id: ChallengeID?
    /// The challenge itself, often as a question (`How might we let people return a parcel without
    /// printing anything?`).
    public var statement: String
    /// The ids of the personas the challenge is for.
    public var personas: [PersonaID]
    /// The ids of the pain points the challenge addresses.
    public var painPoints: [PainPointID]
    /// The ids of the opportunities the challenge relates to.
    public var opportunities: [OpportunityID]
    /// Needs, expectations or desires (by id) that the challenge answers.
    public var answers: [StatementID]
    /// Where the challenge was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a design challenge. Each parameter sets the property of the same name; only the
    /// statement is required.
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
    /// The value proposition itself, in a sentence or two (`Returns as easy as the purchase, with
    /// the refund tracked to the day.`).
    public var statement: String
    /// Needs or desires of personas, by id.
    public var serves: [StatementID]
    /// The ids of the organization's objectives (``DesignProject/objectives``) the proposition
    /// serves.
    public var objectives: [ObjectiveID]
    /// What makes it distinctive compared with the alternatives a customer has.
    public var distinctive: String?
    /// The alternatives a customer has instead of this service (`Keep the item`). The validator
    /// asks for these or for ``distinctive``.
    public var alternatives: [String]
    /// Where the `value` block was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a value proposition. Each parameter sets the property of the same name; only the
    /// statement is required.
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
