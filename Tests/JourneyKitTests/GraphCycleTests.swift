import Testing
import JourneyKit

@Suite("Journey graph: loops and loops a customer cannot leave")
struct GraphCycleTests {
    @Test("a journey without loops has no cycles")
    func noCycles() {
        let g = graph(step("a", branches: ["b", "c"]), step("b", next: ["d"]), step("c"), step("d"))
        #expect(g.cycles == [])
        #expect(g.cyclesWithoutExit == [])
    }

    @Test("a loop with a way out is a cycle but not a trap")
    func loopWithExit() {
        // b falls through to c; c goes back to b or on to d.
        let g = graph(step("a"), step("b"), step("c", next: ["b", "d"]), step("d"))
        #expect(g.cycles == [["b", "c"]])
        #expect(g.cyclesWithoutExit == [])
        #expect(g.deadEnds == [])
        #expect(g.unreachable == [])
    }

    @Test("a loop with no way out is a cycle without exit")
    func loopWithoutExit() {
        let g = graph(step("a"), step("b"), step("c", next: ["b"]), step("d"))
        #expect(g.cycles == [["b", "c"]])
        #expect(g.cyclesWithoutExit == [["b", "c"]])
        #expect(g.unreachable == ["d"])
        // The loop has ways on, so it holds no dead end.
        #expect(g.deadEnds == [])
    }

    @Test("a touchpoint that leads only to itself is a self-loop without exit")
    func selfLoopWithoutExit() {
        let g = graph(step("a"), step("b", next: ["b"]))
        #expect(g.cycles == [["b"]])
        #expect(g.cyclesWithoutExit == [["b"]])
        #expect(g.ends == [])
    }

    @Test("a self-loop with another way on can be left")
    func selfLoopWithExit() {
        let g = graph(step("a"), step("retry", next: ["retry", "c"]), step("c"))
        #expect(g.cycles == [["retry"]])
        #expect(g.cyclesWithoutExit == [])
    }

    @Test("a loop holding an end is not a trap: the journey may stop there")
    func loopWithEnd() {
        let g = graph(step("a"), step("b"), step("c", next: ["b"], end: true))
        #expect(g.cycles == [["b", "c"]])
        #expect(g.cyclesWithoutExit == [])
    }

    @Test("each loop is listed in journey order, loops by their first touchpoint")
    func severalLoops() {
        // Loop {x, y, z} is written backwards (x→z→y→x) and can be left from z to d;
        // loop {d, e} cannot be left; f is never reached.
        let g = graph(
            step("x", next: ["z"]), step("y", next: ["x"]), step("z", next: ["y", "d"]),
            step("d"), step("e", next: ["d"]), step("f"))
        #expect(g.cycles == [["x", "y", "z"], ["d", "e"]])
        #expect(g.cyclesWithoutExit == [["d", "e"]])
        #expect(g.unreachable == ["f"])
    }

    @Test("nested loops form one component")
    func nestedLoops() {
        // a → b → c → d; c goes back to b, d back to a, and d may end the journey at e.
        let g = graph(step("a"), step("b"), step("c", next: ["d", "b"]), step("d", next: ["a", "e"]), step("e"))
        #expect(g.cycles == [["a", "b", "c", "d"]])
        #expect(g.cyclesWithoutExit == [])
    }

    @Test("an unreachable loop is still reported")
    func unreachableLoop() {
        let g = graph(step("a", end: true), step("p"), step("q", next: ["p"]))
        #expect(g.unreachable == ["p", "q"])
        #expect(g.cycles == [["p", "q"]])
        #expect(g.cyclesWithoutExit == [["p", "q"]])
    }
}
