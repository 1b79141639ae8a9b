/// Many actual journeys of one plan, summed up: how well they fit, where they leave the plan,
/// where they drop off, how long the planned transitions take and how customers feel.
///
/// Lists follow the plan's order (a touchpoint's place in the plan), not counts, so that a
/// table of them reads like the journey.
public struct ConformanceOverview: Hashable, Sendable {
    /// A planned touchpoint and how many journeys it applies to.
    public struct TouchpointCount: Hashable, Sendable {
        /// The planned touchpoint.
        public var touchpoint: TouchpointID
        /// How many actual journeys it applies to, each counted once (at least 1).
        public var journeys: Int
        /// A planned touchpoint with its number of journeys.
        public init(touchpoint: TouchpointID, journeys: Int) {
            self.touchpoint = touchpoint
            self.journeys = journeys
        }
    }

    /// The title of ad hoc steps (as first written) and how often such a step occurred.
    public struct TitleCount: Hashable, Sendable {
        /// The step's title, trimmed, with the capitalization of its first occurrence.
        public var title: String
        /// How many ad hoc steps over all journeys have this title (trimmed, case-insensitive);
        /// a journey with the step twice counts twice.
        public var count: Int
        /// An ad hoc title with its number of occurrences.
        public init(title: String, count: Int) {
            self.title = title
            self.count = count
        }
    }

    /// Where journeys that did not reach an end stopped: after `lastMatched`, or before the
    /// first planned step when it is nil.
    public struct DropOff: Hashable, Sendable {
        /// The last planned touchpoint these journeys matched; nil when they matched none.
        public var lastMatched: TouchpointID?
        /// How many journeys stopped there without reaching an end of the plan.
        public var journeys: Int
        /// A place where journeys stopped, with their number.
        public init(lastMatched: TouchpointID?, journeys: Int) {
            self.lastMatched = lastMatched
            self.journeys = journeys
        }
    }

    /// The mean time of a transition of the plan, over the journeys that timed it.
    public struct TransitionTime: Hashable, Sendable {
        /// The planned touchpoint the transition leaves.
        public var from: TouchpointID
        /// The planned touchpoint it leads to, a successor of `from` in the plan's graph.
        public var to: TouchpointID
        /// The arithmetic mean of the timed transitions, in seconds (negative when the recorded
        /// times run backwards).
        public var meanSeconds: Double
        /// How many timed transitions the mean is taken over (a journey that loops may give more than one).
        public var count: Int
        /// A transition with its mean time.
        public init(from: TouchpointID, to: TouchpointID, meanSeconds: Double, count: Int) {
            self.from = from
            self.to = to
            self.meanSeconds = meanSeconds
            self.count = count
        }
    }

    /// The mean emotion one persona lived at one planned touchpoint, over `count` readings.
    public struct LivedEmotion: Hashable, Sendable {
        /// The planned touchpoint the readings were matched to.
        public var touchpoint: TouchpointID
        /// The persona whose readings these are.
        public var persona: PersonaID
        /// The arithmetic mean of the lived scores, as the actual journeys wrote them.
        public var mean: Double
        /// How many readings the mean is taken over.
        public var count: Int
        /// A mean lived emotion.
        public init(touchpoint: TouchpointID, persona: PersonaID, mean: Double, count: Int) {
            self.touchpoint = touchpoint
            self.persona = persona
            self.mean = mean
            self.count = count
        }
    }

    /// How many actual journeys were summed up.
    public var journeys: Int = 0
    /// The mean of the journeys' fitness (1 when there are none).
    public var meanFitness: Double = 1
    /// For each planned touchpoint some journey skipped: how many journeys skipped it.
    public var skips: [TouchpointCount] = []
    /// Ad hoc steps grouped by title (trimmed, case-insensitive), most frequent first, then in
    /// the order first seen.
    public var adHoc: [TitleCount] = []
    /// Out-of-order steps over all journeys.
    public var orderViolations: Int = 0
    /// For each planned touchpoint some journey looped through: how many journeys did.
    public var loops: [TouchpointCount] = []
    /// Journeys that did not reach an end, by the last planned touchpoint matched; nil (no
    /// planned step matched) first.
    public var dropOffs: [DropOff] = []
    /// Mean times of transitions of the plan (`to` follows `from` in the plan's graph) from
    /// the journeys' ``JourneyComparison/timings``; timings across skipped or inserted steps are
    /// not transitions of the plan and are left out. In plan order of `from`, then `to`.
    public var transitions: [TransitionTime] = []
    /// The mean lived emotion per planned touchpoint and persona, from the readings of matched
    /// steps. In plan order; personas in the plan's order, then as first seen.
    public var emotions: [LivedEmotion] = []

    /// Sums up `comparisons`, each of the actual journey at the same place in `actuals` (extra
    /// entries of the longer list are ignored).
    ///
    /// Use this when you already have the comparisons, for example to print each of them too.
    ///
    /// - Parameters:
    ///   - plan: The planned design the comparisons were made against; it gives the order of
    ///     the lists and the transitions of the plan.
    ///   - comparisons: One comparison per actual journey, from ``JourneyComparison/comparisons(plan:actuals:)``.
    ///   - actuals: The actual journeys, in the same order; their titles name the ad hoc steps and
    ///     their readings give the lived emotions.
    public init(plan: ServiceDesign, comparisons: [JourneyComparison], actuals: [ServiceDesign]) {
        let graph = JourneyGraph(plan)
        let pairs = Array(zip(comparisons, actuals))
        journeys = pairs.count
        guard !pairs.isEmpty else { return }
        let place = { (id: TouchpointID) in graph.index(of: id) ?? Int.max }
        meanFitness = pairs.reduce(0) { $0 + $1.0.fitness } / Double(pairs.count)
        orderViolations = pairs.reduce(0) { $0 + $1.0.orderViolations.count }

        var skipCounts: [TouchpointID: Int] = [:]
        var loopCounts: [TouchpointID: Int] = [:]
        var drops: [TouchpointID?: Int] = [:]
        var adHocCounts: [String: (title: String, count: Int, first: Int)] = [:]
        var times: [Pair: (sum: Double, count: Int)] = [:]
        var feelings: [Pair2: (sum: Double, count: Int)] = [:]
        var personaOrder: [PersonaID: Int] = [:]
        for persona in plan.personas where personaOrder[persona.id] == nil { personaOrder[persona.id] = personaOrder.count }

        for (comparison, actual) in pairs {
            for id in Set(comparison.skipped) { skipCounts[id, default: 0] += 1 }
            for id in comparison.loops { loopCounts[id, default: 0] += 1 }
            if !comparison.reachedEnd { drops[comparison.lastMatched, default: 0] += 1 }
            for index in comparison.adHoc where actual.touchpoints.indices.contains(index) {
                let title = actual.touchpoints[index].title.trimmingWhitespace
                let key = title.lowercased()
                let seen = adHocCounts[key] ?? (title, 0, adHocCounts.count)
                adHocCounts[key] = (seen.title, seen.count + 1, seen.first)
            }
            for timing in comparison.timings where graph.successors(of: timing.from).contains(timing.to) {
                let entry = times[Pair(from: timing.from, to: timing.to)] ?? (0, 0)
                times[Pair(from: timing.from, to: timing.to)] = (entry.sum + timing.seconds, entry.count + 1)
            }
            for step in comparison.steps {
                guard case .matched(let planned, let index) = step, actual.touchpoints.indices.contains(index) else { continue }
                for reading in actual.touchpoints[index].emotions {
                    if personaOrder[reading.persona] == nil { personaOrder[reading.persona] = personaOrder.count }
                    let key = Pair2(touchpoint: planned, persona: reading.persona)
                    let entry = feelings[key] ?? (0, 0)
                    feelings[key] = (entry.sum + reading.score, entry.count + 1)
                }
            }
        }

        skips = skipCounts.map { TouchpointCount(touchpoint: $0.key, journeys: $0.value) }
            .sorted { place($0.touchpoint) < place($1.touchpoint) }
        loops = loopCounts.map { TouchpointCount(touchpoint: $0.key, journeys: $0.value) }
            .sorted { place($0.touchpoint) < place($1.touchpoint) }
        dropOffs = drops.map { DropOff(lastMatched: $0.key, journeys: $0.value) }
            .sorted { ($0.lastMatched.map(place) ?? -1) < ($1.lastMatched.map(place) ?? -1) }
        adHoc = adHocCounts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
            .map { TitleCount(title: $0.title, count: $0.count) }
        transitions = times.map { TransitionTime(from: $0.key.from, to: $0.key.to, meanSeconds: $0.value.sum / Double($0.value.count), count: $0.value.count) }
            .sorted { (place($0.from), place($0.to)) < (place($1.from), place($1.to)) }
        emotions = feelings.map { LivedEmotion(touchpoint: $0.key.touchpoint, persona: $0.key.persona, mean: $0.value.sum / Double($0.value.count), count: $0.value.count) }
            .sorted { (place($0.touchpoint), personaOrder[$0.persona] ?? 0) < (place($1.touchpoint), personaOrder[$1.persona] ?? 0) }
    }

    /// Compares each actual journey with the plan and sums them up.
    public init(plan: ServiceDesign, actuals: [ServiceDesign]) {
        self.init(plan: plan, comparisons: JourneyComparison.comparisons(plan: plan, actuals: actuals), actuals: actuals)
    }

    private struct Pair: Hashable {
        var from: TouchpointID
        var to: TouchpointID
    }

    private struct Pair2: Hashable {
        var touchpoint: TouchpointID
        var persona: PersonaID
    }
}
