import Foundation
import JourneyKit
import JourneyRendering
import Testing
import XMLSupport

/// The HTML page: well-formed (it is written so that an XML parser reads it too), one inline
/// SVG per view, ids unique across the page, a Content-Security-Policy, nothing loaded from
/// the network, design text escaped everywhere and the JSON island intact.
@Suite("HTML page")
struct HTMLPageTests {
    static let csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let findings = [
        PageFinding(severity: "error", rule: "DFES-4.2-01", message: Hostile.script + " " + Hostile.onload, line: 12, column: 3, touchpoint: "t1"),
        PageFinding(severity: "warning", rule: "R<b>\"", message: "<!-- " + Hostile.cdataEnd, line: nil),
        PageFinding(severity: "info", rule: "INFO", message: "a note \u{2028} with a line separator", line: 3),
    ]
    static let conformance = [
        PageConformance(group: "Principles " + Hostile.script, clause: "4.2", title: "4.2 Emotional", status: "covered", detail: "3/3 rules pass"),
        PageConformance(group: "Principles " + Hostile.script, clause: "4.3", title: Hostile.onload, status: "gaps", detail: Hostile.entities),
        PageConformance(group: "Pyramid", clause: "level-1", title: "Level 1", status: "not assessed", detail: "no rule ran"),
    ]

    static func page(_ design: ServiceDesign, liveReload: String? = nil) -> String {
        HTMLPage.document(design, findings: findings, conformance: conformance, file: "in.yaml", liveReload: liveReload)
    }

    /// The page as an XML tree: without the doctype, script contents emptied (JavaScript has
    /// `<` in it; the JSON island is checked on its own).
    static func tree(_ page: String) throws -> XMLElement {
        var text = page.replacing("<!DOCTYPE html>", with: "")
        text = text.replacing(#/<script([^>]*)>.*?</script>/#.dotMatchesNewlines(), with: { "<script\($0.1)></script>" })
        return try XMLReader.read(Data(text.utf8), url: "page.html").root
    }

    /// The text inside the JSON island, exactly as written.
    static func island(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"journey-data\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        return String(page[start.upperBound..<end.lowerBound])
    }

    static func cases() -> [(String, ServiceDesign)] {
        var result = Samples.names.compactMap { name in Samples.decoded[name]?.design.map { (name, $0) } }
        result.append(("hostile", Hostile.design(label: Hostile.script)))
        return result
    }

    @Test("well-formed, one SVG per view, three tabs, panels labelled by their tabs", arguments: cases().map(\.0))
    func structure(_ name: String) throws {
        let design = try #require(Self.cases().first { $0.0 == name }?.1)
        let page = Self.page(design)
        let start = page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">")
        let viewport = page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        #expect(start && viewport, "doctype, lang and viewport")
        let root = try Self.tree(page)
        #expect(root.name == "html")
        let elements = SVGTree.elements(root)
        let panels = elements.filter { $0.attribute("role")?.value == "tabpanel" }
        #expect(panels.map { $0.attribute("id")?.value } == JourneyView.allCases.map { "panel-\($0.rawValue)" })
        for panel in panels {
            let svgs = SVGTree.elements(panel).filter { $0.name == "svg" }
            #expect(svgs.count == 1, "\(panel.attribute("id")?.value ?? "?") holds \(svgs.count) pictures")
            let tab = try #require(elements.first { $0.attribute("id")?.value == panel.attribute("aria-labelledby")?.value })
            #expect(tab.attribute("role")?.value == "tab")
            #expect(tab.attribute("aria-controls")?.value == panel.attribute("id")?.value)
        }
        #expect(elements.filter { $0.attribute("role")?.value == "tablist" }.count == 1)
        #expect(elements.contains { $0.attribute("id")?.value == "findings" })
        #expect(elements.contains { $0.attribute("id")?.value == "conformance" })
        // One picture per view, and the map's A3 pages for printing.
        let pictures = page.components(separatedBy: "<svg xmlns=").count - 1
        #expect(pictures == JourneyView.allCases.count + MapPages.scenes(design, paper: .a3).count)
    }

    @Test("ids are unique across the page and every reference names one", arguments: cases().map(\.0))
    func uniqueIDs(_ name: String) throws {
        let design = try #require(Self.cases().first { $0.0 == name }?.1)
        let elements = SVGTree.elements(try Self.tree(Self.page(design)))
        let ids = elements.compactMap { $0.attribute("id")?.value }
        var seen = Set<String>()
        let duplicates = ids.filter { !seen.insert($0).inserted }
        #expect(duplicates.isEmpty, "ids used twice: \(Set(duplicates).sorted().prefix(10))")
        var references: [String] = []
        for element in elements {
            for attribute in element.attributes {
                if ["aria-labelledby", "aria-controls"].contains(attribute.name) { references += attribute.value.split(separator: " ").map(String.init) }
                if let match = attribute.value.firstMatch(of: #/url\(#([^)]+)\)/#) { references.append(String(match.1)) }
            }
        }
        let missing = references.filter { !seen.contains($0) }
        #expect(missing.isEmpty, "references to no id: \(missing.prefix(10))")
        // Each view's ids carry the view.
        for view in JourneyView.allCases {
            let prefix = SVGOptions.idPrefix("\(design.id)-\(view.rawValue)")
            #expect(ids.contains("\(prefix)-title"), "\(view) title id")
        }
    }

    @Test("the Content-Security-Policy allows nothing from outside; live reload adds connect-src 'self' only")
    func contentSecurityPolicy() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let plain = Self.page(design)
        let plainCSP = plain.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.csp)\" />")
        #expect(plainCSP)
        let connects = plain.contains("connect-src") || plain.contains("fetch(")
        #expect(!connects, "a page without live reload connects nowhere")
        let live = Self.page(design, liveReload: "/__version")
        let liveCSP = live.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.csp); connect-src 'self'\" />")
        #expect(liveCSP)
        let polls = live.contains("var path = \"/__version\";") && live.contains("setInterval(poll, 1000)") && live.contains("location.reload()")
        #expect(polls, "the page polls /__version every second and reloads")
    }

    @Test("no resource is referenced over the network", arguments: cases().map(\.0))
    func noNetwork(_ name: String) throws {
        let design = try #require(Self.cases().first { $0.0 == name }?.1)
        let page = Self.page(design, liveReload: "/__version")
        let elements = SVGTree.elements(try Self.tree(page))
        let linkAttributes: Set<String> = ["src", "href", "xlink:href", "action", "formaction", "poster", "srcset", "data", "background", "manifest"]
        let links = elements.flatMap(\.attributes).filter { linkAttributes.contains($0.name.lowercased()) }
        #expect(links.isEmpty, "links: \(links.map(\.value).prefix(5))")
        #expect(Set(elements.map(\.name)).isDisjoint(with: ["link", "img", "iframe", "object", "embed", "base", "image", "use", "foreignObject", "a"]))
        let css = try #require(elements.first { $0.name == "style" }).text
        #expect(!css.contains("url("), "the style sheet loads nothing")
        #expect(!css.contains("@import"))
        let remote = page.firstMatch(of: #/(?i)(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import/#).map { String($0.output) }
        #expect(remote == nil)
    }

    @Test("hostile text is escaped in every place: no extra element, attribute or script")
    func hostile() throws {
        let design = Hostile.design(label: Hostile.script)
        let page = Self.page(design, liveReload: "/__version\"</script><script>alert(1)//")
        let opened = page.components(separatedBy: "<script").count - 1
        let closed = page.components(separatedBy: "</script>").count - 1
        #expect(opened == 3 && closed == 3, "the island, the page's script and the live reload")
        let comment = page.contains("<!--")
        #expect(!comment, "no comment opener anywhere")
        let cdata = page.contains("<![CDATA[")
        #expect(!cdata)
        let elements = SVGTree.elements(try Self.tree(page))
        let handlers = elements.flatMap { $0.attributes.filter { $0.name.lowercased().hasPrefix("on") } }
        #expect(handlers.isEmpty, "event handlers: \(handlers.map(\.name))")
        // The hostile texts arrive as text.
        let texts = elements.map(\.text).joined(separator: "\n")
        let arrived = texts.contains(Hostile.script)
        #expect(arrived)
        #expect(elements.contains { $0.name == "h1" && $0.text == Hostile.script })
        #expect(elements.contains { $0.name == "p" && $0.text.contains(Hostile.onload) })
        let scripts = elements.filter { $0.name == "script" }
        #expect(scripts.count == 3)
        // Control and bidi characters never reach the page.
        let forbidden = page.unicodeScalars.filter { [0x202E, 0x2066, 0x2069, 0x07, 0x1B].contains($0.value) }.map(\.value)
        #expect(forbidden.isEmpty)
    }

    @Test("the JSON island escapes <, >, &, U+2028 and U+2029 and reads back to the design's texts")
    func jsonIsland() throws {
        var design = Hostile.design(label: Hostile.script)
        design.touchpoints[1].title = "line\u{2028}para\u{2029}end </script><!-- & -->"
        design.touchpoints[1].description = "line\u{2028}para\u{2029}end </script><!-- & -->"
        let page = Self.page(design)
        let island = try Self.island(page)
        let raw = ["<", ">", "&", "\u{2028}", "\u{2029}"].filter { island.contains($0) }.map { $0.unicodeScalars.first!.value }
        #expect(raw.isEmpty, "written raw in the island")
        let escaped = island.contains("\\u2028") && island.contains("\\u003c/script\\u003e")
        #expect(escaped)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(island.utf8)) as? [String: Any])
        let touchpoints = try #require(json["touchpoints"] as? [[String: Any]])
        #expect(touchpoints.count == design.touchpoints.count)
        // Titles are display text (white space runs become one space); descriptions keep their lines.
        #expect(touchpoints[1]["title"] as? String == "line para end </script><!-- & -->")
        #expect(touchpoints[1]["description"] as? String == "line\u{2028}para\u{2029}end </script><!-- & -->")
        #expect(touchpoints.contains { $0["title"] as? String == Hostile.script })
        let personas = try #require(json["personas"] as? [[String: Any]])
        #expect(personas.map { $0["name"] as? String } == [Hostile.onload, Hostile.emoji + " " + Hostile.arabic, Hostile.script])
        let first = try #require(touchpoints.first)
        #expect((first["painPoints"] as? [Any])?.isEmpty == false)
    }

    @Test("the pictures are the renderer's: same shapes and colours, plus persona and touchpoint hooks")
    func hooks() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let page = Self.page(design)
        let standIns = page.contains("jk-persona-")
        #expect(!standIns, "stand-in colours are all replaced")
        let root = try Self.tree(page)
        for view in JourneyView.allCases {
            let panel = try #require(SVGTree.elements(root).first { $0.attribute("id")?.value == "panel-\(view.rawValue)" })
            let inline = try #require(SVGTree.elements(panel).first { $0.name == "svg" })
            let original = try SVGTree.parse(JourneyRenderer.svg(design, view: view))
            func shapes(_ element: XMLElement) -> [String] {
                SVGTree.elements(element).filter { $0.name != "g" }.map { e in
                    ([e.name] + e.attributes.filter { $0.name != "class" && $0.name != "role" }.map { "\($0.name)=\($0.value)" }).joined(separator: " ")
                }.sorted()
            }
            #expect(shapes(inline) == shapes(original), "\(view): the inline picture differs from the renderer's")
            let classes = SVGTree.elements(inline).compactMap { $0.attribute("class")?.value }
            for index in design.personas.indices where view != .blueprint {
                #expect(classes.contains("jk-p jk-p-\(index)"), "\(view): persona \(index) has no hook")
            }
            let cards = classes.filter { $0.hasPrefix("touchpoint jk-tp jk-tp-") }
            #expect(cards.count == (view == .emotion || view == .summary ? 0 : design.touchpoints.count), "\(view): \(cards.count) cards with hooks")
            #expect(Set(cards).count == cards.count)
        }
    }

    @Test("the version is a hash of the page, stable for the same input")
    func version() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let a = Self.page(design, liveReload: "/__version")
        let b = Self.page(design, liveReload: "/__version")
        let version = try #require(HTMLPage.version(of: a))
        #expect(version.count == 16 && version.allSatisfy(\.isHexDigit))
        #expect(a == b)
        var changed = design
        changed.title += " (changed)"
        #expect(HTMLPage.version(of: Self.page(changed, liveReload: "/__version")) != version)
        #expect(HTMLPage.version(of: "<html></html>") == nil)
    }

    @Test("the problems page lists each message with its place, escaped")
    func problemsPage() throws {
        let messages = [
            "in<b>.yaml:14:9: error: touchpoint has no field \"chanel\"\nhelp: did you mean \"channel\"?",
            "in<b>.yaml:3:1: error: " + Hostile.script,
            "no place here",
        ]
        let page = HTMLPage.problems(file: "in<b>.yaml", messages: messages, liveReload: "/__version")
        let connects = page.contains("connect-src 'self'")
        #expect(connects)
        let elements = SVGTree.elements(try Self.tree(page))
        let places = elements.filter { $0.attribute("class")?.value == "place" }.map(\.text)
        #expect(places == ["in<b>.yaml:14:9", "in<b>.yaml:3:1"])
        let items = elements.filter { $0.name == "li" }
        #expect(items.count == 3)
        #expect(items[1].children.contains { $0.text == "error: " + Hostile.script })
        #expect(HTMLPage.version(of: page) != nil)
        let raw = page.contains("<b>")
        #expect(!raw)
    }

    @Test("a design without personas, touchpoints or stages still makes a sound page")
    func emptyDesign() throws {
        let page = HTMLPage.document(ServiceDesign(id: "empty", title: ""))
        let elements = SVGTree.elements(try Self.tree(page))
        let printed = MapPages.scenes(ServiceDesign(id: "empty", title: ""), paper: .a3).count
        #expect(elements.filter { $0.name == "svg" }.count == JourneyView.allCases.count + printed)
        #expect(!elements.contains { $0.attribute("id")?.value == "persona-filter" })
        #expect(elements.contains { $0.name == "h1" && $0.text == "empty" })
    }
}
