/// The scale emotion scores are given on: by default 1 to 5 with 3 neutral (as Mermaid and
/// CJML use); a design may declare another, such as -2 to +2, and name its points.
public struct EmotionScale: Hashable, Sendable {
    /// The lowest score, the most negative feeling (1 on the standard scale).
    public var min: Double
    /// The highest score, the most positive feeling (5 on the standard scale).
    public var max: Double
    /// The score that means neither good nor bad (3 on the standard scale); the emotion curves
    /// measure highs and lows from it.
    public var neutral: Double
    /// Names of points on the scale, lowest first.
    public var labels: [Label]

    /// A name for one point of the scale, such as `Angry` at -2.
    public struct Label: Hashable, Sendable {
        /// The point of the scale the name belongs to; it should lie between ``EmotionScale/min`` and
        /// ``EmotionScale/max``.
        public var score: Double
        /// The name of the point, as the emotion chart's axis shows it beside the score.
        public var text: String
        /// Names the point `score` of the scale `text`.
        ///
        /// - Parameters:
        ///   - score: The point of the scale.
        ///   - text: Its name.
        public init(score: Double, text: String) {
            self.score = score
            self.text = text
        }
    }

    /// Creates a scale. The labels are kept sorted by score, lowest first; the values are not
    /// checked here: see ``problems``.
    ///
    /// - Parameters:
    ///   - min: The lowest score.
    ///   - max: The highest score.
    ///   - neutral: The neutral score, between `min` and `max`.
    ///   - labels: Names of points on the scale, in any order.
    public init(min: Double, max: Double, neutral: Double, labels: [Label] = []) {
        self.min = min
        self.max = max
        self.neutral = neutral
        self.labels = labels.sorted { $0.score < $1.score }
    }

    /// 1 to 5, neutral 3.
    public static let standard = EmotionScale(min: 1, max: 5, neutral: 3)

    /// Whether `score` is a finite number from ``min`` to ``max``, both included.
    public func contains(_ score: Double) -> Bool { score.isFinite && score >= min && score <= max }

    /// Empty when the scale makes sense; otherwise what is wrong with it.
    public var problems: [String] {
        var found: [String] = []
        if !(min < max) { found.append("the lowest score (\(min.scoreText)) must be below the highest (\(max.scoreText))") }
        if !(neutral >= min && neutral <= max) {
            found.append("neutral (\(neutral.scoreText)) must lie between \(min.scoreText) and \(max.scoreText)")
        }
        for label in labels where !contains(label.score) {
            found.append("label \"\(label.text)\" is at \(label.score.scoreText), outside \(min.scoreText)…\(max.scoreText)")
        }
        return found
    }

    /// The label of a score, if the scale names it.
    public func label(for score: Double) -> String? { labels.first { $0.score == score }?.text }
}

extension Double {
    /// A score as people write it: `4`, `-2`, `3.5`.
    public var scoreText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}

/// How one persona feels at one touchpoint.
public struct EmotionReading: Hashable, Sendable {
    /// A designed target, or what research observed.
    public enum Basis: String, CaseIterable, Hashable, Sendable {
        /// A score the design aims for at this touchpoint.
        case target
        /// A score research observed with real customers.
        case observed
    }

    /// The id of the persona who feels this.
    public var persona: PersonaID
    /// How the persona feels, on the design's ``EmotionScale``: higher is better.
    public var score: Double
    /// The thought or quote behind the feeling.
    public var thought: String?
    /// Whether the score is a designed target or what research observed; ``Basis/target`` by
    /// default.
    public var basis: Basis
    /// The ids of the research studies behind the reading, usually for an observed one.
    public var evidence: [ResearchID]
    /// Where the reading was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates an emotion reading. Each parameter sets the property of the same name; the persona
    /// and the score are required, and the basis starts as ``Basis/target``.
    public init(
        persona: PersonaID, score: Double, thought: String? = nil, basis: Basis = .target,
        evidence: [ResearchID] = [], origin: SourceOrigin = SourceOrigin()
    ) {
        self.persona = persona
        self.score = score
        self.thought = thought
        self.basis = basis
        self.evidence = evidence
        self.origin = origin
    }
}
