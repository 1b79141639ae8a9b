/// How one persona's feeling runs along a path through the journey, and what stands out in
/// it: the lowest and highest points, the peak-end value people remember, falls below neutral
/// that recover, and stages that end badly.
public struct EmotionCurve: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var touchpoint: TouchpointID
        public var stage: StageID
        public var score: Double

        public init(touchpoint: TouchpointID, stage: StageID, score: Double) {
            self.touchpoint = touchpoint
            self.stage = stage
            self.score = score
        }
    }

    /// A fall below neutral and the touchpoint where the feeling is back at neutral or above.
    public struct Recovery: Hashable, Sendable {
        public var low: Point
        public var recoveredAt: Point

        public init(low: Point, recoveredAt: Point) {
            self.low = low
            self.recoveredAt = recoveredAt
        }
    }

    public let persona: PersonaID
    public let scale: EmotionScale
    /// The persona's readings along the path, in path order (touchpoints without one are skipped).
    public let points: [Point]

    public init(persona: PersonaID, scale: EmotionScale, points: [Point]) {
        self.persona = persona
        self.scale = scale
        self.points = points
    }

    /// The curve of `persona` along `path` (by default the journey's main path).
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

    /// The peak-end value: the mean of the most intense moment and the end, which is how
    /// people tend to remember an experience (Kahneman's peak-end rule).
    public var peakEnd: Double? {
        guard let peak, let end else { return nil }
        return (peak.score + end.score) / 2
    }

    /// The mean score along the path.
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
