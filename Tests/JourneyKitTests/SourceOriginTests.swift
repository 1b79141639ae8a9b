import Testing
import JourneyKit

@Suite("Source origins are annotations: always equal, never part of a design's meaning")
struct SourceOriginTests {
    static let here = SourceLocation(file: "a.yaml", line: 3, column: 5)
    static let there = SourceLocation(file: "b.yaml", line: 90, column: 1)

    @Test("two origins at different places are equal and hash alike")
    func originsAlwaysEqual() {
        let a = SourceOrigin(Self.here, fields: ["title": Self.here])
        let b = SourceOrigin(Self.there)
        #expect(a == b)
        #expect(a == SourceOrigin())
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b, SourceOrigin()]).count == 1)
        // The places themselves are still kept and still differ.
        #expect(a.location != b.location)
    }

    static func journey(title: String, at location: SourceLocation?) -> ServiceDesign {
        let origin = SourceOrigin(location, fields: location.map { ["next.0": $0, "score": $0] } ?? [:])
        return ServiceDesign(
            id: "o", title: title,
            personas: [Persona(id: "anna", name: "Anna", origin: origin)],
            stages: [Stage(id: "s", name: "S", origin: origin)],
            touchpoints: [
                Touchpoint(
                    id: "a", title: "A", stage: "s",
                    emotions: [EmotionReading(persona: "anna", score: 2, origin: origin)],
                    branches: [Branch(if: "ok", to: "b", origin: origin)], origin: origin),
                Touchpoint(id: "b", title: "B", stage: "s", origin: origin),
            ],
            origin: origin)
    }

    @Test("designs that differ only by their origins are equal")
    func designsDifferingOnlyByOrigins() {
        let fromFile = Self.journey(title: "Same", at: Self.here)
        let fromCode = Self.journey(title: "Same", at: nil)
        #expect(fromFile.touchpoints[0].origin.location == Self.here)
        #expect(fromCode.touchpoints[0].origin.location == nil)
        #expect(fromFile == fromCode)
        #expect(fromFile.hashValue == fromCode.hashValue)
        #expect(Set([fromFile, fromCode]).count == 1)
    }

    @Test("designs that differ in what they say are not equal")
    func designsDifferingInContent() {
        let one = Self.journey(title: "One", at: Self.here)
        let other = Self.journey(title: "Other", at: Self.here)
        #expect(one != other)
        var moved = one
        moved.touchpoints[0].emotions[0].score = 3
        #expect(moved != one)
    }

    @Test("a field's place falls back to its list, then to the element")
    func locationFallback() {
        let item = SourceLocation(file: "a.yaml", line: 7, column: 9)
        let field = SourceLocation(file: "a.yaml", line: 6, column: 3)
        let origin = SourceOrigin(Self.here, fields: ["next": field, "next.2": item])
        #expect(origin.location(of: "next", item: 2) == item)
        #expect(origin.location(of: "next", item: 0) == field)
        #expect(origin.location(of: "next") == field)
        #expect(origin.location(of: "title") == Self.here)
        #expect(origin.location(of: "branches", item: 1) == Self.here)
        #expect(SourceOrigin().location(of: "next", item: 0) == nil)
    }

    @Test("a source location reads file:line:col and orders by file, line, column")
    func sourceLocation() {
        #expect(Self.here.description == "a.yaml:3:5")
        let sorted = [
            SourceLocation(file: "b.yaml", line: 1, column: 1),
            SourceLocation(file: "a.yaml", line: 3, column: 9),
            SourceLocation(file: "a.yaml", line: 3, column: 5),
            SourceLocation(file: "a.yaml", line: 2, column: 40),
        ].sorted()
        #expect(sorted.map(\.description) == ["a.yaml:2:40", "a.yaml:3:5", "a.yaml:3:9", "b.yaml:1:1"])
    }
}
