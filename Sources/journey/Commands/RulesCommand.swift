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

    func run() throws {
        let listing = RuleListing(profile: profile)
        print(format == .json ? listing.json : listing.text)
    }
}
