import JourneyKit

/// What every rule may look at, computed once per validation: the design, its graph, its
/// integrity problems, the thresholds on the design's own scale, and indexes rules share.
public struct ValidationContext: Sendable {
    /// The design being validated.
    public let design: ServiceDesign
    /// The design's journey graph (touchpoints and the flows between them), built once for all rules.
    public let graph: JourneyGraph
    /// The design's integrity problems (dangling references, ids used twice, …), found once for the structural rules.
    public let integrityProblems: [IntegrityProblem]
    /// The configuration the validation runs under.
    public let configuration: ValidationConfiguration
    /// The lowest score on the design's scale that counts as delight.
    public let delightThreshold: Double
    /// The highest score on the design's scale that counts as negative.
    public let negativeThreshold: Double
    /// The day research staleness is measured to.
    public let today: CalendarDate

    /// Touchpoints by id (the first one, when an id is used twice).
    public let touchpointsByID: [TouchpointID: Touchpoint]
    /// Data points captured at or used by each touchpoint.
    public let dataPointsByTouchpoint: [TouchpointID: [DataPoint]]
    /// Actors by id.
    public let actorsByID: [ActorID: Actor]
    /// The touchpoints of each stage, in journey order (rules look them up per stage; filtering
    /// the whole design per stage would make validation quadratic).
    let touchpointsByStage: [StageID: [Touchpoint]]

    /// Computes everything the rules share for one design.
    ///
    /// - Parameters:
    ///   - design: the design to validate.
    ///   - configuration: its thresholds are mapped onto the design's own scale here.
    ///   - today: the day research staleness is measured to, unless the configuration names one.
    public init(_ design: ServiceDesign, configuration: ValidationConfiguration = ValidationConfiguration(), today: CalendarDate) {
        self.design = design
        self.graph = JourneyGraph(design)
        self.integrityProblems = design.integrityProblems()
        self.configuration = configuration
        self.delightThreshold = Thresholds.map(configuration.thresholds.delight, onto: design.scale)
        self.negativeThreshold = Thresholds.map(configuration.thresholds.negative, onto: design.scale)
        self.today = configuration.today ?? today
        self.touchpointsByID = Dictionary(design.touchpoints.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byTouchpoint: [TouchpointID: [DataPoint]] = [:]
        for dataPoint in design.dataPoints {
            var places = dataPoint.usedBy
            if let captured = dataPoint.capturedAt { places.insert(captured, at: 0) }
            for place in Set(places) { byTouchpoint[place, default: []].append(dataPoint) }
        }
        self.dataPointsByTouchpoint = byTouchpoint
        self.actorsByID = Dictionary(design.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.touchpointsByStage = Dictionary(grouping: design.touchpoints, by: \.stage)
    }

    /// The touchpoints of one stage, in journey order: `ServiceDesign.touchpoints(in:)`
    /// without a pass over the whole design.
    public func touchpoints(in stage: StageID) -> [Touchpoint] { touchpointsByStage[stage] ?? [] }

    /// Whether a score lies in the delight band.
    public func isDelight(_ score: Double) -> Bool { score >= delightThreshold }
    /// Whether a score lies in the negative band.
    public func isNegative(_ score: Double) -> Bool { score <= negativeThreshold }

    /// The personas a touchpoint serves: those it names, or all of the design's.
    public func personas(servedBy touchpoint: Touchpoint) -> [Persona] {
        design.personas.filter { touchpoint.serves($0.id) }
    }

    /// Every actor a touchpoint involves: initiator, receiver and the listed actors.
    public func actors(of touchpoint: Touchpoint) -> [Actor] {
        var ids = touchpoint.actors
        if let initiator = touchpoint.initiator { ids.append(initiator) }
        if let receiver = touchpoint.receiver { ids.append(receiver) }
        var seen: Set<ActorID> = []
        return ids.compactMap { id in seen.insert(id).inserted ? actorsByID[id] : nil }
    }

    /// The place a design-wide finding points at when nothing narrower fits: the named field,
    /// or the start of the file.
    public func designLocation(_ field: String? = nil) -> SourceLocation? {
        if let field, let location = design.origin.location(of: field) { return location }
        return design.origin.location
    }
}
