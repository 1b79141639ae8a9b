import JourneyKit

extension JourneyKind {
    /// Whether a rule applies to a journey of this kind, whatever the configuration says.
    ///
    /// A planned journey is a design: every rule may apply. An actual journey (`kind: actual`)
    /// is a record of what happened to one customer, not a design, so the standards' design
    /// rules (ISO/TS 24082, ISO 23592, ISO/TS 23686, ISO 10002) do not apply to it, nor do the
    /// structural rules that ask something of a design rather than of a record (an emotion for
    /// every persona, a condition on every branch, an owner for every moment of truth). What
    /// remains checks that the record holds together: unique ids, references that resolve,
    /// scores on the scale, touchpoints that form a journey, and the file's suppressions.
    /// ``Validator`` leaves the other rules out, even when the configuration enables them by id.
    public func applies(_ rule: Rule) -> Bool {
        switch self {
        case .planned:
            return true
        case .actual:
            switch rule.family {
            case .structural, .suppression: return !Self.designOnlyStructuralRules.contains(rule.id)
            case .iso24082, .iso23592, .iso23686, .iso10002: return false
            }
        }
    }

    /// Structural rules that ask something of a design, not of a record of what happened.
    public static let designOnlyStructuralRules: Set<String> = [
        "STRUCT-PERSONA-NO-EMOTION", "STRUCT-BRANCH-NO-CONDITION", "STRUCT-MOT-NO-OWNER",
    ]
}
