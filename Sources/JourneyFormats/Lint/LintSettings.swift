import Foundation
import JourneyKit
import Yams

/// The settings of a `.journeylint.yaml` file, as written: checked for shape here, and turned
/// into a validator configuration by the caller, which knows the rule catalogue.
///
/// ```yaml
/// profile: design           # design (default) | audit | structural | iso24082 | all (= audit)
/// strict: false             # true: warnings fail the run
/// rules:
///   DFES-5.3-04: off        # off | on | error | warning | info
///   DFES-4.4-02: error
/// thresholds:               # on the reference scale −3…+3, mapped onto each design's scale
///   delight: 2
///   negative: -1
///   staleResearchMonths: 24
/// today: 2026-11-23         # pins "today" for research staleness
/// clauses:                  # remap rules onto a revised edition of a standard
///   DFES-5.5-DAT-01: {clause: "5.5.3", confidence: confirmed}
/// ```
public struct LintSettings: Hashable, Sendable {
    /// A rule switched on or off, or given another severity.
    public struct RuleSetting: Hashable, Sendable {
        /// The rule's id as written (checked against the catalogue by JourneyValidation).
        public var rule: String
        /// `off`, `on`, `error`, `warning` or `info`.
        public var value: String
        /// Where the rule's id is written, for a message about it.
        public var location: SourceLocation
    }

    /// A new clause reference for a rule.
    public struct ClauseSetting: Hashable, Sendable {
        /// The rule's id as written.
        public var rule: String
        /// The standard the clause is in (nil: the rule's own document).
        public var document: String?
        /// The clause number in the revised edition (`5.5.3`).
        public var clause: String
        /// `confirmed` or `inferred`; nil keeps the rule's own.
        public var confidence: String?
        /// Where the rule's id is written, for a message about it.
        public var location: SourceLocation
    }

    /// The values `profile` takes (the validator's profiles).
    public static let profiles = ["design", "audit", "structural", "iso24082", "all"]
    /// The values a rule takes under `rules`: off, on, or a severity (which also turns it on).
    public static let ruleValues = ["off", "on", "error", "warning", "info"]
    /// The values `confidence` takes under `clauses`.
    public static let confidences = ["confirmed", "inferred", "unconfirmed", "unknown"]
    /// The file name looked for next to a journey file and in the folders above it.
    public static let fileName = ".journeylint.yaml"

    /// The profile (one of ``profiles``); nil: the default, `design`.
    public var profile: String?
    /// True: warnings fail the run too; nil: not set.
    public var strict: Bool?
    /// Rules switched on or off or given another severity, in the order written.
    public var rules: [RuleSetting] = []
    /// The score from which a reading counts as delight, on the reference scale −3…+3 (mapped
    /// onto each design's scale).
    public var delight: Double?
    /// The score below which a reading counts as negative, on the reference scale −3…+3.
    public var negative: Double?
    /// After how many months research counts as stale.
    public var staleResearchMonths: Int?
    /// The day research staleness is measured to (pins "today", for reproducible runs).
    public var today: CalendarDate?
    /// New clause references for rules (a revised edition of a standard), in the order written.
    public var clauses: [ClauseSetting] = []

    /// Settings that change nothing (the defaults).
    public init() {}

    /// Reads settings, reporting every problem with its place.
    public static func decode(_ data: Data, name: String) -> (settings: LintSettings?, problems: [FileProblem]) {
        SettingsDocument.decode(data, name: name, defaults: LintSettings()) { root, session throws(DecodingSession.Stop) in
            try LintSettingsDecoder(session: session).settings(root)
        }
    }
}

struct LintSettingsDecoder {
    let session: DecodingSession

    func settings(_ root: Node) throws(DecodingSession.Stop) -> LintSettings? {
        guard var fields = try FieldReader(root, element: "the lint settings", field: "the file", session: session) else { return nil }
        fields.rejectUnknown(["profile", "strict", "rules", "thresholds", "today", "clauses"])
        var settings = LintSettings()
        settings.profile = try oneOf(LintSettings.profiles, "profile", &fields)
        settings.strict = try fields.bool("strict")
        settings.today = try fields.date("today")
        if let node = try fields.node("rules") {
            for (key, value, location) in try entries(node, field: "rules") {
                guard let setting = word(value, field: "rules.\(key)") else { continue }
                guard LintSettings.ruleValues.contains(setting) else {
                    session.report(.invalidValue(
                        field: "rules.\(key)", value: setting,
                        reason: "it must be one of " + LintSettings.ruleValues.map { "`\($0)`" }.joined(separator: ", "),
                        session.location(value), suggestion: Suggestion.closest(to: setting, among: LintSettings.ruleValues)))
                    continue
                }
                settings.rules.append(.init(rule: key, value: setting, location: location))
            }
        }
        if let node = try fields.node("thresholds"), var t = try FieldReader(node, element: "the thresholds", field: "thresholds", session: session) {
            t.rejectUnknown(["delight", "negative", "staleResearchMonths"])
            settings.delight = try t.number("delight")
            settings.negative = try t.number("negative")
            settings.staleResearchMonths = try t.integer("staleResearchMonths")
            for (key, value) in [("delight", settings.delight), ("negative", settings.negative)] {
                if let value, !(value >= -3 && value <= 3) {
                    session.report(.invalidValue(field: key, value: value.scoreText, reason: "thresholds are written on the reference scale −3 to +3", t.origin.location(of: key) ?? t.location, suggestion: nil))
                }
            }
            if let months = settings.staleResearchMonths, months < 1 {
                session.report(.invalidValue(field: "staleResearchMonths", value: String(months), reason: "it must be 1 or more", t.origin.location(of: "staleResearchMonths") ?? t.location, suggestion: nil))
            }
        }
        if let node = try fields.node("clauses") {
            for (key, value, location) in try entries(node, field: "clauses") {
                guard var c = try FieldReader(value, element: "the clause of \(key)", field: "clauses.\(key)", session: session) else { continue }
                c.rejectUnknown(["document", "clause", "confidence"])
                let document = try c.string("document")
                let confidence = try oneOf(LintSettings.confidences, "confidence", &c)
                guard let clause = try c.requiredString("clause") else { continue }
                settings.clauses.append(.init(rule: key, document: document, clause: clause, confidence: confidence, location: location))
            }
        }
        return settings
    }

    /// The keys, values and key places of a block.
    func entries(_ node: Node, field: String) throws(DecodingSession.Stop) -> [(String, Node, SourceLocation)] {
        guard case .mapping(let mapping) = node else {
            session.report(.wrongType(field: field, expected: "a block of `RULE-ID: value` lines", found: describe(node), session.location(node)))
            return []
        }
        var result: [(String, Node, SourceLocation)] = []
        for (key, value) in mapping {
            try session.visit(key)
            try session.visit(value)
            guard let name = word(key, field: field) else { continue }
            result.append((name, value, session.location(key)))
        }
        return result
    }

    /// A plain scalar's text; `off`/`on` stay words (YAML 1.1 would read them as booleans).
    func word(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            session.report(.wrongType(field: field, expected: "a word", found: describe(node), session.location(node)))
            return nil
        }
        return scalar.string
    }

    func oneOf(_ allowed: [String], _ key: String, _ fields: inout FieldReader) throws(DecodingSession.Stop) -> String? {
        guard let value = try fields.string(key) else { return nil }
        guard allowed.contains(value) else {
            session.report(.invalidValue(
                field: key, value: value, reason: "it must be one of " + allowed.map { "`\($0)`" }.joined(separator: ", "),
                fields.origin.location(of: key) ?? fields.location, suggestion: Suggestion.closest(to: value, among: allowed)))
            return nil
        }
        return value
    }
}
