import JourneyKit

/// The symbols a legend can explain.
enum LegendSymbol {
    case momentOfTruth, pain, opportunity, metric, flowForward, flowBack, failPoint, dataCaptured, dataUsed, offPath
    /// The blueprint's dotted link from a supporting step to the step it supports (`supportedBy`).
    case supports
}

extension LegendSymbol {
    /// The candidates that the picture actually shows, so that the key explains nothing absent.
    static func present(in design: ServiceDesign, columns: Columns, edges: [(from: Int, to: Int)], candidates: [LegendSymbol]) -> [LegendSymbol] {
        let placed = Set(columns.indexByID.keys)
        func any(_ ids: [TouchpointID]) -> Bool { ids.contains { placed.contains($0) } }
        let mainPath = candidates.contains(.offPath) ? Set(JourneyGraph(design).mainPath) : []
        return candidates.filter { symbol in
            switch symbol {
            case .momentOfTruth: design.touchpoints.contains { $0.momentOfTruth != nil && placed.contains($0.id) }
            case .pain, .failPoint: design.painPoints.contains { any($0.touchpoints) }
            case .opportunity: design.opportunities.contains { any($0.touchpoints) }
            case .metric: design.metrics.contains { any($0.touchpoints) }
            case .flowForward: edges.contains { $0.to > $0.from + 1 }
            case .flowBack: edges.contains { $0.to <= $0.from }
            case .dataCaptured: design.dataPoints.contains { $0.capturedAt.map { placed.contains($0) } ?? false }
            case .dataUsed: design.dataPoints.contains { any($0.usedBy) }
            case .supports: design.touchpoints.contains { !$0.supportedBy.isEmpty }
            case .offPath:
                // A reading off the main path is drawn hollow.
                design.touchpoints.contains { !$0.emotions.isEmpty && !mainPath.contains($0.id) }
            }
        }
    }
}

extension Canvas {
    /// The key: personas (shape, colour and line), faces from low to high, and the symbols used.
    /// A view that draws no personas and no faces (the blueprint) passes `personas: false`.
    mutating func legend(_ design: ServiceDesign, items symbols: [LegendSymbol], personas showsPersonas: Bool = true, left: Double? = nil, width: Double? = nil) {
        let margin = left ?? self.margin
        let contentWidth = width ?? self.contentWidth
        y += 6
        let top = y
        var x = margin
        var rowTop = top + 28
        let rowHeight = 26.0
        let style = Styles.small
        let bounds = Rect(x: margin, y: top, width: contentWidth, height: .greatestFiniteMagnitude)
        var entries: [(width: Double, draw: (Double, Double) -> [SceneItem])] = []
        func textItem(_ text: String, at x: Double, _ y: Double, maxWidth: Double = 400) -> SceneItem? {
            Typeset.block(text, x: x, top: y - style.lineHeight / 2, width: min(maxWidth, style.width(of: text) + 1), style: style, color: theme.ink,
                          maxLines: 1, container: bounds).map { .text($0) }
        }
        let theme = self.theme
        for (index, persona) in design.personas.enumerated() where showsPersonas {
            let name = Design.name(persona.name, fallback: persona.id)
            let nameWidth = min(260, style.width(of: name) + 1)
            entries.append((56 + nameWidth, { x, y in
                var items: [SceneItem] = [
                    .path(PathShape([.move(Point(x, y)), .line(Point(x + 40, y))], stroke: Stroke(theme.personaColor(index), width: 2.5, dash: Theme.personaDash(index)))),
                    Icons.outlineShape(Theme.personaShape(index), center: Point(x + 20, y), radius: 6, fill: theme.personaColor(index)),
                ]
                if let text = textItem(name, at: x + 48, y, maxWidth: 260) { items.append(text) }
                return [.group(items, tooltip: nil, role: Hooks.persona(index))]
            }))
        }
        let scale = design.scale
        let plot = EmotionPlot(frame: Rect(x: 0, y: 0, width: 1, height: 100), scale: scale)
        let faces = showsPersonas && design.touchpoints.contains { !$0.emotions.isEmpty } ? [(scale.min, "low"), (scale.neutral, "neutral"), (scale.max, "high")] : []
        for (score, word) in faces {
            let text = "\(word) (\(score.scoreText))"
            entries.append((30 + style.width(of: text), { x, y in
                var items: [SceneItem] = [Icons.face(.circle, center: Point(x + 9, y), radius: 9, fill: theme.muted, ink: theme.background, mood: plot.mood(score))]
                if let t = textItem(text, at: x + 24, y) { items.append(t) }
                return items
            }))
        }
        for symbol in symbols {
            let text: String
            let icon: (Double, Double) -> SceneItem
            switch symbol {
            case .momentOfTruth:
                text = "moment of truth"
                icon = { x, y in Icons.star(center: Point(x + 8, y), radius: 8, fill: theme.accent) }
            case .pain, .failPoint:
                text = symbol == .pain ? "pain point" : "fail point (pain point)"
                icon = { x, y in Icons.warning(in: Rect(x: x, y: y - 8, width: 16, height: 16), color: theme.pain, ink: theme.painFill) }
            case .opportunity:
                text = "opportunity"
                icon = { x, y in Icons.bulb(in: Rect(x: x, y: y - 8, width: 16, height: 16), color: theme.opportunity) }
            case .metric:
                text = "metric"
                icon = { x, y in Icons.metric(in: Rect(x: x, y: y - 8, width: 16, height: 16), color: theme.muted) }
            case .flowForward:
                text = "flow, branch"
                icon = { x, y in .path(PathShape([.move(Point(x, y)), .line(Point(x + 16, y))], stroke: Stroke(theme.flow, width: 1.3), arrow: true)) }
            case .flowBack:
                text = "goes back (loop)"
                icon = { x, y in .path(PathShape([.move(Point(x, y)), .line(Point(x + 16, y))], stroke: Stroke(theme.accent, width: 1.3, dash: [4, 3]), arrow: true)) }
            case .dataCaptured, .dataUsed:
                text = symbol == .dataCaptured ? "data captured" : "data used"
                icon = { x, y in Icons.data(in: Rect(x: x, y: y - 8, width: 16, height: 16), color: theme.muted, filled: symbol == .dataCaptured) }
            case .supports:
                text = "supports (supportedBy)"
                icon = { x, y in
                    .group([.path(PathShape([.move(Point(x + 3, y)), .line(Point(x + 15, y))], stroke: Stroke(theme.ink, width: 1.4, dash: [0.1, 3.5], roundCaps: true))),
                            .circle(CircleShape(center: Point(x + 3, y), radius: 2.4, fill: theme.ink)),
                            .circle(CircleShape(center: Point(x + 15, y), radius: 2.4, fill: theme.ink))], tooltip: nil, role: nil)
                }
            case .offPath:
                text = "off the main path (hollow; dots: its branch)"
                icon = { x, y in
                    .group([
                        .path(PathShape([.move(Point(x, y)), .line(Point(x + 6, y))], stroke: Stroke(theme.muted, width: EmotionBranches.width, dash: EmotionBranches.dash, roundCaps: true))),
                        Icons.face(.circle, center: Point(x + 12.5, y), radius: 5, fill: theme.background, ink: theme.muted, mood: 0, outline: theme.muted),
                    ], tooltip: nil, role: nil)
                }
            }
            entries.append((26 + style.width(of: text), { x, y in
                var items: [SceneItem] = [icon(x, y)]
                if let t = textItem(text, at: x + 22, y) { items.append(t) }
                return items
            }))
        }
        var legendItems: [SceneItem] = []
        if let heading = Typeset.block("Key", x: margin, top: top, width: 200, style: Styles.heading, color: theme.ink, maxLines: 1, container: bounds) {
            legendItems.append(.text(heading))
        }
        for entry in entries {
            if x + entry.width > margin + contentWidth, x > margin {
                x = margin
                rowTop += rowHeight
            }
            legendItems += entry.draw(x, rowTop + 8)
            x += entry.width + 22
        }
        add(.group(legendItems, tooltip: nil, role: "legend"))
        y = rowTop + rowHeight
    }
}
