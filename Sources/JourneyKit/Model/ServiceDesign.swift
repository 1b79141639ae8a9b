/// A service design: one customer journey with the personas it serves, the stages and
/// touchpoints it runs through, and the design evidence ISO/TS 24082 asks for.
///
/// Touchpoints are kept in one list, in journey order; each names its stage. The flow between
/// them is explicit (`next`, `branches`) where written, and otherwise runs to the touchpoint
/// listed after it (see ``JourneyGraph``).
public struct ServiceDesign: Hashable, Sendable {
    public var id: DesignID
    public var title: String
    public var version: String?
    public var owner: String?
    public var status: DesignStatus?
    public var kind: JourneyKind
    /// The service's core proposition: the basic promise (ISO 23592 pyramid level 1).
    public var coreProposition: String?
    public var description: String?
    /// A one-line summary (CJML's `journeyShortSummary`); `description` holds the long one.
    public var summary: String? = nil
    /// The language the design is written in, as a BCP 47 tag (`de`, `en-GB`, `ja`; see
    /// ``LanguageTag``): the pictures break lines and hyphenate words by its rules.
    public var language: String? = nil
    /// For an actual journey: the id of the planned journey it followed (CJML's `plannedReference`).
    /// The planned journey lives in another file, so the reference is not checked here.
    public var plannedJourney: DesignID? = nil
    public var scale: EmotionScale
    public var project: DesignProject?
    public var personas: [Persona]
    public var challenges: [DesignChallenge]
    public var valueProposition: ValueProposition?
    public var stages: [Stage]
    public var touchpoints: [Touchpoint]
    public var actors: [Actor]
    public var painPoints: [PainPoint]
    public var opportunities: [Opportunity]
    public var metrics: [Metric]
    public var dataPoints: [DataPoint]
    public var evidence: DesignEvidence
    /// Validator findings the team accepted, each with its reason.
    public var suppressions: [Suppression]
    public var origin: SourceOrigin

    public init(
        id: DesignID, title: String, version: String? = nil, owner: String? = nil,
        status: DesignStatus? = nil, kind: JourneyKind = .planned, coreProposition: String? = nil,
        description: String? = nil, scale: EmotionScale = .standard, project: DesignProject? = nil,
        personas: [Persona] = [], challenges: [DesignChallenge] = [],
        valueProposition: ValueProposition? = nil, stages: [Stage] = [],
        touchpoints: [Touchpoint] = [], actors: [Actor] = [], painPoints: [PainPoint] = [],
        opportunities: [Opportunity] = [], metrics: [Metric] = [], dataPoints: [DataPoint] = [],
        evidence: DesignEvidence = DesignEvidence(), suppressions: [Suppression] = [],
        origin: SourceOrigin = SourceOrigin()
    ) {
        self.suppressions = suppressions
        self.id = id
        self.title = title
        self.version = version
        self.owner = owner
        self.status = status
        self.kind = kind
        self.coreProposition = coreProposition
        self.description = description
        self.scale = scale
        self.project = project
        self.personas = personas
        self.challenges = challenges
        self.valueProposition = valueProposition
        self.stages = stages
        self.touchpoints = touchpoints
        self.actors = actors
        self.painPoints = painPoints
        self.opportunities = opportunities
        self.metrics = metrics
        self.dataPoints = dataPoints
        self.evidence = evidence
        self.origin = origin
    }

    /// The touchpoints of one stage, in journey order.
    public func touchpoints(in stage: StageID) -> [Touchpoint] {
        touchpoints.filter { $0.stage == stage }
    }

    public func persona(_ id: PersonaID) -> Persona? { personas.first { $0.id == id } }
    public func stage(_ id: StageID) -> Stage? { stages.first { $0.id == id } }
    public func touchpoint(_ id: TouchpointID) -> Touchpoint? { touchpoints.first { $0.id == id } }
}

/// Whether a journey is the plan (how the service should go) or a record of one real customer.
public enum JourneyKind: String, CaseIterable, Hashable, Sendable {
    case planned
    case actual
}

/// Where a design is in its life.
public enum DesignStatus: String, CaseIterable, Hashable, Sendable {
    case draft
    case review
    case approved
    case live
    case retired
}
