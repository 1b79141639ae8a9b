import Foundation
import JourneyKit
import JourneyRendering
import Testing
import XMLSupport

/// Designs whose every visible text is hostile: markup, entities, control and bidi characters,
/// emoji, right-to-left and CJK text, empty labels, a 10,000-character word and a
/// 100,000-character label. The pictures stay tidy, well-formed and inert.
@Suite("Injection")
struct InjectionTests {
    static let design = Hostile.design()

    @Test("the geometry promises hold for hostile text", arguments: JourneyView.allCases)
    func geometry(_ view: JourneyView) {
        for theme in Theme.builtIn {
            let scene = JourneyRenderer.scene(Self.design, view: view, theme: theme)
            SceneCheck.expectSound(scene, "\(view) \(theme.name)")
        }
    }

    @Test("the SVG is well-formed and holds no script element and no event handler", arguments: JourneyView.allCases)
    func inert(_ view: JourneyView) throws {
        let svg = JourneyRenderer.svg(Self.design, view: view)
        #expect(!svg.lowercased().contains("<script"))
        #expect(!svg.contains("<![CDATA["), "CDATA sections are written as text, escaped")
        let root = try SVGTree.parse(svg)
        #expect(root.name == "svg")
        let elements = SVGTree.elements(root)
        let names = Set(elements.map { $0.name.lowercased() })
        let allowed: Set<String> = ["svg", "title", "desc", "defs", "marker", "path", "rect", "circle", "g", "text"]
        #expect(names.isSubset(of: allowed), "unexpected elements: \(names.subtracting(allowed))")
        let handlers = elements.flatMap { element in element.attributes.filter { $0.name.lowercased().hasPrefix("on") }.map { "\(element.name) \($0.name)" } }
        #expect(handlers.isEmpty, "event handler attributes: \(handlers)")
        let hrefs = elements.flatMap(\.attributes).filter { $0.name.lowercased().contains("href") }
        #expect(hrefs.isEmpty, "links: \(hrefs.map(\.value))")
    }

    @Test("drawn text carries no control, bidi-override or isolate character", arguments: JourneyView.allCases)
    func displayCharacters(_ view: JourneyView) throws {
        let root = try SVGTree.parse(JourneyRenderer.svg(Self.design, view: view))
        let texts = SVGTree.elements(root).filter { ["text", "title", "desc"].contains($0.name) }
        #expect(texts.count > 20)
        let bad = texts.filter { $0.text.hasForbiddenDisplayScalar }.map { $0.text.unicodeScalars.map { String($0.value, radix: 16) }.prefix(40) }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
        // The scene's own strings say the same as the document.
        let scene = JourneyRenderer.scene(Self.design, view: view)
        let lines = scene.textBlocks.flatMap(\.lines) + [scene.title, scene.summary] + scene.textBlocks.compactMap(\.fullText)
        #expect(!lines.contains { $0.hasForbiddenDisplayScalar })
    }

    @Test("markup in labels reaches the reader as the characters typed, not as markup")
    func markupIsText() throws {
        let root = try SVGTree.parse(JourneyRenderer.svg(Self.design, view: .map))
        let texts = SVGTree.elements(root).filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains(Hostile.onload), "the persona name \(Hostile.onload) is drawn as typed")
        #expect(texts.contains { $0.contains("<![CDATA[x]]> &amp; &lt; &#0;") }, "the proposition keeps its entities literally")
        #expect(texts.contains { $0.contains("]]>") })
        let tooltips = SVGTree.tooltips(root).map(\.title)
        #expect(tooltips.contains { $0.contains(Hostile.script) }, "the cut script label is in a tooltip, escaped")
    }

    @Test("long labels are cut with an ellipsis and kept whole (up to 2,000 characters) in a tooltip", arguments: JourneyView.allCases)
    func longLabels(_ view: JourneyView) throws {
        let root = try SVGTree.parse(JourneyRenderer.svg(Self.design, view: view))
        let tooltips = SVGTree.tooltips(root)
        let long = tooltips.filter { $0.title == String(Hostile.longWord.prefix(2_000)) }
        #expect(!long.isEmpty, "no tooltip holds the first 2,000 characters of the long word")
        for tooltip in tooltips {
            #expect(tooltip.title.count <= 2_000)
            #expect(!tooltip.texts.isEmpty, "a tooltip without text: \(tooltip.title.prefix(40))")
            #expect(tooltip.texts.last?.hasSuffix("…") == true, "tooltip \(tooltip.title.prefix(40)) beside \(tooltip.texts.last?.prefix(40) ?? "")")
            #expect(tooltip.texts.allSatisfy { $0.count < 400 })
        }
        let scene = JourneyRenderer.scene(Self.design, view: view)
        let drawn = scene.textBlocks.flatMap(\.lines)
        #expect(!drawn.contains { $0.contains(Hostile.longWord) }, "the long word is never drawn whole")
    }

    @Test("every text cut with an ellipsis has a tooltip with its full text", arguments: JourneyView.allCases)
    func truncatedTextsHaveTooltips(_ view: JourneyView) throws {
        let root = try SVGTree.parse(JourneyRenderer.svg(Self.design, view: view))
        let bare = SVGTree.truncatedWithoutTooltip(root)
        // The legend shortens persona names to 260 units itself.
        let legendNames = Set(Self.design.personas.map { TextWrap.line($0.name, width: 260, style: TextStyle(size: 11)).line })
        let legend = bare.filter { legendNames.contains($0) }
        let others = bare.filter { !legendNames.contains($0) }
        #expect(others.isEmpty, "cut without a tooltip: \(others.prefix(5).map { $0.prefix(60) })")
        #expect(legend.isEmpty, "legend names cut without a tooltip: \(legend.map { $0.prefix(60) })")
    }

    @Test("empty and blank labels fall back or draw nothing, never an empty line")
    func blankLabels() {
        let design = ServiceDesign(
            id: "blank", title: "", personas: [Persona(id: "p", name: Hostile.whitespace)],
            stages: [Stage(id: "empty-stage", name: ""), Stage(id: "blank-stage", name: Hostile.whitespace)],
            touchpoints: [
                Touchpoint(id: "untitled", title: "", stage: "empty-stage", emotions: [EmotionReading(persona: "p", score: 2, thought: "")]),
                Touchpoint(id: "blank", title: Hostile.whitespace, stage: "blank-stage", emotions: [EmotionReading(persona: "p", score: 4, thought: " ")]),
            ]
        )
        for view in JourneyView.allCases {
            let scene = JourneyRenderer.scene(design, view: view)
            SceneCheck.expectSound(scene, "\(view)")
            let lines = scene.textBlocks.flatMap(\.lines)
            #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(view) draws a blank line")
            #expect(scene.textBlocks.allSatisfy { !$0.lines.isEmpty })
        }
        let map = JourneyRenderer.scene(design, view: .map).textBlocks.flatMap(\.lines)
        #expect(map.contains("untitled"), "an untitled touchpoint shows its id")
        #expect(map.contains("empty-stage"), "an unnamed stage shows its id")
    }

    @Test("an empty or blank title falls back to the design's id, in the picture and in its accessible name",
          arguments: [Hostile.empty, Hostile.whitespace])
    func titleFallback(_ title: String) throws {
        let design = ServiceDesign(id: "untitled-design", title: title, stages: [Stage(id: "s", name: "S")],
                                   touchpoints: [Touchpoint(id: "t", title: "T", stage: "s")])
        for view in JourneyView.allCases {
            let scene = JourneyRenderer.scene(design, view: view)
            SceneCheck.expectSound(scene, "\(view)")
            let drawn = scene.textBlocks.flatMap(\.lines)
            let named = scene.title.contains("untitled-design")
            let shown = drawn.contains("untitled-design")
            #expect(named, "\(view): the accessible name is '\(scene.title)'")
            #expect(shown, "\(view): the header shows no title")
        }
    }

    @Test("a 100,000-character label renders promptly, cut, with its first 2,000 characters as a tooltip",
          .timeLimit(.minutes(2)), arguments: JourneyView.allCases)
    func hugeLabel(_ view: JourneyView) throws {
        let design = Hostile.design(label: Hostile.huge)
        #expect(design.title.count == 100_000)
        let scene = JourneyRenderer.scene(design, view: view)
        SceneCheck.expectSound(scene, "\(view) with a 100,000-character label")
        #expect(scene.summary.count <= 4_000)
        let svg = SVGWriter.write(scene, options: SVGOptions(idPrefix: "huge"))
        let root = try SVGTree.parse(svg)
        let expected = String(TextWrap.displayText(Hostile.huge).prefix(2_000))
        #expect(SVGTree.tooltips(root).contains { $0.title == expected }, "the title's tooltip holds its first 2,000 characters")
        #expect(scene.textBlocks.allSatisfy { $0.lines.allSatisfy { $0.count < 400 } })
        #expect(!svg.lowercased().contains("<script"))
    }
}
