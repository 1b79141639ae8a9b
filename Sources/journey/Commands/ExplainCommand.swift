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
        var lines = ["\(rule.id): \(rule.title)", ""]
        lines.append("  severity   \(rule.severity.rawValue) (by default)")
        if let clause = rule.clause {
            let confidence = switch clause.confidence {
            case .confirmed: "confirmed in a published source"
            case .inferred: "inferred: the number is worked out from confirmed facts (the order of the published titles), not seen"
            case .unconfirmed: "the element is confirmed, its number is from memory and not confirmed"
            case .unknown: "not known: no public source shows this part of the standard"
            }
            let number = clause.clause.isEmpty ? clause.document : "\(clause.document) \(clause.clause)"
            lines.append("  clause     \(number) (\(confidence))")
        } else {
            lines.append("  clause     none: a structural rule of JourneyKit")
        }
        let basis = switch rule.basis {
        case .standard: "follows from the standard's text (a confirmed title, term or scope)"
        case .heuristic: "heuristic: \(rule.restsOn ?? "our reading of service-design practice") (our rule, not the standard's words)"
        case .structure: "the design's own integrity"
        }
        let purpose = switch rule.purpose {
        case .design: "design and audit (a finding about the design itself)"
        case .processRecord: "audit only (a record of the design process; while designing, DFES-5.1-01 notes what is missing)"
        case .processSummary: "design only (the audit profile reports each process record with its own rule)"
        }
        lines.append("  basis      \(basis)")
        if rule.family != .structural && rule.family != .suppression { lines.append("  profiles   \(purpose)") }
        if let provenance = rule.provenance { lines.append("  findings   end with (\(provenance))") }
        lines.append("")
        lines.append("Why: \(rule.rationale)")
        lines.append("Passes when: \(rule.satisfiedBy)")
        lines.append("Fix: \(rule.hint)")
        lines.append("")
        lines.append("A passing example:")
        lines.append("")
        lines += rule.example.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
        lines.append("")
        lines.append("Turn it off in .journeylint.yaml (`rules: {\(rule.id): off}`), or for one element in the design file:")
        lines.append("    suppress: [{rule: \(rule.id), at: <element id>, reason: \"why it does not apply\"}]")
        print(lines.joined(separator: "\n"))
    }
}
