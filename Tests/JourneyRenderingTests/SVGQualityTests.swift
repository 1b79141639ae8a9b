import Foundation
import JourneyKit
import JourneyRendering
import Testing
import XMLSupport

/// The SVG documents: accessible, with ids that cannot clash, reproducible, with every colour
/// on the element, short numbers, and paper sizes that print.
@Suite("SVG quality")
struct SVGQualityTests {
    static let cases = RenderCase.all(themes: ["light"])

    static func prefix(_ design: ServiceDesign, _ view: JourneyView) -> String {
        SVGOptions.idPrefix("\(design.id)-\(view.rawValue)")
    }

    @Test("the root is an image named by its title and description", arguments: cases)
    func accessibleName(_ render: RenderCase) throws {
        let design = try Samples.design(render.sample)
        let root = try SVGTree.parse(JourneyRenderer.svg(design, view: render.view))
        #expect(root.name == "svg")
        #expect(root.namespace == "http://www.w3.org/2000/svg")
        #expect(root.attribute("role")?.value == "img")
        let labels = try #require(root.attribute("aria-labelledby")?.value).split(separator: " ").map(String.init)
        #expect(labels.count == 2)
        let title = try #require(root.children.first { $0.attribute("id")?.value == labels.first })
        let desc = try #require(root.children.first { $0.attribute("id")?.value == labels.last })
        #expect(title.name == "title")
        #expect(desc.name == "desc")
        #expect(title.text.contains(design.title))
        #expect(desc.text.count > 20, "desc: \(desc.text)")
        // The title and description come first, so that readers meet them before the drawing.
        #expect(root.children.prefix(2).map(\.name) == ["title", "desc"])
    }

    @Test("every id starts with the picture's prefix, is unique, and every reference resolves", arguments: cases)
    func ids(_ render: RenderCase) throws {
        let design = try Samples.design(render.sample)
        let root = try SVGTree.parse(JourneyRenderer.svg(design, view: render.view))
        let ids = SVGTree.ids(root)
        let prefix = Self.prefix(design, render.view)
        #expect(prefix.hasPrefix("jk-"))
        #expect(ids.count >= 2)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let strays = ids.filter { !$0.hasPrefix(prefix + "-") }
        #expect(strays.isEmpty, "ids without the prefix \(prefix): \(strays)")
        var references: [String] = []
        for element in SVGTree.elements(root) {
            for attribute in element.attributes {
                if attribute.name == "aria-labelledby" { references += attribute.value.split(separator: " ").map(String.init) }
                if let range = attribute.value.range(of: "url(#") {
                    references.append(String(attribute.value[range.upperBound...].prefix { $0 != ")" }))
                }
            }
        }
        #expect(!references.isEmpty)
        let missing = references.filter { !ids.contains($0) }
        #expect(missing.isEmpty, "references to missing ids: \(missing)")
    }

    @Test("pictures of different designs, and different views of one design, share no id")
    func idsDoNotClash() throws {
        var seen: [String: String] = [:]
        for name in Samples.names {
            let design = try Samples.design(name)
            for view in JourneyView.allCases {
                let root = try SVGTree.parse(JourneyRenderer.svg(design, view: view))
                for id in SVGTree.ids(root) {
                    if let other = seen[id] { Issue.record("\(id) in \(name) \(view) and in \(other)") }
                    seen[id] = "\(name) \(view)"
                }
            }
        }
        #expect(seen.count >= Samples.names.count * JourneyView.allCases.count * 2)
    }

    @Test("the views of a design with a long id still get different ids")
    func longDesignID() throws {
        var design = try Samples.design("clinic-outpatient-before.yaml")
        design.id = DesignID(String(repeating: "riverside-general-outpatient-", count: 3))
        var owners: [String: JourneyView] = [:]
        var clashes: [String] = []
        for view in JourneyView.allCases {
            let root = try SVGTree.parse(JourneyRenderer.svg(design, view: view))
            for id in SVGTree.ids(root) {
                if let other = owners[id] { clashes.append("\(id): \(other) and \(view)") }
                owners[id] = view
            }
        }
        #expect(clashes.isEmpty, "\(clashes.prefix(3))")
    }

    @Test("the same scene gives the same bytes", arguments: cases)
    func reproducible(_ render: RenderCase) throws {
        let design = try Samples.design(render.sample)
        let first = JourneyRenderer.svg(design, view: render.view)
        let second = JourneyRenderer.svg(design, view: render.view)
        #expect(first == second)
        let again = try Samples.design(render.sample)
        #expect(JourneyRenderer.svg(again, view: render.view) == first, "a fresh decode draws the same picture")
        #expect(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        #expect(first.hasSuffix("</svg>\n"))
    }

    @Test("every text names its fill colour, and fills are colours", arguments: cases)
    func explicitFill(_ render: RenderCase) throws {
        let design = try Samples.design(render.sample)
        for theme in Theme.builtIn {
            let root = try SVGTree.parse(JourneyRenderer.svg(design, view: render.view, theme: theme))
            let texts = SVGTree.elements(root).filter { $0.name == "text" }
            #expect(texts.count > 10)
            let bare = texts.filter { $0.attribute("fill") == nil }.map(\.text)
            #expect(bare.isEmpty, "\(theme.name): texts without fill: \(bare.prefix(5))")
            let colour = /^(#[0-9a-f]{6}|none)$/
            let odd = SVGTree.elements(root).compactMap { $0.attribute("fill")?.value }.filter { (try? colour.wholeMatch(in: $0)) == nil }
            #expect(odd.isEmpty, "\(theme.name): fills that are not #rrggbb: \(Set(odd))")
            #expect(texts.allSatisfy { $0.attribute("font-size") != nil })
        }
    }

    @Test("numbers have at most two decimals and never read -0", arguments: cases)
    func shortNumbers(_ render: RenderCase) throws {
        let design = try Samples.design(render.sample)
        let root = try SVGTree.parse(JourneyRenderer.svg(design, view: render.view))
        let numeric: Set<String> = ["x", "y", "width", "height", "d", "cx", "cy", "r", "rx", "viewBox", "stroke-width", "stroke-dasharray", "font-size"]
        var checked = 0
        var bad: [String] = []
        for element in SVGTree.elements(root) {
            for attribute in element.attributes where numeric.contains(attribute.name) {
                checked += 1
                if attribute.value.contains(/\d\.\d{3}/) || attribute.value.contains(/(^|[^\d.])-0($|[^\d.])/) || attribute.value.contains(/[eE][+-]?\d/) {
                    bad.append("\(element.name) \(attribute.name)=\"\(attribute.value.prefix(60))\"")
                }
            }
        }
        #expect(checked > 100)
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    @Test("on A4 the picture is 297 by 210 mm with a viewBox of the same proportions around the scene", arguments: Paper.allCases)
    func paper(_ paper: Paper) throws {
        for name in Samples.names {
            let design = try Samples.design(name)
            for view in JourneyView.allCases {
                let scene = JourneyRenderer.scene(design, view: view)
                let root = try SVGTree.parse(JourneyRenderer.svg(design, view: view, paper: paper))
                let (w, h) = paper.millimetres
                #expect(root.attribute("width")?.value == "\(Int(w))mm")
                #expect(root.attribute("height")?.value == "\(Int(h))mm")
                let box = try #require(root.attribute("viewBox")?.value).split(separator: " ").compactMap { Double($0) }
                try #require(box.count == 4)
                #expect(abs((box[2] / box[3]) / (w / h) - 1) < 0.001, "\(name) \(view): viewBox \(box)")
                // The whole picture is inside the page, centred.
                #expect(box[0] <= 0.01 && box[1] <= 0.01)
                #expect(box[0] + box[2] >= scene.width - 0.01 && box[1] + box[3] >= scene.height - 0.01)
                #expect(abs(box[0] + box[2] / 2 - scene.width / 2) < 0.02 && abs(box[1] + box[3] / 2 - scene.height / 2) < 0.02)
            }
        }
        if paper == .a4 {
            let design = try Samples.design("building-permit.yaml")
            let root = try SVGTree.parse(JourneyRenderer.svg(design, view: .map, paper: .a4))
            #expect(root.attribute("width")?.value == "297mm")
            #expect(root.attribute("height")?.value == "210mm")
        }
    }

    @Test("without paper the picture has its own size")
    func ownSize() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let scene = JourneyRenderer.scene(design, view: .blueprint)
        let root = try SVGTree.parse(SVGWriter.write(scene, options: SVGOptions(idPrefix: "x")))
        let box = try #require(root.attribute("viewBox")?.value).split(separator: " ").compactMap { Double($0) }
        #expect(box.count == 4 && box[0] == 0 && box[1] == 0)
        #expect(abs(box[2] - scene.width) <= 0.005 && abs(box[3] - scene.height) <= 0.005)
        #expect(root.attribute("width")?.value == root.attribute("viewBox")?.value.split(separator: " ")[2].description)
    }

    @Test("an id prefix keeps letters, digits and underscores, and starts with a letter")
    func idPrefix() {
        #expect(SVGOptions.idPrefix("clinic-2025_map") == "jk-clinic-2025_map")
        #expect(SVGOptions.idPrefix("a b\"<c>&é") == "jk-a-b--c---")
        #expect(SVGOptions.idPrefix("9lives").hasPrefix("jk-"))
    }
}
