import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing

@Suite("Deviation view")
struct DeviationViewTests {
    static var actualFiles: [URL] {
        let folder = TestPaths.samples.appendingPathComponent("actual")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("every sample actual journey draws a sound deviation diagram: no overlap, texts in their boxes, all in the picture", arguments: actualFiles)
    func sound(_ url: URL) throws {
        let plan = try Samples.design("clinic-outpatient.yaml")
        let decoded = JourneyFile.decode(try Data(contentsOf: url), name: url.lastPathComponent)
        let actual = try #require(decoded.design, "\(decoded.problems)")
        let comparison = JourneyComparison(plan: plan, actual: actual)
        let scene = DeviationLayout.scene(plan: plan, actual: actual, comparison: comparison)
        SceneCheck.expectSound(scene, url.lastPathComponent)
        // One mark per step of the alignment, each step's title among the texts.
        let texts = scene.textBlocks.map { $0.lines.joined(separator: " ") }.joined(separator: "\n")
        for case .inserted(let index) in comparison.steps {
            #expect(texts.contains(String(actual.touchpoints[index].title.prefix(15))), "the ad hoc step \(actual.touchpoints[index].title) is not labelled")
        }
        #expect(texts.contains("fitness"))
    }

    @Test("a step skipped, a step ad hoc and a step out of order are each drawn as such")
    func kinds() throws {
        let plan = ServiceDesign(id: "plan", title: "Plan") {
            JourneyStage("s", "Stage") {
                Touchpoint("a", "Alpha")
                Touchpoint("b", "Bravo")
                Touchpoint("c", "Charlie")
                Touchpoint("d", "Delta")
            }
        }
        var actual = ServiceDesign(id: "actual", title: "Actual", kind: .actual) {
            JourneyStage("s", "Stage") {
                Touchpoint("a", "Alpha")
                Touchpoint("x", "Phones to chase")
                Touchpoint("d", "Delta")
                Touchpoint("c", "Charlie")
            }
        }
        actual.plannedJourney = "plan"
        let comparison = JourneyComparison(plan: plan, actual: actual)
        let scene = DeviationLayout.scene(plan: plan, actual: actual, comparison: comparison)
        SceneCheck.expectSound(scene, "hand-made")
        let texts = scene.textBlocks.flatMap(\.lines)
        #expect(texts.contains("skipped"))
        #expect(texts.contains("ad hoc"))
        #expect(texts.contains("out of order") == !comparison.orderViolations.isEmpty)
        #expect(comparison.adHoc.count == 1)
    }
}
