import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// A design written in Swift with the DSL and the same design read from its YAML file are equal
/// values (origins, the places things were written, never count).
@Suite("DSL equals file")
struct DSLEqualsFileTests {
    static func buildingPermitFromFile() throws -> ServiceDesign {
        let url = TestPaths.samples.appendingPathComponent("building-permit.yaml")
        return try JourneyFile.load(Data(contentsOf: url), name: "Samples/building-permit.yaml")
    }

    @Test("the building-permit sample built in Swift equals the file")
    func buildingPermitEqualsFile() throws {
        let fromFile = try Self.buildingPermitFromFile()
        let inSwift = BuildingPermitInSwift.design
        #expect(fromFile == BuildingPermitInSwift.design)
        // The same again, part by part, so that a failure names the part that differs.
        expectSameParts(fromFile, inSwift)
    }

    @Test("a design changed in one emotion score no longer equals the file")
    func oneChangedScoreMakesThemDiffer() throws {
        let fromFile = try Self.buildingPermitFromFile()
        var changed = BuildingPermitInSwift.design
        let index = try #require(changed.touchpoints.firstIndex { $0.id == "pre-app-meeting" })
        try #require(changed.touchpoints[index].emotions.first?.persona == "erik")
        #expect(changed.touchpoints[index].emotions[0].score == 4)
        changed.touchpoints[index].emotions[0].score = 3

        #expect(changed != fromFile)
        #expect(changed != BuildingPermitInSwift.design)
        // The part-by-part comparison names that score.
        let found = differences(fromFile, changed)
        #expect(found.contains { $0.hasSuffix("emotions[0].score: 4.0 in the file, 3.0 in Swift") }, "\(found)")
    }
}

// MARK: Comparing part by part

/// One expectation per part of the design; list parts are compared element by element, matched
/// by id, after their ids (in order) are compared.
private func expectSameParts(_ file: ServiceDesign, _ swift: ServiceDesign) {
    #expect(file.id == swift.id, "journey id")
    #expect(file.title == swift.title, "title")
    #expect(file.version == swift.version, "version")
    #expect(file.owner == swift.owner, "owner")
    #expect(file.status == swift.status, "status")
    #expect(file.kind == swift.kind, "kind")
    #expect(file.coreProposition == swift.coreProposition, "proposition")
    #expect(file.description == swift.description, "description")
    #expect(file.scale == swift.scale, "scale: \(differences(file.scale, swift.scale))")
    #expect(file.project == swift.project, "project: \(differences(file.project as Any, swift.project as Any))")
    expectSameElements(file.personas, swift.personas, "persona") { $0.id.rawValue }
    expectSameElements(file.actors, swift.actors, "actor") { $0.id.rawValue }
    expectSameElements(file.challenges, swift.challenges, "challenge") { $0.id?.rawValue ?? $0.statement }
    #expect(
        file.valueProposition == swift.valueProposition,
        "value proposition: \(differences(file.valueProposition as Any, swift.valueProposition as Any))")
    expectSameElements(file.stages, swift.stages, "stage") { $0.id.rawValue }
    expectSameElements(file.touchpoints, swift.touchpoints, "touchpoint") { $0.id.rawValue }
    expectSameElements(file.painPoints, swift.painPoints, "pain point") { $0.id?.rawValue ?? $0.title }
    expectSameElements(file.opportunities, swift.opportunities, "opportunity") { $0.id?.rawValue ?? $0.title }
    expectSameElements(file.metrics, swift.metrics, "metric") { $0.id.rawValue }
    expectSameElements(file.dataPoints, swift.dataPoints, "data point") { $0.id.rawValue }
    expectSameElements(file.evidence.research, swift.evidence.research, "research study") { $0.id.rawValue }
    expectSameElements(file.evidence.sessions, swift.evidence.sessions, "co-creation session") { $0.title }
    expectSameElements(file.evidence.tests, swift.evidence.tests, "prototype test") { $0.prototype }
}

/// The keys of both lists in order, then each element of the file against the Swift element
/// with the same key.
private func expectSameElements<Element: Hashable>(
    _ file: [Element], _ swift: [Element], _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    key: (Element) -> String
) {
    let fileKeys = file.map(key)
    let swiftKeys = swift.map(key)
    #expect(fileKeys == swiftKeys, "\(what) list (by id, in order)", sourceLocation: sourceLocation)
    var inSwift: [String: Element] = [:]
    for element in swift where inSwift[key(element)] == nil { inSwift[key(element)] = element }
    for element in file {
        // A missing element is reported by the list check above.
        guard let other = inSwift[key(element)] else { continue }
        #expect(
            element == other,
            "\(what) \"\(key(element))\": \(differences(element, other).joined(separator: "; "))",
            sourceLocation: sourceLocation)
    }
}

/// Where two values differ, as paths with both sides, such as
/// `emotions[0].score: 4.0 in the file, 3.0 in Swift`. Origins are skipped: they never make
/// values unequal.
private func differences(_ file: Any, _ swift: Any, at path: String = "") -> [String] {
    if let a = file as? AnyHashable, let b = swift as? AnyHashable, a == b { return [] }
    let fileMirror = Mirror(reflecting: file)
    let swiftMirror = Mirror(reflecting: swift)
    let place = path.isEmpty ? "value" : path
    if let a = file as? String, let b = swift as? String { return ["\(place): \(textDifference(a, b))"] }
    let leaf = ["\(place): \(file) in the file, \(swift) in Swift"]
    switch (fileMirror.displayStyle, swiftMirror.displayStyle) {
    case (.struct, .struct):
        var found: [String] = []
        for (a, b) in zip(fileMirror.children, swiftMirror.children) where a.label != "origin" {
            let label = a.label ?? "?"
            found += differences(a.value, b.value, at: path.isEmpty ? label : "\(path).\(label)")
        }
        return found.isEmpty ? leaf : found
    case (.collection, .collection):
        let a = Array(fileMirror.children)
        let b = Array(swiftMirror.children)
        guard a.count == b.count else { return ["\(path): \(a.count) items in the file, \(b.count) in Swift"] }
        return zip(a, b).enumerated().flatMap { index, pair in
            differences(pair.0.value, pair.1.value, at: "\(path)[\(index)]")
        }
    case (.optional, .optional):
        guard let a = fileMirror.children.first, let b = swiftMirror.children.first else { return leaf }
        return differences(a.value, b.value, at: path)
    default:
        return leaf
    }
}

/// Two texts from where they part: `…went up.\n" in the file, "…went up." in Swift (from character 301)`.
private func textDifference(_ file: String, _ swift: String) -> String {
    let a = Array(file)
    let b = Array(swift)
    var common = 0
    while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
    let start = max(0, common - 20)
    func excerpt(_ text: [Character]) -> String {
        let end = min(text.count, common + 40)
        let quoted = String(reflecting: String(text[start..<end]))
        return (start > 0 ? "…" : "") + quoted + (end < text.count ? "…" : "")
    }
    return "\(excerpt(a)) in the file, \(excerpt(b)) in Swift (from character \(common))"
}
