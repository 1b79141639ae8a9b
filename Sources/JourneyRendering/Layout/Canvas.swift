/// What every view shares: the theme, the items drawn so far, the y cursor, and the rows.
struct Canvas {
    let theme: Theme
    var items: [SceneItem] = []
    var y: Double
    let margin: Double
    var width: Double

    init(theme: Theme, width: Double, margin: Double = 32) {
        self.theme = theme
        self.width = width
        self.margin = margin
        self.y = margin
    }

    var contentWidth: Double { width - 2 * margin }

    mutating func add(_ item: SceneItem) { items.append(item) }
    mutating func add(_ newItems: [SceneItem]) { items += newItems }

    /// Adds a text block at the cursor across the content width and moves below it.
    @discardableResult
    mutating func paragraph(_ text: String, style: TextStyle, color: Color, maxLines: Int, x: Double? = nil, width: Double? = nil, container: Rect? = nil) -> Rect? {
        let left = x ?? margin
        let w = width ?? contentWidth
        let box = container ?? Rect(x: margin, y: margin, width: contentWidth, height: .greatestFiniteMagnitude)
        guard let block = Typeset.block(text, x: left, top: y, width: w, style: style, color: color, maxLines: maxLines, container: box) else { return nil }
        add(.text(block))
        y = block.frame.maxY
        return block.frame
    }

    /// A row band: a tinted background from the margin to the right edge with the row's
    /// name in the gutter. The band is drawn below the row's content.
    mutating func rowBand(label: String, top: Double, height: Double, gutter: Double, tinted: Bool, insertAt index: Int) {
        let band = Rect(x: margin, y: top, width: contentWidth, height: height)
        var bandItems: [SceneItem] = []
        if tinted { bandItems.append(.box(BoxShape(band, fill: theme.band, radius: 6))) }
        let style = TextStyle(size: 12, bold: true)
        if let block = Typeset.block(label, x: margin + 10, top: top + 10, width: gutter - 20, style: style, color: theme.muted,
                                     maxLines: max(1, Int((height - 12) / style.lineHeight)), container: band) {
            bandItems.append(.group([.text(block)], tooltip: nil, role: Hooks.rowLabel))
        }
        items.insert(contentsOf: bandItems, at: index)
    }

    /// The finished scene, as tall as what was drawn plus the margin.
    func scene(title: String, summary: String, cuts: [Double]) -> Scene {
        Scene(width: width, height: y + margin, title: title, summary: summary, background: theme.background,
              fontFamily: theme.fontFamily, items: items, cuts: cuts)
    }
}

/// The text styles of the views.
enum Styles {
    static let title = TextStyle(size: 26, bold: true, leading: 1.2)
    static let subtitle = TextStyle(size: 13)
    static let proposition = TextStyle(size: 14, italic: true)
    static let heading = TextStyle(size: 14, bold: true)
    static let cardTitle = TextStyle(size: 13, bold: true)
    static let body = TextStyle(size: 12)
    static let small = TextStyle(size: 11)
    static let smallBold = TextStyle(size: 11, bold: true)
    static let quote = TextStyle(size: 11.5, italic: true)
    static let label = TextStyle(size: 10, bold: true)
    static let score = TextStyle(size: 10, bold: true, leading: 1.1)
}
