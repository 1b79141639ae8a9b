import JourneyKit

/// The stage summary: one slide (16:9) or one sheet of paper with a column per stage — each
/// persona's emotion in the stage (lowest to highest reading as a bar, the mean as the
/// persona's marker, the last reading as a tick), the moments of truth, the top pain points (by
/// severity) and the top opportunities (most advanced first). The picture that goes in a deck.
public enum StageSummaryLayout {
    /// The slide's width in picture units; a 16:9 slide is 1,600 × 900, a sheet of paper has
    /// the paper's proportions at 1,400 units wide (12-unit text is then 7.2 pt on A4).
    static func size(paper: Paper?) -> (width: Double, height: Double) {
        guard let paper else { return (1_600, 900) }
        let (w, h) = paper.millimetres
        return (1_400, 1_400 * h / w)
    }

    static let labelWidth = 118.0
    static let shown = 3

    /// One stage's entries: its touchpoints, in number order.
    struct StageColumn {
        var name: String
        var colorIndex: Int
        var touchpoints: [Touchpoint]
    }

    static func stageColumns(_ design: ServiceDesign) -> [StageColumn] {
        let columns = Columns(design, left: 0, width: 1, gap: 0, stageGap: 0)
        return columns.spans.map { span in
            StageColumn(name: span.stage.map { Design.name($0.name, fallback: $0.id) } ?? "Touchpoints without a known stage", colorIndex: span.index,
                        touchpoints: columns.columns[span.first...span.last].compactMap(\.touchpoint))
        }
    }

    /// The stage summary as one picture: 1,600 units wide and at least 900 tall (a 16:9 slide
    /// when the content fits), or with `paper` 1,400 units wide and at least as tall as the
    /// paper's proportions make it (taller only when the content needs it).
    public static func scene(_ design: ServiceDesign, theme: Theme = .light, paper: Paper? = nil) -> Scene {
        let size = size(paper: paper)
        var canvas = Canvas(theme: theme, width: size.width)
        let frame = Rect(x: canvas.margin, y: canvas.margin, width: canvas.contentWidth, height: .greatestFiniteMagnitude)
        canvas.paragraph("STAGE SUMMARY", style: Styles.label, color: theme.muted, maxLines: 1, container: frame)
        canvas.y += 4
        canvas.paragraph(Design.name(design.title, fallback: design.id), style: TextStyle(size: 22, bold: true, leading: 1.2), color: theme.ink, maxLines: 2, container: frame)
        canvas.y += 4
        let facts = [count(design.stages.count, "stage"), count(design.touchpoints.count, "touchpoint"), count(design.personas.count, "persona"),
                     count(design.painPoints.count, "pain point"), count(design.opportunities.count, "opportunity").replacingOccurrences(of: "opportunitys", with: "opportunities")]
        canvas.paragraph(facts.joined(separator: " · "), style: Styles.subtitle, color: theme.muted, maxLines: 1, container: frame)
        canvas.y += 16
        let stages = stageColumns(design)
        let numbers = TouchpointNumbers(design)
        let gap = 10.0
        let left = canvas.margin + labelWidth
        let columnWidth = stages.isEmpty ? 0 : (canvas.contentWidth - labelWidth - gap * Double(stages.count - 1)) / Double(stages.count)
        func x(_ index: Int) -> Double { left + Double(index) * (columnWidth + gap) }

        // Stage names.
        var top = canvas.y
        let names = stages.enumerated().map { index, stage in
            Typeset.block(stage.name, x: x(index) + 8, top: top + 8, width: columnWidth - 16, style: Styles.heading, color: theme.stageInk, maxLines: 3,
                          container: Rect(x: x(index), y: top, width: columnWidth, height: 0))
        }
        let nameHeight = (names.compactMap { $0?.frame.height }.max() ?? 18) + 16
        for (index, block) in names.enumerated() {
            let band = Rect(x: x(index), y: top, width: columnWidth, height: nameHeight)
            canvas.add(.box(BoxShape(band, fill: theme.stageColor(stages[index].colorIndex), radius: 6)))
            if var block { block.container = band; canvas.add(.text(block)) }
        }
        canvas.y = top + nameHeight + 10

        // Emotion: one line per persona.
        if !design.personas.isEmpty, design.touchpoints.contains(where: { !$0.emotions.isEmpty }) {
            top = canvas.y
            let lineHeight = 22.0
            let height = Double(design.personas.count) * lineHeight + 12
            let index = canvas.items.count
            for (stageIndex, stage) in stages.enumerated() {
                canvas.add(emotionCell(design, stage: stage, frame: Rect(x: x(stageIndex), y: top, width: columnWidth, height: height), lineHeight: lineHeight, theme: theme))
            }
            canvas.rowBand(label: "Emotion", top: top, height: height, gutter: labelWidth, tinted: true, insertAt: index)
            canvas.y = top + height + 10
        }

        // Moments of truth, pain points, opportunities: lists per stage.
        typealias Entry = (text: String, detail: String?, icon: (Rect) -> SceneItem)
        func listRow(_ label: String, tinted: Bool, _ entries: (StageColumn) -> [Entry]) {
            let lists = stages.map(entries)
            guard lists.contains(where: { !$0.isEmpty }) else { return }
            let top = canvas.y
            var stacks: [Stack] = []
            for (stageIndex, list) in lists.enumerated() {
                var stack = Stack(x: x(stageIndex) + 6, top: top + 8, width: columnWidth - 12)
                for (offset, entry) in list.prefix(shown).enumerated() {
                    if offset > 0 { stack.gap(8) }
                    stack.place(entry.icon(Rect(x: stack.x, y: stack.top + stack.height + 1, width: 14, height: 14)))
                    stack.text(entry.text, style: Styles.body, color: theme.ink, maxLines: stages.count > 6 ? 4 : 3, indent: 20)
                    if let detail = entry.detail { stack.text(detail, style: Styles.small, color: theme.muted, maxLines: 1, indent: 20) }
                }
                if list.count > shown { stack.gap(4); stack.text("and \(list.count - shown) more", style: Styles.small, color: theme.muted, maxLines: 1, indent: 20) }
                stacks.append(stack)
            }
            let height = (stacks.map(\.height).max() ?? 0) + 16
            let index = canvas.items.count
            for (stageIndex, stack) in stacks.enumerated() {
                canvas.add(stack.finished(container: Rect(x: x(stageIndex), y: top, width: columnWidth, height: height)))
            }
            canvas.rowBand(label: label, top: top, height: height, gutter: labelWidth, tinted: tinted, insertAt: index)
            canvas.y = top + height + 10
        }
        listRow("Moments of truth", tinted: false) { stage in
            stage.touchpoints.filter { $0.momentOfTruth != nil }.map { touchpoint in
                let number = numbers.number(of: touchpoint.id).map { "\($0) · " } ?? ""
                let target = touchpoint.momentOfTruth?.target.map { "target \($0.scoreText)" }
                return ("\(number)\(Design.name(touchpoint.title, fallback: touchpoint.id))", target,
                        { box in Icons.star(center: Point(box.midX, box.midY), radius: 7.5, fill: theme.accent) })
            }
        }
        listRow("Top pain points", tinted: true) { stage in
            let ids = Set(stage.touchpoints.map(\.id))
            let rank: [PainPoint.Severity?: Int] = [.high: 0, .medium: 1, .low: 2]
            return design.painPoints.enumerated().filter { $0.element.touchpoints.contains(where: ids.contains) }
                .sorted { (rank[$0.element.severity] ?? 3, $0.offset) < (rank[$1.element.severity] ?? 3, $1.offset) }
                .map { _, pain in (pain.title, pain.severity.map { "\($0.rawValue) severity" },
                                   { box in Icons.warning(in: box, color: theme.pain, ink: theme.painFill) }) }
        }
        listRow("Opportunities", tinted: false) { stage in
            let ids = Set(stage.touchpoints.map(\.id))
            let rank: [Opportunity.Status?: Int] = [.adopted: 0, .tested: 1, .idea: 2]
            return design.opportunities.enumerated().filter { $0.element.touchpoints.contains(where: ids.contains) }
                .sorted { (rank[$0.element.status] ?? 3, $0.offset) < (rank[$1.element.status] ?? 3, $1.offset) }
                .map { _, idea in (idea.title, idea.status?.rawValue, { box in Icons.bulb(in: box, color: theme.opportunity) }) }
        }
        keyLine(design, canvas: &canvas)
        canvas.y = max(canvas.y, size.height - canvas.margin)
        let graph = JourneyGraph(design)
        return canvas.scene(title: JourneyView.summary.title(for: design), summary: Summary.map(design, graph: graph), cuts: [])
    }

    /// Each persona's readings in the stage: a track for the scale with the neutral point, a
    /// bar from the lowest to the highest reading, the mean as the persona's marker, a tick at
    /// the last reading, and the mean as a number.
    static func emotionCell(_ design: ServiceDesign, stage: StageColumn, frame: Rect, lineHeight: Double, theme: Theme) -> [SceneItem] {
        let scale = design.scale
        let span = max(scale.max - scale.min, 1e-9)
        let trackLeft = frame.x + 22, trackRight = frame.maxX - 64
        func x(_ score: Double) -> Double { trackLeft + (min(max(score, scale.min), scale.max) - scale.min) / span * (trackRight - trackLeft) }
        var items: [SceneItem] = []
        let neutral = x(scale.neutral)
        items.append(.path(PathShape([.move(Point(neutral, frame.y + 4)), .line(Point(neutral, frame.maxY - 4))], stroke: Stroke(theme.muted, width: 0.8, dash: [3, 3]))))
        for (index, persona) in design.personas.enumerated() {
            let y = frame.y + 6 + (Double(index) + 0.5) * lineHeight
            let scores = stage.touchpoints.compactMap { $0.emotion(of: persona.id)?.score }.filter(\.isFinite)
            var group: [SceneItem] = [.path(PathShape([.move(Point(trackLeft, y)), .line(Point(trackRight, y))], stroke: Stroke(theme.hairline, width: 1)))]
            let color = theme.personaColor(index)
            if let low = scores.min(), let high = scores.max(), let last = scores.last {
                let mean = scores.reduce(0, +) / Double(scores.count)
                group.append(.path(PathShape([.move(Point(x(low), y)), .line(Point(x(high), y))], stroke: Stroke(color, width: 6, roundCaps: true))))
                group.append(.path(PathShape([.move(Point(x(last), y - 7)), .line(Point(x(last), y + 7))], stroke: Stroke(theme.ink, width: 1.5))))
                group.append(Icons.outlineShape(Theme.personaShape(index), center: Point(x(mean), y), radius: 5, fill: color, stroke: Stroke(theme.background, width: 1.2)))
                // "mean", so that the number is not read as a total or a score of its own.
                if let text = Typeset.block("mean \(String(format1: mean))", x: trackRight + 6, top: y - Styles.small.lineHeight / 2, width: 58, style: Styles.small, color: theme.ink,
                                            maxLines: 1, container: frame) { group.append(.text(text)) }
            } else if let text = Typeset.block("no readings", x: trackLeft, top: y - Styles.small.lineHeight / 2, width: trackRight - trackLeft, style: Styles.small,
                                               color: theme.muted, maxLines: 1, container: frame) {
                group = [.text(text)]
            }
            group.insert(Icons.outlineShape(Theme.personaShape(index), center: Point(frame.x + 10, y), radius: 4.5, fill: color), at: 0)
            items.append(.group(group, tooltip: nil, role: Hooks.persona(index)))
        }
        return items
    }

    /// The key: personas, and how to read an emotion line.
    static func keyLine(_ design: ServiceDesign, canvas: inout Canvas) {
        var symbols: [LegendSymbol] = []
        if design.touchpoints.contains(where: { $0.momentOfTruth != nil }) { symbols.append(.momentOfTruth) }
        if !design.painPoints.isEmpty { symbols.append(.pain) }
        if !design.opportunities.isEmpty { symbols.append(.opportunity) }
        canvas.legend(design, items: symbols)
        if design.touchpoints.contains(where: { !$0.emotions.isEmpty }) {
            canvas.paragraph("Emotion per stage, on a track from \(design.scale.min.scoreText) (left) to \(design.scale.max.scoreText) (right) after each persona's symbol: the bar runs from the persona's lowest to highest reading, the marker is the mean (written beside it), the tick the last reading; the dashed line is neutral (\(design.scale.neutral.scoreText)).",
                             style: Styles.small, color: canvas.theme.muted, maxLines: 2)
        }
    }
}
