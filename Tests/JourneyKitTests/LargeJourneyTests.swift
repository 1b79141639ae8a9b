import Testing
import JourneyKit

@Suite("Journey graph: a very long journey does not overflow the stack")
struct LargeJourneyTests {
    static let count = 100_000

    /// t0 → t1 → … → t99999 by order alone; when `closed`, the last leads back to the first.
    static func longJourney(closed: Bool) -> JourneyGraph {
        var touchpoints = (0..<count).map { step(TouchpointID("t\($0)")) }
        if closed { touchpoints[count - 1].next = ["t0"] }
        return JourneyGraph(design(touchpoints))
    }

    @Test("a 100,000-touchpoint straight journey: no cycles, one main path, all reachable")
    func linear() {
        let g = Self.longJourney(closed: false)
        #expect(g.nodes.count == Self.count)
        #expect(g.cycles.count == 0)
        #expect(g.cyclesWithoutExit.count == 0)
        let main = g.mainPath
        #expect(main.count == Self.count)
        #expect(main.first == "t0")
        #expect(main.last == "t99999")
        #expect(g.reachable.count == Self.count)
        #expect(g.unreachable.count == 0)
        #expect(g.deadEnds.count == 0)
        #expect(g.entries == ["t0"])
        #expect(g.ends == ["t99999"])
        #expect(g.canReach("t99999", from: "t0"))
        #expect(!g.canReach("t0", from: "t1"))
    }

    @Test("a 100,000-touchpoint ring is one cycle without exit")
    func ring() {
        let g = Self.longJourney(closed: true)
        let cycles = g.cycles
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == Self.count)
        #expect(cycles.first?.first == "t0")
        #expect(cycles.first?.last == "t99999")
        #expect(g.cyclesWithoutExit.count == 1)
        #expect(g.mainPath.count == Self.count)
        #expect(g.reachable.count == Self.count)
        #expect(g.ends == [])
        #expect(g.canReach("t0", from: "t99999"))
    }

    @Test("paths through a 100,000-touchpoint journey respect maxLength")
    func longPath() {
        let g = Self.longJourney(closed: false)
        // Counts, not arrays: a failure here should not print 100,000 ids.
        #expect(g.paths(from: "t0", to: "t99999").count == 0)
        let all = g.paths(from: "t0", to: "t99999", maxLength: Self.count)
        #expect(all.count == 1)
        #expect(all.first?.count == Self.count)
        #expect(g.paths(from: "t0", to: "t99999", maxLength: Self.count - 1).count == 0)
    }
}
