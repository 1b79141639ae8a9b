import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what a journey holds and summarize each persona's emotion curve.",
        discussion: """
            Examples:
              journey stats Samples/clinic-outpatient.yaml
              journey stats --format json journey.yaml | jq .curves
            """
    )

    @Argument(help: "The journey file; - reads standard input.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: ValidateCommand.ReportFormat = .text

    func run() throws {
        let design = try JourneyFiles.design(file, writesOutput: false)
        let stats = JourneyStats(design)
        print(format == .json ? stats.json : stats.text)
    }
}

/// The figures `journey stats` prints.
struct JourneyStats: Encodable {
    struct Curve: Encodable {
        var persona: String
        var points: Int
        var lowest: Point?
        var highest: Point?
        var peakEnd: Double?
        var average: Double?
        var end: Point?
        var recoveries: [Recovery]
        var stagesEndingBelowNeutral: [String]
    }

    struct Point: Encodable {
        var touchpoint: String
        var score: Double
    }

    struct Recovery: Encodable {
        var low: Point
        var recoveredAt: Point
    }

    var journey: String
    var title: String
    var counts: [String: Int]
    var channels: [String: Int]
    var mainPath: Int
    var entries: [String]
    var ends: [String]
    var loops: Int
    var scale: String
    var curves: [Curve]

    init(_ design: ServiceDesign) {
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

    var text: String {
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

    var json: String {
        (try? CommandJSON.text(self)) ?? ""
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded.scoreText
    }
}
