/// Builds measured text blocks for the layouts.
enum Typeset {
    /// A block of `text` set in `container`'s width from `top`, at most `maxLines` lines.
    /// The frame is exactly as tall as the lines; the full text rides along as a tooltip when
    /// some of it was cut.
    static func block(
        _ text: String, x: Double, top: Double, width: Double, style: TextStyle, color: Color,
        maxLines: Int, container: Rect, anchor: TextBlock.Anchor = .start
    ) -> TextBlock? {
        let (lines, truncated) = TextWrap.lines(text, width: width, style: style, maxLines: maxLines)
        guard !lines.isEmpty else { return nil }
        let widest = lines.map { style.width(of: $0) }.max() ?? 0
        let frameX: Double
        switch anchor {
        case .start: frameX = x
        case .middle: frameX = x + (width - widest) / 2
        case .end: frameX = x + width - widest
        }
        let frame = Rect(x: frameX, y: top, width: widest, height: Double(lines.count) * style.lineHeight)
        return TextBlock(lines: lines, frame: frame, container: container, style: style, color: color, anchor: anchor,
                         fullText: truncated ? String(TextWrap.displayText(TextWrap.prefix(text, maxScalars: 8_000).text).prefix(2_000)) : nil)
    }

    /// The height `text` would take.
    static func height(_ text: String, width: Double, style: TextStyle, maxLines: Int) -> Double {
        Double(TextWrap.lines(text, width: width, style: style, maxLines: maxLines).lines.count) * style.lineHeight
    }
}

/// A column stack: text blocks and other items placed one below the other inside a box,
/// growing downwards. Layouts first fill stacks, then size the rows to the tallest one.
struct Stack {
    let x: Double
    let width: Double
    private(set) var y: Double
    let top: Double
    var items: [SceneItem] = []

    init(x: Double, top: Double, width: Double) {
        self.x = x
        self.width = width
        self.top = top
        self.y = top
    }

    var height: Double { y - top }

    /// The box texts are set in until the final box is known (its height is not yet).
    private var provisional: Rect { Rect(x: x, y: top, width: width, height: 0) }

    mutating func gap(_ amount: Double) { y += amount }

    /// Adds a text block; returns its frame, or nil when the text is empty.
    @discardableResult
    mutating func text(_ text: String, style: TextStyle, color: Color, maxLines: Int, indent: Double = 0, anchor: TextBlock.Anchor = .start) -> Rect? {
        guard let block = Typeset.block(text, x: x + indent, top: y, width: width - indent, style: style, color: color,
                                        maxLines: maxLines, container: provisional, anchor: anchor)
        else { return nil }
        items.append(.text(block))
        y = block.frame.maxY
        return block.frame
    }

    mutating func add(_ item: SceneItem, height: Double) {
        items.append(item)
        y += height
    }

    mutating func place(_ item: SceneItem) { items.append(item) }

    /// What `body` adds, as one group with `role` (a class in the SVG: the HTML page finds a
    /// persona's or a touchpoint's items by it).
    mutating func grouped(role: String, _ body: (inout Stack) -> Void) {
        let start = items.count
        body(&self)
        guard items.count > start else { return }
        let inner = Array(items[start...])
        items.removeSubrange(start...)
        items.append(.group(inner, tooltip: nil, role: role))
    }

    /// The items with every text's container set to the final box.
    func finished(container: Rect) -> [SceneItem] {
        let provisional = self.provisional
        func fix(_ item: SceneItem) -> SceneItem {
            switch item {
            case .text(var block) where block.container == provisional:
                block.container = container
                return .text(block)
            case .group(let inner, let tooltip, let role):
                return .group(inner.map(fix), tooltip: tooltip, role: role)
            default:
                return item
            }
        }
        return items.map(fix)
    }
}

/// The classes that tie drawn items to their persona or touchpoint (for the HTML page).
enum Hooks {
    static func persona(_ index: Int, _ role: String? = nil) -> String { (role.map { $0 + " " } ?? "") + "jk-p jk-p-\(index)" }
    static func touchpoint(_ index: Int?) -> String { index.map { "touchpoint jk-tp jk-tp-\($0)" } ?? "touchpoint" }
    /// A touchpoint's number or title outside its card (emotion chart, deviation diagram): the
    /// place in the design as for `touchpoint`, without the card's class (the page selects cards
    /// by `jk-tp`).
    static func numbered(_ index: Int) -> String { "jk-tp-ref jk-tp-\(index)" }
    /// A row's name in the left gutter (the HTML page keeps it in view while scrolling).
    static let rowLabel = "jk-row-label"
    /// A stage's band with its name (the HTML page keeps the name in view while scrolling).
    static let stage = "jk-stage"
}
