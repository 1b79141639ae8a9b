extension ConformanceSummary.Entry {
    /// The area's verdict in words, as `journey conformance` and the HTML page show it: why it
    /// was not assessed, or `3/4 rules pass; 1 error (DFES-5.3-01)` with the counts of
    /// findings by severity, the suppressed ones, and the rules that found something.
    public var detail: String {
        if let reason { return reason }
        var detail = "\(passed)/\(assessed) rules pass"
        var counts: [String] = []
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        if errors > 0 { counts.append(counted(errors, "error")) }
        if warnings > 0 { counts.append(counted(warnings, "warning")) }
        if notes > 0 { counts.append(counted(notes, "note")) }
        if suppressed > 0 { counts.append("\(suppressed) suppressed") }
        if !counts.isEmpty { detail += "; " + counts.joined(separator: ", ") }
        if !failingRules.isEmpty { detail += " (" + failingRules.joined(separator: ", ") + ")" }
        return detail
    }
}
