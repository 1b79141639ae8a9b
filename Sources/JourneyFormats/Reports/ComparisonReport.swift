import Foundation
import JourneyKit

/// What `journey conform` prints: how actual journeys followed their plan, one by one and
/// over all of them (`JourneyComparison`, `ConformanceOverview`), as
/// text (``text(limit:)``) or JSON (``json``).
///
/// ```swift
/// let comparisons = JourneyComparison.comparisons(plan: plan, actuals: actuals)
/// let overview = ConformanceOverview(plan: plan, comparisons: comparisons, actuals: actuals)
/// let report = ComparisonReport(plan: plan, sources: zip(names, actuals).map(ComparisonReport.Source.init),
///                               comparisons: comparisons, overview: overview)
/// print(report.text(limit: 20))
/// ```
public struct ComparisonReport: Hashable, Sendable {
    /// An actual journey and how the report names it.
    public struct Source: Hashable, Sendable {
        /// The name: a file, or `LOG#case` for a case of an event log.
        public var name: String
        /// The actual journey.
        public var design: ServiceDesign

        /// A named actual journey.
        public init(name: String, design: ServiceDesign) {
            self.name = name
            self.design = design
        }
    }

    /// The planned journey.
    public let plan: ServiceDesign
    /// The actual journeys, each with how the report names it (a file, or `LOG#case`).
    public let sources: [Source]
    /// One comparison per source, in the same order.
    public let comparisons: [JourneyComparison]
    /// What the comparisons add up to.
    public let overview: ConformanceOverview

    /// A report of comparisons already made.
    /// - Parameters:
    ///   - plan: the planned journey.
    ///   - sources: the actual journeys with their names, in the order of `comparisons`.
    ///   - comparisons: `JourneyComparison.comparisons(plan:actuals:)` of the sources.
    ///   - overview: the overview of those comparisons.
    public init(plan: ServiceDesign, sources: [Source], comparisons: [JourneyComparison], overview: ConformanceOverview) {
        self.plan = plan
        self.sources = sources
        self.comparisons = comparisons
        self.overview = overview
    }

    func title(_ id: TouchpointID) -> String {
        let touchpoint = plan.touchpoint(id)
        return "\(touchpoint.map { $0.title.isEmpty ? id.rawValue : $0.title } ?? id.rawValue) (\(id.rawValue))"
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A share as a percentage: whole when it is, else one decimal (so 99.6 % is not shown as 100 %).
    static func percent(_ value: Double) -> String {
        let tenths = (value * 1_000).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10)) %" : String(format: "%.1f %%", tenths / 10)
    }

    static func duration(_ seconds: Double) -> String {
        let s = abs(seconds)
        if s < 120 { return "\(Int(seconds.rounded())) s" }
        if s < 7_200 { return "\(Int((seconds / 60).rounded())) min" }
        if s < 172_800 { return String(format: "%.1f h", seconds / 3_600) }
        return String(format: "%.1f days", seconds / 86_400)
    }

    /// The text report; the first `limit` journeys are listed one by one (0: only the overview).
    public func text(limit: Int) -> String {
        var lines = ["Conformance to \(plan.id.rawValue) (\(plan.title)): \(sources.count) actual journeys", ""]
        if limit > 0 {
            for (source, comparison) in zip(sources, comparisons).prefix(limit) {
                let (name, design) = (source.name, source.design)
                var facts = ["fitness \(Self.percent(comparison.fitness))"]
                facts.append(comparison.reachedEnd ? "reached an end" : "stopped after \(comparison.lastMatched.map(title) ?? "its first step")")
                lines.append("\(name)  \(facts.joined(separator: ", "))")
                if !comparison.skipped.isEmpty { lines.append("  skipped      \(comparison.skipped.map(title).joined(separator: "; "))") }
                if !comparison.adHoc.isEmpty {
                    lines.append("  ad hoc       \(comparison.adHoc.map { design.touchpoints[$0].title }.joined(separator: "; "))")
                }
                if !comparison.orderViolations.isEmpty {
                    lines.append("  out of order \(comparison.orderViolations.map { design.touchpoints[$0].title }.joined(separator: "; "))")
                }
                if !comparison.loops.isEmpty { lines.append("  loops        \(comparison.loops.map(title).joined(separator: "; "))") }
                if let gap = comparison.emotionGaps.first, gap.difference != 0 {
                    lines.append("  emotion      \(gap.persona.rawValue) felt \(gap.lived.scoreText) at \(title(gap.touchpoint)), planned \(gap.planned.scoreText)")
                }
                if !comparison.timings.isEmpty {
                    let total = comparison.timings.reduce(0) { $0 + $1.seconds }
                    lines.append("  time         \(Self.duration(total)) from first to last matched step")
                }
            }
            lines.append("")
        }
        lines.append("Over all \(overview.journeys) journeys")
        lines.append("  mean fitness        \(Self.percent(overview.meanFitness))")
        let reached = comparisons.filter(\.reachedEnd).count
        lines.append("  reached an end      \(reached) of \(comparisons.count)")
        for skip in overview.skips.sorted(by: { $0.journeys > $1.journeys }).prefix(5) {
            lines.append("  skipped             \(title(skip.touchpoint)): \(Self.count(skip.journeys, "journey"))")
        }
        for step in overview.adHoc.sorted(by: { $0.count > $1.count }).prefix(5) {
            lines.append("  ad hoc              \(step.title): \(Self.count(step.count, "time"))")
        }
        if overview.orderViolations > 0 { lines.append("  out of order        \(Self.count(overview.orderViolations, "step"))") }
        for loop in overview.loops.sorted(by: { $0.journeys > $1.journeys }).prefix(3) {
            lines.append("  loop                \(title(loop.touchpoint)): \(Self.count(loop.journeys, "journey"))")
        }
        for drop in overview.dropOffs.sorted(by: { $0.journeys > $1.journeys }).prefix(5) {
            lines.append("  dropped off after   \(drop.lastMatched.map(title) ?? "no planned step"): \(Self.count(drop.journeys, "journey"))")
        }
        for transition in overview.transitions.sorted(by: { $0.meanSeconds > $1.meanSeconds }).prefix(3) {
            lines.append("  slowest step        \(title(transition.from)) → \(title(transition.to)): \(Self.duration(transition.meanSeconds)) on average (\(transition.count))")
        }
        var gaps: [(persona: PersonaID, touchpoint: TouchpointID, lived: Double, planned: Double)] = []
        for emotion in overview.emotions {
            guard let planned = plan.touchpoint(emotion.touchpoint)?.emotion(of: emotion.persona)?.score else { continue }
            gaps.append((emotion.persona, emotion.touchpoint, emotion.mean, planned))
        }
        for gap in gaps.sorted(by: { abs($0.lived - $0.planned) > abs($1.lived - $1.planned) }).prefix(5) where gap.lived != gap.planned {
            lines.append("  emotion gap         \(gap.persona.rawValue) at \(title(gap.touchpoint)): lived \(String(format: "%.1f", gap.lived)), planned \(gap.planned.scoreText)")
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON (pretty-printed, keys sorted): `plan`, `journeys` (one object per
    /// source: fitness, skipped, ad hoc, out-of-order steps, loops, timings, emotion gaps) and
    /// `overview`.
    public var json: String {
        struct Journey: Encodable {
            var source: String, id: String, fitness: Double, reachedEnd: Bool, lastMatched: String?
            var skipped: [String], adHoc: [String], outOfOrder: [String], loops: [String]
            var timings: [Timing], emotionGaps: [Gap]
        }
        struct Timing: Encodable { var from: String, to: String, seconds: Double }
        struct Gap: Encodable { var persona: String, touchpoint: String, planned: Double, lived: Double }
        struct Count: Encodable { var touchpoint: String?, title: String?, journeys: Int }
        struct Emotion: Encodable { var touchpoint: String, persona: String, mean: Double, count: Int }
        struct Transition: Encodable { var from: String, to: String, meanSeconds: Double, count: Int }
        struct Overview: Encodable {
            var journeys: Int, meanFitness: Double, skipped: [Count], adHoc: [Count], orderViolations: Int
            var loops: [Count], dropOffs: [Count], transitions: [Transition], emotions: [Emotion]
        }
        struct Document: Encodable { var plan: String, journeys: [Journey], overview: Overview }
        let journeys = zip(sources, comparisons).map { source, c in
            Journey(
                source: source.name, id: source.design.id.rawValue, fitness: c.fitness, reachedEnd: c.reachedEnd, lastMatched: c.lastMatched?.rawValue,
                skipped: c.skipped.map(\.rawValue), adHoc: c.adHoc.map { source.design.touchpoints[$0].title },
                outOfOrder: c.orderViolations.map { source.design.touchpoints[$0].title }, loops: c.loops.map(\.rawValue),
                timings: c.timings.map { Timing(from: $0.from.rawValue, to: $0.to.rawValue, seconds: $0.seconds) },
                emotionGaps: c.emotionGaps.map { Gap(persona: $0.persona.rawValue, touchpoint: $0.touchpoint.rawValue, planned: $0.planned, lived: $0.lived) })
        }
        let o = overview
        let document = Document(plan: plan.id.rawValue, journeys: journeys, overview: Overview(
            journeys: o.journeys, meanFitness: o.meanFitness,
            skipped: o.skips.map { Count(touchpoint: $0.touchpoint.rawValue, title: nil, journeys: $0.journeys) },
            adHoc: o.adHoc.map { Count(touchpoint: nil, title: $0.title, journeys: $0.count) },
            orderViolations: o.orderViolations,
            loops: o.loops.map { Count(touchpoint: $0.touchpoint.rawValue, title: nil, journeys: $0.journeys) },
            dropOffs: o.dropOffs.map { Count(touchpoint: $0.lastMatched?.rawValue, title: nil, journeys: $0.journeys) },
            transitions: o.transitions.map { Transition(from: $0.from.rawValue, to: $0.to.rawValue, meanSeconds: $0.meanSeconds, count: $0.count) },
            emotions: o.emotions.map { Emotion(touchpoint: $0.touchpoint.rawValue, persona: $0.persona.rawValue, mean: $0.mean, count: $0.count) }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
