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
                         fullText: truncated ? String(TextWrap.displayText(text).prefix(2_000)) : nil)
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
    /// The box the text must stay in; its height is fixed later, so tests get the final box.
    var items: [SceneItem] = []
    var texts: [(index: Int, block: TextBlock)] = []

    init(x: Double, top: Double, width: Double) {
        self.x = x
        self.width = width
        self.top = top
        self.y = top
    }

    var height: Double { y - top }

    mutating func gap(_ amount: Double) { y += amount }

    /// Adds a text block; returns its frame, or nil when the text is empty.
    @discardableResult
    mutating func text(_ text: String, style: TextStyle, color: Color, maxLines: Int, indent: Double = 0, anchor: TextBlock.Anchor = .start) -> Rect? {
        guard let block = Typeset.block(text, x: x + indent, top: y, width: width - indent, style: style, color: color,
                                        maxLines: maxLines, container: Rect(x: x, y: top, width: width, height: 0), anchor: anchor)
        else { return nil }
        texts.append((items.count, block))
        items.append(.text(block))
        y = block.frame.maxY
        return block.frame
    }

    mutating func add(_ item: SceneItem, height: Double) {
        items.append(item)
        y += height
    }

    mutating func place(_ item: SceneItem) { items.append(item) }

    /// The items with every text's container set to the final box.
    func finished(container: Rect) -> [SceneItem] {
        var result = items
        for (index, block) in texts {
            var fixed = block
            fixed.container = container
            result[index] = .text(fixed)
        }
        return result
    }
}
