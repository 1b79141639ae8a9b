import Foundation
import JourneyKit

/// What a journey holds, in figures, and each persona's emotion curve along the main path:
/// what `journey stats` prints, as text (``text``) or as JSON (``json``, a stable contract:
/// the property names are its keys).
///
/// ```swift
/// let stats = JourneyStatistics(design)
/// print(stats.text)
/// ```
public struct JourneyStatistics: Codable, Hashable, Sendable {
    /// One persona's emotion along the main path (`EmotionCurve`).
    public struct Curve: Codable, Hashable, Sendable {
        /// The persona's id.
        public var persona: String
        /// How many readings the curve has (touchpoints on the main path the persona rated).
        public var points: Int
        /// The lowest reading (the first, when several tie); nil without readings.
        public var lowest: Point?
        /// The highest reading (the first, when several tie); nil without readings.
        public var highest: Point?
        /// The mean of the most intense reading and the last one (Kahneman's peak-end rule), on
        /// the design's scale; nil without readings.
        public var peakEnd: Double?
        /// The mean of every reading, on the design's scale; nil without readings.
        public var average: Double?
        /// The last reading on the main path; nil without readings.
        public var end: Point?
        /// Each dip below neutral that comes back to neutral or above later on the path.
        public var recoveries: [Recovery]
        /// The ids of the stages whose last reading is below neutral.
        public var stagesEndingBelowNeutral: [String]
    }

    /// A reading: where, and how it felt.
    public struct Point: Codable, Hashable, Sendable {
        /// The touchpoint's id.
        public var touchpoint: String
        /// The score on the design's emotion scale.
        public var score: Double
    }

    /// A dip below neutral and where the persona came back.
    public struct Recovery: Codable, Hashable, Sendable {
        /// The lowest reading of the dip.
        public var low: Point
        /// The first later reading at or above neutral.
        public var recoveredAt: Point
    }

    /// The journey's id.
    public var journey: String
    /// The journey's title.
    public var title: String
    /// How many of each element the design holds, by name (`stages`, `touchpoints`,
    /// `momentsOfTruth`, `painPoints`, `research`…).
    public var counts: [String: Int]
    /// Touchpoints per channel (`(none)` for touchpoints without one).
    public var channels: [String: Int]
    /// The number of touchpoints on the main path (the way most customers are meant to go).
    public var mainPath: Int
    /// The ids of the touchpoints a journey can start at.
    public var entries: [String]
    /// The ids of the touchpoints a journey can end at.
    public var ends: [String]
    /// The number of loops (cycles) in the journey graph.
    public var loops: Int
    /// The emotion scale, as `min…max, neutral n`.
    public var scale: String
    /// One curve per persona, in the design's persona order.
    public var curves: [Curve]

    /// The figures of `design`.
    public init(_ design: ServiceDesign) {
        let graph = JourneyGraph(design)
        journey = design.id.rawValue
        title = design.title
        counts = [
            "personas": design.personas.count, "stages": design.stages.count, "touchpoints": design.touchpoints.count,
            "actors": design.actors.count, "branches": design.touchpoints.reduce(0) { $0 + $1.branches.count },
            "momentsOfTruth": design.touchpoints.filter { $0.momentOfTruth != nil }.count,
            "emotionalTouchpoints": design.touchpoints.filter { $0.emotional != nil }.count,
            "painPoints": design.painPoints.count, "opportunities": design.opportunities.count,
            "metrics": design.metrics.count, "dataPoints": design.dataPoints.count,
            "research": design.evidence.research.count, "coCreationSessions": design.evidence.sessions.count,
            "tests": design.evidence.tests.count,
        ]
        channels = design.touchpoints.reduce(into: [:]) { $0[$1.channel?.rawValue ?? "(none)", default: 0] += 1 }
        mainPath = graph.mainPath.count
        entries = graph.entries.map(\.rawValue)
        ends = graph.ends.map(\.rawValue)
        loops = graph.cycles.count
        scale = "\(design.scale.min.scoreText)…\(design.scale.max.scoreText), neutral \(design.scale.neutral.scoreText)"
        func point(_ p: EmotionCurve.Point?) -> Point? { p.map { Point(touchpoint: $0.touchpoint.rawValue, score: $0.score) } }
        curves = design.emotionCurves().map { curve in
            Curve(
                persona: curve.persona.rawValue, points: curve.points.count, lowest: point(curve.lowest),
                highest: point(curve.highest), peakEnd: curve.peakEnd, average: curve.average, end: point(curve.end),
                recoveries: curve.recoveries.map { Recovery(low: point($0.low)!, recoveredAt: point($0.recoveredAt)!) },
                stagesEndingBelowNeutral: curve.stagesEndingBelowNeutral.map(\.rawValue))
        }
    }

    /// The report `journey stats` prints: the counts, the channels, the main path, then each
    /// persona's curve.
    public var text: String {
        var lines = ["\(title) (\(journey))", ""]
        let order = [
            "stages", "touchpoints", "branches", "momentsOfTruth", "emotionalTouchpoints", "personas", "actors",
            "painPoints", "opportunities", "metrics", "dataPoints", "research", "coCreationSessions", "tests",
        ]
        let names = [
            "momentsOfTruth": "moments of truth", "emotionalTouchpoints": "emotional touchpoints",
            "painPoints": "pain points", "dataPoints": "data points", "research": "research studies",
            "coCreationSessions": "co-creation sessions", "tests": "prototype tests",
        ]
        for key in order { lines.append("  " + pad(names[key] ?? key, 24) + String(counts[key] ?? 0)) }
        lines.append("  " + pad("channels", 24) + channels.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        lines.append("  " + pad("main path", 24) + "\(mainPath) touchpoints, \(entries.count) entr\(entries.count == 1 ? "y" : "ies"), \(ends.count) end\(ends.count == 1 ? "" : "s"), \(loops) loop\(loops == 1 ? "" : "s")")
        lines.append("")
        lines.append("Emotion along the main path (scale \(scale))")
        for curve in curves {
            lines.append("  \(curve.persona)")
            guard curve.points > 0 else {
                lines.append("    no emotions on the main path")
                continue
            }
            func show(_ p: Point?) -> String { p.map { "\($0.score.scoreText) at \($0.touchpoint)" } ?? "–" }
            lines.append("    lowest      \(show(curve.lowest))")
            lines.append("    highest     \(show(curve.highest))")
            lines.append("    end         \(show(curve.end))")
            lines.append("    peak-end    \(curve.peakEnd.map(format) ?? "–")    average \(curve.average.map(format) ?? "–")")
            let recoveries = curve.recoveries.map { "\($0.low.touchpoint) (\($0.low.score.scoreText)) → \($0.recoveredAt.touchpoint) (\($0.recoveredAt.score.scoreText))" }
            lines.append("    recoveries  \(recoveries.isEmpty ? "none" : recoveries.joined(separator: "; "))")
            lines.append("    stages ending below neutral  \(curve.stagesEndingBelowNeutral.isEmpty ? "none" : curve.stagesEndingBelowNeutral.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// The figures as JSON: pretty-printed, keys sorted (what `journey stats --format json` prints).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded.scoreText
    }
}
