import Testing
import JourneyKit

@Suite("Integrity: duplicate ids, dangling references, scores, scale and pyramid levels")
struct IntegrityTests {
    static func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: "journey.yaml", line: line, column: column)
    }

    /// A consistent design: one persona, two stages, three touchpoints, a metric.
    static let clean = ServiceDesign(id: "clean", title: "Clean") {
        Persona(id: "anna", name: "Anna") { Need("Be quick", id: "quick") }
        JourneyStage("order", "Order") {
            Touchpoint("cart", "Fills the cart") { Emotion("anna", 3); Next("checkout") }
            Touchpoint("checkout", "Checks out") { Emotion("anna", 4) }
        }
        JourneyStage("after", "After") {
            Touchpoint("receipt", "Gets a receipt") { Emotion("anna", 5) }
        }
        Metric(id: "csat", name: "Satisfaction", touchpoints: ["checkout"])
        ValueProposition("Fast checkout", serves: ["quick"])
    }

    @Test("a consistent design has no problems")
    func cleanDesign() {
        #expect(Self.clean.integrityProblems() == [])
    }

    @Test("a touchpoint id used twice is reported once, at the second use")
    func duplicateTouchpoint() throws {
        var design = Self.clean
        var copy = design.touchpoints[0]
        copy.title = "Another cart"
        copy.next = []
        copy.origin = SourceOrigin(Self.at(20), fields: ["id": Self.at(20, 9)])
        design.touchpoints[0].origin = SourceOrigin(Self.at(5), fields: ["id": Self.at(5, 9)])
        design.touchpoints.append(copy)
        let problems = design.integrityProblems()
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.kind == .duplicateID)
        #expect(problem.message == "touchpoint id \"cart\" is used twice")
        #expect(problem.location == Self.at(20, 9))
        #expect(problem.related == Self.at(5, 9))
        #expect(problem.relatedMessage == "\"cart\" was first used here")
        #expect(problem.hint == "give each touchpoint its own id")
        #expect(problem.description == "journey.yaml:20:9: touchpoint id \"cart\" is used twice")
    }

    @Test("duplicates are found without any source locations, once per extra use")
    func duplicatesWithoutLocations() {
        let design = ServiceDesign(
            id: "d", title: "D",
            personas: [Persona(id: "anna", name: "Anna"), Persona(id: "anna", name: "Anna again")],
            stages: [Stage(id: "s", name: "S"), Stage(id: "s", name: "S2")],
            touchpoints: [step("a", stage: "s"), step("a", stage: "s"), step("a", stage: "s")])
        let problems = design.integrityProblems()
        #expect(problems.map(\.kind) == [.duplicateID, .duplicateID, .duplicateID, .duplicateID])
        #expect(problems.map(\.message) == [
            "persona id \"anna\" is used twice",
            "stage id \"s\" is used twice",
            "touchpoint id \"a\" is used twice",
            "touchpoint id \"a\" is used twice",
        ])
        #expect(problems.allSatisfy { $0.location == nil && $0.related == nil })
    }

    @Test("the same id on a touchpoint and on a stage is not a duplicate")
    func sameIDDifferentKinds() {
        let design = ServiceDesign(id: "d", title: "D") {
            Persona(id: "pay", name: "Pay the persona") { Need("Pay", id: "pay") }
            JourneyStage("pay", "Pay") {
                Touchpoint("pay", "Pays")
            }
            Metric(id: "pay", name: "Payments")
        }
        #expect(design.identifiedElements.map(\.kind) == [.persona, .statement, .stage, .touchpoint, .metric])
        #expect(design.integrityProblems() == [])
    }

    @Test("a need id used by two personas is a duplicate statement")
    func duplicateStatement() {
        let design = ServiceDesign(id: "d", title: "D") {
            Persona(id: "anna", name: "Anna") { Need("Be quick", id: "quick") }
            Persona(id: "ben", name: "Ben") { Desire("Be quicker", id: "quick") }
        }
        #expect(design.integrityProblems().map(\.message) == ["need, expectation or desire id \"quick\" is used twice"])
    }

    @Test("a misspelt next is a dangling reference with a did-you-mean hint")
    func danglingWithSuggestion() throws {
        var design = Self.clean
        design.touchpoints[0].next = ["receipt", "chekout"]
        design.touchpoints[0].origin = SourceOrigin(Self.at(10), fields: ["next": Self.at(12), "next.1": Self.at(14, 9)])
        design.touchpoints[1].origin = SourceOrigin(Self.at(16), fields: ["id": Self.at(16, 9)])
        let problems = design.integrityProblems()
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.kind == .danglingReference)
        #expect(problem.message == "touchpoint \"cart\" refers in \"next\" to touchpoint \"chekout\", which does not exist")
        #expect(problem.hint == "did you mean \"checkout\"?")
        #expect(problem.relatedMessage == "touchpoint \"checkout\" is defined here")
        #expect(problem.location == Self.at(14, 9))
        #expect(problem.related == Self.at(16, 9))
    }

    @Test("a dangling reference with nothing close has no hint; with nothing of its kind it says so")
    func danglingWithoutSuggestion() {
        var design = Self.clean
        design.touchpoints[2].branches = [Branch(if: "wants a refund", to: "refund-desk")]
        design.touchpoints[2].emotions.append(EmotionReading(persona: "zoe", score: 3))
        design.painPoints = [PainPoint("Slow", touchpoints: ["cart"], evidence: ["interviews"])]
        let problems = design.integrityProblems()
        #expect(problems.map(\.kind) == [.danglingReference, .danglingReference, .danglingReference])
        #expect(problems.map(\.message) == [
            "touchpoint \"receipt\" refers in \"emotions\" to persona \"zoe\", which does not exist",
            "touchpoint \"receipt\" refers in \"to\" to touchpoint \"refund-desk\", which does not exist",
            "pain point \"Slow\" refers in \"evidence\" to research study \"interviews\", which does not exist",
        ])
        #expect(problems.map(\.hint) == [nil, nil, "no research study is defined in this design"])
        #expect(problems.map(\.related) == [nil, nil, nil])
    }

    @Test("a touchpoint whose stage does not exist is a dangling reference")
    func danglingStage() {
        let design = ServiceDesign(
            id: "d", title: "D", stages: [Stage(id: "order", name: "Order")],
            touchpoints: [step("a", stage: "ordr")])
        let problems = design.integrityProblems()
        #expect(problems.map(\.message) == ["touchpoint \"a\" refers in \"stage\" to stage \"ordr\", which does not exist"])
        #expect(problems.map(\.hint) == ["did you mean \"order\"?"])
    }

    @Test("an emotion score outside the standard scale is reported with the range")
    func scoreOutOfStandardScale() {
        var design = Self.clean
        design.touchpoints[1].emotions = [
            EmotionReading(persona: "anna", score: 7, origin: SourceOrigin(Self.at(30), fields: ["score": Self.at(30, 14)]))
        ]
        design.touchpoints[2].momentOfTruth = MomentOfTruth(owner: "Shop", target: 0.5)
        let problems = design.integrityProblems()
        #expect(problems.map(\.kind) == [.scoreOutOfScale, .scoreOutOfScale])
        #expect(problems.map(\.message) == [
            "emotion score 7 of \"anna\" at touchpoint \"checkout\" is outside the scale 1…5",
            "the moment of truth at \"receipt\" targets 0.5, outside the scale 1…5",
        ])
        #expect(problems.first?.location == Self.at(30, 14))
        #expect(problems.first?.hint == "use a score from 1…5, or declare another range under `scale:`")
        #expect(problems.last?.hint == "use a score from 1…5")
    }

    @Test("scores are checked against the design's own scale")
    func scoreOutOfSignedScale() {
        var design = Self.clean
        design.scale = EmotionScale(min: -2, max: 2, neutral: 0)
        design.touchpoints[0].emotions = [EmotionReading(persona: "anna", score: -2)]
        design.touchpoints[1].emotions = [EmotionReading(persona: "anna", score: 2)]
        design.touchpoints[2].emotions = [EmotionReading(persona: "anna", score: 3)]
        let problems = design.integrityProblems()
        #expect(problems.map(\.message) == ["emotion score 3 of \"anna\" at touchpoint \"receipt\" is outside the scale -2…2"])
    }

    @Test("a score that is not a number is outside any scale")
    func nanScore() {
        var design = Self.clean
        design.touchpoints[0].emotions = [EmotionReading(persona: "anna", score: .nan)]
        #expect(design.integrityProblems().map(\.kind) == [.scoreOutOfScale])
    }

    @Test("a scale whose lowest score is not below its highest is invalid, and scores go unchecked")
    func invalidScale() {
        var design = Self.clean
        design.scale = EmotionScale(min: 5, max: 5, neutral: 5)
        design.origin = SourceOrigin(Self.at(1), fields: ["scale": Self.at(3, 1)])
        design.touchpoints[0].emotions = [EmotionReading(persona: "anna", score: 9)]
        let problems = design.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.kind == .invalidScale)
        #expect(problems.first?.message == "the emotion scale is invalid: the lowest score (5) must be below the highest (5)")
        #expect(problems.first?.location == Self.at(3, 1))
    }

    @Test("an inverted scale also has its neutral outside")
    func invertedScale() {
        var design = Self.clean
        design.scale = EmotionScale(min: 5, max: 1, neutral: 3)
        #expect(design.integrityProblems().map(\.message) == [
            "the emotion scale is invalid: the lowest score (5) must be below the highest (1)",
            "the emotion scale is invalid: neutral (3) must lie between 5 and 1",
        ])
    }

    @Test("pyramid level 5 (and 0) do not exist; 1 to 4 do")
    func invalidPyramidLevel() {
        var design = Self.clean
        design.project = DesignProject(
            pyramidLevels: [1, 5, 4, 0],
            origin: SourceOrigin(Self.at(40), fields: ["levels": Self.at(41), "levels.1": Self.at(41, 14)]))
        let problems = design.integrityProblems()
        #expect(problems.map(\.kind) == [.invalidPyramidLevel, .invalidPyramidLevel])
        #expect(problems.map(\.message) == [
            "pyramid level 5 does not exist; ISO 23592 has levels 1 to 4",
            "pyramid level 0 does not exist; ISO 23592 has levels 1 to 4",
        ])
        #expect(problems.map(\.location) == [Self.at(41, 14), Self.at(41)])
        design.project?.pyramidLevels = [1, 2, 3, 4]
        #expect(design.integrityProblems() == [])
    }

    @Test("problem kinds have the names journey files and reports use")
    func kindNames() {
        #expect(IntegrityProblem.Kind.allCases.map(\.rawValue) == [
            "duplicate-id", "dangling-reference", "score-out-of-scale", "invalid-scale", "invalid-pyramid-level",
        ])
    }
}
