/// An actual journey set against its planned one. (Being built.)
public struct JourneyComparison: Hashable, Sendable {
    /// One step of the alignment, in actual order (skipped planned steps where the plan had them).
    public enum Step: Hashable, Sendable {
        /// The actual step `actual` (an index into the actual journey's touchpoints) is the planned `planned`.
        case matched(planned: TouchpointID, actual: Int)
        /// An actual step the plan does not explain here: ad hoc (not in the plan) or out of order.
        case inserted(actual: Int)
        /// A planned step on the path the customer took that did not happen.
        case skipped(planned: TouchpointID)
    }

    public struct Timing: Hashable, Sendable {
        public var from: TouchpointID
        public var to: TouchpointID
        public var seconds: Double
        public init(from: TouchpointID, to: TouchpointID, seconds: Double) {
            self.from = from
            self.to = to
            self.seconds = seconds
        }
    }

    public struct EmotionGap: Hashable, Sendable {
        public var persona: PersonaID
        public var touchpoint: TouchpointID
        public var planned: Double
        public var lived: Double
        public var difference: Double { lived - planned }
        public init(persona: PersonaID, touchpoint: TouchpointID, planned: Double, lived: Double) {
            self.persona = persona
            self.touchpoint = touchpoint
            self.planned = planned
            self.lived = lived
        }
    }

    public var steps: [Step] = []
    /// The planned touchpoints the alignment walks, in order.
    public var path: [TouchpointID] = []
    /// Matched actual steps / all actual steps (1 for an empty actual journey).
    public var fitness: Double = 1
    public var skipped: [TouchpointID] = []
    /// Actual steps (indices) that are not in the plan at all.
    public var adHoc: [Int] = []
    /// Actual steps (indices) that name a planned touchpoint but come where the plan does not allow it.
    public var orderViolations: [Int] = []
    /// Planned touchpoints the customer went through more than once.
    public var loops: [TouchpointID] = []
    /// Time between consecutive matched steps, where both have a time.
    public var timings: [Timing] = []
    /// Where the lived emotion differs from the planned one, largest difference first.
    public var emotionGaps: [EmotionGap] = []
    /// The journey reached one of the plan's ends.
    public var reachedEnd: Bool = false
    /// The last planned touchpoint matched (where a journey that did not reach an end stopped).
    public var lastMatched: TouchpointID? = nil

    public init(plan: ServiceDesign, actual: ServiceDesign) {}
}
