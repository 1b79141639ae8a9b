import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// One file with three different faults: all three are reported, each at its place.
///
/// This test target does not depend on JourneyValidation, so the structural findings are read
/// from ``ServiceDesign/integrityProblems()``, the check that the validator's
/// STRUCT-DANGLING-REF (`.danglingReference`) and STRUCT-SCORE-RANGE (`.scoreOutOfScale`)
/// rules report one for one, with the same location. The CLI tests check the rule ids.
@Suite("A typo, a dangling reference and a score off the scale")
struct CombinedProblemsTests {
    static let decoded = InlineJourney.decode(InlineJourney.threeProblems)

    @Test("the typo is the file's only problem, at its key, with a suggestion")
    func typo() {
        #expect(Self.decoded.problems == [
            .unknownField("chanel", element: "touchpoint \"web\"", InlineJourney.at(14, 9), suggestion: "channel"),
        ])
    }

    @Test("the design is still read, so that its references and scores can be checked")
    func designIsRead() throws {
        let design = try #require(Self.decoded.design)
        #expect(design.touchpoints.map(\.id) == ["web", "pay"])
        #expect(design.touchpoints[1].actors == ["visitor", "vistor"])
        #expect(design.touchpoints[1].emotions.map(\.score) == [9])
    }

    @Test("the dangling reference and the score are found, each at its value")
    func integrityFindings() throws {
        let design = try #require(Self.decoded.design)
        let problems = design.integrityProblems()
        #expect(problems.map(\.kind) == [.danglingReference, .scoreOutOfScale])
        #expect(problems.count == 2)

        let dangling = try #require(problems.first { $0.kind == .danglingReference })
        // `actors: [visitor, vistor]`: the second item, on line 19.
        #expect(dangling.location == InlineJourney.at(19, 27))
        #expect(dangling.message.contains("\"vistor\""))
        #expect(dangling.hint == "did you mean \"visitor\"?")
        // The note points at the actor meant: `{id: visitor, …}` on line 7.
        #expect(dangling.related == InlineJourney.at(7, 10))

        let score = try #require(problems.first { $0.kind == .scoreOutOfScale })
        // `emotions: {anna: 9}` on line 20.
        #expect(score.location == InlineJourney.at(20, 26))
        #expect(score.message.contains("9"))
        #expect(score.message.contains("1…5"))
    }

    @Test("all three places are distinct and in file order")
    func allThreeInOrder() throws {
        let design = try #require(Self.decoded.design)
        let places = Self.decoded.problems.map(\.location) + design.integrityProblems().compactMap(\.location)
        #expect(places == [InlineJourney.at(14, 9), InlineJourney.at(19, 27), InlineJourney.at(20, 26)])
        #expect(places.map(\.description) == ["test.yaml:14:9", "test.yaml:19:27", "test.yaml:20:26"])
    }

    @Test("a dangling `next` and a score in a reading block are placed at their values")
    func otherPlaces() throws {
        let text = InlineJourney.journey(touchpointLines: ["next: nowhere", "emotions:", "  anna: {score: 0, thought: Awful}"])
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.isEmpty)
        let problems = try #require(decoded.design).integrityProblems()
        #expect(problems.map(\.kind) == [.danglingReference, .scoreOutOfScale])
        #expect(problems.map(\.location) == [InlineJourney.at(12, 15), InlineJourney.at(14, 25)])
    }
}
