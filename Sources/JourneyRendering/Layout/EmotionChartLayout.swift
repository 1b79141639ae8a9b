import JourneyKit

/// All personas' emotion curves on one chart: the scale's labels on the y axis, the neutral
/// line, stages above, the touchpoints' numbers below (the map's numbers) and a key of their
/// titles, the lowest point of each persona ringed, and each persona's peak-end value at the
/// right, named. With a planned journey, its curves are drawn wide and pale beneath the actual
/// ones. What a persona's line means: see `emotionMarks`.
public enum EmotionChartLayout {
    /// The emotion chart as one picture.
    ///
    /// - Parameters:
    ///   - design: the journey whose personas' curves are drawn.
    ///   - theme: the colours and font.
    ///   - planned: a planned journey to set the curves against: its curves are drawn wide and
    ///     pale beneath those of `design` (what `journey conform` draws of the lived emotion).
    ///   - branches: draw every flow between a persona's readings that its line does
    ///     not draw, as a dotted arc (off by default: off-path readings get a short stub).
    public static func scene(_ design: ServiceDesign, theme: Theme = .light, planned: ServiceDesign? = nil, branches: Bool = false) -> Scene {
        let graph = JourneyGraph(design)
        let personaCount = Double(max(1, design.personas.count))
        let slot = max(112, personaCount * 26 + 24)
        // Only touchpoints with a reading get a slot; each keeps the number it has on the map.
        let numbers = TouchpointNumbers(design)
        let places = design.touchpoints.indices.filter { !design.touchpoints[$0].emotions.isEmpty }
        var reduced = design
        reduced.touchpoints = places.map { design.touchpoints[$0] }
        let scoredStages = Set(reduced.touchpoints.map(\.stage))
        reduced.stages = design.stages.filter { scoredStages.contains($0.id) }
        let columns = Columns(reduced, left: 32 + MapLayout.gutter, width: slot - 8, gap: 8, stageGap: 12)
        let annotationWidth = 230.0
        var canvas = Canvas(theme: theme, width: max(columns.right + 24 + annotationWidth + 32, 1_000))
        canvas.header(design, view: planned == nil ? "Emotion curves" : "Emotion curves: actual against planned")
        guard !reduced.touchpoints.isEmpty, !design.personas.isEmpty else {
            canvas.paragraph("No emotion readings: add emotions to touchpoints to see the curves.", style: Styles.body, color: theme.muted, maxLines: 2)
            return canvas.scene(title: JourneyView.emotion.title(for: design), summary: "No emotion readings.", cuts: [])
        }
        canvas.stageBand(columns, design: reduced)
        let top = canvas.y
        let frame = Rect(x: columns.left, y: top, width: columns.right - columns.left, height: 380)
        let plot = EmotionPlot(frame: frame, scale: design.scale)
        canvas.add(.box(BoxShape(frame.inset(by: -6), fill: theme.band, radius: 6)))
        for column in columns.columns {
            guard let moment = column.touchpoint?.momentOfTruth else { continue }
            canvas.add(.box(BoxShape(Rect(x: column.x, y: top, width: columns.width, height: frame.height), fill: theme.accent.tinted(theme), radius: 4)))
            if let target = moment.target {
                let ty = plot.y(target)
                canvas.add(.path(PathShape([.move(Point(column.x + 4, ty)), .line(Point(column.x + columns.width - 4, ty))], stroke: Stroke(theme.accent, width: 1.5, dash: [5, 3]))))
            }
        }
        canvas.add(plot.grid(theme: theme, labels: Rect(x: canvas.margin, y: top, width: MapLayout.gutter - 16, height: frame.height)))
        func place(_ source: ServiceDesign, mainPath: Set<TouchpointID>) -> [PlacedReading] {
            var readings: [PlacedReading] = []
            // Positions by id, looked up per column (a search per column was quadratic).
            var positions: [TouchpointID: Int] = [:]
            for (index, touchpoint) in source.touchpoints.enumerated() where positions[touchpoint.id] == nil { positions[touchpoint.id] = index }
            for (columnIndex, column) in columns.columns.enumerated() {
                guard let id = column.touchpoint?.id, let position = positions[id] else { continue }
                let touchpoint = source.touchpoints[position]
                for (personaIndex, persona) in design.personas.enumerated() {
                    guard let reading = touchpoint.emotion(of: persona.id), reading.score.isFinite else { continue }
                    let x = columns.center(columnIndex) + (Double(personaIndex) - (personaCount - 1) / 2) * 26
                    readings.append(PlacedReading(touchpoint: id, persona: personaIndex, score: reading.score, point: Point(x, plot.y(reading.score)), onMainPath: mainPath.contains(id)))
                }
            }
            return readings
        }
        if let planned {
            let plannedGraph = JourneyGraph(planned)
            let readings = place(planned, mainPath: Set(plannedGraph.mainPath))
            for (personaIndex, _) in design.personas.enumerated() {
                let points = readings.filter { $0.persona == personaIndex }.map(\.point).sorted { $0.x < $1.x }
                var overlay: [SceneItem] = []
                // A wide pale band with small pale markers: hollow markers mean "off the main
                // path", and dashes are the personas' own.
                let pale = theme.personaColor(personaIndex).tinted(theme, amount: 0.4)
                if points.count > 1 {
                    overlay.append(.path(PathShape(MonotoneCurve.commands(through: points), stroke: Stroke(pale, width: 6, roundCaps: true))))
                }
                for point in points {
                    overlay.append(Icons.outlineShape(Theme.personaShape(personaIndex), center: point, radius: 5.5, fill: pale))
                }
                if !overlay.isEmpty { canvas.add(.group(overlay, tooltip: nil, role: Hooks.persona(personaIndex, "planned"))) }
            }
        }
        let readings = place(design, mainPath: Set(graph.mainPath))
        let (lines, marks) = canvas.emotionMarks(readings, design: design, graph: graph, plot: plot, branches: branches)
        canvas.add(lines)
        // The lowest point of each persona, ringed.
        for curve in design.emotionCurves() {
            guard let low = curve.lowest, let personaIndex = design.personas.firstIndex(where: { $0.id == curve.persona }),
                  let reading = readings.first(where: { $0.persona == personaIndex && $0.touchpoint == low.touchpoint }) else { continue }
            canvas.add(.group([.circle(CircleShape(center: reading.point, radius: 13.5, fill: .none, stroke: Stroke(theme.personaColor(personaIndex), width: 1.5)))],
                              tooltip: nil, role: Hooks.persona(personaIndex, "lowest")))
        }
        canvas.add(marks)
        canvas.peakEndLabels(design, plot: plot, x: frame.maxX + 8, width: annotationWidth)
        canvas.y = frame.maxY + 8
        // Under the plot the touchpoints' numbers, and below them a key of numbered titles.
        var numbered: [(number: Int, place: Int, title: String)] = []
        for column in columns.columns {
            guard let touchpoint = column.touchpoint, let place = column.designIndex.map({ places[$0] }), let number = numbers.number(atPlace: place) else { continue }
            let text = "\(number)"
            if let block = Typeset.block(text, x: column.x, top: canvas.y, width: columns.width, style: Styles.label, color: theme.ink, maxLines: 1,
                                         container: Rect(x: column.x, y: canvas.y, width: columns.width, height: 16), anchor: .middle) {
                canvas.add(.group([.text(block)], tooltip: nil, role: Hooks.numbered(place)))
            }
            numbered.append((number, place, Design.name(touchpoint.title, fallback: touchpoint.id)))
        }
        canvas.y += 22
        canvas.numberedKey(numbered)
        var symbols: [LegendSymbol] = readings.contains { !$0.onMainPath } ? [.offPath] : []
        if design.touchpoints.contains(where: { $0.momentOfTruth != nil }) { symbols.insert(.momentOfTruth, at: 0) }
        canvas.legend(design, items: symbols)
        if planned != nil {
            canvas.paragraph("Wide pale lines with small pale markers: the planned journey; lines with faces: the actual one (hollow faces: off its main path). A ring marks each persona's lowest point.",
                             style: Styles.small, color: theme.muted, maxLines: 2)
        } else {
            canvas.paragraph("A ring marks each persona's lowest point on the main path; peak-end is the mean of the most intense moment and the end, which is how people tend to remember an experience.",
                             style: Styles.small, color: theme.muted, maxLines: 3)
        }
        var summary = Summary.emotions(design).joined(separator: " ")
        if summary.isEmpty { summary = "No persona has readings on the main path." }
        return canvas.scene(title: JourneyView.emotion.title(for: design), summary: Summary.clip(summary), cuts: columns.cuts)
    }
}
