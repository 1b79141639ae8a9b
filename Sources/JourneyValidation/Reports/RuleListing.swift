import Foundation

/// The catalogue as `journey rules` lists it: every rule a profile runs, as text (``text``)
/// or as JSON (``json``, one ``Entry`` per rule).
public struct RuleListing: Sendable {
    /// One rule in the JSON listing.
    public struct Entry: Codable, Hashable, Sendable {
        /// The rule's id (`DFES-4.2-01`, `STRUCT-UNREACHABLE`).
        public var id: String
        /// What the rule checks, in a line.
        public var title: String
        /// The default severity: `error`, `warning` or `info`.
        public var severity: String
        /// What the rule rests on: `standard` (the standard's text), `heuristic` (ours) or `structure`.
        public var basis: String
        /// The standard the clause is in (`ISO/TS 24082`); nil for structural rules.
        public var document: String?
        /// The clause number; nil for structural rules.
        public var clause: String?
        /// How sure the clause number is: `confirmed`, `inferred`, `unconfirmed` or `unknown`.
        public var confidence: String?
        /// What a finding's line ends with: the clause, or `heuristic: …`.
        public var provenance: String?
        /// What a heuristic rule rests on.
        public var restsOn: String?
        /// `design`, `processRecord` or `processSummary`.
        public var purpose: String
        /// The profiles that run the rule.
        public var profiles: [String]
        /// Why the rule matters.
        public var rationale: String
    }

    /// The rules listed, in the catalogue's order.
    public var rules: [Rule]

    /// The rules of `catalogue` that `profile` runs (nil: every rule).
    public init(_ catalogue: RuleCatalogue = .standard, profile: ValidationConfiguration.Profile? = nil) {
        rules = catalogue.rules.filter { rule in profile.map { $0.includes(rule) } ?? true }
    }

    /// One entry per rule, as the JSON listing holds them.
    public var entries: [Entry] {
        rules.map { rule in
            Entry(
                id: rule.id, title: rule.title, severity: rule.severity.rawValue, basis: rule.basis.rawValue,
                document: rule.clause?.document, clause: rule.clause?.clause,
                confidence: rule.clause?.confidence.rawValue, provenance: rule.provenance, restsOn: rule.restsOn,
                purpose: rule.purpose.rawValue, profiles: rule.profiles.map(\.rawValue), rationale: rule.rationale)
        }
    }

    /// The JSON listing: an array of ``Entry``, pretty-printed, keys sorted.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// Two lines per rule (id, severity, profiles and title; then what it rests on), then a
    /// count of the rules by kind.
    public var text: String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let profileTexts = rules.map { rule in
            rule.family == .structural || rule.family == .suppression
                ? "every profile" : rule.profiles.map(\.rawValue).filter { $0 != "structural" }.joined(separator: ", ")
        }
        let profileWidth = profileTexts.map(\.count).max() ?? 0
        let indent = String(repeating: " ", count: idWidth + 2)
        var lines: [String] = []
        for (rule, profiles) in zip(rules, profileTexts) {
            let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            let profileColumn = profiles.padding(toLength: profileWidth, withPad: " ", startingAt: 0)
            lines.append("\(id)  \(severity)  \(profileColumn)  \(rule.title)")
            lines.append("\(indent)\(rule.provenance ?? "the design itself (structure)")")
        }
        let standard = rules.filter { $0.clause != nil }
        let inferred = standard.filter { $0.clause?.confidence == .inferred }.count
        let unsure = standard.filter { $0.clause?.confidence == .unconfirmed || $0.clause?.confidence == .unknown }.count
        let suppression = rules.filter { $0.family == .suppression }.count
        let process = rules.filter { $0.purpose == .processRecord }.count
        lines.append("\(rules.count) rules: \(rules.count - standard.count - suppression) structural, \(suppression) about suppressions, \(standard.count) from the standards (\(standard.filter { $0.basis == .standard }.count) follow from the text, \(standard.filter { $0.basis == .heuristic }.count) heuristic; \(inferred) with an inferred clause number, \(unsure) with a clause number not confirmed or not known; \(process) about process records, run by the audit profile)")
        return lines.joined(separator: "\n")
    }
}
