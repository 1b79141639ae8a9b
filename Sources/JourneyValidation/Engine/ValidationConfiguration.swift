import JourneyKit

/// What to check and how strictly: the profile, rules switched on or off, severities changed,
/// thresholds, and clause numbers remapped for a revised edition of a standard.
public struct ValidationConfiguration: Hashable, Sendable {
    /// Which rules run: chosen by what the validation is for.
    ///
    /// - `design` (the default) is for designing: file problems, structure, and every rule about
    ///   the design itself, from all four standards. What the design *process* has not yet
    ///   recorded (project, research, co-creation sessions, prototype tests) is one note.
    /// - `audit` is for review before rollout and for `journey conformance`: every rule, the
    ///   process records each on its own with its own severity (errors for the project record,
    ///   research and co-creation sessions).
    /// - `structural` checks the design's integrity only; `iso24082` is `audit` limited to
    ///   ISO/TS 24082; `all` is the former name of `audit`.
    public enum Profile: String, CaseIterable, Sendable, Codable {
        /// The design's integrity only.
        case structural
        /// What a designer acts on while designing (the default).
        case design
        /// Every rule, process records included: review before rollout.
        case audit
        /// Integrity and the ISO/TS 24082 rules, process records included.
        case iso24082
        /// The same as `audit` (kept for settings files written before `audit` existed).
        case all

        /// Whether a rule of this family runs under the profile (its purpose aside).
        public func includes(_ family: RuleFamily) -> Bool {
            switch (self, family) {
            case (_, .structural), (_, .suppression): true
            case (.structural, _): false
            case (.iso24082, .iso24082): true
            case (.iso24082, _): false
            case (.design, _), (.audit, _), (.all, _): true
            }
        }

        /// Whether the rule runs under the profile: its family, and its purpose.
        public func includes(_ rule: Rule) -> Bool {
            guard includes(rule.family) else { return false }
            switch (self, rule.purpose) {
            case (_, .design): return true
            case (.design, .processRecord): return false
            case (.design, .processSummary): return true
            case (_, .processRecord): return true
            case (_, .processSummary): return false
            }
        }
    }

    /// The profile that chooses the rules, before ``enabled`` and ``disabled`` change the choice.
    public var profile: Profile
    /// Rules that run whatever the profile says.
    public var enabled: Set<String>
    /// Rules that never run.
    public var disabled: Set<String>
    /// Severities that replace a rule's default.
    public var severities: [String: Severity]
    /// Warnings fail the run, not only errors.
    public var strict: Bool
    /// The emotion bands and the research age the standards' rules measure against.
    public var thresholds: Thresholds
    /// New clause references for rules, for a revised edition of a standard.
    public var clauses: [String: ClauseReference]
    /// The day research staleness is measured to; nil means today.
    public var today: CalendarDate?
    /// Several findings of one rule become one, with the places as notes (the default); false
    /// keeps one finding per place, for tools that mark each place on its own.
    public var groupsFindings: Bool = true

    /// A configuration; by default the `design` profile with every rule's own severity, the
    /// default thresholds, and no rule switched on or off.
    public init(
        profile: Profile = .design, enabled: Set<String> = [], disabled: Set<String> = [],
        severities: [String: Severity] = [:], strict: Bool = false, thresholds: Thresholds = Thresholds(),
        clauses: [String: ClauseReference] = [:], today: CalendarDate? = nil
    ) {
        self.profile = profile
        self.enabled = enabled
        self.disabled = disabled
        self.severities = severities
        self.strict = strict
        self.thresholds = thresholds
        self.clauses = clauses
        self.today = today
    }

    /// Whether a rule runs under this configuration.
    public func runs(_ rule: Rule) -> Bool {
        if disabled.contains(rule.id) { return false }
        return enabled.contains(rule.id) || profile.includes(rule)
    }

    /// The severity a rule's findings get.
    public func severity(of rule: Rule) -> Severity { severities[rule.id] ?? rule.severity }
}

/// The bands and ages the standard's rules measure against.
///
/// Emotion thresholds are given on a reference scale of −3 to +3 with 0 neutral (the
/// catalogue's defaults: delight at +2 and above, negative at −1 and below) and mapped onto the
/// scale each design declares: the part above neutral stretches to the design's maximum, the
/// part below to its minimum. On the standard 1–5 scale, delight is 4.33 and above (a 5),
/// negative 2.33 and below (a 1 or a 2).
public struct Thresholds: Hashable, Sendable {
    /// The lowest score, on the reference scale, that counts as delight.
    public var delight: Double
    /// The highest score, on the reference scale, that counts as negative.
    public var negative: Double
    /// Research older than this many months is stale.
    public var staleResearchMonths: Int

    /// Thresholds on the reference scale; by default delight at +2, negative at −1, research
    /// stale after 24 months.
    public init(delight: Double = 2, negative: Double = -1, staleResearchMonths: Int = 24) {
        self.delight = delight
        self.negative = negative
        self.staleResearchMonths = staleResearchMonths
    }

    /// The reference scale the thresholds are written on.
    public static let reference = EmotionScale(min: -3, max: 3, neutral: 0)

    /// A score on the reference scale, mapped onto a design's scale.
    public static func map(_ value: Double, onto scale: EmotionScale) -> Double {
        let reference = Self.reference
        if value >= reference.neutral {
            return scale.neutral + (value - reference.neutral) / (reference.max - reference.neutral) * (scale.max - scale.neutral)
        }
        return scale.neutral - (reference.neutral - value) / (reference.neutral - reference.min) * (scale.neutral - scale.min)
    }
}

extension Rule {
    /// The profiles that run the rule, leaving out `all` (the old name of `audit`): what
    /// `journey rules` lists and the rules table in docs/validation.md shows.
    public var profiles: [ValidationConfiguration.Profile] {
        ValidationConfiguration.Profile.allCases.filter { $0 != .all && $0.includes(self) }
    }
}
