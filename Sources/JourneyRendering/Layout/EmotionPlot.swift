import JourneyKit

/// The vertical scale of an emotion plot: scores to y, ticks, the neutral line. Scores outside
/// the design's scale are drawn at its edge (the validator reports them), so no marker ever
/// leaves the plot.
struct EmotionPlot {
    let frame: Rect
    let scale: EmotionScale
    let padTop = 34.0
    let padBottom = 26.0

    func y(_ score: Double) -> Double {
        let span = scale.max - scale.min
        guard span > 0, score.isFinite else { return frame.midY }
        let t = (min(max(score, scale.min), scale.max) - scale.min) / span
        return frame.maxY - padBottom - t * (frame.height - padTop - padBottom)
    }

    /// -1 at the bottom of the scale, 0 at neutral, 1 at the top.
    func mood(_ score: Double) -> Double {
        if score >= scale.neutral { return scale.max > scale.neutral ? (score - scale.neutral) / (scale.max - scale.neutral) : 0 }
        return scale.neutral > scale.min ? -(scale.neutral - score) / (scale.neutral - scale.min) : 0
    }

    /// The scores that get a tick: the scale's named points, else whole steps (at most 11).
    var ticks: [(score: Double, text: String)] {
        if !scale.labels.isEmpty { return scale.labels.map { ($0.score, "\($0.text) \($0.score.scoreText)") } }
        let span = scale.max - scale.min
        let step = span <= 10 ? 1.0 : (span / 5).rounded(.up)
        var result: [(Double, String)] = []
        var score = scale.min
        while score <= scale.max + 1e-9, result.count < 12 {
            let text = score == scale.neutral ? "neutral \(score.scoreText)" : score.scoreText
            result.append((score, text))
            score += step
        }
        if !result.contains(where: { $0.0 == scale.neutral }), scale.neutral > scale.min, scale.neutral < scale.max {
            result.append((scale.neutral, "neutral \(scale.neutral.scoreText)"))
        }
        return result
    }

    /// Grid lines across the plot, the neutral line stronger (solid: dashes are the personas'
    /// lines), and tick labels right-aligned
    /// in `labels` (left of the plot).
    func grid(theme: Theme, labels: Rect) -> [SceneItem] {
        var items: [SceneItem] = []
        var lastLabelBottom = -Double.infinity
        for tick in ticks.sorted(by: { $0.score > $1.score }) {
            let y = self.y(tick.score)
            let neutral = tick.score == scale.neutral
            items.append(.path(PathShape([.move(Point(frame.minX, y)), .line(Point(frame.maxX, y))],
                                         stroke: Stroke(neutral ? theme.muted.tinted(theme, amount: 0.6) : theme.hairline, width: neutral ? 1.6 : 0.8))))
            let style = neutral ? Styles.label : TextStyle(size: 10)
            let top = y - style.lineHeight / 2
            guard top >= lastLabelBottom, let block = Typeset.block(tick.text, x: labels.minX, top: top, width: labels.width, style: style, color: theme.muted,
                                                                    maxLines: 1, container: labels, anchor: .end) else { continue }
            items.append(.text(block))
            lastLabelBottom = block.frame.maxY
        }
        return items
    }
}

/// One persona's readings placed on a plot.
struct PlacedReading {
    var touchpoint: TouchpointID
    var persona: Int
    var score: Double
    var point: Point
    var onMainPath: Bool
}

/// How off-path readings are joined to the rest of the journey.
/// A persona's emotion line: full on the main path, thin and pale through readings off it.
public enum EmotionLine {
    /// The stroke width where the line joins two readings on the main path.
    public static let width = 2.5
    /// The stroke width where the line detours through a reading off the main path.
    public static let detourWidth = 1.4
    /// How much of the persona's colour a detour keeps (the rest is the background).
    public static let detourStrength = 0.5
}

enum EmotionBranches {
    /// The off-path style: grey, dotted, round dots. No persona's line uses it (see
    /// ``Theme/personaDash(_:)``).
    static let dash: [Double] = [0.1, 4.5]
    static let width = 2.2
    /// How long the stub on an off-path marker is, towards where its branch comes from.
    static let stub = 20.0
}

extension Canvas {
    /// Each persona's line, markers with faces and scores, and the branches.
    ///
    /// The line runs through every reading of the persona in column order, which is journey
    /// order (stages in order), so it never passes over a column where the persona has a
    /// different reading. Readings off the main path are hollow; each gets a short dotted stub
    /// towards the reading its branch comes from. With `branches`, every flow between two of the
    /// persona's readings that the line does not already draw is a dotted arc.
    func emotionMarks(_ readings: [PlacedReading], design: ServiceDesign, graph: JourneyGraph, plot: EmotionPlot, markerRadius r: Double = 9, branches: Bool = false) -> (lines: [SceneItem], marks: [SceneItem]) {
        var allLines: [SceneItem] = []
        var allMarks: [SceneItem] = []
        let branchStroke = Stroke(theme.muted, width: EmotionBranches.width, dash: EmotionBranches.dash, roundCaps: true)
        for (personaIndex, _) in design.personas.enumerated() {
            var lines: [SceneItem] = []
            var marks: [SceneItem] = []
            defer {
                if !lines.isEmpty { allLines.append(.group(lines, tooltip: nil, role: Hooks.persona(personaIndex))) }
                if !marks.isEmpty { allMarks.append(.group(marks, tooltip: nil, role: Hooks.persona(personaIndex))) }
            }
            // One reading per column, left to right (a touchpoint id used twice keeps its first).
            var line: [PlacedReading] = []
            var seen = Set<TouchpointID>()
            for reading in readings.filter({ $0.persona == personaIndex }).sorted(by: { $0.point.x < $1.point.x }) where seen.insert(reading.touchpoint).inserted {
                if let last = line.last, reading.point.x <= last.point.x { continue }
                line.append(reading)
            }
            var place: [TouchpointID: Int] = [:]
            for (index, reading) in line.enumerated() { place[reading.touchpoint] = index }
            let color = theme.personaColor(personaIndex)
            if line.count > 1 {
                // One curve, drawn in two weights: full where it joins two readings on the main
                // path, thin and pale where it detours through a reading off it, so the eye follows
                // the usual journey and still sees every reading on the line.
                let commands = MonotoneCurve.commands(through: line.map(\.point))
                let full = Stroke(color, width: EmotionLine.width, dash: Theme.personaDash(personaIndex))
                let detour = Stroke(color.tinted(theme, amount: EmotionLine.detourStrength), width: EmotionLine.detourWidth, dash: Theme.personaDash(personaIndex))
                func onMain(_ piece: Int) -> Bool { line[piece].onMainPath && line[piece + 1].onMainPath }
                var start = 0
                while start < line.count - 1 {
                    var end = start + 1
                    while end < line.count - 1, onMain(end) == onMain(start) { end += 1 }
                    // commands[0] is the move to the first reading; commands[k] ends at reading k.
                    lines.append(.path(PathShape([.move(line[start].point)] + commands[(start + 1)...end], stroke: onMain(start) ? full : detour)))
                    start = end
                }
            }
            // Flow between two of the persona's readings that the line does not draw.
            var predecessor: [Int: Int] = [:]
            for (index, reading) in line.enumerated() {
                for successor in graph.successors(of: reading.touchpoint) {
                    guard let target = place[successor], target != index, target != index + 1 else { continue }
                    if predecessor[target] == nil, !line[target].onMainPath { predecessor[target] = index }
                    if branches { lines.append(.path(PathShape(arc(from: line[index].point, to: line[target].point, plot: plot), stroke: branchStroke))) }
                }
            }
            if !branches {
                // The last stretch of the arc `branches` would draw, on top of the lines (which
                // run close to it) and under the markers.
                for (target, source) in predecessor.sorted(by: { $0.key < $1.key }) {
                    let stub = Self.stub(arc(from: line[source].point, to: line[target].point, plot: plot), clear: r + 2, length: EmotionBranches.stub)
                    if stub.count > 1 { marks.append(.path(PathShape([.move(stub[0])] + stub.dropFirst().map { .line($0) }, stroke: branchStroke))) }
                }
            }
            for reading in line {
                let mood = plot.mood(reading.score)
                if reading.onMainPath {
                    marks.append(Icons.face(Theme.personaShape(personaIndex), center: reading.point, radius: r, fill: color, ink: theme.faceInk, mood: mood))
                } else {
                    // Hollow: the persona's shape and face in its colour on the background.
                    marks.append(Icons.face(Theme.personaShape(personaIndex), center: reading.point, radius: r - 0.75, fill: theme.background, ink: color, mood: mood, outline: color))
                }
                let text = reading.score == reading.score.rounded() ? reading.score.scoreText : String(format1: reading.score)
                let labelTop = reading.point.y + r + 2
                let container = Rect(x: reading.point.x - 13, y: plot.frame.minY, width: 26, height: plot.frame.height)
                if let block = Typeset.block(text, x: reading.point.x - 13, top: labelTop, width: 26, style: Styles.score, color: theme.ink,
                                             maxLines: 1, container: container, anchor: .middle) {
                    marks.append(.text(block))
                }
            }
        }
        return (allLines, allMarks)
    }

    /// The points of `arc` (a move and a quad) near its end: from `clear` away from the end
    /// to `clear + length` away, end last.
    static func stub(_ arc: [PathCommand], clear: Double, length: Double) -> [Point] {
        guard case .move(let from) = arc.first, arc.count == 2, case .quad(let control, let to) = arc[1] else { return [] }
        var points: [Point] = []
        var t = 1.0
        while t > 0 {
            let u = 1 - t
            let p = Point(u * u * from.x + 2 * u * t * control.x + t * t * to.x, u * u * from.y + 2 * u * t * control.y + t * t * to.y)
            let distance = ((p.x - to.x) * (p.x - to.x) + (p.y - to.y) * (p.y - to.y)).squareRoot()
            if distance > clear + length { break }
            if distance >= clear { points.insert(p, at: 0) }
            t -= 0.005
        }
        // Every third point is plenty for a short curve.
        return points.enumerated().filter { $0.offset % 3 == 0 || $0.offset == points.count - 1 }.map(\.element)
    }

    /// A branch drawn as an arc: forward branches bow up, loops back bow down, deeper the
    /// further they reach, their turning point inside the plot.
    private func arc(from: Point, to: Point, plot: EmotionPlot) -> [PathCommand] {
        let back = to.x < from.x
        // A quad's turning point lies halfway to its control point.
        let room = back ? (plot.frame.maxY - 4) - max(from.y, to.y) : min(from.y, to.y) - (plot.frame.minY + 4)
        let reach = max(0, min(2 * room, 24 + abs(to.x - from.x) * 0.3))
        let control = Point((from.x + to.x) / 2, back ? max(from.y, to.y) + reach : min(from.y, to.y) - reach)
        return [.move(from), .quad(control, to)]
    }

    /// The map's emotion row: one column slot per persona inside each touchpoint column.
    mutating func emotionRow(_ columns: Columns, design: ServiceDesign, graph: JourneyGraph, branches: Bool = false) {
        guard design.touchpoints.contains(where: { !$0.emotions.isEmpty }), !design.personas.isEmpty else { return }
        let top = y
        let frame = Rect(x: columns.left, y: top, width: columns.right - columns.left, height: 230)
        let plot = EmotionPlot(frame: frame, scale: design.scale)
        let index = items.count
        // Moments of truth: a tinted column and the target as a dashed line.
        for column in columns.columns {
            guard let moment = column.touchpoint?.momentOfTruth else { continue }
            add(.box(BoxShape(Rect(x: column.x, y: top, width: columns.width, height: frame.height), fill: theme.accent.tinted(theme), radius: 6)))
            if let target = moment.target {
                let ty = plot.y(target)
                add(.path(PathShape([.move(Point(column.x + 4, ty)), .line(Point(column.x + columns.width - 4, ty))], stroke: Stroke(theme.accent, width: 1.5, dash: [5, 3]))))
            }
        }
        add(plot.grid(theme: theme, labels: Rect(x: margin + 10, y: top + 26, width: MapLayout.gutter - 24, height: frame.height - 26)))
        let mainPath = Set(graph.mainPath)
        let count = Double(design.personas.count)
        var readings: [PlacedReading] = []
        for (columnIndex, column) in columns.columns.enumerated() {
            guard let touchpoint = column.touchpoint else { continue }
            for (personaIndex, persona) in design.personas.enumerated() {
                guard let reading = touchpoint.emotion(of: persona.id), reading.score.isFinite else { continue }
                let x = columns.center(columnIndex) + (Double(personaIndex) - (count - 1) / 2) * 26
                readings.append(PlacedReading(touchpoint: touchpoint.id, persona: personaIndex, score: reading.score,
                                              point: Point(x, plot.y(reading.score)), onMainPath: mainPath.contains(touchpoint.id)))
            }
        }
        let (lines, marks) = emotionMarks(readings, design: design, graph: graph, plot: plot, branches: branches)
        add(lines)
        add(marks)
        rowBand(label: "Emotion", top: top, height: frame.height, gutter: MapLayout.gutter, tinted: true, insertAt: index)
        y = top + frame.height + 14
    }
}

extension String {
    /// A number with one decimal.
    init(format1 value: Double) {
        // Beyond what a score can sensibly be (the validator reports it), write it as Swift does,
        // rather than trap converting it to Int.
        guard value.isFinite, abs(value) < 1e12 else {
            self = value.isFinite ? String(value) : "?"
            return
        }
        let tenths = Int((value * 10).rounded())
        self = "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}

extension Color {
    /// A pale version of the colour for backgrounds: mixed 85 % with the theme's background.
    func tinted(_ theme: Theme, amount: Double = 0.14) -> Color {
        func rgb(_ c: Color) -> (Double, Double, Double)? {
            let hex = c.value.dropFirst()
            guard c.value.hasPrefix("#"), hex.count == 6, let v = Int(hex, radix: 16) else { return nil }
            return (Double((v >> 16) & 255), Double((v >> 8) & 255), Double(v & 255))
        }
        guard let a = rgb(self), let b = rgb(theme.background) else { return self }
        func mix(_ x: Double, _ y: Double) -> Int { Int((x * amount + y * (1 - amount)).rounded()) }
        let value = (mix(a.0, b.0) << 16) | (mix(a.1, b.1) << 8) | mix(a.2, b.2)
        let hex = String(value, radix: 16)
        return Color("#" + String(repeating: "0", count: 6 - hex.count) + hex)
    }
}
