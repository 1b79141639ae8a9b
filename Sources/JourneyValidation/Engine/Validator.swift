import Foundation
import JourneyKit

/// Runs the rule catalogue over a design under a configuration, applies the design's own
/// suppressions, and orders the findings by their place in the file.
public struct Validator: Sendable {
    /// Which rules run, with what severities and thresholds.
    public var configuration: ValidationConfiguration
    /// The rules known, with the configuration's clause remappings already applied.
    public var catalogue: RuleCatalogue

    /// A validator; the catalogue's clauses are remapped here by the configuration's `clauses`.
    public init(configuration: ValidationConfiguration = ValidationConfiguration(), catalogue: RuleCatalogue = .standard) {
        self.configuration = configuration
        self.catalogue = catalogue.remapped(configuration.clauses)
    }

    /// The rules this configuration runs, in catalogue order.
    public var activeRules: [Rule] { catalogue.rules.filter(configuration.runs) }

    /// Every finding for the design, from the active rules that apply to its kind
    /// (``JourneyKit/JourneyKind/applies(_:)``: an actual journey gets the structural checks only).
    ///
    /// - Parameters:
    ///   - design: the design to check, as read from its file (the source positions of its
    ///     elements give the findings their places).
    ///   - today: the day research staleness is measured to.
    ///   - fileProblems: where the reader found problems that leave an element incomplete (an
    ///     unknown field, a value of the wrong type, an invalid value). A finding about such an
    ///     element is held back: the file problem explains it, and it comes back, if it still
    ///     applies, once the file is fixed.
    public func validate(_ design: ServiceDesign, today: CalendarDate = .today, fileProblems: [SourceLocation] = []) -> ValidationResult {
        let context = ValidationContext(design, configuration: configuration, today: today)
        let rules = activeRules.filter(design.kind.applies)
        let damaged = DamagedElements(design, problems: fileProblems)
        var diagnostics: [Diagnostic] = []
        var suppressed: [SuppressedDiagnostic] = []
        var heldBack = 0
        for rule in rules {
            let severity = configuration.severity(of: rule)
            let basis = rule.provenance
            var found: [Diagnostic] = []
            for finding in rule.check(context) {
                if damaged.explains(finding, rule: rule) {
                    heldBack += 1
                    continue
                }
                found.append(Diagnostic(
                    ruleID: rule.id, severity: severity, message: finding.message,
                    location: finding.location ?? context.designLocation(), notes: finding.notes,
                    hint: finding.hint ?? rule.hint, clause: rule.clause, element: finding.element, basis: basis))
            }
            let (kept, covered) = applySuppressions(design.suppressions, to: found)
            suppressed += covered
            diagnostics += configuration.groupsFindings ? Self.grouped(Self.ordered(kept), by: rule) : kept
        }
        var result = ValidationResult(
            diagnostics: Self.ordered(diagnostics), suppressed: suppressed, assessedRules: rules.map(\.id),
            strict: configuration.strict)
        result.heldBack = heldBack
        return result
    }

    /// Several findings of one rule as one: the rule's summary line at the first place, every
    /// place (with what was found there) as a note. A rule without a summary keeps its findings
    /// apart, as structural rules do (each dangling reference is a problem of its own).
    static func grouped(_ findings: [Diagnostic], by rule: Rule) -> [Diagnostic] {
        guard findings.count >= 2, let summary = rule.summary, let first = findings.first else { return findings }
        var notes: [Diagnostic.Note] = []
        for finding in findings {
            notes.append(Diagnostic.Note(finding.message, at: finding.location, element: finding.element))
            notes += finding.notes
        }
        return [Diagnostic(
            ruleID: rule.id, severity: first.severity, message: summary(findings.count), location: first.location,
            notes: notes, hint: rule.hint, clause: first.clause, element: nil, basis: first.basis)]
    }

    /// Splits findings into those that stay and those a reasoned suppression covers. A
    /// suppression without a reason covers nothing: `SUPPRESS-NO-REASON` reports it instead.
    func applySuppressions(_ suppressions: [Suppression], to diagnostics: [Diagnostic]) -> ([Diagnostic], [SuppressedDiagnostic]) {
        let usable = suppressions.filter { !($0.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        var kept: [Diagnostic] = []
        var suppressed: [SuppressedDiagnostic] = []
        for diagnostic in diagnostics {
            let covering = usable.first { suppression in
                suppression.rule == diagnostic.ruleID
                    && (suppression.elements.isEmpty || diagnostic.element.map(suppression.elements.contains) == true)
            }
            if let covering, diagnostic.ruleID != "SUPPRESS-NO-REASON" {
                suppressed.append(SuppressedDiagnostic(diagnostic: diagnostic, reason: covering.reason ?? "", location: covering.origin.location))
            } else {
                kept.append(diagnostic)
            }
        }
        return (kept, suppressed)
    }

    /// By place in the file; findings without a place last, in the order they were found.
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// A finding a suppression in the design file covered, kept so reports can say so.
public struct SuppressedDiagnostic: Hashable, Sendable {
    /// The finding as it would have been reported.
    public var diagnostic: Diagnostic
    /// The reason the suppression gives (suppressions without one cover nothing).
    public var reason: String
    /// Where the suppression is written.
    public var location: SourceLocation?

    /// A suppressed finding, the reason for it, and where the suppression is written.
    public init(diagnostic: Diagnostic, reason: String, location: SourceLocation?) {
        self.diagnostic = diagnostic
        self.reason = reason
        self.location = location
    }
}

/// What validating one design found.
public struct ValidationResult: Hashable, Sendable {
    /// The findings that stand, ordered by their place in the file (findings without one last).
    public var diagnostics: [Diagnostic]
    /// The findings the design's own suppressions covered; they do not count towards ``failed``.
    public var suppressed: [SuppressedDiagnostic]
    /// The ids of the rules that ran.
    public var assessedRules: [String]
    /// Warnings fail the run.
    public var strict: Bool
    /// Findings left out because a file problem in the same element explains them.
    public var heldBack: Int = 0

    /// A result from its parts; ``heldBack`` starts at 0.
    public init(diagnostics: [Diagnostic], suppressed: [SuppressedDiagnostic] = [], assessedRules: [String] = [], strict: Bool = false) {
        self.diagnostics = diagnostics
        self.suppressed = suppressed
        self.assessedRules = assessedRules
        self.strict = strict
    }

    /// How many of the standing findings have this severity (suppressed ones not counted).
    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

    /// True when there is an error, or a warning under `strict`.
    public var failed: Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}

extension CalendarDate {
    /// Today's date in UTC.
    public static var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day)
    }
}
