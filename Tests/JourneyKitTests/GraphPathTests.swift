import Testing
import JourneyKit

@Suite("Journey graph: the main path and all paths between two touchpoints")
struct GraphPathTests {
    /// a → b or c → d.
    static let diamond = graph(step("a", next: ["b", "c"]), step("b", next: ["d"]), step("c", next: ["d"]), step("d"))

    @Test("the main path takes the first next before any branch")
    func mainPathPrefersNext() {
        let g = graph(step("a", next: ["c"], branches: ["b"]), step("b"), step("c", branches: ["d", "b"]), step("d"))
        #expect(g.successors(of: "a") == ["c", "b"])
        #expect(g.mainPath == ["a", "c", "d"])
    }

    @Test("without next the main path takes the first branch")
    func mainPathTakesFirstBranch() {
        let g = graph(step("a", branches: ["c", "b"]), step("b"), step("c"))
        #expect(g.mainPath == ["a", "c"])
    }

    @Test("the main path stops before a touchpoint already on it")
    func mainPathStopsAtRevisit() {
        let g = graph(step("a"), step("b"), step("c", next: ["a", "d"]), step("d"))
        #expect(g.mainPath == ["a", "b", "c"])
    }

    @Test("the main path stops at a self-loop")
    func mainPathStopsAtSelfLoop() {
        let g = graph(step("a"), step("b", next: ["b", "c"]), step("c"))
        #expect(g.mainPath == ["a", "b"])
    }

    @Test("the main path stops at a dead end and skips missing targets")
    func mainPathAtDeadEnd() {
        #expect(graph(step("a", next: ["missing"]), step("b")).mainPath == ["a"])
        #expect(graph(step("a", next: ["missing", "c"]), step("b"), step("c")).mainPath == ["a", "c"])
    }

    @Test("all simple paths through a diamond, in depth-first order")
    func diamondPaths() {
        #expect(Self.diamond.paths(from: "a", to: "d") == [["a", "b", "d"], ["a", "c", "d"]])
        #expect(Self.diamond.paths(from: "b", to: "d") == [["b", "d"]])
        #expect(Self.diamond.paths(from: "b", to: "c") == [])
        #expect(Self.diamond.paths(from: "d", to: "a") == [])
    }

    @Test("limit caps the number of paths found")
    func pathsLimit() {
        #expect(Self.diamond.paths(from: "a", to: "d", limit: 1) == [["a", "b", "d"]])
        #expect(Self.diamond.paths(from: "a", to: "d", limit: 2).count == 2)
        #expect(Self.diamond.paths(from: "a", to: "d", limit: 0) == [])
    }

    @Test("maxLength leaves out paths with more touchpoints")
    func pathsMaxLength() {
        #expect(Self.diamond.paths(from: "a", to: "d", maxLength: 2) == [])
        #expect(Self.diamond.paths(from: "a", to: "d", maxLength: 3) == [["a", "b", "d"], ["a", "c", "d"]])
        let shortcut = graph(step("a", next: ["b", "c", "d"]), step("b", next: ["d"]), step("c", next: ["d"]), step("d"))
        #expect(shortcut.paths(from: "a", to: "d") == [["a", "b", "d"], ["a", "c", "d"], ["a", "d"]])
        #expect(shortcut.paths(from: "a", to: "d", maxLength: 2) == [["a", "d"]])
        #expect(shortcut.paths(from: "a", to: "d", limit: 2, maxLength: 2) == [["a", "d"]])
    }

    @Test("two diamonds in a row give four paths")
    func doubleDiamond() {
        let g = graph(
            step("a", next: ["b", "c"]), step("b", next: ["d"]), step("c", next: ["d"]),
            step("d", next: ["e", "f"]), step("e", next: ["g"]), step("f", next: ["g"]), step("g"))
        let all = g.paths(from: "a", to: "g")
        #expect(all == [
            ["a", "b", "d", "e", "g"], ["a", "b", "d", "f", "g"],
            ["a", "c", "d", "e", "g"], ["a", "c", "d", "f", "g"],
        ])
        #expect(g.paths(from: "a", to: "g", limit: 3).count == 3)
        #expect(g.paths(from: "a", to: "g", maxLength: 5).count == 4)
        #expect(g.paths(from: "a", to: "g", maxLength: 4) == [])
    }

    @Test("paths never visit a touchpoint twice, so loops are walked at most once")
    func pathsAreSimple() {
        let g = graph(step("a"), step("b"), step("c", next: ["b", "d"]), step("d"))
        #expect(g.paths(from: "a", to: "d") == [["a", "b", "c", "d"]])
        #expect(g.paths(from: "c", to: "b") == [["c", "b"]])
        #expect(g.paths(from: "b", to: "b") == [["b"]])
    }

    @Test("paths from or to an unknown id are empty")
    func pathsUnknownIDs() {
        #expect(Self.diamond.paths(from: "zzz", to: "d") == [])
        #expect(Self.diamond.paths(from: "a", to: "zzz") == [])
    }
}
