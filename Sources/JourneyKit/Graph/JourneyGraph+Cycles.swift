extension JourneyGraph {
    /// Strongly connected components with a loop in them (more than one touchpoint, or one
    /// that leads to itself), each in journey order. Tarjan's algorithm, iterative, so a long
    /// journey cannot overflow the stack.
    public var cycles: [[TouchpointID]] {
        loopComponents().map { $0.map { nodes[$0] } }
    }

    /// Loops a customer cannot leave: no touchpoint in them is an end and none leads outside.
    public var cyclesWithoutExit: [[TouchpointID]] {
        loopComponents().filter { component in
            let members = Set(component)
            return !component.contains { node in
                endFlags[node] || successors[node].contains { !members.contains($0) }
            }
        }.map { $0.map { nodes[$0] } }
    }

    func loopComponents() -> [[Int]] {
        let count = nodes.count
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var components: [[Int]] = []

        for root in 0..<count where index[root] == -1 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let frame = work.last {
                let node = frame.node
                if frame.edge < successors[node].count {
                    work[work.count - 1].edge += 1
                    let next = successors[node][frame.edge]
                    if index[next] == -1 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last {
                    lowLink[parent.node] = min(lowLink[parent.node], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    if component.count > 1 || successors[node].contains(node) {
                        components.append(component.sorted())
                    }
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }
}
