/// A service design: one customer journey with the personas it serves, the stages and
/// touchpoints it runs through, and the design evidence ISO/TS 24082 asks for.
///
/// Touchpoints are kept in one list, in journey order; each names its stage. The flow between
/// them is explicit (`next`, `branches`) where written, and otherwise runs to the touchpoint
/// listed after it (see ``JourneyGraph``).
public struct ServiceDesign: Hashable, Sendable {
    /// The journey's id (`journey:` in a journey file); an actual journey names its planned one by it
    /// in ``plannedJourney``.
    public var id: DesignID
    /// The journey's name, as the pictures show it for their title.
    public var title: String
    /// The design's version as the team writes it (`"1.3"`, `2.0`), kept as text; `nil` when not given.
    public var version: String?
    /// Who owns the design (a person, role or team, as free text); `nil` when not given.
    public var owner: String?
    /// Where the design is in its life, from draft to retired; `nil` when not given.
    public var status: DesignStatus?
    /// Whether this is the planned journey or the record of one actual customer's journey;
    /// ``JourneyKind/planned`` by default.
    public var kind: JourneyKind
    /// The service's core proposition: the basic promise (ISO 23592 pyramid level 1).
    public var coreProposition: String?
    /// A free, longer description of the design; ``summary`` holds the one-line version.
    public var description: String?
    /// A one-line summary (CJML's `journeyShortSummary`); `description` holds the long one.
    public var summary: String? = nil
    /// The language the design is written in, as a BCP 47 tag (`de`, `en-GB`, `ja`; see
    /// ``LanguageTag``): the pictures break lines and hyphenate words by its rules.
    public var language: String? = nil
    /// For an actual journey: the id of the planned journey it followed (CJML's `plannedReference`).
    /// The planned journey lives in another file, so the reference is not checked here.
    public var plannedJourney: DesignID? = nil
    /// The scale the emotion scores and moment-of-truth targets are given on;
    /// ``EmotionScale/standard`` (1 to 5, neutral 3) unless the design declares another.
    public var scale: EmotionScale
    /// The design project behind the journey: owner, scope, team, targeted pyramid levels and
    /// objectives; `nil` when the design does not describe it.
    public var project: DesignProject?
    /// The customer archetypes the journey serves, in the order the design lists them.
    public var personas: [Persona]
    /// The design challenges: the problems the design sets out to solve, and for whom.
    public var challenges: [DesignChallenge]
    /// The value proposition, traced to the personas' needs and desires and to the organization's
    /// objectives; `nil` when the design states none.
    public var valueProposition: ValueProposition?
    /// The stages of the journey, in journey order. Each touchpoint names its stage by id.
    public var stages: [Stage]
    /// All touchpoints in one list, in journey order: the stages in order and the touchpoints in
    /// order inside each stage. The flow falls through this list where no `next` or `branches` is
    /// written.
    public var touchpoints: [Touchpoint]
    /// Who or what takes part in the service: customer roles, employees, systems and partners,
    /// referred to by touchpoints' initiator, receiver and actors.
    public var actors: [Actor]
    /// What hurts customers (or staff) along the journey, each tied to touchpoints.
    public var painPoints: [PainPoint]
    /// Ideas for making the journey better, from idea to adopted.
    public var opportunities: [Opportunity]
    /// The measures of the service, perceived and operational, that touchpoints, moments of truth
    /// and the project refer to by id.
    public var metrics: [Metric]
    /// Where data about the customer is captured and where it is used.
    public var dataPoints: [DataPoint]
    /// The research, co-creation sessions and prototype tests behind the design; empty by default.
    public var evidence: DesignEvidence
    /// Validator findings the team accepted, each with its reason.
    public var suppressions: [Suppression]
    /// Where the design's top-level fields were written in the journey file; empty when the design
    /// was built in code. Never part of equality.
    public var origin: SourceOrigin

    /// Creates a service design. Each parameter sets the property of the same name. Only the id
    /// and the title are required; the kind starts as ``JourneyKind/planned``, the scale as
    /// ``EmotionScale/standard``, and every list empty.
    ///
    /// ``summary``, ``language`` and ``plannedJourney`` are not parameters: set them on the value
    /// afterwards. To build a design from nested personas, stages and touchpoints, use the
    /// initializer that takes a ``DesignBuilder`` closure instead.
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

    /// The first persona with the given id, or `nil` when the design has none.
    public func persona(_ id: PersonaID) -> Persona? { personas.first { $0.id == id } }
    /// The first stage with the given id, or `nil` when the design has none.
    public func stage(_ id: StageID) -> Stage? { stages.first { $0.id == id } }
    /// The first touchpoint with the given id, or `nil` when the design has none. When an id is
    /// used twice, this is the one the flow uses.
    public func touchpoint(_ id: TouchpointID) -> Touchpoint? { touchpoints.first { $0.id == id } }
}

/// Whether a journey is the plan (how the service should go) or a record of one real customer.
public enum JourneyKind: String, CaseIterable, Hashable, Sendable {
    /// The plan: how the service should go, for every customer.
    case planned
    /// A record of one real customer's journey (as in CJML), which may deviate from the plan; its
    /// touchpoints can carry ``Touchpoint/compliance`` and ``Touchpoint/times``.
    case actual
}

/// Where a design is in its life.
public enum DesignStatus: String, CaseIterable, Hashable, Sendable {
    /// Being written; not yet put forward for review.
    case draft
    /// Put forward for review.
    case review
    /// Approved, and not yet live.
    case approved
    /// In service: the design describes how the service runs now.
    case live
    /// No longer in service, kept for reference.
    case retired
}
