/// The scale emotion scores are given on: by default 1 to 5 with 3 neutral (as Mermaid and
/// CJML use); a design may declare another, such as -2 to +2, and name its points.
public struct EmotionScale: Hashable, Sendable {
    public var min: Double
    public var max: Double
    public var neutral: Double
    /// Names of points on the scale, lowest first.
    public var labels: [Label]

    public struct Label: Hashable, Sendable {
        public var score: Double
        public var text: String
        public init(score: Double, text: String) {
            self.score = score
            self.text = text
        }
    }

    public init(min: Double, max: Double, neutral: Double, labels: [Label] = []) {
        self.min = min
        self.max = max
        self.neutral = neutral
        self.labels = labels.sorted { $0.score < $1.score }
    }

    /// 1 to 5, neutral 3.
    public static let standard = EmotionScale(min: 1, max: 5, neutral: 3)

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
        case target
        case observed
    }

    public var persona: PersonaID
    public var score: Double
    /// The thought or quote behind the feeling.
    public var thought: String?
    public var basis: Basis
    public var evidence: [ResearchID]
    public var origin: SourceOrigin

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
