import ArgumentParser
import Foundation
import JourneyValidation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, severity, the profiles that run it, title and basis (confirmed clause, inferred clause or heuristic).",
        discussion: """
            `journey explain RULE` tells more about one rule.

            Examples:
              journey rules
              journey rules --format json > rules.json
            """
    )

    @Option(help: "Only the rules a profile runs: design, audit, structural, iso24082 (default: every rule).")
    var profile: ValidationConfiguration.Profile?

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
        /// What a finding's line ends with: the clause, or `heuristic: …`.
        var provenance: String?
        /// What a heuristic rule rests on.
        var restsOn: String?
        /// `design`, `processRecord` or `processSummary`.
        var purpose: String
        /// The profiles that run the rule.
        var profiles: [String]
        var rationale: String
    }

    /// The profiles that run a rule, by name.
    static func profiles(of rule: Rule) -> [String] { rule.profiles.map(\.rawValue) }

    func run() throws {
        let rules = RuleCatalogue.standard.rules.filter { rule in profile.map { $0.includes(rule) } ?? true }
        switch format {
        case .json:
            let entries = rules.map { rule in
                Entry(
                    id: rule.id, title: rule.title, severity: rule.severity.rawValue, basis: rule.basis.rawValue,
                    document: rule.clause?.document, clause: rule.clause?.clause,
                    confidence: rule.clause?.confidence.rawValue, provenance: rule.provenance, restsOn: rule.restsOn,
                    purpose: rule.purpose.rawValue, profiles: Self.profiles(of: rule), rationale: rule.rationale)
            }
            print(try CommandJSON.text(entries))
        case .text:
            let idWidth = rules.map(\.id.count).max() ?? 0
            let profileTexts = rules.map { rule in
                rule.family == .structural || rule.family == .suppression ? "every profile" : Self.profiles(of: rule).filter { $0 != "structural" }.joined(separator: ", ")
            }
            let profileWidth = profileTexts.map(\.count).max() ?? 0
            let indent = String(repeating: " ", count: idWidth + 2)
            for (rule, profiles) in zip(rules, profileTexts) {
                let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                let profileColumn = profiles.padding(toLength: profileWidth, withPad: " ", startingAt: 0)
                print("\(id)  \(severity)  \(profileColumn)  \(rule.title)")
                print("\(indent)\(rule.provenance ?? "the design itself (structure)")")
            }
            let standard = rules.filter { $0.clause != nil }
            let inferred = standard.filter { $0.clause?.confidence == .inferred }.count
            let unsure = standard.filter { $0.clause?.confidence == .unconfirmed || $0.clause?.confidence == .unknown }.count
            let suppression = rules.filter { $0.family == .suppression }.count
            let process = rules.filter { $0.purpose == .processRecord }.count
            print("\(rules.count) rules: \(rules.count - standard.count - suppression) structural, \(suppression) about suppressions, \(standard.count) from the standards (\(standard.filter { $0.basis == .standard }.count) follow from the text, \(standard.filter { $0.basis == .heuristic }.count) heuristic; \(inferred) with an inferred clause number, \(unsure) with a clause number not confirmed or not known; \(process) about process records, run by the audit profile)")
        }
    }
}
