import JourneyKit

extension Canvas {
    /// The blueprint's data row: one box per data point, in the column where it is captured (a
    /// filled data icon) or, when it is never captured, where it is first used (a hollow one),
    /// naming the cards that use it by their numbers. Returns whether it drew captured and used
    /// data, for the key.
    @discardableResult
    mutating func dataRow(_ columns: Columns, design: ServiceDesign) -> (captured: Bool, used: Bool) {
        var byColumn: [Int: [(DataPoint, Bool)]] = [:]
        for point in design.dataPoints {
            let captured = point.capturedAt.flatMap { columns.indexByID[$0] }
            let firstUse = point.usedBy.compactMap { columns.indexByID[$0] }.min()
            guard let column = captured ?? firstUse else { continue }
            byColumn[column, default: []].append((point, captured != nil))
        }
        guard !byColumn.isEmpty else { return (false, false) }
        let theme = self.theme
        let top = y + 8
        let index = items.count
        var bottom = top + 34
        var drawn = (captured: false, used: false)
        for column in byColumn.keys.sorted() {
            var boxTop = top
            let x = columns.columns[column].x
            for (point, captured) in byColumn[column] ?? [] {
                var stack = Stack(x: x + 30, top: boxTop, width: columns.width - 40)
                stack.gap(8)
                stack.text(Design.name(point.name, fallback: point.id), style: Styles.small, color: theme.ink, maxLines: 3)
                var facts: [String] = []
                if captured { facts.append(point.personal ? "captured · personal data" : "captured") } else if point.personal { facts.append("personal data") }
                if !facts.isEmpty { stack.text(facts.joined(separator: " · "), style: Styles.small, color: theme.muted, maxLines: 1) }
                let users = Array(Set(point.usedBy.compactMap { columns.number(of: $0) })).sorted()
                if !users.isEmpty {
                    stack.text("used at " + users.map { "\($0)" }.joined(separator: ", "), style: Styles.small, color: theme.muted, maxLines: 2)
                }
                stack.gap(8)
                let box = Rect(x: x, y: boxTop, width: columns.width, height: max(34, stack.height))
                let icon = Icons.data(in: Rect(x: box.x + 9, y: box.y + 9, width: 15, height: 15), color: theme.muted, filled: captured)
                var group: [SceneItem] = [.box(BoxShape(box, fill: theme.surface, stroke: Stroke(theme.hairline), radius: 6)), icon]
                group += stack.finished(container: box.inset(by: 2))
                add(.group(group, tooltip: nil, role: "data"))
                if captured { drawn.captured = true } else { drawn.used = true }
                boxTop = box.maxY + 6
                bottom = max(bottom, box.maxY)
            }
        }
        rowBand(label: "Data captured and used", top: top - 8, height: bottom - top + 16, gutter: MapLayout.gutter, tinted: false, insertAt: index)
        y = bottom + 8 + 14
        return drawn
    }
}
