import Testing
import JourneyKit

/// The benchmark journeys: the graph shape the issue and `gen_journey.py` describe, the same
/// journey for the same seed.
@Suite("Synthetic journeys for the benchmarks")
struct SyntheticJourneyTests {
    @Test("the same seed gives the same journey, another seed another one")
    func deterministic() {
        let a = SyntheticJourney.design(touchpoints: 500, seed: 7)
        #expect(a == SyntheticJourney.design(touchpoints: 500, seed: 7))
        #expect(a != SyntheticJourney.design(touchpoints: 500, seed: 8))
    }

    @Test("N touchpoints in N/20 stages, three personas scored -3 to 3 everywhere, a moment of truth every 50", arguments: [1, 19, 20, 1_000, 2_345])
    func shape(n: Int) {
        let design = SyntheticJourney.design(touchpoints: n)
        #expect(design.touchpoints.count == n)
        #expect(design.stages.count == max(1, n / 20))
        #expect(design.personas.map(\.id.rawValue) == ["p1", "p2", "p3"])
        for (i, touchpoint) in design.touchpoints.enumerated() {
            #expect(touchpoint.id.rawValue == "t\(i)")
            #expect(touchpoint.emotions.map(\.persona.rawValue) == ["p1", "p2", "p3"])
            #expect(touchpoint.emotions.allSatisfy { (-3...3).contains($0.score) && $0.score == $0.score.rounded() })
            #expect((touchpoint.momentOfTruth != nil) == (i % 50 == 0))
            #expect(touchpoint.title.contains("&") == (i % 7 == 3))
            #expect(touchpoint.next == (i + 1 < n ? [TouchpointID("t\(i + 1)")] : []))
            for branch in touchpoint.branches {
                let target = Int(branch.target.rawValue.dropFirst())!
                #expect((i + 2...min(n - 1, i + 6)).contains(target))
            }
        }
        // Stages are contiguous runs in file order.
        let stageOrder = design.touchpoints.map(\.stage)
        #expect(stageOrder == stageOrder.sorted { Int($0.rawValue.dropFirst())! < Int($1.rawValue.dropFirst())! })
        #expect(design.integrityProblems().isEmpty)
    }

    @Test("about one touchpoint in ten branches")
    func branchShare() {
        let design = SyntheticJourney.design(touchpoints: 10_000)
        let branching = design.touchpoints.filter { !$0.branches.isEmpty }.count
        #expect((800...1_200).contains(branching), "\(branching) of 10,000 touchpoints branch")
    }
}
