/// The design evidence ISO/TS 24082 asks for: research with customers, co-creation with them,
/// and prototypes tested before rollout.
public struct DesignEvidence: Hashable, Sendable {
    /// Customer research studies; personas, statements, emotion readings and pain points cite them
    /// by id as their evidence.
    public var research: [ResearchStudy]
    /// Sessions in which customers took part in designing the service.
    public var sessions: [CoCreationSession]
    /// Prototypes put in front of people before rollout, with what came of them.
    public var tests: [PrototypeTest]

    /// Creates the design evidence from its three lists, each empty by default.
    ///
    /// - Parameters:
    ///   - research: Customer research studies.
    ///   - sessions: Co-creation sessions.
    ///   - tests: Prototype tests.
    public init(research: [ResearchStudy] = [], sessions: [CoCreationSession] = [], tests: [PrototypeTest] = []) {
        self.research = research
        self.sessions = sessions
        self.tests = tests
    }

    /// True when the design records no research, no session and no test.
    public var isEmpty: Bool { research.isEmpty && sessions.isEmpty && tests.isEmpty }
}

/// A piece of customer research: interviews, observation, a survey, a diary study.
public struct ResearchStudy: Hashable, Sendable {
    /// The study's id, which every `evidence` list elsewhere in the design uses to cite it.
    public var id: ResearchID
    /// How the research was done: interviews, observation, a survey, a diary study.
    public var method: String
    /// When the research was done, to the month or the day; `nil` when not given.
    public var date: CalendarDate?
    /// How many people took part; never negative when read from a file, `nil` when not given.
    public var sampleSize: Int?
    /// The ids of the personas the study informs.
    public var personas: [PersonaID]
    /// What the study found, as free text; `nil` when not given.
    public var findings: String?
    /// Where the study was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a research study. Each parameter sets the property of the same name; only the id
    /// and the method are required.
    public init(
        id: ResearchID, method: String, date: CalendarDate? = nil, sampleSize: Int? = nil,
        personas: [PersonaID] = [], findings: String? = nil, origin: SourceOrigin = SourceOrigin()
    ) {
        self.id = id
        self.method = method
        self.date = date
        self.sampleSize = sampleSize
        self.personas = personas
        self.findings = findings
        self.origin = origin
    }
}

/// A session in which customers took part in designing the service.
public struct CoCreationSession: Hashable, Sendable {
    /// What the session was, in a few words (`Co-design of the returns form`); sessions have no id.
    public var title: String
    /// When the session took place, to the month or the day; `nil` when not given.
    public var date: CalendarDate?
    /// Who took part, as free text (`6 shoppers, 2 agents`); `nil` when not given.
    public var participants: String?
    /// The ids of the personas represented in the session.
    public var personas: [PersonaID]
    /// What came of the session; `nil` when not given.
    public var outcome: String?
    /// Where the session was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a co-creation session. Each parameter sets the property of the same name; only the
    /// title is required.
    public init(
        _ title: String, date: CalendarDate? = nil, participants: String? = nil,
        personas: [PersonaID] = [], outcome: String? = nil, origin: SourceOrigin = SourceOrigin()
    ) {
        self.title = title
        self.date = date
        self.participants = participants
        self.personas = personas
        self.outcome = outcome
        self.origin = origin
    }
}

/// A prototype put in front of people, what came of it and the revision it led to.
public struct PrototypeTest: Hashable, Sendable {
    /// The outcome of a prototype test.
    public enum Result: String, CaseIterable, Hashable, Sendable {
        /// `passed`: the prototype worked as intended; `failed`: it did not; `inconclusive`: the test
        /// did not tell. The validator expects a test that did not pass to be followed by a
        /// ``PrototypeTest/revision`` or a later test.
        case passed, failed, inconclusive
    }

    /// What was tested, in a few words (`Clickable returns form with QR code`); tests have no id.
    public var prototype: String
    /// How the prototype was tested (`Moderated usability test`); `nil` when not given.
    public var method: String?
    /// When the test took place, to the month or the day; `nil` when not given. Later tests of the
    /// same touchpoints count as re-tests.
    public var date: CalendarDate?
    /// The ids of the touchpoints the prototype stands for.
    public var touchpoints: [TouchpointID]
    /// How the test came out; `nil` when not recorded.
    public var result: Result?
    /// What the test found, as free text; `nil` when not given.
    public var findings: String?
    /// The change to the design that the test led to.
    public var revision: String?
    /// Where the test was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a prototype test. Each parameter sets the property of the same name; only the
    /// prototype is required.
    public init(
        _ prototype: String, method: String? = nil, date: CalendarDate? = nil,
        touchpoints: [TouchpointID] = [], result: Result? = nil, findings: String? = nil,
        revision: String? = nil, origin: SourceOrigin = SourceOrigin()
    ) {
        self.prototype = prototype
        self.method = method
        self.date = date
        self.touchpoints = touchpoints
        self.result = result
        self.findings = findings
        self.revision = revision
        self.origin = origin
    }
}
