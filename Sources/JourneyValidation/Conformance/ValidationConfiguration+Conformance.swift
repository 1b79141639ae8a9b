extension ValidationConfiguration {
    /// The configuration a conformance summary is made under: an audit, so that the process
    /// records count, whatever profile the settings file picks for everyday validation; only a
    /// profile the caller chose explicitly (`journey conformance --profile`) wins. Rules, severities,
    /// thresholds and clauses stay as configured. `journey conformance` and the HTML page's
    /// conformance summary both use it, so they agree.
    /// - Parameter explicitProfile: a profile the user asked for on this run, if any.
    public func forConformanceSummary(explicitProfile: Profile? = nil) -> ValidationConfiguration {
        var audit = self
        audit.profile = explicitProfile ?? .audit
        return audit
    }
}
