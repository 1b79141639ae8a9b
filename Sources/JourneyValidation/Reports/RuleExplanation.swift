extension Rule {
    /// What `journey explain RULE` prints: the rule's severity, clause and how sure its number
    /// is, its basis (the standard's text, a heuristic of ours, or the design's integrity), the
    /// profiles that run it, why it matters, what satisfies it, how to fix it, a passing YAML
    /// example, and how to turn it off.
    public var explanation: String {
        var lines = ["\(id): \(title)", ""]
        lines.append("  severity   \(severity.rawValue) (by default)")
        if let clause {
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
        let basisText = switch basis {
        case .standard: "follows from the standard's text (a confirmed title, term or scope)"
        case .heuristic: "heuristic: \(restsOn ?? "our reading of service-design practice") (our rule, not the standard's words)"
        case .structure: "the design's own integrity"
        }
        let purposeText = switch purpose {
        case .design: "design and audit (a finding about the design itself)"
        case .processRecord: "audit only (a record of the design process; while designing, DFES-5.1-01 notes what is missing)"
        case .processSummary: "design only (the audit profile reports each process record with its own rule)"
        }
        lines.append("  basis      \(basisText)")
        if family != .structural && family != .suppression { lines.append("  profiles   \(purposeText)") }
        if let provenance { lines.append("  findings   end with (\(provenance))") }
        lines.append("")
        lines.append("Why: \(rationale)")
        lines.append("Passes when: \(satisfiedBy)")
        lines.append("Fix: \(hint)")
        lines.append("")
        lines.append("A passing example:")
        lines.append("")
        lines += example.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
        lines.append("")
        lines.append("Turn it off in .journeylint.yaml (`rules: {\(id): off}`), or for one element in the design file:")
        lines.append("    suppress: [{rule: \(id), at: <element id>, reason: \"why it does not apply\"}]")
        return lines.joined(separator: "\n")
    }
}
