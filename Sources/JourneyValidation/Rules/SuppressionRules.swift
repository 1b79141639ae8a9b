import Foundation
import JourneyKit

extension Rule {
    /// Rules about the design's own suppressions (`suppress:`). They run under every profile.
    public static let suppressionRules: [Rule] = [suppressionWithoutReason, suppressionOfUnknownRule]

    static let suppressionWithoutReason = Rule(
        id: "SUPPRESS-NO-REASON", title: "Every suppression says why", basis: .structure, severity: .warning,
        rationale: "A finding silenced without a reason hides a gap from the next reviewer.",
        hint: "add `reason:` saying why the finding does not apply, or remove the suppression",
        satisfiedBy: "Every entry under `suppress:` has a non-empty `reason`; one without a reason suppresses nothing.",
        example: """
            suppress:
              - {rule: DFES-4.4-02, at: letter, reason: "A statutory letter; the customer only reads it."}
            """
    ) { context in
        context.design.suppressions.compactMap { suppression in
            guard (suppression.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return Finding(
                "the suppression of \(suppression.rule) has no reason, so it suppresses nothing",
                at: suppression.origin.location(of: "rule"))
        }
    }

    static let suppressionOfUnknownRule = Rule(
        id: "SUPPRESS-UNKNOWN-RULE", title: "Suppressions name rules that exist", basis: .structure, severity: .warning,
        rationale: "A suppression of a rule id that does not exist is a typo and silences nothing.",
        hint: "correct the rule id; `journey rules` lists them",
        satisfiedBy: "Every `rule:` under `suppress:` is an id that `journey rules` lists.",
        example: """
            suppress:
              - {rule: DFES-5.3-04, reason: "Research renewed every quarter; the dates are in the wiki."}
            """
    ) { context in
        let known = RuleCatalogue.standard.ids
        return context.design.suppressions.compactMap { suppression in
            guard !known.contains(suppression.rule) else { return nil }
            let suggestion = Suggestion.closest(to: suppression.rule, among: known)
            return Finding(
                "the suppression names rule \"\(suppression.rule)\", which does not exist",
                at: suppression.origin.location(of: "rule"),
                hint: suggestion.map { "did you mean \($0)?" } ?? "`journey rules` lists the rule ids")
        }
    }
}
