/// An actual journey set against its planned one: the alignment, its deviations, the time
/// between steps and the gaps between the emotions lived and those planned.
///
/// **Matching.** An actual step is a planned touchpoint when it has the touchpoint's id, or,
/// when its id is not in the plan, the same title (compared trimmed and case-insensitively).
///
/// **Alignment.** The comparison takes the cheapest walk through the plan's ``JourneyGraph``
/// that explains the actual steps in order, starting before the plan's entries. Each actual
/// step is either *matched* to the next planned touchpoint on the walk (free) or *inserted*
/// (cost 1); each planned touchpoint the walk passes without a matching step is *skipped*
/// (cost 1). Taking a branch of the plan costs nothing, nor does going round a loop of the plan.
/// The journey may stop anywhere: of the cheapest walks, the one that matches the most actual
/// steps is preferred (a customer who did a later planned step skipped the ones between; that
/// is not a reordering), then one that ends at an end of the plan; a walk never ends on skips
/// (a journey that stops early is a drop-off, shown by ``reachedEnd`` and ``lastMatched``).
///
/// **Missing steps.** An actual step whose ``Touchpoint/compliance`` is ``Compliance/missing``
/// records a planned step that did not happen. It is not an actual step: it is left out of
/// ``fitness`` and is never matched or inserted. It counts as skipped: the walk may pass its
/// planned touchpoint there for free (it is then on ``path``); otherwise it is still listed as
/// skipped at its place in ``steps``.
///
/// **Deviations.** An inserted step that names a planned touchpoint came out of order
/// (``orderViolations``); one that does not is ad hoc (``adHoc``). Planned touchpoints the walk
/// goes through more than once, round a loop of the plan, are listed in ``loops``.
///
/// The alignment is a shortest path (Dijkstra, stopped at the cheapest final cost) over the
/// states (actual index, planned node): O(S log S) for the S states settled, at most
/// (n + 1)(m + 1) for n actual steps and m planned touchpoints, and about n·d for a journey that
/// follows the plan (d: the plan's branching). Memory is O(n·m).
public struct JourneyComparison: Hashable, Sendable {
    /// One step of the alignment, in actual order (skipped planned steps where the plan had them).
    public enum Step: Hashable, Sendable {
        /// The actual step `actual` (an index into the actual journey's touchpoints) is the planned `planned`.
        case matched(planned: TouchpointID, actual: Int)
        /// An actual step the plan does not explain here: ad hoc (not in the plan) or out of order.
        case inserted(actual: Int)
        /// A planned step on the path the customer took that did not happen (or that the actual
        /// journey records as `missing`).
        case skipped(planned: TouchpointID)
    }

    /// The time from one matched step to the next.
    public struct Timing: Hashable, Sendable {
        /// The planned touchpoint of the earlier matched step.
        public var from: TouchpointID
        /// The planned touchpoint of the next matched step. It need not follow `from` in the
        /// plan: skipped or inserted steps may lie between.
        public var to: TouchpointID
        /// The later step's moment minus the earlier one's, in seconds; negative when the
        /// recorded times run backwards.
        public var seconds: Double
        /// A timing between two matched steps.
        public init(from: TouchpointID, to: TouchpointID, seconds: Double) {
            self.from = from
            self.to = to
            self.seconds = seconds
        }
    }

    /// How one persona felt at a matched step against how the plan meant them to feel.
    public struct EmotionGap: Hashable, Sendable {
        /// The persona whose reading this is.
        public var persona: PersonaID
        /// The planned touchpoint the actual step was matched to.
        public var touchpoint: TouchpointID
        /// The score the plan meant the persona to feel: the planned touchpoint's reading for
        /// them, else its moment of truth's target.
        public var planned: Double
        /// The score the actual journey records for the persona at that step.
        public var lived: Double
        /// `lived − planned`: positive when the customer felt better than planned, negative when worse.
        public var difference: Double { lived - planned }
        /// A gap between a lived and a planned score.
        public init(persona: PersonaID, touchpoint: TouchpointID, planned: Double, lived: Double) {
            self.persona = persona
            self.touchpoint = touchpoint
            self.planned = planned
            self.lived = lived
        }
    }

    /// The alignment step by step, in the order of the actual journey, with skipped planned
    /// steps where the walk passed them. Skips after the last matched step (or the last one
    /// recorded as `missing`) are not listed: they are a drop-off (see ``reachedEnd``), not a
    /// deviation.
    public var steps: [Step] = []
    /// The planned touchpoints the alignment walks, in order: matched and skipped ones.
    public var path: [TouchpointID] = []
    /// Matched actual steps / actual steps, `missing` ones not counted (1 for an empty actual
    /// journey).
    public var fitness: Double = 1
    /// Planned touchpoints that did not happen, in the order of ``steps``.
    public var skipped: [TouchpointID] = []
    /// Actual steps (indices) that are not in the plan at all.
    public var adHoc: [Int] = []
    /// Actual steps (indices) that name a planned touchpoint but come where the plan does not allow it.
    public var orderViolations: [Int] = []
    /// Planned touchpoints the path goes through more than once (a loop of the plan taken), in
    /// plan order.
    public var loops: [TouchpointID] = []
    /// Time between consecutive matched steps, where both have a time: each step's
    /// `completed ?? started ?? consumed ?? received ?? originated`, read by ``ISOTimestamp``;
    /// pairs with a time missing or unreadable are left out.
    public var timings: [Timing] = []
    /// For each matched step and each persona with a lived reading and a planned one (the
    /// planned touchpoint's reading, else its moment of truth's target): lived − planned.
    /// Largest |difference| first, then in the order of the steps.
    public var emotionGaps: [EmotionGap] = []
    /// The last matched touchpoint is an end of the plan.
    public var reachedEnd: Bool = false
    /// The last planned touchpoint matched (where a journey that did not reach an end stopped).
    public var lastMatched: TouchpointID? = nil

    /// Aligns `actual`, the steps of one real customer's journey, with `plan`, and works out
    /// the deviations, timings and emotion gaps.
    ///
    /// To compare many actual journeys with the same plan, use
    /// ``comparisons(plan:actuals:)``, which prepares the plan once.
    ///
    /// - Parameters:
    ///   - plan: The planned design; its ``JourneyGraph`` gives the walks allowed.
    ///   - actual: The actual journey: its touchpoints are the steps, in the order they happened.
    public init(plan: ServiceDesign, actual: ServiceDesign) {
        self.init(aligner: ConformanceAligner(plan: plan), actual: actual)
    }

    /// Compares many actual journeys with one plan, preparing the plan once.
    ///
    /// - Returns: One comparison per actual journey, in the order of `actuals`.
    public static func comparisons(plan: ServiceDesign, actuals: [ServiceDesign]) -> [JourneyComparison] {
        let aligner = ConformanceAligner(plan: plan)
        return actuals.map { JourneyComparison(aligner: aligner, actual: $0) }
    }

    init(aligner: ConformanceAligner, actual: ServiceDesign) {
        let graph = aligner.graph
        let steps = actual.touchpoints
        let moves = aligner.align(steps).moves
        let lastMatch = moves.lastIndex { $0.move == .match || $0.move == .recordedSkip }
        var walked = [Int](repeating: 0, count: aligner.count)
        var matchedPairs: [(actual: Int, node: Int)] = []
        for (k, entry) in moves.enumerated() {
            let id = entry.node < aligner.count ? graph.nodes[entry.node] : nil
            switch entry.move {
            case .match:
                self.steps.append(.matched(planned: graph.nodes[entry.node], actual: entry.actual))
                path.append(graph.nodes[entry.node])
                walked[entry.node] += 1
                matchedPairs.append((entry.actual, entry.node))
            case .skip:
                // Skips after the last match (or recorded skip) are a drop-off, not deviations.
                guard let lastMatch, k < lastMatch, let id else { continue }
                self.steps.append(.skipped(planned: id))
                path.append(id)
                skipped.append(id)
                walked[entry.node] += 1
            case .recordedSkip:
                guard let id else { continue }
                self.steps.append(.skipped(planned: id))
                path.append(id)
                skipped.append(id)
                walked[entry.node] += 1
            case .recordedElsewhere:
                guard let node = aligner.candidates(for: steps[entry.actual]).first else { continue }
                self.steps.append(.skipped(planned: graph.nodes[node]))
                skipped.append(graph.nodes[node])
            case .insert:
                self.steps.append(.inserted(actual: entry.actual))
                if aligner.candidates(for: steps[entry.actual]).isEmpty {
                    adHoc.append(entry.actual)
                } else {
                    orderViolations.append(entry.actual)
                }
            }
        }
        let actualCount = steps.count { $0.compliance != .missing }
        fitness = actualCount == 0 ? 1 : Double(matchedPairs.count) / Double(actualCount)
        loops = walked.indices.filter { walked[$0] > 1 }.map { graph.nodes[$0] }
        if let last = matchedPairs.last {
            lastMatched = graph.nodes[last.node]
            reachedEnd = aligner.endFlags[last.node]
        }
        timings = Self.timings(matchedPairs, steps: steps, nodes: graph.nodes)
        emotionGaps = Self.emotionGaps(matchedPairs, steps: steps, plan: graph.design)
    }

    /// The moment a step is dated by.
    static func moment(of step: Touchpoint) -> Double? {
        guard let times = step.times,
            let text = times.completed ?? times.started ?? times.consumed ?? times.received ?? times.originated
        else { return nil }
        return ISOTimestamp.seconds(text)
    }

    static func timings(_ pairs: [(actual: Int, node: Int)], steps: [Touchpoint], nodes: [TouchpointID]) -> [Timing] {
        guard pairs.count > 1 else { return [] }
        let moments = pairs.map { moment(of: steps[$0.actual]) }
        var timings: [Timing] = []
        for k in 1..<pairs.count {
            guard let from = moments[k - 1], let to = moments[k] else { continue }
            timings.append(Timing(from: nodes[pairs[k - 1].node], to: nodes[pairs[k].node], seconds: to - from))
        }
        return timings
    }

    static func emotionGaps(_ pairs: [(actual: Int, node: Int)], steps: [Touchpoint], plan: ServiceDesign) -> [EmotionGap] {
        var gaps: [EmotionGap] = []
        for pair in pairs {
            let planned = plan.touchpoints[pair.node]
            for reading in steps[pair.actual].emotions {
                guard let target = planned.emotion(of: reading.persona)?.score ?? planned.momentOfTruth?.target
                else { continue }
                gaps.append(EmotionGap(persona: reading.persona, touchpoint: planned.id, planned: target, lived: reading.score))
            }
        }
        // A stable sort: equal differences keep the order of the steps.
        return gaps.enumerated().sorted {
            let (a, b) = (abs($0.element.difference), abs($1.element.difference))
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
    }
}
