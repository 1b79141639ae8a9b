import JourneyKit
import XMLSupport

/// How a scene is written as SVG.
public struct SVGOptions: Hashable, Sendable {
    /// Prefixed to every id, so that several pictures on one page never share an id. Letters,
    /// digits, `-` and `_` are kept; anything else becomes `-`.
    public var idPrefix: String
    /// Print on this paper (landscape); `nil` fits the picture's own size.
    public var paper: Paper?
    /// Only this part of the picture (a page of a long journey); `nil` for all of it.
    public var window: Rect?
    /// Turn the paper upright (a page of a tall map on small paper, ``MapPages``).
    public var portrait = false

    /// Options for one picture: the whole scene at its own size unless `paper` or `window` is given;
    /// ``portrait`` starts false.
    public init(idPrefix: String = "journey", paper: Paper? = nil, window: Rect? = nil) {
        self.idPrefix = idPrefix
        self.paper = paper
        self.window = window
    }

    /// An id prefix from any text: a letter first, then letters, digits, `-` and `_`.
    public static func idPrefix(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "_"
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        if out.count > 60 {
            // Keep ids short but distinct: the start, then a hash of the whole text.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            let hex = String(hash, radix: 16)
            out = String(out.prefix(43)) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
        }
        return "jk-" + out
    }
}

/// Writes a scene as an SVG document: accessible (`role="img"`, `<title>` and `<desc>` named
/// by `aria-labelledby`), every colour and font size on the element that uses it, numbers with
/// at most two decimals, the same bytes for the same scene.
public enum SVGWriter {
    /// The scene as an SVG document, starting with the XML declaration; the same scene and
    /// options always give the same bytes.
    ///
    /// - Parameters:
    ///   - scene: the picture; its user units become the SVG's, and its ``Scene/frame`` (or the
    ///     options' window, padded to the paper's proportions when there is paper) the `viewBox`.
    ///   - options: the id prefix, the paper (the SVG's `width` and `height` then in millimetres,
    ///     the picture centred), and the window for one page.
    public static func write(_ scene: Scene, options: SVGOptions = SVGOptions()) -> String {
        let prefix = SVGOptions.idPrefix(options.idPrefix)
        let ids = (title: "\(prefix)-title", desc: "\(prefix)-desc", arrow: "\(prefix)-arrow")
        let window = options.window ?? scene.frame
        let viewBox = options.paper?.viewBox(for: (window.width, window.height), portrait: options.portrait).offset(by: window) ?? window

        let writer = XMLWriter(indent: true)
        writer.startElement("svg", namespace: "http://www.w3.org/2000/svg")
        if let paper = options.paper {
            let (long, short) = paper.millimetres
            writer.attribute("width", "\(Number.text(options.portrait ? short : long))mm")
            writer.attribute("height", "\(Number.text(options.portrait ? long : short))mm")
        } else {
            writer.attribute("width", Number.text(viewBox.width))
            writer.attribute("height", Number.text(viewBox.height))
        }
        writer.attribute("viewBox", Number.list([viewBox.x, viewBox.y, viewBox.width, viewBox.height]))
        writer.attribute("role", "img")
        writer.attribute("aria-labelledby", "\(ids.title) \(ids.desc)")
        writer.attribute("font-family", scene.fontFamily)
        if let language = scene.language, LanguageTag.isWellFormed(language) {
            writer.attribute("lang", language)
            writer.attribute("xml:lang", language)
        }
        writer.startElement("title")
        writer.attribute("id", ids.title)
        writer.text(scene.title)
        writer.endElement()
        writer.startElement("desc")
        writer.attribute("id", ids.desc)
        writer.text(scene.summary)
        writer.endElement()

        var arrows: [Color] = []
        collectArrows(scene.items, into: &arrows)
        if !arrows.isEmpty {
            writer.startElement("defs")
            for (index, color) in arrows.enumerated() {
                writer.startElement("marker")
                writer.attribute("id", "\(ids.arrow)-\(index)")
                writer.attribute("viewBox", "0 0 10 10")
                writer.attribute("refX", "9")
                writer.attribute("refY", "5")
                writer.attribute("markerWidth", "7")
                writer.attribute("markerHeight", "7")
                writer.attribute("markerUnits", "userSpaceOnUse")
                writer.attribute("orient", "auto")
                writer.startElement("path")
                writer.attribute("d", "M0 0L10 5L0 10z")
                writer.attribute("fill", color.value)
                writer.endElement()
                writer.endElement()
            }
            writer.endElement()
        }

        writer.startElement("rect")
        writer.attribute("x", Number.text(viewBox.x))
        writer.attribute("y", Number.text(viewBox.y))
        writer.attribute("width", Number.text(viewBox.width))
        writer.attribute("height", Number.text(viewBox.height))
        writer.attribute("fill", scene.background.value)
        writer.endElement()

        var context = Context(writer: writer, arrowPrefix: ids.arrow, arrows: arrows, window: options.window)
        for item in scene.items { context.write(item) }
        writer.endElement()
        return writer.finish()
    }

    private static func collectArrows(_ items: [SceneItem], into colors: inout [Color]) {
        for item in items {
            switch item {
            case .path(let path) where path.arrow:
                if let color = path.stroke?.color, !colors.contains(color) { colors.append(color) }
            case .group(let inner, _, _): collectArrows(inner, into: &colors)
            default: break
            }
        }
    }

    private struct Context {
        let writer: XMLWriter
        let arrowPrefix: String
        let arrows: [Color]
        let window: Rect?

        mutating func write(_ item: SceneItem) {
            if let window, !window.overlaps(item.bounds) { return }
            switch item {
            case .box(let box):
                writer.startElement("rect")
                writer.attribute("x", Number.text(box.frame.x))
                writer.attribute("y", Number.text(box.frame.y))
                writer.attribute("width", Number.text(box.frame.width))
                writer.attribute("height", Number.text(box.frame.height))
                if box.radius > 0 { writer.attribute("rx", Number.text(box.radius)) }
                writer.attribute("fill", box.fill.value)
                stroke(box.stroke)
                writer.endElement()
            case .circle(let circle):
                writer.startElement("circle")
                writer.attribute("cx", Number.text(circle.center.x))
                writer.attribute("cy", Number.text(circle.center.y))
                writer.attribute("r", Number.text(circle.radius))
                writer.attribute("fill", circle.fill.value)
                stroke(circle.stroke)
                writer.endElement()
            case .path(let path):
                writer.startElement("path")
                writer.attribute("d", SVGWriter.pathData(path.commands))
                writer.attribute("fill", path.fill.value)
                stroke(path.stroke)
                if path.arrow, let color = path.stroke?.color, let index = arrows.firstIndex(of: color) {
                    writer.attribute("marker-end", "url(#\(arrowPrefix)-\(index))")
                }
                writer.endElement()
            case .text(let text):
                if let full = text.fullText {
                    writer.startElement("g")
                    writer.element("title", text: full)
                    lines(text)
                    writer.endElement()
                } else {
                    lines(text)
                }
            case .group(let items, nil, nil):
                // A group with neither a tooltip nor a class changes nothing in the picture:
                // its items are written in its place, one element fewer per icon and face.
                for inner in items { write(inner) }
            case .group(let items, let tooltip, let role):
                writer.startElement("g")
                if let role { writer.attribute("class", role) }
                if let tooltip { writer.element("title", text: tooltip) }
                for inner in items { write(inner) }
                writer.endElement()
            }
        }

        func stroke(_ stroke: Stroke?) {
            guard let stroke else { return }
            writer.attribute("stroke", stroke.color.value)
            if stroke.width != 1 { writer.attribute("stroke-width", Number.text(stroke.width)) }
            if !stroke.dash.isEmpty { writer.attribute("stroke-dasharray", Number.list(stroke.dash)) }
            if stroke.roundCaps { writer.attribute("stroke-linecap", "round") }
        }

        func lines(_ text: TextBlock) {
            let x: Double
            switch text.anchor {
            case .start: x = text.frame.minX
            case .middle: x = text.frame.midX
            case .end: x = text.frame.maxX
            }
            for (index, line) in text.lines.enumerated() {
                writer.startElement("text")
                writer.attribute("x", Number.text(x))
                writer.attribute("y", Number.text(text.frame.minY + Double(index) * text.style.lineHeight + text.style.baselineOffset))
                writer.attribute("font-size", Number.text(text.style.size))
                if text.style.bold { writer.attribute("font-weight", "bold") }
                if text.style.italic { writer.attribute("font-style", "italic") }
                if text.anchor != .start { writer.attribute("text-anchor", text.anchor.rawValue) }
                writer.attribute("fill", text.color.value)
                writer.text(line)
                writer.endElement()
            }
        }
    }

    static func pathData(_ commands: [PathCommand]) -> String {
        var parts: [String] = []
        parts.reserveCapacity(commands.count)
        for command in commands {
            switch command {
            case .move(let p): parts.append("M\(Number.text(p.x)) \(Number.text(p.y))")
            case .line(let p): parts.append("L\(Number.text(p.x)) \(Number.text(p.y))")
            case .cubic(let a, let b, let c):
                parts.append("C\(Number.list([a.x, a.y, b.x, b.y, c.x, c.y]))")
            case .quad(let a, let b): parts.append("Q\(Number.list([a.x, a.y, b.x, b.y]))")
            case .close: parts.append("Z")
            }
        }
        return parts.joined()
    }
}

extension Rect {
    func offset(by window: Rect) -> Rect { Rect(x: x + window.x, y: y + window.y, width: width, height: height) }
}
