import Foundation
import JourneyKit
import JourneyValidation
import Testing

/// docs/validation.md shows every rule with the basis its findings print: the table must be
/// the catalogue's (regenerate it with `scripts/rules-table.sh`).
@Suite("Rules table in docs/validation.md")
struct RulesTableTests {
    static let docs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/validation.md")

    /// The table's rows by rule id: severity, profiles, title, basis.
    static func rows() throws -> [String: [String]] {
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "<!-- rules-table:start -->"))
        let end = try #require(text.range(of: "<!-- rules-table:end -->"))
        var rows: [String: [String]] = [:]
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") where line.hasPrefix("| `") {
            // Cells split at `|` not escaped as `\|`.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{0}")
                .split(separator: "|", omittingEmptySubsequences: false)
                .dropFirst().dropLast()
                .map { $0.replacingOccurrences(of: "\u{0}", with: "|").trimmingCharacters(in: .whitespaces) }
            rows[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = Array(cells.dropFirst())
        }
        return rows
    }

    @Test("every rule of the catalogue is in the table with its severity, profiles, title and basis, and nothing else is")
    func tableMatchesCatalogue() throws {
        let rows = try Self.rows()
        let catalogue = RuleCatalogue.standard.rules
        #expect(Set(rows.keys) == Set(catalogue.map(\.id)))
        for rule in catalogue {
            let row = try #require(rows[rule.id], "\(rule.id) is missing from docs/validation.md")
            let profiles = rule.basis == .structure
                ? "every profile"
                : rule.profiles.filter { $0 != .structural }.map(\.rawValue).joined(separator: ", ")
            #expect(row == [rule.severity.rawValue, profiles, rule.title, rule.provenance ?? "the design itself (structure)"], "\(rule.id)")
        }
    }

    @Test("every rule of the standards' families names its basis, and every heuristic rule what it rests on")
    func everyRuleHasABasis() {
        for rule in RuleCatalogue.standard.rules where rule.family != .structural && rule.family != .suppression {
            #expect(rule.provenance != nil, "\(rule.id) has no basis to print")
            if rule.basis == .heuristic {
                #expect(!(rule.restsOn ?? "").isEmpty, "heuristic rule \(rule.id) does not say what it rests on")
                #expect(rule.provenance?.hasPrefix("heuristic: ") == true)
            }
        }
    }

    /// What the reference notes (`../shared/reference/iso-service-excellence.md`) confirm: the
    /// numbers of ISO/TS 24082 4.2–4.5 and 5.1 and the four pyramid levels. Everything else is
    /// inferred at best; the clauses after 5.5 and of ISO/TS 23686 and ISO 10002 are not known,
    /// and the ISO 23592 element numbers are from memory.
    @Test("no rule claims a clause as confirmed that the reference notes do not confirm")
    func confirmedClausesAreConfirmed() {
        let confirmed: Set<String> = [
            "ISO/TS 24082 4.2", "ISO/TS 24082 4.3", "ISO/TS 24082 4.4", "ISO/TS 24082 4.5", "ISO/TS 24082 5.1",
            "ISO 23592 pyramid level 1", "ISO 23592 pyramid level 2",
        ]
        for rule in RuleCatalogue.standard.rules {
            guard let clause = rule.clause else { continue }
            if clause.confidence == .confirmed {
                #expect(confirmed.contains("\(clause.document) \(clause.clause)"), "\(rule.id) claims \(clause.description) as confirmed")
            }
            if clause.clause == "5.6+" || clause.document == "ISO/TS 23686" || clause.document == "ISO 10002" {
                #expect(clause.confidence == .unknown, "\(rule.id): \(clause.description)")
                #expect(rule.basis == .heuristic, "\(rule.id) rests on a clause nobody has seen, so it cannot follow from its text")
            }
            if clause.document == "ISO 23592", clause.clause.hasPrefix("7.") {
                #expect(clause.confidence == .unconfirmed, "\(rule.id): \(clause.description)")
            }
        }
    }
}
