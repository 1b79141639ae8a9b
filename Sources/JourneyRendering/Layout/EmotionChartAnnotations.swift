import JourneyKit

extension Canvas {
    /// Each persona's peak-end value in the right margin: a tick at the value's height on the
    /// plot's edge, and a label of two lines, the values (bold) and the persona's name, after a
    /// marker in the persona's shape. Labels that would overlap are moved apart (down first,
    /// then the whole column up if it runs out of room) and joined to their tick by a thin
    /// leader, so no label ever sits on another, and equal values keep a label each.
    mutating func peakEndLabels(_ design: ServiceDesign, plot: EmotionPlot, x: Double, width: Double) {
        let style = Styles.small
        let textX = x + 30
        let textWidth = width - 38
        struct Entry {
            var persona: Int
            var markerY: Double
            var blocks: [TextBlock]
            var height: Double { (blocks.map(\.frame.maxY).max() ?? 0) - (blocks.map(\.frame.minY).min() ?? 0) }
        }
        var entries: [Entry] = []
        let frame = plot.frame
        // Above the plot the right margin is free (the stage band ends with the columns); below
        // it the key of titles begins.
        let bounds = Rect(x: x, y: frame.minY - 40, width: width, height: frame.height + 44)
        for curve in design.emotionCurves() {
            guard let peakEnd = curve.peakEnd, let personaIndex = design.personas.firstIndex(where: { $0.id == curve.persona }) else { continue }
            let name = Design.name(design.personas[personaIndex].name, fallback: curve.persona)
            let y = plot.y(peakEnd)
            let top = y - style.lineHeight / 2
            guard let values = Typeset.block("peak-end \(String(format1: peakEnd)) · lowest \(curve.lowest?.score.scoreText ?? "–")", x: textX, top: top,
                                             width: textWidth, style: Styles.smallBold, color: theme.ink, maxLines: 2, container: bounds) else { continue }
            var blocks = [values]
            if let who = Typeset.block(name, x: textX, top: values.frame.maxY, width: textWidth, style: style, color: theme.muted, maxLines: 2, container: bounds) {
                blocks.append(who)
            }
            entries.append(Entry(persona: personaIndex, markerY: y, blocks: blocks))
        }
        guard !entries.isEmpty else { return }
        // Top to bottom by value; ties keep persona order.
        entries.sort { $0.markerY == $1.markerY ? $0.persona < $1.persona : $0.markerY < $1.markerY }
        let gap = 6.0
        var tops = entries.map { $0.markerY - style.lineHeight / 2 }
        for i in tops.indices.dropFirst() {
            tops[i] = max(tops[i], tops[i - 1] + entries[i - 1].height + gap)
        }
        let overflow = (tops.last! + entries.last!.height) - bounds.maxY
        if overflow > 0 {
            for i in tops.indices { tops[i] -= overflow }
            for i in tops.indices.dropFirst().reversed() where tops[i - 1] + entries[i - 1].height + gap > tops[i] {
                tops[i - 1] = tops[i] - entries[i - 1].height - gap
            }
        }
        for (entry, top) in zip(entries, tops) {
            let shift = top - (entry.blocks.map(\.frame.minY).min() ?? top)
            let color = theme.personaColor(entry.persona)
            let labelY = top + style.lineHeight / 2
            var items: [SceneItem] = [
                .path(PathShape([.move(Point(x - 2, entry.markerY)), .line(Point(x + 3, entry.markerY))], stroke: Stroke(color, width: 2))),
                .path(PathShape([.move(Point(x + 3, entry.markerY)), .line(Point(textX - 14, labelY))], stroke: Stroke(theme.muted, width: 0.8))),
                Icons.outlineShape(Theme.personaShape(entry.persona), center: Point(textX - 8, labelY), radius: 4.5, fill: color),
            ]
            for var block in entry.blocks {
                block.frame.y += shift
                items.append(.text(block))
            }
            add(.group(items, tooltip: nil, role: Hooks.persona(entry.persona, "peak-end")))
        }
    }

    /// A key of numbered touchpoint titles in columns as wide as the page allows (at least two),
    /// each title on up to two lines, read down each column.
    mutating func numberedKey(_ entries: [(number: Int, place: Int, title: String)]) {
        guard !entries.isEmpty else { return }
        let left = margin
        let available = contentWidth
        let columnCount = max(2, min(entries.count, Int(available / 300)))
        let columnWidth = available / Double(columnCount)
        let rows = (entries.count + columnCount - 1) / columnCount
        let numberWidth = Styles.label.width(of: "\(entries.map(\.number).max() ?? 0)") + 8
        let bounds = Rect(x: margin, y: y, width: contentWidth, height: .greatestFiniteMagnitude)
        var bottom = y
        for column in 0..<columnCount {
            let x = left + Double(column) * columnWidth
            var top = y
            for row in 0..<rows {
                let index = column * rows + row
                guard index < entries.count else { break }
                let entry = entries[index]
                var items: [SceneItem] = []
                if let number = Typeset.block("\(entry.number)", x: x, top: top + 0.5, width: numberWidth - 6, style: Styles.label, color: theme.muted,
                                              maxLines: 1, container: bounds, anchor: .end) {
                    items.append(.text(number))
                }
                let title = Typeset.block(entry.title, x: x + numberWidth, top: top, width: columnWidth - numberWidth - 14, style: TextStyle(size: 10.5),
                                          color: theme.ink, maxLines: 2, container: bounds)
                if let title { items.append(.text(title)) }
                add(.group(items, tooltip: nil, role: Hooks.numbered(entry.place)))
                top = (title?.frame.maxY ?? top + 14) + 4
            }
            bottom = max(bottom, top)
        }
        y = bottom + 10
    }
}
