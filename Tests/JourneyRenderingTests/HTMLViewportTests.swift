import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import Testing
import XMLSupport

/// The page's controls for moving around a picture, and the hooks they rely on: zoom buttons a
/// keyboard reaches, row labels and stage bands marked in every view's SVG, and a direction on
/// each design text that follows most of its letters (not `dir="auto"`, which follows the
/// first one and reverses a mixed Arabic and Latin label).
@Suite("HTML page: zoom, labels in view, text direction")
struct HTMLViewportTests {
    @Test("the zoom steps are buttons: fit width, fit height, 50 %, 100 % (pressed), 200 %; the old fit switch is gone")
    func zoomButtons() throws {
        let page = HTMLPage.document(try Samples.design("clinic-outpatient.yaml"))
        let root = try HTMLPageTests.tree(page)
        let group = try #require(SVGTree.elements(root).first { $0.attribute("id")?.value == "zoom" })
        #expect(group.attribute("role")?.value == "group")
        let buttons = SVGTree.elements(group).filter { $0.name == "button" }
        #expect(buttons.map { $0.attribute("data-zoom")?.value } == ["width", "height", "0.5", "1", "2"])
        #expect(buttons.allSatisfy { $0.attribute("type")?.value == "button" })
        #expect(buttons.map { $0.attribute("aria-pressed")?.value } == ["false", "false", "false", "true", "false"])
        #expect(!page.contains("id=\"fit\""))
        #expect(page.contains("g.jk-row-label") && page.contains("g.jk-stage"), "the script that keeps labels in view")
    }

    /// The stage summary is one slide with a column per stage and no rows to scroll past.
    @Test("every scrolling view marks its row labels and its stage bands, one band per stage", arguments: JourneyView.allCases.filter { $0 != .summary })
    func hooks(_ view: JourneyView) throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let svg = try SVGTree.parse(JourneyRenderer.svg(design, view: view))
        let groups = SVGTree.elements(svg).filter { $0.name == "g" }
        let labels = groups.filter { $0.attribute("class")?.value == "jk-row-label" }
        let stages = groups.filter { $0.attribute("class")?.value == "jk-stage" }
        // The map and the blueprint name several rows; the emotion chart has its stages and one plot.
        #expect(labels.count >= (view == .emotion ? 1 : 2), "\(view): \(labels.count) row labels")
        #expect(labels.allSatisfy { SVGTree.elements($0).contains { $0.name == "text" } })
        #expect(stages.count == design.stages.count, "\(view): \(stages.count) stage bands for \(design.stages.count) stages")
        #expect(stages.allSatisfy { group in SVGTree.elements(group).contains { $0.name == "rect" } && SVGTree.elements(group).contains { $0.name == "text" } })
    }

    static let mixed = """
        journey: mixed
        title: "رحلة الإقامة"
        personas:
          - {id: leila, name: "ليلى (Leila) Haddad"}
          - {id: amal, name: "أمل حداد"}
          - {id: anna, name: "Anna (آنا) Berg"}
        stages:
          - id: s1
            name: Apply
            touchpoints:
              - {id: t1, title: One, emotions: {leila: 3, amal: 4, anna: 2}}

        """

    @Test("each persona label has the direction of most of its letters; the Arabic title is right to left; no dir=auto is left")
    func directions() throws {
        let decoded = JourneyFile.decode(Data(Self.mixed.utf8), name: "mixed.yaml", format: nil)
        let design = try #require(decoded.design)
        let page = HTMLPage.document(design, findings: [PageFinding(severity: "warning", rule: "R", message: "stage \"ليلى\" has no touchpoints")], file: "mixed.yaml")
        #expect(page.contains("<span dir=\"ltr\">ليلى (Leila) Haddad</span>"), "mostly Latin: left to right, as the picture draws it")
        #expect(page.contains("<span dir=\"rtl\">أمل حداد</span>"))
        #expect(page.contains("<span dir=\"ltr\">Anna (آنا) Berg</span>"))
        #expect(page.contains("<h1 dir=\"rtl\">رحلة الإقامة</h1>"))
        #expect(page.contains("<p dir=\"ltr\">stage &quot;ليلى&quot; has no touchpoints"))
        #expect(!page.contains("dir=\"auto\""))
    }
}
