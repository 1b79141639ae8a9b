import Testing
import JourneyKit

@Suite("Emotion scale: range, neutral, labels and how scores are written")
struct EmotionScaleTests {
    @Test("the standard scale runs 1 to 5 with 3 neutral")
    func standard() {
        #expect(EmotionScale.standard == EmotionScale(min: 1, max: 5, neutral: 3))
        #expect(EmotionScale.standard.problems == [])
        #expect(EmotionScale.standard.contains(1))
        #expect(EmotionScale.standard.contains(5))
        #expect(EmotionScale.standard.contains(2.5))
        #expect(!EmotionScale.standard.contains(0.99))
        #expect(!EmotionScale.standard.contains(5.01))
        #expect(!EmotionScale.standard.contains(.nan))
        #expect(!EmotionScale.standard.contains(.infinity))
    }

    @Test("labels are kept lowest first and found by score")
    func labels() {
        let scale = EmotionScale(min: -2, max: 2, neutral: 0, labels: [
            .init(score: 2, text: "delighted"), .init(score: -2, text: "furious"), .init(score: 0, text: "fine"),
        ])
        #expect(scale.labels.map(\.text) == ["furious", "fine", "delighted"])
        #expect(scale.label(for: -2) == "furious")
        #expect(scale.label(for: 1) == nil)
        #expect(scale.problems == [])
    }

    @Test("a scale says what is wrong with it")
    func problems() {
        #expect(EmotionScale(min: 5, max: 1, neutral: 3).problems == [
            "the lowest score (5) must be below the highest (1)",
            "neutral (3) must lie between 5 and 1",
        ])
        #expect(EmotionScale(min: 1, max: 5, neutral: 6).problems == ["neutral (6) must lie between 1 and 5"])
        #expect(EmotionScale(min: 1, max: 5, neutral: 3, labels: [.init(score: 7.5, text: "ecstatic")]).problems == [
            "label \"ecstatic\" is at 7.5, outside 1…5"
        ])
    }

    @Test("scores are written as people write them")
    func scoreText() {
        #expect((4.0).scoreText == "4")
        #expect((-2.0).scoreText == "-2")
        #expect((3.5).scoreText == "3.5")
        #expect((0.0).scoreText == "0")
    }
}
