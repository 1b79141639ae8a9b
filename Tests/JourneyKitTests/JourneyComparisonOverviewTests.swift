import Testing
import JourneyKit

@Suite("Journey comparison: many journeys")
struct JourneyComparisonOverviewTests {
    @Test("three journeys summed up in plan order")
    func overviewOfThree() {
        let plan = design([step("a"), step("b"), step("c"), step("d")])
        let anna = { (score: Double) in [EmotionReading(persona: "anna", score: score)] }
        // 1: perfect, timed throughout; anna feels 4 at b.
        let first = actualJourney([
            lived("a", completed: "2026-03-02T09:00:00Z"), lived("b", completed: "2026-03-02T09:10:00Z", emotions: anna(4)),
            lived("c", completed: "2026-03-02T09:30:00Z"), lived("d", completed: "2026-03-02T09:40:00Z"),
        ])
        // 2: phones support instead of b (b skipped); a→c is not a planned transition; anna 2 at c.
        let second = actualJourney([
            lived("a", completed: "2026-03-02T10:00:00Z"), lived("p", title: "Phone support"),
            lived("c", completed: "2026-03-02T10:40:00Z", emotions: anna(2)), lived("d", completed: "2026-03-02T11:00:00Z"),
        ])
        // 3: phones support, reaches b and stops; anna 2 at b.
        let third = actualJourney([
            lived("a", completed: "2026-03-02T12:00:00Z"), lived("q", title: " phone SUPPORT "),
            lived("b", completed: "2026-03-02T12:20:00Z", emotions: anna(2)),
        ])
        let actuals = [first, second, third]
        let comparisons = JourneyComparison.comparisons(plan: plan, actuals: actuals)
        #expect(comparisons.map(\.fitness) == [1, 0.75, 2.0 / 3])
        let overview = ConformanceOverview(plan: plan, comparisons: comparisons, actuals: actuals)
        #expect(overview == ConformanceOverview(plan: plan, actuals: actuals))
        #expect(overview.journeys == 3)
        #expect(abs(overview.meanFitness - (1 + 0.75 + 2.0 / 3) / 3) < 1e-12)
        #expect(overview.skips == [.init(touchpoint: "b", journeys: 1)])
        #expect(overview.adHoc == [.init(title: "Phone support", count: 2)])
        #expect(overview.orderViolations == 0)
        #expect(overview.loops == [])
        #expect(overview.dropOffs == [.init(lastMatched: "b", journeys: 1)])
        #expect(overview.transitions == [
            .init(from: "a", to: "b", meanSeconds: 900, count: 2),
            .init(from: "b", to: "c", meanSeconds: 1_200, count: 1),
            .init(from: "c", to: "d", meanSeconds: 900, count: 2),
        ])
        #expect(overview.emotions == [
            .init(touchpoint: "b", persona: "anna", mean: 3, count: 2),
            .init(touchpoint: "c", persona: "anna", mean: 2, count: 1),
        ])
    }

    @Test("loops, order violations and drop-offs before the first step are counted")
    func loopsAndEarlyDropOffs() {
        let plan = design([step("a"), step("b"), step("c", next: ["b", "d"]), step("d")])
        let actuals = [
            actualJourney(["a", "b", "c", "b", "c", "d"].map { lived(TouchpointID($0)) }),
            actualJourney([lived("x", title: "Walk-in")]),
            actualJourney(["a", "d", "b", "c", "d"].map { lived(TouchpointID($0)) }),
        ]
        let overview = ConformanceOverview(plan: plan, actuals: actuals)
        #expect(overview.loops == [.init(touchpoint: "b", journeys: 1), .init(touchpoint: "c", journeys: 1)])
        #expect(overview.orderViolations == 1)
        #expect(overview.dropOffs == [.init(lastMatched: nil, journeys: 1)])
        #expect(overview.adHoc == [.init(title: "Walk-in", count: 1)])
    }

    @Test("no journeys: nothing to sum up")
    func noJourneys() {
        let overview = ConformanceOverview(plan: design([step("a")]), comparisons: [], actuals: [])
        #expect(overview.journeys == 0 && overview.meanFitness == 1 && overview.skips == [] && overview.dropOffs == [])
    }

    @Test("1,000 journeys of 20 steps against a 40-step plan with branches and a loop")
    func manyShortJourneys() {
        // 40 steps: every fifth one may jump ahead two, step 30 may go back to 25.
        var steps: [Touchpoint] = []
        for i in 0..<40 {
            let next: [TouchpointID] = i % 5 == 0 && i + 2 < 40 ? [tp("s\(i + 1)"), tp("s\(i + 2)")] : i == 30 ? ["s31", "s25"] : []
            steps.append(step(tp("s\(i)"), next: next))
        }
        let plan = design(steps)
        var seed: UInt64 = 42
        func random(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let actuals = (0..<1_000).map { _ in
            var position = random(3)
            let journey: [Touchpoint] = (0..<20).map { _ in
                switch random(10) {
                case 0: return lived(tp("x\(random(5))"), title: "Ad hoc \(random(5))")
                case 1: return lived(tp("s\(random(40))"))
                default:
                    position = min(39, position + 1 + random(2))
                    return lived(tp("s\(position)"))
                }
            }
            return actualJourney(journey)
        }
        let comparisons = JourneyComparison.comparisons(plan: plan, actuals: actuals)
        #expect(comparisons.count == 1_000)
        #expect(comparisons.allSatisfy { (0...1).contains($0.fitness) })
        let overview = ConformanceOverview(plan: plan, comparisons: comparisons, actuals: actuals)
        #expect(overview.journeys == 1_000)
    }

    @Test("a long journey in reverse against a long plan still aligns")
    func longReversed() {
        let plan = design((0..<300).map { step(tp("s\($0)")) })
        let c = JourneyComparison(plan: plan, actual: actualJourney((0..<300).reversed().map { lived(tp("s\($0)")) }))
        // Only one step can be matched in order; the rest are out of order.
        #expect(c.steps.count { if case .matched = $0 { true } else { false } } == 1)
        #expect(c.orderViolations.count == 299)
    }
}

/// A touchpoint id from built text.
func tp(_ text: String) -> TouchpointID { TouchpointID(text) }
