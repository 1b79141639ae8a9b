import JourneyKit

/// The journey map: title and personas, the stage band, the flow between steps, touchpoint
/// cards, thoughts, an emotion curve per persona, pain points, opportunities and metrics.
public enum MapLayout {
    static let gutter = 132.0
    static let gap = 14.0
    static let stageGap = 22.0
    static let margin = 32.0

    /// The width of the persona column at the map's left (on paper: of the first page).
    static let personaColumn = 330.0

    /// Where the first column starts: after the margin, the persona column when there is one,
    /// and the row labels.
    static func left(_ design: ServiceDesign, personas: Bool) -> Double {
        margin + (personas && !design.personas.isEmpty ? personaColumn : 0) + gutter
    }

    /// The map's columns: one per touchpoint, wide enough for a marker per persona.
    static func columns(_ design: ServiceDesign) -> Columns {
        let columnWidth = max(184, Double(design.personas.count) * 26 + 44)
        return Columns(design, left: left(design, personas: true), width: columnWidth, gap: gap, stageGap: stageGap)
    }

    /// The whole map as one picture.
    ///
    /// - Parameters:
    ///   - design: the design to draw.
    ///   - theme: the colours and font.
    ///   - branches: in the emotion row, draw every flow between a persona's readings
    ///     that its line does not draw, as a dotted arc.
    public static func scene(_ design: ServiceDesign, theme: Theme = .light, branches: Bool = false) -> Scene {
        let columns = columns(design)
        return scene(design, theme: theme, graph: JourneyGraph(design), columns: columns, width: max(columns.right + margin, 1_160), page: nil, branches: branches)
    }

    /// Which page of how many a picture is.
    struct PageInfo {
        var number: Int
        var count: Int
    }

    /// The map drawn over `columns` (all of them, or one page's), `width` wide. The persona
    /// cards stand in a column at the left (of the first page), the key beside the title; the
    /// rows (stages, flow, touchpoints, thoughts, emotion, pain points with opportunities and
    /// metrics) fill the rest.
    static func scene(_ design: ServiceDesign, theme: Theme, graph: JourneyGraph, columns: Columns, width: Double, page: PageInfo?, branches: Bool = false) -> Scene {
        let personas = page.map { $0.number == 1 } ?? true
        let personaWidth = personas && !design.personas.isEmpty ? personaColumn : 0
        var canvas = Canvas(theme: theme, width: width)
        let edges = columns.flow(graph)
        let key = LegendSymbol.present(in: design, columns: columns, edges: edges, candidates: [.momentOfTruth, .pain, .opportunity, .metric, .flowForward, .flowBack, .offPath])
        var note: String?
        if let page {
            let names = columns.spans.map { span in
                (span.stage.map { Design.name($0.name, fallback: $0.id) } ?? "Touchpoints without a known stage") + (span.continued ? " (continued)" : "")
            }
            let numbers = columns.columns.indices.compactMap { columns.number(atColumn: $0) }
            var text = "Page \(page.number) of \(page.count) · " + names.joined(separator: ", ")
            if let first = numbers.min(), let last = numbers.max() { text += " · touchpoints \(first)–\(last)" }
            note = text
        }
        let keyPlaced = canvas.mapHeader(design, note: note, key: key, brief: (page?.number ?? 1) > 1)
        let rowsTop = canvas.y
        // The rows are drawn on a canvas whose margin is the persona column's right edge.
        var rows = Canvas(theme: theme, width: width + personaWidth, margin: margin + personaWidth)
        rows.y = rowsTop
        rows.stageBand(columns, design: design)
        rows.flowBand(columns, edges: edges, label: "Flow")
        rows.touchpointCards(columns, design: design, graph: graph, edges: edges)
        rows.thoughtsRow(columns, design: design)
        rows.emotionRow(columns, design: design, graph: graph, branches: branches)
        rows.spanBand(columns, design: design)
        if !keyPlaced { rows.legend(design, items: key) }
        if personaWidth > 0 {
            // As much of each persona as the rows' height holds: two entries per section, then
            // one, then goals and needs alone.
            let start = canvas
            for (entries, sections) in [(2, 4), (1, 4), (1, 2)] {
                canvas = start
                canvas.y = rowsTop
                canvas.personaCards(design, left: margin, width: personaWidth - 16, cardWidth: personaWidth - 16, entries: entries, sections: sections)
                if canvas.y <= rows.y + 8 { break }
            }
        }
        canvas.add(rows.items)
        canvas.y = max(canvas.y, rows.y)
        let title = JourneyView.map.title(for: design) + (page.map { " (page \($0.number) of \($0.count))" } ?? "")
        return canvas.scene(title: title, summary: Summary.map(design, graph: graph), cuts: columns.cuts)
    }
}

extension Canvas {
    /// A coloured band per stage, spanning its columns, with the stage's name.
    mutating func stageBand(_ columns: Columns, design: ServiceDesign) {
        let top = y
        var height = 0.0
        var blocks: [(Rect, TextBlock?, Int)] = []
        for span in columns.spans {
            let x = columns.columns[span.first].x
            let width = columns.columns[span.last].x + columns.width - x
            let name = (span.stage.map { Design.name($0.name, fallback: $0.id) } ?? "Touchpoints without a known stage") + (span.continued ? " (continued)" : "")
            let block = Typeset.block(name, x: x + 12, top: top + 10, width: width - 24, style: Styles.heading, color: theme.stageInk,
                                      maxLines: 2, container: Rect(x: x, y: top, width: width, height: 0))
            height = max(height, (block?.frame.height ?? 0) + 20)
            blocks.append((Rect(x: x, y: top, width: width, height: 0), block, span.index))
        }
        for (frame, block, index) in blocks {
            let band = Rect(x: frame.x, y: top, width: frame.width, height: height)
            var stage: [SceneItem] = [.box(BoxShape(band, fill: theme.stageColor(index), radius: 6))]
            if var block {
                block.container = band
                stage.append(.text(block))
            }
            add(.group(stage, tooltip: nil, role: Hooks.stage))
        }
        let gutter = MapLayout.gutter
        let label = Typeset.block("Stages", x: margin + 10, top: top + 10, width: gutter - 20, style: TextStyle(size: 12, bold: true),
                                  color: theme.muted, maxLines: 1, container: Rect(x: margin, y: top, width: gutter, height: height))
        if let label { add(.group([.text(label)], tooltip: nil, role: Hooks.rowLabel)) }
        y = top + height + 10
    }

    /// Arcs above the cards for every flow that does not simply go on to the next column:
    /// branches that skip ahead, and loops that go back. Arcs that share columns get
    /// different heights.
    mutating func flowBand(_ columns: Columns, edges: [(from: Int, to: Int)], label: String) {
        let jumps = edges.filter { $0.to != $0.from + 1 }
        guard !jumps.isEmpty else { return }
        let ordered = jumps.sorted { abs($0.to - $0.from) == abs($1.to - $1.from) ? $0.from < $1.from : abs($0.to - $0.from) < abs($1.to - $1.from) }
        let levels = SpanPacking.levels(ordered.map { min($0.from, $0.to)...max($0.from, $0.to) })
        let levelCount = (levels.max() ?? 0) + 1
        let step = 9.0
        let top = y
        let height = Double(levelCount) * step + 18
        let bottom = top + height
        let index = items.count
        for (edge, level) in zip(ordered, levels) {
            let back = edge.to <= edge.from
            let color = back ? theme.accent : theme.flow
            let startX = columns.center(edge.from) + (back ? -18 : 18)
            let endX = columns.center(edge.to) + (back ? 18 : -18)
            let peak = bottom - 10 - Double(level + 1) * step
            let r = 4.0
            let dir: Double = endX > startX ? 1 : -1
            let commands: [PathCommand] = [
                .move(Point(startX, bottom)), .line(Point(startX, peak + r)),
                .quad(Point(startX, peak), Point(startX + dir * r, peak)),
                .line(Point(endX - dir * r, peak)), .quad(Point(endX, peak), Point(endX, peak + r)),
                .line(Point(endX, bottom)),
            ]
            add(.path(PathShape(commands, stroke: Stroke(color, width: 1.3, dash: back ? [4, 3] : []), arrow: true)))
        }
        rowBand(label: label, top: top, height: height, gutter: MapLayout.gutter, tinted: false, insertAt: index)
        y = bottom
    }
}
