/// The design evidence ISO/TS 24082 asks for: research with customers, co-creation with them,
/// and prototypes tested before rollout.
public struct DesignEvidence: Hashable, Sendable {
    public var research: [ResearchStudy]
    public var sessions: [CoCreationSession]
    public var tests: [PrototypeTest]

    public init(research: [ResearchStudy] = [], sessions: [CoCreationSession] = [], tests: [PrototypeTest] = []) {
        self.research = research
        self.sessions = sessions
        self.tests = tests
    }

    public var isEmpty: Bool { research.isEmpty && sessions.isEmpty && tests.isEmpty }
}

/// A piece of customer research: interviews, observation, a survey, a diary study.
public struct ResearchStudy: Hashable, Sendable {
    public var id: ResearchID
    public var method: String
    public var date: CalendarDate?
    public var sampleSize: Int?
    public var personas: [PersonaID]
    public var findings: String?
    public var origin: SourceOrigin

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
    public var title: String
    public var date: CalendarDate?
    public var participants: String?
    public var personas: [PersonaID]
    public var outcome: String?
    public var origin: SourceOrigin

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
    public enum Result: String, CaseIterable, Hashable, Sendable {
        case passed, failed, inconclusive
    }

    public var prototype: String
    public var method: String?
    public var date: CalendarDate?
    public var touchpoints: [TouchpointID]
    public var result: Result?
    public var findings: String?
    /// The change to the design that the test led to.
    public var revision: String?
    public var origin: SourceOrigin

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
