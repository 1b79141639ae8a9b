import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing
import XMLSupport

/// The sample designs, decoded once.
enum Samples {
    /// Each sample's file name and design (nil when the file could not be decoded).
    static let decoded: [String: DecodedDesign] = {
        var result: [String: DecodedDesign] = [:]
        for url in TestPaths.sampleFiles {
            guard let data = try? Data(contentsOf: url) else { continue }
            result[url.lastPathComponent] = JourneyFile.decode(data, name: url.lastPathComponent, format: nil)
        }
        return result
    }()

    static var names: [String] { TestPaths.sampleFiles.map(\.lastPathComponent) }

    static func design(_ name: String) throws -> ServiceDesign {
        let decoded = try #require(decoded[name], "\(name) could not be read")
        #expect(decoded.problems.isEmpty, "\(name): \(decoded.problems)")
        return try #require(decoded.design, "\(name) has no design")
    }
}

/// One picture to check: a sample, a view and a theme.
struct RenderCase: Sendable, CustomTestStringConvertible {
    var sample: String
    var view: JourneyView
    var themeName: String

    var theme: Theme { Theme.named(themeName) ?? .light }
    var testDescription: String { "\(sample) \(view.rawValue) \(themeName)" }

    static func all(themes: [String] = ["light", "dark", "print"]) -> [RenderCase] {
        Samples.names.flatMap { sample in
            JourneyView.allCases.flatMap { view in themes.map { RenderCase(sample: sample, view: view, themeName: $0) } }
        }
    }
}

/// The geometric promises every scene keeps.
enum SceneCheck {
    /// A short, readable name for a text block in messages.
    static func describe(_ block: TextBlock) -> String {
        let text = block.lines.joined(separator: " ")
        let short = text.count > 50 ? String(text.prefix(50)) + "…" : text
        return "\"\(short)\" at \(describe(block.frame))"
    }

    static func describe(_ rect: Rect) -> String {
        func n(_ v: Double) -> String { String(Double(Int((v * 100).rounded())) / 100) }
        return "(\(n(rect.x)), \(n(rect.y)), \(n(rect.width))×\(n(rect.height)))"
    }

    /// Every pair of text blocks whose frames overlap, found by a sweep along x.
    static func overlaps(_ blocks: [TextBlock]) -> [(TextBlock, TextBlock)] {
        let sorted = blocks.sorted { $0.frame.minX < $1.frame.minX }
        var active: [TextBlock] = []
        var found: [(TextBlock, TextBlock)] = []
        for block in sorted {
            // A block that ends (less the slack) before this one starts cannot overlap it or
            // any later one, which all start further right.
            active.removeAll { $0.frame.maxX - 0.01 <= block.frame.minX }
            for other in active where other.frame.overlaps(block.frame) { found.append((other, block)) }
            active.append(block)
        }
        return found
    }

    /// What is wrong with a scene, in words: overlapping texts, texts outside their container,
    /// items outside the picture, a missing title or summary.
    static func problems(_ scene: Scene) -> [String] {
        var found: [String] = []
        if scene.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append("the scene has no title") }
        if scene.summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append("the scene has no summary") }
        if !(scene.width > 0 && scene.height > 0 && scene.width.isFinite && scene.height.isFinite) {
            found.append("the scene's size is \(scene.width)×\(scene.height)")
        }
        let blocks = scene.textBlocks
        for (a, b) in overlaps(blocks) {
            found.append("overlap: \(describe(a)) and \(describe(b))")
        }
        for block in blocks where !block.container.contains(block.frame) {
            found.append("outside its container \(describe(block.container)): \(describe(block))")
        }
        for item in scene.items where !scene.frame.contains(item.bounds) {
            let text = item.textBlocks.first.map { " holding \(describe($0))" } ?? ""
            found.append("item at \(describe(item.bounds))\(text) leaves the picture \(describe(scene.frame))")
        }
        return found
    }

    /// Expects a sound scene: no problems at all (the first five are shown).
    static func expectSound(_ scene: Scene, _ context: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = problems(scene)
        let shown = found.prefix(5) + (found.count > 5 ? ["… \(found.count) problems in all"] : [])
        #expect(found.isEmpty, "\(context):\n\(shown.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}

/// Reading the SVG back as a tree.
enum SVGTree {
    static func parse(_ svg: String) throws -> XMLElement {
        try XMLReader.read(Data(svg.utf8), url: "rendered.svg").root
    }

    /// The element and all its descendants, depth first.
    static func elements(_ root: XMLElement) -> [XMLElement] {
        var result: [XMLElement] = []
        var stack = [root]
        while let element = stack.popLast() {
            result.append(element)
            stack.append(contentsOf: element.children.reversed())
        }
        return result
    }

    /// Every `id` attribute in the document.
    static func ids(_ root: XMLElement) -> [String] {
        elements(root).compactMap { $0.attribute("id")?.value }
    }

    /// `<g>` elements with a `<title>` child: the tooltips of truncated texts.
    static func tooltips(_ root: XMLElement) -> [(title: String, texts: [String])] {
        elements(root).filter { $0.name == "g" }.compactMap { group in
            guard let title = group.child("title") else { return nil }
            return (title.text, group.children("text").map(\.text))
        }
    }

    /// `<text>` elements whose content ends in an ellipsis but that have no tooltip beside them.
    static func truncatedWithoutTooltip(_ root: XMLElement) -> [String] {
        var result: [String] = []
        func walk(_ element: XMLElement) {
            let hasTooltip = element.child("title") != nil
            for child in element.children {
                if child.name == "text", child.text.hasSuffix("…"), !hasTooltip { result.append(child.text) }
                walk(child)
            }
        }
        walk(root)
        return result
    }
}

extension String {
    /// True when the text holds a character the display text must never carry: a control
    /// character, a bidi override or isolate.
    var hasForbiddenDisplayScalar: Bool {
        unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }
}
