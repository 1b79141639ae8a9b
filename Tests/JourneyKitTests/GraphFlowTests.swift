import Testing
import JourneyKit

@Suite("Journey graph: how the flow runs between touchpoints")
struct GraphFlowTests {
    @Test("a journey with no flow written runs through its touchpoints in order")
    func straightJourneyByOrder() {
        let g = graph(step("a"), step("b"), step("c"), step("d"))
        #expect(g.nodes == ["a", "b", "c", "d"])
        #expect(g.successors(of: "a") == ["b"])
        #expect(g.successors(of: "b") == ["c"])
        #expect(g.successors(of: "c") == ["d"])
        #expect(g.successors(of: "d") == [])
        #expect(g.successors == [[1], [2], [3], []])
        #expect(g.predecessors == [[], [0], [1], [2]])
        #expect(g.entries == ["a"])
        #expect(g.ends == ["d"])
        #expect(g.reachable == ["a", "b", "c", "d"])
        #expect(g.unreachable == [])
        #expect(g.deadEnds == [])
        #expect(g.mainPath == ["a", "b", "c", "d"])
    }

    @Test("the first touchpoint is always an entry and a single touchpoint is also an end")
    func singleTouchpoint() {
        let g = graph(step("only"))
        #expect(g.entries == ["only"])
        #expect(g.ends == ["only"])
        #expect(g.isEnd("only"))
        #expect(g.deadEnds == [])
    }

    @Test("an empty design has no entries, ends or paths")
    func emptyDesign() {
        let g = graph()
        #expect(g.nodes == [])
        #expect(g.entries == [])
        #expect(g.ends == [])
        #expect(g.mainPath == [])
        #expect(g.cycles == [])
    }

    @Test("an explicit next replaces the fall-through and skips the touchpoint listed after")
    func explicitNext() {
        let g = graph(step("a", next: ["c"]), step("b"), step("c"))
        #expect(g.successors(of: "a") == ["c"])
        // b has no flow of its own, so it still falls through to c.
        #expect(g.successors(of: "b") == ["c"])
        #expect(g.predecessors[2] == [0, 1])
        #expect(g.unreachable == ["b"])
        #expect(g.reachable == ["a", "c"])
        #expect(g.canReach("c", from: "a"))
        #expect(!g.canReach("b", from: "a"))
        #expect(g.canReach("c", from: "b"))
    }

    @Test("several next targets are kept in the order written")
    func severalNextTargets() {
        let g = graph(step("a", next: ["d", "b", "c"]), step("b", end: true), step("c", end: true), step("d"))
        #expect(g.successors(of: "a") == ["d", "b", "c"])
        #expect(g.ends == ["b", "c", "d"])
    }

    @Test("branches are ways on after next, and a target named twice counts once")
    func branches() {
        let g = graph(
            step("a", next: ["b"], branches: ["c", "d", "b"]),
            step("b", end: true), step("c", end: true), step("d"))
        #expect(g.successors(of: "a") == ["b", "c", "d"])
        #expect(g.touchpoint(at: 0).branches.map(\.condition) == ["goes to c", "goes to d", "goes to b"])
        #expect(g.predecessors[1] == [0])
        #expect(g.reachable == ["a", "b", "c", "d"])
        #expect(g.deadEnds == [])
    }

    @Test("branches alone, without next, also replace the fall-through")
    func branchesWithoutNext() {
        let g = graph(step("a", branches: ["c"]), step("b"), step("c"))
        #expect(g.successors(of: "a") == ["c"])
        #expect(g.unreachable == ["b"])
    }

    @Test("a side path leaves the main line and rejoins it")
    func sidePathRejoins() {
        // a branches to b (main) or c (side); b jumps over c to d; c falls through to d.
        let g = graph(step("a", branches: ["b", "c"]), step("b", next: ["d"]), step("c"), step("d"))
        #expect(g.successors(of: "a") == ["b", "c"])
        #expect(g.successors(of: "b") == ["d"])
        #expect(g.successors(of: "c") == ["d"])
        #expect(g.predecessors[g.index(of: "d")!] == [1, 2])
        #expect(g.reachable == ["a", "b", "c", "d"])
        #expect(g.unreachable == [])
        #expect(g.ends == ["d"])
        #expect(g.deadEnds == [])
        #expect(g.cycles == [])
        #expect(g.mainPath == ["a", "b", "d"])
        #expect(g.canReach("d", from: "c"))
        #expect(!g.canReach("c", from: "b"))
    }

    @Test("end: true stops the fall-through to the next touchpoint")
    func endStopsFallThrough() {
        let g = graph(step("a"), step("b", end: true), step("c"))
        #expect(g.successors(of: "b") == [])
        #expect(g.isEnd("b"))
        #expect(!g.isEnd("a"))
        #expect(g.ends == ["b", "c"])
        #expect(g.unreachable == ["c"])
        #expect(g.deadEnds == [])
        #expect(g.mainPath == ["a", "b"])
    }

    @Test("a touchpoint marked entry is a start of its own and is reachable")
    func markedEntry() {
        let g = graph(step("a"), step("b", end: true), step("c", entry: true), step("d"))
        #expect(g.entries == ["a", "c"])
        #expect(g.unreachable == [])
        #expect(g.reachable == ["a", "b", "c", "d"])
        #expect(g.ends == ["b", "d"])
    }

    @Test("an end with explicit flow leads on and stays an end")
    func endWithExplicitFlow() {
        let g = graph(step("a", next: ["c"], end: true), step("b"), step("c"))
        #expect(g.successors(of: "a") == ["c"])
        #expect(g.ends == ["a", "c"])
    }

    @Test("the last touchpoint is not an end when it says where to go")
    func lastWithExplicitFlowIsNoEnd() {
        let g = graph(step("a"), step("b", next: ["a"]))
        #expect(g.ends == [])
        #expect(!g.isEnd("b"))
        #expect(g.successors(of: "b") == ["a"])
        #expect(g.deadEnds == [])
    }

    @Test("a touchpoint not reached from any entry is unreachable")
    func unreachableTouchpoint() {
        let g = graph(step("a", next: ["c"]), step("orphan", next: ["c"]), step("c"), step("d"))
        #expect(g.unreachable == ["orphan"])
        #expect(g.reachable == ["a", "c", "d"])
        #expect(!g.canReach("orphan", from: "a"))
    }

    @Test("an explicit next to a missing id leaves no successors, so the touchpoint is a dead end")
    func deadEndFromMissingTarget() {
        let g = graph(step("a"), step("b", next: ["nowhere"]), step("c"))
        #expect(g.successors(of: "b") == [])
        #expect(g.deadEnds == ["b"])
        #expect(!g.isEnd("b"))
        #expect(g.ends == ["c"])
        #expect(g.unreachable == ["c"])
        #expect(g.mainPath == ["a", "b"])
    }

    @Test("missing targets are dropped and the others kept")
    func missingTargetAmongOthers() {
        let g = graph(step("a", next: ["nowhere", "c"], branches: ["gone"]), step("b"), step("c"))
        #expect(g.successors(of: "a") == ["c"])
        #expect(g.deadEnds == [])
    }

    @Test("the last touchpoint with a next to a missing id is a dead end, not an end")
    func lastWithMissingTarget() {
        let g = graph(step("a"), step("b", next: ["missing"]))
        #expect(g.ends == [])
        #expect(g.deadEnds == ["b"])
    }

    @Test("ids the design does not have give empty answers")
    func unknownIDs() {
        let g = graph(step("a"), step("b"))
        #expect(g.index(of: "zzz") == nil)
        #expect(g.index(of: "b") == 1)
        #expect(g.successors(of: "zzz") == [])
        #expect(!g.isEnd("zzz"))
        #expect(!g.canReach("a", from: "zzz"))
        #expect(!g.canReach("zzz", from: "a"))
        #expect(g.canReach("a", from: "a"))
    }

    @Test("when an id is used twice the first touchpoint is the one the flow reaches")
    func duplicateIDs() {
        let g = graph(step("a"), step("b", next: ["a"]), step("a", next: ["c"]), step("c"))
        #expect(g.nodes == ["a", "b", "a", "c"])
        #expect(g.index(of: "a") == 0)
        #expect(g.successors(of: "a") == ["b"])
        #expect(g.successors(of: "b") == ["a"])
        #expect(g.successors[2] == [3])
        // The second "a" is not reached, but it is a duplicate and so not reported itself.
        #expect(g.unreachable == ["c"])
        #expect(g.reachable == ["a", "b"])
    }
}
