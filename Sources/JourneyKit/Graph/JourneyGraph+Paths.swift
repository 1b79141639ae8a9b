extension JourneyGraph {
    /// The journey as it usually goes: from the first touchpoint, always the first way on
    /// (the first `next`, else the first branch, else the touchpoint listed after), until an
    /// end (a touchpoint marked `end`, or the last one), a touchpoint with no way on, or one
    /// already on the path. List the usual case first.
    public var mainPath: [TouchpointID] {
        guard !nodes.isEmpty else { return [] }
        var path: [Int] = [0]
        var onPath = Set([0])
        var node = 0
        while !endFlags[node], let next = successors[node].first, !onPath.contains(next) {
            path.append(next)
            onPath.insert(next)
            node = next
        }
        return path.map { nodes[$0] }
    }

    /// All simple paths (no touchpoint twice) from `source` to `target`, in depth-first order,
    /// at most `limit` of them and none longer than `maxLength` touchpoints.
    ///
    /// A path starts with `source` and ends with `target`; `[[source]]` when the two are the
    /// same. Empty when either id is unknown or `limit` is not positive. The number of paths can
    /// grow exponentially with the branches, so keep the limits for large journeys.
    public func paths(
        from source: TouchpointID, to target: TouchpointID, limit: Int = 100, maxLength: Int = 1_000
    ) -> [[TouchpointID]] {
        guard let s = indexByID[source], let t = indexByID[target], limit > 0 else { return [] }
        if s == t { return [[source]] }
        var found: [[TouchpointID]] = []
        var path: [Int] = [s]
        var onPath = Set([s])
        // Each frame: the node and the index of its next successor to try.
        var stack: [(node: Int, next: Int)] = [(s, 0)]
        while let top = stack.last, found.count < limit {
            let successors = self.successors[top.node]
            if top.next >= successors.count || path.count >= maxLength {
                stack.removeLast()
                onPath.remove(path.removeLast())
                continue
            }
            stack[stack.count - 1].next += 1
            let candidate = successors[top.next]
            if candidate == t {
                found.append((path + [t]).map { nodes[$0] })
            } else if !onPath.contains(candidate) {
                path.append(candidate)
                onPath.insert(candidate)
                stack.append((candidate, 0))
            }
        }
        return found
    }
}
