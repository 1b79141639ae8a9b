import Testing
import JourneyKit

@Suite("Emotion curve: lowest, highest, peak-end, recoveries and stages ending badly")
struct EmotionCurveTests {
    /// anna on the standard 1…5 scale (neutral 3): 4, 2 | 1, (ben only), 3 | 5, 4.
    static let standardDesign = ServiceDesign(id: "curve", title: "Curve") {
        Persona(id: "anna", name: "Anna") {}
        Persona(id: "ben", name: "Ben") {}
        JourneyStage("s1", "Arrive") {
            Touchpoint("a", "A") { Emotion("anna", 4) }
            Touchpoint("b", "B") { Emotion("anna", 2); Emotion("ben", 5) }
        }
        JourneyStage("s2", "Wait") {
            Touchpoint("c", "C") { Emotion("anna", 1) }
            Touchpoint("x", "X") { Emotion("ben", 1) }
            Touchpoint("d", "D") { Emotion("anna", 3) }
        }
        JourneyStage("s3", "Leave") {
            Touchpoint("e", "E") { Emotion("anna", 5) }
            Touchpoint("f", "F") { Emotion("anna", 4) }
        }
    }

    /// anna on a -2…2 scale (neutral 0): 1, -2 | -1, 0 | 2, -1.
    static let signedDesign = ServiceDesign(id: "signed", title: "Signed") {
        EmotionScale(min: -2, max: 2, neutral: 0)
        Persona(id: "anna", name: "Anna") {}
        JourneyStage("s1", "Arrive") {
            Touchpoint("a", "A") { Emotion("anna", 1) }
            Touchpoint("b", "B") { Emotion("anna", -2) }
        }
        JourneyStage("s2", "Wait") {
            Touchpoint("c", "C") { Emotion("anna", -1) }
            Touchpoint("d", "D") { Emotion("anna", 0) }
        }
        JourneyStage("s3", "Leave") {
            Touchpoint("e", "E") { Emotion("anna", 2) }
            Touchpoint("f", "F") { Emotion("anna", -1) }
        }
    }

    /// anna's curve along a straight journey with one touchpoint per reading, in order.
    static func curve(_ readings: [(TouchpointID, StageID, Double)], scale: EmotionScale = .standard) -> EmotionCurve {
        let touchpoints = readings.map { id, stage, score in
            Touchpoint(id: id, title: "Step \(id)", stage: stage, emotions: [EmotionReading(persona: "anna", score: score)])
        }
        return EmotionCurve(persona: "anna", in: ServiceDesign(id: "curve", title: "Curve", scale: scale, touchpoints: touchpoints))
    }

    @Test("the curve follows the main path and skips touchpoints without a reading")
    func pointsAlongMainPath() {
        let curve = EmotionCurve(persona: "anna", in: Self.standardDesign)
        #expect(curve.persona == "anna")
        #expect(curve.scale == .standard)
        #expect(curve.points.map(\.touchpoint) == ["a", "b", "c", "d", "e", "f"])
        #expect(curve.points.map(\.score) == [4, 2, 1, 3, 5, 4])
        #expect(curve.points.map(\.stage) == ["s1", "s1", "s2", "s2", "s3", "s3"])
        let ben = EmotionCurve(persona: "ben", in: Self.standardDesign)
        #expect(ben.points.map(\.touchpoint) == ["b", "x"])
    }

    @Test("lowest, highest, peak, end and peak-end on the standard scale")
    func standardScaleFigures() {
        let curve = EmotionCurve(persona: "anna", in: Self.standardDesign)
        #expect(curve.lowest?.touchpoint == "c")
        #expect(curve.lowest?.score == 1)
        #expect(curve.highest?.touchpoint == "e")
        #expect(curve.highest?.score == 5)
        // c (1) and e (5) are both 2 from neutral; the first wins.
        #expect(curve.peak?.touchpoint == "c")
        #expect(curve.end?.touchpoint == "f")
        #expect(curve.peakEnd == 2.5)
        #expect(curve.average == 19.0 / 6.0)
    }

    @Test("recoveries and stages ending below neutral on the standard scale")
    func standardScaleDips() {
        let curve = EmotionCurve(persona: "anna", in: Self.standardDesign)
        // b (2) starts a dip, c (1) deepens it, d (3) is back at neutral.
        #expect(curve.recoveries.count == 1)
        #expect(curve.recoveries.first?.low.touchpoint == "c")
        #expect(curve.recoveries.first?.low.score == 1)
        #expect(curve.recoveries.first?.recoveredAt.touchpoint == "d")
        #expect(curve.recoveries.first?.recoveredAt.score == 3)
        #expect(curve.stagesEndingBelowNeutral == ["s1"])
    }

    @Test("on a -2…2 scale with neutral 0 the figures use that neutral")
    func signedScaleFigures() {
        let curve = EmotionCurve(persona: "anna", in: Self.signedDesign)
        #expect(curve.scale == EmotionScale(min: -2, max: 2, neutral: 0))
        #expect(curve.points.map(\.score) == [1, -2, -1, 0, 2, -1])
        #expect(curve.lowest?.touchpoint == "b")
        #expect(curve.highest?.touchpoint == "e")
        // b (-2) and e (2) are equally intense; b comes first.
        #expect(curve.peak?.touchpoint == "b")
        #expect(curve.end?.touchpoint == "f")
        #expect(curve.peakEnd == -1.5)
        #expect(curve.average == -1.0 / 6.0)
        #expect(curve.recoveries.map(\.low.touchpoint) == ["b"])
        #expect(curve.recoveries.map(\.recoveredAt.touchpoint) == ["d"])
        #expect(curve.stagesEndingBelowNeutral == ["s1", "s3"])
    }

    @Test("a score exactly at neutral ends a dip; a dip never recovered is not a recovery")
    func severalRecoveries() {
        let curve = Self.curve([("p", "main", 2), ("q", "main", 4), ("r", "main", 1), ("s", "main", 2), ("t", "main", 3), ("u", "main", 2)])
        #expect(curve.recoveries.map(\.low.touchpoint) == ["p", "r"])
        #expect(curve.recoveries.map(\.recoveredAt.touchpoint) == ["q", "t"])
        #expect(curve.stagesEndingBelowNeutral == ["main"])
    }

    @Test("on ties the first lowest and the first highest point win")
    func ties() {
        let curve = Self.curve([("p", "main", 5), ("q", "main", 1), ("r", "main", 1), ("s", "main", 5)])
        #expect(curve.lowest?.touchpoint == "q")
        #expect(curve.highest?.touchpoint == "p")
        #expect(curve.peak?.touchpoint == "p")
        #expect(curve.peakEnd == 5)
    }

    @Test("a curve along another path uses that path's readings")
    func alongGivenPath() {
        let design = ServiceDesign(id: "fork", title: "Fork") {
            JourneyStage("main", "Main") {
                Touchpoint("a", "A") { Emotion("anna", 3); Next("b", "c") }
                Touchpoint("b", "B") { Emotion("anna", 5); Next("d") }
                Touchpoint("c", "C") { Emotion("anna", 1); Next("d") }
                Touchpoint("d", "D") { Emotion("anna", 3) }
            }
        }
        let main = EmotionCurve(persona: "anna", in: design)
        #expect(main.points.map(\.touchpoint) == ["a", "b", "d"])
        #expect(main.lowest?.touchpoint == "a")
        #expect(main.recoveries == [])
        let side = EmotionCurve(persona: "anna", in: design, along: ["a", "c", "d"])
        #expect(side.lowest?.touchpoint == "c")
        #expect(side.recoveries.map(\.recoveredAt.touchpoint) == ["d"])
        #expect(side.peakEnd == 2)
    }

    @Test("a persona without readings has an empty curve")
    func emptyCurve() {
        let curve = EmotionCurve(persona: "nobody", in: Self.standardDesign)
        #expect(curve.points == [])
        #expect(curve.lowest == nil)
        #expect(curve.highest == nil)
        #expect(curve.peak == nil)
        #expect(curve.end == nil)
        #expect(curve.peakEnd == nil)
        #expect(curve.average == nil)
        #expect(curve.recoveries == [])
        #expect(curve.stagesEndingBelowNeutral == [])
    }

    @Test("emotionCurves gives one curve per persona, in persona order")
    func curvesPerPersona() {
        let curves = Self.standardDesign.emotionCurves()
        #expect(curves.map(\.persona) == ["anna", "ben"])
        #expect(curves.map(\.points.count) == [6, 2])
        #expect(curves[1].lowest?.touchpoint == "x")
    }

    @Test("a stage the path returns to is judged by its last reading on the path")
    func stageRevisited() {
        // s1 ends low (2), then s2, then s1 again ending at 4: s1's last reading is 4.
        let curve = Self.curve([("a", "s1", 2), ("b", "s2", 4), ("c", "s1", 4)])
        #expect(curve.stagesEndingBelowNeutral == [])
        // The other way round both readings agree.
        let reversed = Self.curve([("a", "s1", 4), ("b", "s2", 4), ("c", "s1", 2)])
        #expect(reversed.stagesEndingBelowNeutral == ["s1"])
    }
}
