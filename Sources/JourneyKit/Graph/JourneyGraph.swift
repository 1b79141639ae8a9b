/// The flow of a design as a directed graph over its touchpoints.
///
/// Edges come from each touchpoint's `next` and `branches`. A touchpoint with neither, and not
/// marked as an end, leads to the touchpoint listed after it: a straight journey needs no flow
/// written at all. The first touchpoint is always an entry; the last one is an end unless it
/// says where to go.
///
/// References that do not resolve are left out of the graph (``ServiceDesign/integrityProblems()``
/// reports them). When an id is used twice, the first touchpoint with it is the one in the graph.
///
/// Queries take and give touchpoint ids; a few take or give a *node*, the touchpoint's
/// 0-based position in ``nodes`` (the same as in the design's `touchpoints`).
public struct JourneyGraph: Sendable {
    /// The design the graph was made from.
    public let design: ServiceDesign
    /// Touchpoint ids in journey order; a node is its index here.
    public let nodes: [TouchpointID]
    /// Successors of each node, in the order written (next first, then branches).
    public let successors: [[Int]]
    /// Predecessors of each node: the nodes that lead to it, in node order.
    public let predecessors: [[Int]]
    let indexByID: [TouchpointID: Int]
    let endFlags: [Bool]
    let entryFlags: [Bool]

    /// The graph of `design`'s flow. Takes time and memory in proportion to the touchpoints
    /// and ways on; make it once and query it many times.
    public init(_ design: ServiceDesign) {
        self.design = design
        var index: [TouchpointID: Int] = [:]
        for (i, touchpoint) in design.touchpoints.enumerated() where index[touchpoint.id] == nil {
            index[touchpoint.id] = i
        }
        let count = design.touchpoints.count
        var successors = [[Int]](repeating: [], count: count)
        var predecessors = [[Int]](repeating: [], count: count)
        var ends = [Bool](repeating: false, count: count)
        var entries = [Bool](repeating: false, count: count)
        for (i, touchpoint) in design.touchpoints.enumerated() {
            var targets: [Int] = []
            if touchpoint.hasExplicitFlow {
                for id in touchpoint.next + touchpoint.branches.map(\.target) {
                    if let j = index[id], !targets.contains(j) { targets.append(j) }
                }
            } else if !touchpoint.isEnd, i + 1 < count {
                targets = [i + 1]
            }
            successors[i] = targets
            for j in targets { predecessors[j].append(i) }
            ends[i] = touchpoint.isEnd || (i == count - 1 && !touchpoint.hasExplicitFlow)
            entries[i] = touchpoint.isEntry || i == 0
        }
        self.nodes = design.touchpoints.map(\.id)
        self.successors = successors
        self.predecessors = predecessors
        self.indexByID = index
        self.endFlags = ends
        self.entryFlags = entries
    }

    /// The node of the touchpoint with `id` (the first, if the id is used twice); nil when no
    /// touchpoint has it.
    public func index(of id: TouchpointID) -> Int? { indexByID[id] }

    /// The touchpoint at `node`, which must be an index of ``nodes``.
    public func touchpoint(at node: Int) -> Touchpoint { design.touchpoints[node] }

    /// The touchpoints that follow `id`, in the order written (`next` first, then branches, or
    /// the touchpoint listed after); empty when nothing follows or no touchpoint has the id.
    public func successors(of id: TouchpointID) -> [TouchpointID] {
        guard let i = indexByID[id] else { return [] }
        return successors[i].map { nodes[$0] }
    }

    /// Where a journey may start: the first touchpoint and any marked `entry`.
    public var entries: [TouchpointID] {
        nodes.indices.filter { entryFlags[$0] }.map { nodes[$0] }
    }

    /// Where a journey may end: touchpoints marked `end`, and the last one unless it leads on.
    public var ends: [TouchpointID] {
        nodes.indices.filter { endFlags[$0] }.map { nodes[$0] }
    }

    /// Whether a journey may end at `id` (see ``ends``); false for an unknown id.
    public func isEnd(_ id: TouchpointID) -> Bool { indexByID[id].map { endFlags[$0] } ?? false }

    /// Nodes reachable from the given start nodes (breadth first, iterative).
    func reachableNodes(from starts: [Int]) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodes.count)
        var queue = starts
        for s in starts { seen[s] = true }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where !seen[next] {
                seen[next] = true
                queue.append(next)
            }
        }
        return seen
    }

    /// Every touchpoint some entry leads to, in journey order.
    public var reachable: [TouchpointID] {
        let seen = reachableNodes(from: nodes.indices.filter { entryFlags[$0] })
        return nodes.indices.filter { seen[$0] }.map { nodes[$0] }
    }

    /// Touchpoints no entry leads to, in journey order (duplicates of an id are not counted).
    public var unreachable: [TouchpointID] {
        let seen = reachableNodes(from: nodes.indices.filter { entryFlags[$0] })
        return nodes.indices.filter { !seen[$0] && indexByID[nodes[$0]] == $0 }.map { nodes[$0] }
    }

    /// Touchpoints with no way on that are not ends: the customer is left standing.
    public var deadEnds: [TouchpointID] {
        nodes.indices.filter { successors[$0].isEmpty && !endFlags[$0] && indexByID[nodes[$0]] == $0 }
            .map { nodes[$0] }
    }

    /// Whether `target` can be reached from `source`.
    public func canReach(_ target: TouchpointID, from source: TouchpointID) -> Bool {
        guard let s = indexByID[source], let t = indexByID[target] else { return false }
        return reachableNodes(from: [s])[t]
    }
}
