import JourneyKit

/// Per clause, how a design stands against the standards: each principle of ISO/TS 24082
/// (4.2–4.5), each design activity (5.1–5.6+) and each level of the ISO 23592 pyramid (1–4)
/// is covered, has gaps, or was not assessed — with counts — so that a designer can hand it
/// to a reviewer.
public struct ConformanceSummary: Hashable, Sendable {
    /// How an area stands; the raw value is the word the text and JSON summaries use.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Every rule of the area that ran passed (advice notes may remain).
        case covered
        /// A rule of the area found an error or a warning.
        case gaps
        /// The area could not be judged: no rule of it ran (the profile or the configuration
        /// left them out, or the journey is an actual one), or the file has errors in its format
        /// or structure that make any verdict on the design meaningless. ``Entry/reason`` says which.
        case notAssessed = "not assessed"
    }

    /// One area's line of the summary: its status and the counts behind it.
    public struct Entry: Hashable, Sendable {
        /// The principle, activity or pyramid level the entry is about.
        public var area: ConformanceArea
        /// Covered, with gaps, or not assessed.
        public var status: Status
        /// Rules of the area that ran (0 when the area is not assessed, as are the counts below).
        public var assessed: Int
        /// Of those, the ones with no finding.
        public var passed: Int
        /// Findings of severity `error` from the area's rules (suppressed ones not counted).
        public var errors: Int
        /// Findings of severity `warning` from the area's rules (suppressed ones not counted).
        public var warnings: Int
        /// Findings of severity `info` from the area's rules: advice that leaves the area covered.
        public var notes: Int
        /// Findings of the area's rules that the design's suppressions covered.
        public var suppressed: Int
        /// The ids of the rules that found something, in catalogue order.
        public var failingRules: [String]
        /// Why the area was not assessed, in words for the user; nil when it was.
        public var reason: String?
    }

    /// One entry per area of ``ConformanceArea/all``, in that order.
    public var entries: [Entry]
    /// The ids of the errors in the file's format or structure (`FILE-…`, `STRUCT-…`), in the
    /// order found, each once. When there are any, no area is assessed: the rules of the
    /// standards would judge a design the file does not hold.
    public var blockingRules: [String]

    /// True when the file's format and structure let the design be judged.
    public var isAssessable: Bool { blockingRules.isEmpty }

    /// The summary of one validation, over the areas the catalogue's rules name.
    ///
    /// - Parameters:
    ///   - result: the validation; its errors of the file and of the structure (rules of the
    ///     ``RuleFamily/structural`` family, and problems of the file, which have no rule in the
    ///     catalogue) leave every area not assessed.
    ///   - catalogue: the rules, with the areas each counts in; the one the validation ran.
    ///   - kind: an actual journey is a record, not a design: its areas are not assessed, for that reason.
    public init(_ result: ValidationResult, catalogue: RuleCatalogue = .standard, kind: JourneyKind = .planned) {
        let assessed = Set(result.assessedRules)
        var blocking: [String] = []
        for diagnostic in result.diagnostics where diagnostic.severity == .error
            && RuleFamily(ruleID: diagnostic.ruleID) == .structural && !blocking.contains(diagnostic.ruleID) {
            blocking.append(diagnostic.ruleID)
        }
        blockingRules = blocking
        let blockedReason = blocking.isEmpty ? nil
            : "the file has errors in its format or structure (\(blocking.joined(separator: ", "))); fix them first"
        entries = ConformanceArea.all.map { area in
            let rules = catalogue.rules.filter { $0.areas.contains(area) && assessed.contains($0.id) }.map(\.id)
            let ruleSet = Set(rules)
            let findings = result.diagnostics.filter { ruleSet.contains($0.ruleID) }
            let failing = rules.filter { id in findings.contains { $0.ruleID == id } }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            let reason: String? = if kind == .actual {
                "an actual journey records what happened; its plan is what the clause judges"
            } else if let blockedReason {
                blockedReason
            } else if rules.isEmpty {
                "no rule ran"
            } else {
                nil
            }
            if let reason {
                // What the rules found on a design the file does not truly hold is no verdict.
                return Entry(
                    area: area, status: .notAssessed, assessed: 0, passed: 0, errors: 0, warnings: 0, notes: 0,
                    suppressed: 0, failingRules: [], reason: reason)
            }
            let status: Status = errors + warnings > 0 ? .gaps : .covered
            return Entry(
                area: area, status: status, assessed: rules.count, passed: rules.count - failing.count,
                errors: errors, warnings: warnings, notes: findings.count - errors - warnings,
                suppressed: result.suppressed.filter { ruleSet.contains($0.diagnostic.ruleID) }.count,
                failingRules: failing, reason: reason)
        }
    }

    /// The entries of one part of the summary, in order.
    public func entries(in group: ConformanceArea.Group) -> [Entry] { entries.filter { $0.area.group == group } }

    /// The summary as text, one line per area, grouped.
    public func text(file: String) -> String {
        var lines = ["Conformance summary for \(file)"]
        for group in ConformanceArea.Group.allCases {
            lines.append("")
            lines.append(group.title)
            for entry in entries(in: group) {
                let mark = switch entry.status {
                case .covered: "covered     "
                case .gaps: "gaps        "
                case .notAssessed: "not assessed"
                }
                lines.append("  \(mark)  \(entry.area.title) — \(entry.detail)")
            }
        }
        let covered = entries.filter { $0.status == .covered }.count
        let gaps = entries.filter { $0.status == .gaps }.count
        let open = entries.filter { $0.status == .notAssessed }.count
        lines.append("")
        lines.append("\(covered) covered, \(gaps) with gaps, \(open) not assessed")
        return lines.joined(separator: "\n")
    }
}

extension ConformanceArea {
    /// The three parts of the summary.
    public enum Group: String, CaseIterable, Hashable, Sendable, Codable {
        /// The principles of ISO/TS 24082 clause 4.
        case principles
        /// The design activities of ISO/TS 24082 clause 5.
        case activities
        /// The levels of the ISO 23592 service-excellence pyramid.
        case pyramid

        /// The group's heading in the text summary; for the activities it says that the numbers
        /// after 5.1 are inferred (`5.6+` stands for the later ones, whose numbers are not known).
        public var title: String {
            switch self {
            case .principles: "Principles (ISO/TS 24082 clause 4)"
            case .activities: "Design activities (ISO/TS 24082 clause 5; numbers after 5.1 inferred)"
            case .pyramid: "Service-excellence pyramid (ISO 23592)"
            }
        }
    }

    /// The part of the summary the area is listed in.
    public var group: Group {
        switch self {
        case .principle: .principles
        case .activity: .activities
        case .pyramidLevel: .pyramid
        }
    }

    /// A short key for JSON: `4.2`, `5.6+`, `level-3`.
    public var key: String {
        switch self {
        case .principle(let number), .activity(let number): number
        case .pyramidLevel(let level): "level-\(level)"
        }
    }
}
