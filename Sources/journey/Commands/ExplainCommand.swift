import ArgumentParser
import Foundation
import JourneyValidation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: why it matters, what satisfies it, and a passing YAML snippet.",
        discussion: """
            Examples:
              journey explain DFES-4.2-01
              journey explain STRUCT-UNREACHABLE
            """
    )

    @Argument(help: "A rule id, as `journey rules` lists it.")
    var rule: String

    func validate() throws {
        if RuleCatalogue.standard.rule(rule) == nil && RuleCatalogue.standard.rule(rule.uppercased()) == nil {
            throw ValidationError(RuleCatalogue.standard.unknownRuleMessage(rule))
        }
    }

    func run() throws {
        guard let rule = RuleCatalogue.standard.rule(rule) ?? RuleCatalogue.standard.rule(rule.uppercased()) else { return }
        print(rule.explanation)
    }
}
