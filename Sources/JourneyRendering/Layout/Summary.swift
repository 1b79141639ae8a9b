import JourneyKit

/// The words behind a picture (`<desc>`): what a screen reader says, and what a reader who
/// cannot see the colours or the curves needs to know.
enum Summary {
    static func map(_ design: ServiceDesign, graph: JourneyGraph) -> String {
        var parts: [String] = []
        let stageNames = design.stages.map(\.name).map(brief)
        parts.append("\(design.stages.count) stages (\(stageNames.joined(separator: ", "))) with \(design.touchpoints.count) touchpoints.")
        let moments = design.touchpoints.filter { $0.momentOfTruth != nil }.map { brief($0.title) }
        if !moments.isEmpty { parts.append("Moments of truth: \(moments.joined(separator: "; ")).") }
        parts += emotions(design)
        if !design.painPoints.isEmpty { parts.append("\(design.painPoints.count) pain points, \(design.opportunities.count) opportunities.") }
        return clip(parts.joined(separator: " "))
    }

    /// One sentence per persona: lowest point, highest point, the end and the peak-end value.
    static func emotions(_ design: ServiceDesign) -> [String] {
        design.emotionCurves().compactMap { curve in
            guard let low = curve.lowest, let high = curve.highest, let end = curve.end, let peakEnd = curve.peakEnd,
                  let persona = design.persona(curve.persona) else { return nil }
            func title(_ point: EmotionCurve.Point) -> String { brief(design.touchpoint(point.touchpoint)?.title ?? "") }
            return "\(brief(persona.name)): lowest \(low.score.scoreText) at \(title(low)), highest \(high.score.scoreText) at \(title(high)), ends at \(end.score.scoreText), peak-end \(String(format1: peakEnd)) on a scale of \(design.scale.min.scoreText) to \(design.scale.max.scoreText)."
        }
    }

    /// A name as the description says it: at most 200 characters.
    static func brief(_ text: String) -> String {
        let shown = TextWrap.prefix(text, maxScalars: 200)
        return TextWrap.displayText(shown.text) + (shown.cut ? "…" : "")
    }

    /// Descriptions stay readable: very long texts are cut.
    static func clip(_ text: String) -> String {
        text.count > 4_000 ? String(text.prefix(3_999)) + "…" : text
    }
}
