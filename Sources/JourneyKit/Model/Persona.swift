/// A customer archetype, with what they need, expect and desire kept apart: ISO/TS 24082
/// activity 5.3 names all three, and desires are the route to delight.
public struct Persona: Hashable, Sendable {
    public var id: PersonaID
    public var name: String
    public var description: String?
    public var goals: [String]
    public var quote: String?
    public var needs: [PersonaStatement]
    public var expectations: [PersonaStatement]
    public var desires: [PersonaStatement]
    /// Research this persona rests on.
    public var evidence: [ResearchID]
    public var origin: SourceOrigin

    public init(
        id: PersonaID, name: String, description: String? = nil, goals: [String] = [],
        quote: String? = nil, needs: [PersonaStatement] = [], expectations: [PersonaStatement] = [],
        desires: [PersonaStatement] = [], evidence: [ResearchID] = [], origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.goals = goals
        self.quote = quote
        self.needs = needs
        self.expectations = expectations
        self.desires = desires
        self.evidence = evidence
        self.origin = origin
    }

    /// Needs, expectations and desires together, each with its category.
    public var statements: [(category: PersonaStatement.Category, statement: PersonaStatement)] {
        needs.map { (.need, $0) } + expectations.map { (.expectation, $0) } + desires.map { (.desire, $0) }
    }
}

/// One need, expectation or desire of a persona, optionally with an id (so a value proposition
/// can point at it) and the research behind it.
public struct PersonaStatement: Hashable, Sendable {
    public enum Category: String, CaseIterable, Hashable, Sendable {
        case need, expectation, desire
    }

    public var id: StatementID?
    public var text: String
    public var evidence: [ResearchID]
    public var origin: SourceOrigin

    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = [], origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.text = text
        self.evidence = evidence
        self.origin = origin
    }
}
