/// The plan, prepared once for aligning any number of actual journeys against it: the journey
/// graph, a virtual start node before the entries, and an index of titles.
struct ConformanceAligner: Sendable {
    let graph: JourneyGraph
    /// The number of planned nodes; node `count` is the virtual start.
    let count: Int
    /// Successors of every node, the start's being the plan's entries.
    let successors: [[Int]]
    let endFlags: [Bool]
    let titleIndex: [String: [Int]]

    init(plan: ServiceDesign) {
        let graph = JourneyGraph(plan)
        self.graph = graph
        count = graph.nodes.count
        successors = graph.successors + [graph.nodes.indices.filter { graph.entryFlags[$0] }]
        endFlags = graph.endFlags + [false]
        var titles: [String: [Int]] = [:]
        for (i, touchpoint) in plan.touchpoints.enumerated() where graph.index(of: touchpoint.id) == i {
            titles[Self.normalized(touchpoint.title), default: []].append(i)
        }
        titleIndex = titles
    }

    /// Titles compare trimmed and case-insensitively.
    static func normalized(_ title: String) -> String {
        String(title.lowercased().drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// The planned nodes an actual step may be: the one with its id, else those with its title.
    func candidates(for step: Touchpoint) -> [Int] {
        if let node = graph.index(of: step.id) { return [node] }
        return titleIndex[Self.normalized(step.title)] ?? []
    }

    /// How the alignment moves from one state to the next.
    enum Move: UInt8 {
        /// The actual step is the next planned one (cost 0).
        case match
        /// A planned step on the way did not happen (cost 1).
        case skip
        /// An actual step the plan does not explain here (cost 1).
        case insert
        /// A step recorded as `missing` stands for the planned one it names (cost 0).
        case recordedSkip
        /// A step recorded as `missing` whose planned step is not on the way (cost 0).
        case recordedElsewhere
    }

    struct Result {
        /// The moves from the start, each with the actual index it consumed (or the position it
        /// happened at) and the planned node it leads to.
        var moves: [(move: Move, actual: Int, node: Int)]
    }

    private struct Entry: Comparable {
        var cost: Int
        var skips: Int
        var actual: Int
        var node: Int
        static func < (a: Entry, b: Entry) -> Bool {
            if a.cost != b.cost { return a.cost < b.cost }
            // At equal cost, more skips means fewer inserted steps: more of the journey explained.
            if a.skips != b.skips { return a.skips > b.skips }
            if a.actual != b.actual { return a.actual > b.actual }
            return a.node < b.node
        }
    }

    /// The cheapest walk through the plan that explains `steps`, by Dijkstra over the states
    /// (actual index, planned node). Ties go to more skips (fewer inserted steps), then to the walk that gets further
    /// through the actual journey first. The search stops once every state at the final cost
    /// has been settled, so a journey close to the plan costs little more than its length.
    func align(_ steps: [Touchpoint]) -> Result {
        let n = steps.count
        let width = count + 1
        let start = count
        let candidates = steps.map(candidates(for:))
        let missing = steps.map { $0.compliance == .missing }
        let stateCount = (n + 1) * width
        var cost = [Int](repeating: .max, count: stateCount)
        var skips = [Int](repeating: .max, count: stateCount)
        var done = [Bool](repeating: false, count: stateCount)
        var previous = [Int32](repeating: -1, count: stateCount)
        var moveInto = [Move](repeating: .match, count: stateCount)
        var heap = MinHeap<Entry>()

        func relax(_ from: Int, _ i: Int, _ v: Int, _ c: Int, _ s: Int, _ move: Move) {
            let state = i * width + v
            guard !done[state], c < cost[state] || (c == cost[state] && s > skips[state]) else { return }
            cost[state] = c
            skips[state] = s
            previous[state] = Int32(from)
            moveInto[state] = move
            heap.push(Entry(cost: c, skips: s, actual: i, node: v))
        }

        cost[start] = 0
        skips[start] = 0
        heap.push(Entry(cost: 0, skips: 0, actual: 0, node: start))
        var finals: [Entry] = []
        while let entry = heap.pop() {
            if let first = finals.first, entry.cost > first.cost { break }
            let (i, u) = (entry.actual, entry.node)
            let state = i * width + u
            if done[state] || entry.cost != cost[state] || entry.skips != skips[state] { continue }
            done[state] = true
            let (c, s) = (entry.cost, entry.skips)
            if i == n { finals.append(entry) }
            for v in successors[u] { relax(state, i, v, c + 1, s + 1, .skip) }
            guard i < n else { continue }
            for v in successors[u] where candidates[i].contains(v) {
                relax(state, i + 1, v, c, s, missing[i] ? .recordedSkip : .match)
            }
            relax(state, i + 1, u, missing[i] ? c : c + 1, s, missing[i] ? .recordedElsewhere : .insert)
        }

        // The cheapest final state that explains most of the journey (at equal cost, more skips
        // means fewer inserted steps), then one at an end of the plan. (A customer who did a
        // later planned step skipped the ones between; that is no reordering.)
        guard var best = finals.first else { return Result(moves: []) }
        for entry in finals.dropFirst() {
            let better = entry.skips > best.skips
                || (entry.skips == best.skips && endFlags[entry.node] && !endFlags[best.node])
            if better { best = entry }
        }
        var moves: [(move: Move, actual: Int, node: Int)] = []
        var state = best.actual * width + best.node
        while previous[state] >= 0 {
            let move = moveInto[state]
            let i = state / width
            moves.append((move, move == .skip ? i : i - 1, state % width))
            state = Int(previous[state])
        }
        return Result(moves: moves.reversed())
    }
}

/// A binary min-heap.
struct MinHeap<Element: Comparable> {
    private var items: [Element] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < items.count, items[left] < items[smallest] { smallest = left }
            if right < items.count, items[right] < items[smallest] { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
