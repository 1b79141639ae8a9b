import Testing
import JourneyKit

/// An actual step: `id` (or another id and a title), its compliance, a time and emotions.
func lived(
    _ id: TouchpointID, title: String? = nil, compliance: Compliance? = nil, completed: String? = nil,
    started: String? = nil, emotions: [EmotionReading] = []
) -> Touchpoint {
    var touchpoint = Touchpoint(id: id, title: title ?? "Step \(id)", stage: "main", emotions: emotions)
    touchpoint.compliance = compliance
    if completed != nil || started != nil { touchpoint.times = TouchpointTimes(started: started, completed: completed) }
    return touchpoint
}

/// An actual journey made of `steps`.
func actualJourney(_ steps: [Touchpoint]) -> ServiceDesign {
    var journey = design(steps)
    journey.kind = .actual
    journey.plannedJourney = "test"
    return journey
}

func compare(_ plan: [Touchpoint], _ steps: [Touchpoint]) -> JourneyComparison {
    JourneyComparison(plan: design(plan), actual: actualJourney(steps))
}

@Suite("Journey comparison: planned against actual")
struct JourneyComparisonTests {
    let straight = [step("a"), step("b"), step("c"), step("d")]

    @Test("a journey that follows the plan fits perfectly")
    func perfectRun() {
        let c = compare(straight, [lived("a"), lived("b"), lived("c"), lived("d")])
        #expect(c.steps == [
            .matched(planned: "a", actual: 0), .matched(planned: "b", actual: 1),
            .matched(planned: "c", actual: 2), .matched(planned: "d", actual: 3),
        ])
        #expect(c.path == ["a", "b", "c", "d"])
        #expect(c.fitness == 1)
        #expect(c.skipped == [] && c.adHoc == [] && c.orderViolations == [] && c.loops == [])
        #expect(c.reachedEnd)
        #expect(c.lastMatched == "d")
    }

    @Test("a planned step that did not happen is skipped")
    func skippedStep() {
        let c = compare(straight, [lived("a"), lived("c"), lived("d")])
        #expect(c.steps == [
            .matched(planned: "a", actual: 0), .skipped(planned: "b"),
            .matched(planned: "c", actual: 1), .matched(planned: "d", actual: 2),
        ])
        #expect(c.skipped == ["b"])
        #expect(c.path == ["a", "b", "c", "d"])
        #expect(c.fitness == 1)
        #expect(c.reachedEnd)
    }

    @Test("a step the plan does not have is ad hoc; titles match trimmed and case-insensitively")
    func adHocStep() {
        let steps = [lived("a"), lived("x1", title: "Call the helpdesk"), lived("x2", title: "  STEP b "), lived("c")]
        let c = compare([step("a"), step("b"), step("c")], steps)
        #expect(c.steps == [
            .matched(planned: "a", actual: 0), .inserted(actual: 1),
            .matched(planned: "b", actual: 2), .matched(planned: "c", actual: 3),
        ])
        #expect(c.adHoc == [1])
        #expect(c.orderViolations == [])
        #expect(c.fitness == 0.75)
        #expect(c.reachedEnd)
    }

    @Test("a loop of the plan taken is no deviation, but its touchpoints are listed")
    func loopTaken() {
        let plan = [step("a"), step("b"), step("c", next: ["b", "d"]), step("d")]
        let c = compare(plan, ["a", "b", "c", "b", "c", "d"].map { lived(TouchpointID($0)) })
        #expect(c.path == ["a", "b", "c", "b", "c", "d"])
        #expect(c.fitness == 1)
        #expect(c.skipped == [] && c.adHoc == [] && c.orderViolations == [])
        #expect(c.loops == ["b", "c"])
        #expect(c.reachedEnd)
    }

    @Test("a branch of the plan taken is no deviation")
    func branchTaken() {
        let plan = [step("a", branches: ["b", "c"]), step("b", next: ["d"]), step("c"), step("d")]
        for route in [["a", "c", "d"], ["a", "b", "d"]] {
            let c = compare(plan, route.map { lived(TouchpointID($0)) })
            #expect(c.path == route.map { TouchpointID($0) })
            #expect(c.fitness == 1)
            #expect(c.skipped == [] && c.adHoc == [] && c.orderViolations == [] && c.loops == [])
            #expect(c.reachedEnd)
        }
    }

    @Test("a step done out of order is an order violation, and skipped where it was planned")
    func reorder() {
        // a d b c e against a b c d e: d early costs 2 (insert d, skip d); any other reading
        // costs more (skip b and c, insert both: 4).
        let plan = [step("a"), step("b"), step("c"), step("d"), step("e")]
        let c = compare(plan, ["a", "d", "b", "c", "e"].map { lived(TouchpointID($0)) })
        #expect(c.steps == [
            .matched(planned: "a", actual: 0), .inserted(actual: 1), .matched(planned: "b", actual: 2),
            .matched(planned: "c", actual: 3), .skipped(planned: "d"), .matched(planned: "e", actual: 4),
        ])
        #expect(c.orderViolations == [1])
        #expect(c.adHoc == [])
        #expect(c.skipped == ["d"])
        #expect(c.fitness == 0.8)
        #expect(c.reachedEnd)
    }

    @Test("a step recorded as missing is skipped and is not an actual step")
    func missingStep() {
        let c = compare([step("a"), step("b"), step("c")], [lived("a"), lived("b", compliance: .missing), lived("c")])
        #expect(c.steps == [.matched(planned: "a", actual: 0), .skipped(planned: "b"), .matched(planned: "c", actual: 2)])
        #expect(c.skipped == ["b"])
        #expect(c.path == ["a", "b", "c"])
        #expect(c.fitness == 1)
        #expect(c.adHoc == [] && c.orderViolations == [])
        #expect(c.reachedEnd)
    }

    @Test("a missing step off the path taken still counts as skipped")
    func missingStepOffPath() {
        let plan = [step("a", branches: ["b", "c"]), step("b", next: ["d"]), step("c"), step("d")]
        let c = compare(plan, [lived("a"), lived("b", compliance: .missing), lived("c"), lived("d")])
        #expect(c.steps == [
            .matched(planned: "a", actual: 0), .skipped(planned: "b"),
            .matched(planned: "c", actual: 2), .matched(planned: "d", actual: 3),
        ])
        #expect(c.path == ["a", "c", "d"])
        #expect(c.skipped == ["b"])
        #expect(c.fitness == 1)
    }

    @Test("a journey that stops early drops off: no skips, no end")
    func dropOff() {
        let c = compare(straight, [lived("a"), lived("b")])
        #expect(c.steps == [.matched(planned: "a", actual: 0), .matched(planned: "b", actual: 1)])
        #expect(c.skipped == [])
        #expect(c.fitness == 1)
        #expect(!c.reachedEnd)
        #expect(c.lastMatched == "b")
    }

    @Test("an empty journey fits; one with only ad hoc steps drops off before the first step")
    func emptyAndUnplanned() {
        let empty = compare(straight, [])
        #expect(empty.fitness == 1 && empty.steps == [] && !empty.reachedEnd && empty.lastMatched == nil)
        let unplanned = compare(straight, [lived("x", title: "Something else")])
        #expect(unplanned.steps == [.inserted(actual: 0)])
        #expect(unplanned.adHoc == [0])
        #expect(unplanned.fitness == 0)
        #expect(unplanned.lastMatched == nil && !unplanned.reachedEnd)
    }

    @Test("times between matched steps, and lived emotions against planned ones")
    func timingsAndEmotions() {
        var plan = [
            step("a"), step("b"), step("c"), step("d"),
        ]
        plan[0].emotions = [EmotionReading(persona: "anna", score: 4)]
        plan[1].momentOfTruth = MomentOfTruth(target: 5)
        plan[2].emotions = [EmotionReading(persona: "anna", score: 3), EmotionReading(persona: "ben", score: 2)]
        let steps = [
            lived("a", completed: "2026-03-02T09:15:00+01:00", emotions: [EmotionReading(persona: "anna", score: 2)]),
            lived("b", started: "2026-03-02T08:45:00Z", emotions: [
                EmotionReading(persona: "anna", score: 4), EmotionReading(persona: "ben", score: 5),
            ]),
            lived("c", completed: "2026-03-02 10:00", emotions: [
                EmotionReading(persona: "anna", score: 3.5), EmotionReading(persona: "ben", score: 4),
            ]),
            lived("d", completed: "yesterday"),
        ]
        let c = compare(plan, steps)
        #expect(c.timings == [
            .init(from: "a", to: "b", seconds: 1_800),
            .init(from: "b", to: "c", seconds: 4_500),
        ])
        #expect(c.emotionGaps == [
            .init(persona: "anna", touchpoint: "a", planned: 4, lived: 2),
            .init(persona: "ben", touchpoint: "c", planned: 2, lived: 4),
            .init(persona: "anna", touchpoint: "b", planned: 5, lived: 4),
            .init(persona: "anna", touchpoint: "c", planned: 3, lived: 3.5),
            .init(persona: "ben", touchpoint: "b", planned: 5, lived: 5),
        ])
        #expect(c.emotionGaps.map(\.difference) == [-2, 2, -1, 0.5, 0])
    }

    @Test("ISO 8601 moments are read by hand")
    func timestamps() {
        #expect(ISOTimestamp.seconds("1970-01-01") == 0)
        #expect(ISOTimestamp.seconds("1970-01-02T00:00:00Z") == 86_400)
        #expect(ISOTimestamp.seconds("2026-03-02T09:15:00+01:00") == ISOTimestamp.seconds("2026-03-02T08:15:00Z"))
        #expect(ISOTimestamp.seconds("2026-03-02T09:15:00-0130") == ISOTimestamp.seconds("2026-03-02 10:45"))
        #expect(ISOTimestamp.seconds("2026-03-02T09:15:00.5Z")! - ISOTimestamp.seconds("2026-03-02T09:15:00")! == 0.5)
        #expect(ISOTimestamp.seconds("2000-03-01") == 951_868_800)
        for bad in ["yesterday", "2026-02-30", "2026-03-02T25:00", "2026-03-02T09:15:00+", "2026-3-2", ""] {
            #expect(ISOTimestamp.seconds(bad) == nil, "\(bad)")
        }
    }
}
