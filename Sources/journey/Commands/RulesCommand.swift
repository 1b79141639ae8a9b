import ArgumentParser
import Foundation
import JourneyValidation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, severity, clause (confirmed or inferred) and title.",
        discussion: """
            `journey explain RULE` tells more about one rule.

            Examples:
              journey rules
              journey rules --format json > rules.json
            """
    )

    @Option(help: "Only the rules of a profile: structural, iso24082 or all.")
    var profile: ValidationConfiguration.Profile = .all

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    struct Entry: Codable {
        var id: String
        var title: String
        var severity: String
        var basis: String
        var document: String?
        var clause: String?
        var confidence: String?
        var rationale: String
    }

    func run() throws {
        let rules = RuleCatalogue.standard.rules.filter { profile.includes($0.family) }
        switch format {
        case .json:
            let entries = rules.map { rule in
                Entry(
                    id: rule.id, title: rule.title, severity: rule.severity.rawValue, basis: rule.basis.rawValue,
                    document: rule.clause?.document, clause: rule.clause?.clause,
                    confidence: rule.clause?.confidence.rawValue, rationale: rule.rationale)
            }
            print(try CommandJSON.text(entries))
        case .text:
            let idWidth = rules.map(\.id.count).max() ?? 0
            let clauseTexts = rules.map { $0.clause?.description ?? "JourneyKit" }
            let clauseWidth = clauseTexts.map(\.count).max() ?? 0
            for (rule, clause) in zip(rules, clauseTexts) {
                let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                let clauseColumn = clause.padding(toLength: clauseWidth, withPad: " ", startingAt: 0)
                print("\(id)  \(severity)  \(clauseColumn)  \(rule.title)")
            }
            let standard = rules.filter { $0.clause != nil }
            let inferred = standard.filter { $0.clause?.confidence == .inferred }.count
            let suppression = rules.filter { $0.family == .suppression }.count
            print("\(rules.count) rules: \(rules.count - standard.count - suppression) structural, \(suppression) about suppressions, \(standard.count) from the standards (\(standard.filter { $0.basis == .standard }.count) follow from the text, \(standard.filter { $0.basis == .heuristic }.count) heuristic; \(inferred) with an inferred clause number)")
        }
    }
}
