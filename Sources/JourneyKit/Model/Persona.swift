/// A customer archetype, with what they need, expect and desire kept apart: ISO/TS 24082
/// activity 5.3 names all three, and desires are the route to delight.
public struct Persona: Hashable, Sendable {
    /// The persona's id, the key of its emotion readings on touchpoints and the way touchpoints,
    /// pain points and research refer to the persona.
    public var id: PersonaID
    /// The persona's name as shown on the persona cards and in the pictures' legend (`Mo, online
    /// shopper`).
    public var name: String
    /// Who the persona is, as free text; `nil` when not given.
    public var description: String?
    /// What the persona wants to achieve, listed under "Goals" on the persona card.
    public var goals: [String]
    /// A typical quote of the persona, written without quotation marks (the pictures add them);
    /// `nil` when not given.
    public var quote: String?
    /// What the persona needs from the service.
    public var needs: [PersonaStatement]
    /// What the persona expects of the service.
    public var expectations: [PersonaStatement]
    /// What the persona desires beyond needs and expectations: the route to delight.
    public var desires: [PersonaStatement]
    /// Research this persona rests on.
    public var evidence: [ResearchID]
    /// Where the persona was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a persona. Each parameter sets the property of the same name; only the id and the
    /// name are required.
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
    /// Which of a persona's three lists a statement belongs to.
    public enum Category: String, CaseIterable, Hashable, Sendable {
        /// `need`: in ``Persona/needs``; `expectation`: in ``Persona/expectations``; `desire`: in
        /// ``Persona/desires``.
        case need, expectation, desire
    }

    /// The statement's id, needed only when a challenge (`answers`) or the value proposition
    /// (`serves`) refers to it; one set of ids covers the needs, expectations and desires of all
    /// personas. `nil` otherwise.
    public var id: StatementID?
    /// The need, expectation or desire in the persona's or designer's words.
    public var text: String
    /// The ids of the research studies behind the statement.
    public var evidence: [ResearchID]
    /// Where the statement was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a need, expectation or desire; which of the three it is follows from the persona's list
    /// it is put in.
    ///
    /// - Parameters:
    ///   - text: The statement.
    ///   - id: Its id, when a challenge or the value proposition refers to it.
    ///   - evidence: The ids of the research studies behind it.
    ///   - origin: Where it was written; the default means "built in code".
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = [], origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.text = text
        self.evidence = evidence
        self.origin = origin
    }
}
