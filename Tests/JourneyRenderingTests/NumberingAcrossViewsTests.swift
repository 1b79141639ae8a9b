import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing

/// One number per touchpoint, whatever the view: the map's cards, the blueprint's cards, the
/// emotion chart's numbers and key, the deviation diagram and the HTML page's data all read it
/// from `TouchpointNumbers`.
@Suite("Touchpoint numbers across views")
struct NumberingAcrossViewsTests {
    /// The numbers a scene shows, by the touchpoint's place in the design: the first text that
    /// is a number in each group classed `jk-tp-K`. Every number a place shows is collected.
    static func numbers(_ scene: Scene) -> [Int: Set<Int>] {
        var found: [Int: Set<Int>] = [:]
        for item in scene.items { collect(item, into: &found) }
        return found
    }

    private static func collect(_ item: SceneItem, into found: inout [Int: Set<Int>]) {
        guard case .group(let inner, _, let role) = item else { return }
        if let role, let place = role.split(separator: " ").compactMap({ $0.hasPrefix("jk-tp-") ? Int($0.dropFirst(6)) : nil }).first,
           let number = EmotionLayerTests.texts(inner).lazy.compactMap({ Int($0.lines.joined()) }).first {
            found[place, default: []].insert(number)
        }
        for child in inner { collect(child, into: &found) }
    }

    /// The numbers in the HTML page's data island, by place.
    static func pageNumbers(_ design: ServiceDesign) throws -> [Int: Int] {
        let page = HTMLPage.document(design)
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"journey-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let touchpoints = try #require(json["touchpoints"] as? [[String: Any]])
        var result: [Int: Int] = [:]
        for entry in touchpoints {
            if let index = entry["index"] as? Int, let number = entry["number"] as? Int { result[index] = number }
        }
        return result
    }

    @Test("map, blueprint, emotion chart and HTML page give each touchpoint the same number", arguments: EmotionLayerTests.designs.map(\.name))
    func sameNumberEverywhere(_ name: String) throws {
        let design = try #require(EmotionLayerTests.designs.first { $0.name == name }?.design)
        let expected = TouchpointNumbers(design)
        let views: [(String, [Int: Set<Int>])] = JourneyView.allCases.map { ($0.rawValue, Self.numbers(JourneyRenderer.scene(design, view: $0))) }
        let page = try Self.pageNumbers(design)
        for place in design.touchpoints.indices {
            let number = try #require(expected.number(atPlace: place))
            #expect(page[place] == number, "\(name): the page numbers touchpoint \(place) \(page[place].map(String.init) ?? "–"), the cards \(number)")
            for (view, shown) in views {
                guard let numbers = shown[place] else {
                    // The chart draws only touchpoints with readings; the stage summary names only
                    // moments of truth (and its numbers, where shown, are checked below like the rest).
                    #expect(view == "summary" || (view == "emotion" && design.touchpoints[place].emotions.isEmpty), "\(name) \(view): touchpoint \(place) has no number")
                    continue
                }
                #expect(numbers == [number], "\(name) \(view): touchpoint \(place) shows \(numbers.sorted()), the map \(number)")
            }
        }
        // The map really shows them: every touchpoint has its card.
        #expect(views[0].1.count == design.touchpoints.count)
    }

    @Test("the deviation diagram numbers planned steps as the plan's map does")
    func deviationNumbers() throws {
        let plan = try Samples.design("clinic-outpatient.yaml")
        let expected = TouchpointNumbers(plan)
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: TestPaths.samples.appendingPathComponent("actual").path).sorted() {
            let url = TestPaths.samples.appendingPathComponent("actual").appendingPathComponent(file)
            let actual = try #require(JourneyFile.decode(try Data(contentsOf: url), name: file).design)
            let scene = DeviationLayout.scene(plan: plan, actual: actual, comparison: JourneyComparison(plan: plan, actual: actual))
            for (place, numbers) in Self.numbers(scene) {
                #expect(numbers == [expected.number(atPlace: place)!], "\(file): plan touchpoint \(place) shows \(numbers.sorted())")
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}
