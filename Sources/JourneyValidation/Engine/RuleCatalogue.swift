import JourneyKit

/// The list of rules the validator knows, in the order `journey rules` prints them.
public struct RuleCatalogue: Sendable {
    /// The rules, in the order they run and are listed.
    public var rules: [Rule]

    /// A catalogue of these rules, in this order (``standard`` is JourneyKit's own).
    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// Every rule JourneyKit has: structural rules, suppression rules, then the standards' rules
    /// in the order of their clauses.
    public static let standard = RuleCatalogue(rules:
        Rule.structural + Rule.suppressionRules + Rule.principles + Rule.processAndPlanning
            + Rule.understanding + Rule.challengeAndValue + Rule.touchpointsAndDataPoints
            + Rule.laterActivities + Rule.modelLevel)

    /// The rule with this id, or nil when the catalogue has none (ids are compared exactly).
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// The ids of the rules, in catalogue order.
    public var ids: [String] { rules.map(\.id) }

    /// The same catalogue with the clause of some rules replaced, for a revised edition of a
    /// standard. Ids the catalogue does not have are ignored here; configuration reports them.
    public func remapped(_ clauses: [String: ClauseReference]) -> RuleCatalogue {
        guard !clauses.isEmpty else { return self }
        return RuleCatalogue(rules: rules.map { rule in
            var rule = rule
            if let clause = clauses[rule.id] { rule.clause = clause }
            return rule
        })
    }
}
