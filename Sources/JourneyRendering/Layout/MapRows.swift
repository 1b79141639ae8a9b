import JourneyKit

extension Canvas {
    /// Each persona's thought or quote at each touchpoint, marked with the persona's shape.
    mutating func thoughtsRow(_ columns: Columns, design: ServiceDesign) {
        let top = y + 8
        var stacks: [(Stack, Double)] = []
        for column in columns.columns {
            guard let touchpoint = column.touchpoint else { continue }
            var stack = Stack(x: column.x + 8, top: top, width: columns.width - 16)
            for (personaIndex, persona) in design.personas.enumerated() {
                guard let thought = touchpoint.emotion(of: persona.id)?.thought, !Design.text(thought).isEmpty else { continue }
                if stack.height > 0 { stack.gap(8) }
                let lineTop = stack.top + stack.height
                let theme = self.theme
                stack.grouped(role: Hooks.persona(personaIndex)) { stack in
                    stack.place(Icons.outlineShape(Theme.personaShape(personaIndex), center: Point(stack.x + 5, lineTop + 8), radius: 4.5, fill: theme.personaColor(personaIndex)))
                    stack.text(Design.quoted(thought), style: Styles.quote, color: theme.ink, maxLines: 5, indent: 15)
                }
            }
            stacks.append((stack, column.x))
        }
        let height = stacks.map(\.0.height).max() ?? 0
        guard height > 0 else { return }
        let index = items.count
        for (stack, x) in stacks {
            add(stack.finished(container: Rect(x: x, y: top - 8, width: columns.width, height: height + 16)))
        }
        rowBand(label: "Thoughts", top: top - 8, height: height + 16, gutter: MapLayout.gutter, tinted: true, insertAt: index)
        y = top + height + 8 + 10
    }

    /// Pain points, opportunities and metrics: each as a box spanning the touchpoints it names
    /// (one box per run of neighbouring columns), boxes that share columns stacked.
    mutating func spanRows(_ columns: Columns, design: ServiceDesign) {
        func spans(_ ids: [TouchpointID]) -> [ClosedRange<Int>] { SpanPacking.runs(ids.compactMap { columns.indexByID[$0] }) }
        var pains: [(ClosedRange<Int>, String, String?)] = []
        for pain in design.painPoints {
            for span in spans(pain.touchpoints) { pains.append((span, pain.title, pain.severity.map { "\($0.rawValue) severity" })) }
        }
        spanRow("Pain points", columns: columns, entries: pains, kind: .pain)
        var ideas: [(ClosedRange<Int>, String, String?)] = []
        for idea in design.opportunities {
            var facts: [String] = []
            if let status = idea.status { facts.append(status.rawValue) }
            if let owner = idea.owner { facts.append(owner) }
            for span in spans(idea.touchpoints) { ideas.append((span, idea.title, facts.isEmpty ? nil : facts.joined(separator: " · "))) }
        }
        spanRow("Opportunities", columns: columns, entries: ideas, kind: .opportunity)
        var metrics: [(ClosedRange<Int>, String, String?)] = []
        for metric in design.metrics {
            for span in spans(metric.touchpoints) { metrics.append((span, metric.name, metric.target.map { "target: \($0)" })) }
        }
        spanRow("Metrics", columns: columns, entries: metrics, kind: .metric)
    }

    enum SpanKind { case pain, opportunity, metric, dataCaptured, dataUsed }

    mutating func spanRow(_ label: String, columns: Columns, entries: [(ClosedRange<Int>, String, String?)], kind: SpanKind) {
        guard !entries.isEmpty else { return }
        let levels = SpanPacking.levels(entries.map(\.0))
        func frame(_ span: ClosedRange<Int>) -> (x: Double, width: Double) {
            let x = columns.columns[span.lowerBound].x
            return (x, columns.columns[span.upperBound].x + columns.width - x)
        }
        func content(_ entry: (ClosedRange<Int>, String, String?), top: Double) -> Stack {
            let (x, width) = frame(entry.0)
            return spanContent(entry.1, detail: entry.2, kind: kind, x: x, width: width, top: top)
        }
        // Each box sits right below the boxes already placed over its columns (a skyline per
        // column), so one tall box makes only its own columns taller, not a whole level across
        // the map. Boxes are placed level by level, so that the order stays that of the levels.
        let top = y + 8
        let order = zip(entries.indices, levels).sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.0)
        var skyline = Array(repeating: top, count: columns.columns.count)
        var boxes: [Int: Rect] = [:]
        for entryIndex in order {
            let entry = entries[entryIndex]
            let (x, width) = frame(entry.0)
            let boxTop = entry.0.map { skyline[$0] }.max() ?? top
            let height = max(34, content(entry, top: 0).height)
            boxes[entryIndex] = Rect(x: x, y: boxTop, width: width, height: height)
            for column in entry.0 { skyline[column] = boxTop + height + 6 }
        }
        let index = items.count
        for (entryIndex, entry) in entries.enumerated() {
            let box = boxes[entryIndex]!
            add(spanBox(entry.1, detail: entry.2, kind: kind, box: box, role: label.lowercased().replacingSpaces))
        }
        let height = (skyline.max() ?? top) - 6 - top
        rowBand(label: label, top: top - 8, height: height + 16, gutter: MapLayout.gutter, tinted: kind == .pain || kind == .metric, insertAt: index)
        y = top + height + 8 + 10
    }
}

extension Canvas {
    /// The text of a pain point's, an opportunity's or a metric's box.
    func spanContent(_ title: String, detail: String?, kind: SpanKind, x: Double, width: Double, top: Double) -> Stack {
        var stack = Stack(x: x + 30, top: top, width: width - 40)
        stack.gap(8)
        stack.text(title, style: kind != .pain && kind != .opportunity ? Styles.small : Styles.smallBold, color: theme.ink, maxLines: 3)
        if let detail { stack.text(detail, style: Styles.small, color: theme.muted, maxLines: 1) }
        stack.gap(8)
        return stack
    }

    /// A pain point's, an opportunity's or a metric's box: tinted, with its icon and text.
    func spanBox(_ title: String, detail: String?, kind: SpanKind, box: Rect, role: String) -> SceneItem {
        let stack = spanContent(title, detail: detail, kind: kind, x: box.x, width: box.width, top: box.y)
        let fill: Color, stroke: Color, icon: SceneItem
        let iconBox = Rect(x: box.x + 9, y: box.y + 9, width: 15, height: 15)
        switch kind {
        case .pain: (fill, stroke, icon) = (theme.painFill, theme.pain, Icons.warning(in: iconBox, color: theme.pain, ink: theme.painFill))
        case .opportunity: (fill, stroke, icon) = (theme.opportunityFill, theme.opportunity, Icons.bulb(in: iconBox, color: theme.opportunity))
        case .metric: (fill, stroke, icon) = (theme.surface, theme.hairline, Icons.metric(in: iconBox, color: theme.muted))
        case .dataCaptured, .dataUsed:
            (fill, stroke, icon) = (theme.surface, theme.hairline, Icons.data(in: iconBox, color: theme.muted, filled: kind == .dataCaptured))
        }
        var group: [SceneItem] = [.box(BoxShape(box, fill: fill, stroke: Stroke(stroke), radius: 6)), icon]
        group += stack.finished(container: box.inset(by: 2))
        return .group(group, tooltip: nil, role: role)
    }
}

extension String {
    var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
