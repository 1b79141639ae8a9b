/// How one persona's feeling runs along a path through the journey, and what stands out in
/// it: the lowest and highest points, the peak-end value people remember, falls below neutral
/// that recover, and stages that end badly.
///
/// Scores are on the design's ``EmotionScale``; "below neutral" means below its `neutral` score.
/// Every measure is nil (or empty) for a persona with no reading on the path.
public struct EmotionCurve: Hashable, Sendable {
    /// One reading on the curve: the persona's score at a touchpoint of the path.
    public struct Point: Hashable, Sendable {
        /// The touchpoint the reading belongs to.
        public var touchpoint: TouchpointID
        /// The stage of that touchpoint, so that the curve can be summed up per stage.
        public var stage: StageID
        /// The persona's score there, on the design's scale.
        public var score: Double

        /// A point of the curve; ``EmotionCurve/init(persona:in:along:)`` makes them from a design.
        public init(touchpoint: TouchpointID, stage: StageID, score: Double) {
            self.touchpoint = touchpoint
            self.stage = stage
            self.score = score
        }
    }

    /// A fall below neutral and the touchpoint where the feeling is back at neutral or above.
    public struct Recovery: Hashable, Sendable {
        /// The lowest point of the dip (the first, if several are equally low).
        public var low: Point
        /// The first point after the dip at neutral or above.
        public var recoveredAt: Point

        /// A dip from its lowest point to where it recovered.
        public init(low: Point, recoveredAt: Point) {
            self.low = low
            self.recoveredAt = recoveredAt
        }
    }

    /// The persona whose feeling the curve follows.
    public let persona: PersonaID
    /// The scale the scores are on; its `neutral` is the line the dips and recoveries are measured against.
    public let scale: EmotionScale
    /// The persona's readings along the path, in path order (touchpoints without one are skipped).
    public let points: [Point]

    /// A curve from points you already have, taken as given (in path order).
    public init(persona: PersonaID, scale: EmotionScale, points: [Point]) {
        self.persona = persona
        self.scale = scale
        self.points = points
    }

    /// The curve of `persona` along `path` (by default the journey's main path).
    ///
    /// A touchpoint of the path without a reading for the persona, or whose id is not in the
    /// design, gives no point; of several readings for the persona at one touchpoint the first
    /// counts. The scale is the design's.
    ///
    /// - Parameters:
    ///   - persona: The persona to follow.
    ///   - design: The design whose readings and scale are used.
    ///   - path: Touchpoint ids in the order walked, such as one of ``JourneyGraph/paths(from:to:limit:maxLength:)``;
    ///     nil for ``JourneyGraph/mainPath``.
    public init(persona: PersonaID, in design: ServiceDesign, along path: [TouchpointID]? = nil) {
        let route = path ?? JourneyGraph(design).mainPath
        // Positions, not copies: a touchpoint is a large value, and copying every one per
        // persona was a fifth of `journey stats` on a long journey.
        var byID: [TouchpointID: Int] = [:]
        byID.reserveCapacity(design.touchpoints.count)
        for (index, touchpoint) in design.touchpoints.enumerated() where byID[touchpoint.id] == nil { byID[touchpoint.id] = index }
        let points = route.compactMap { id -> Point? in
            guard let index = byID[id], let reading = design.touchpoints[index].emotion(of: persona) else { return nil }
            return Point(touchpoint: id, stage: design.touchpoints[index].stage, score: reading.score)
        }
        self.init(persona: persona, scale: design.scale, points: points)
    }

    /// The lowest point (the first, if several are equally low).
    public var lowest: Point? { points.min { $0.score < $1.score } }

    /// The highest point (the first, if several are equally high).
    public var highest: Point? {
        points.reduce(nil) { best, point in (best == nil || point.score > best!.score) ? point : best }
    }

    /// The most intense moment: the point furthest from neutral, either way (the first on a tie).
    public var peak: Point? {
        points.reduce(nil) { best, point in
            guard let best else { return point }
            return abs(point.score - scale.neutral) > abs(best.score - scale.neutral) ? point : best
        }
    }

    /// The last point: how the journey ends for this persona.
    public var end: Point? { points.last }

    /// The peak-end value: the mean of the most intense moment (``peak``) and the ``end``, which
    /// is how people tend to remember an experience (Kahneman's peak-end rule); nil when there
    /// are no points.
    public var peakEnd: Double? {
        guard let peak, let end else { return nil }
        return (peak.score + end.score) / 2
    }

    /// The mean score along the path: the plain mean of the points, each touchpoint counting
    /// once however long it lasts; nil when there are no points.
    public var average: Double? {
        points.isEmpty ? nil : points.map(\.score).reduce(0, +) / Double(points.count)
    }

    /// Each fall below neutral that comes back to neutral or above later on the path, with
    /// the lowest point of the dip.
    public var recoveries: [Recovery] {
        var found: [Recovery] = []
        var dipLow: Point?
        for point in points {
            if point.score < scale.neutral {
                if dipLow == nil || point.score < dipLow!.score { dipLow = point }
            } else if let low = dipLow {
                found.append(Recovery(low: low, recoveredAt: point))
                dipLow = nil
            }
        }
        return found
    }

    /// Stages whose last reading on the path is below neutral, in the order the path first
    /// enters them. A stage the path comes back to is judged by its very last reading.
    public var stagesEndingBelowNeutral: [StageID] {
        var order: [StageID] = []
        var last: [StageID: Double] = [:]
        for point in points {
            if last[point.stage] == nil { order.append(point.stage) }
            last[point.stage] = point.score
        }
        return order.filter { last[$0]! < scale.neutral }
    }
}

extension ServiceDesign {
    /// One curve per persona along the main path, in persona order.
    public func emotionCurves() -> [EmotionCurve] {
        let path = JourneyGraph(self).mainPath
        return personas.map { EmotionCurve(persona: $0.id, in: self, along: path) }
    }
}
