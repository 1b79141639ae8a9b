import JourneyKit

/// What a caller sets on top of the settings file: the command line's `--profile`, `--strict`,
/// `--enable`, `--disable` and `--severity`, or the same from Swift.
///
/// The overrides win over the file: a rule enabled here runs even when the file turns it off,
/// and a severity given here enables the rule.
///
/// ```swift
/// var overrides = ValidationOverrides()
/// overrides.profile = .audit
/// overrides.disabled = ["DFES-5.3-04"]
/// try overrides.check()   // unknown rule ids fail here, with a suggestion
/// ```
public struct ValidationOverrides: Hashable, Sendable {
    /// The profile to use instead of the settings file's (nil: the file's, else `design`).
    public var profile: ValidationConfiguration.Profile?
    /// True: warnings fail the run too (false leaves the settings file's choice).
    public var strict: Bool
    /// Rule ids that run whatever the profile and the settings file say.
    public var enabled: [String]
    /// Rule ids that never run.
    public var disabled: [String]
    /// Severities that replace a rule's default and the settings file's, by rule id; a rule
    /// given a severity is also enabled.
    public var severities: [String: Severity]

    /// Overrides that change nothing unless given.
    public init(
        profile: ValidationConfiguration.Profile? = nil, strict: Bool = false, enabled: [String] = [],
        disabled: [String] = [], severities: [String: Severity] = [:]
    ) {
        self.profile = profile
        self.strict = strict
        self.enabled = enabled
        self.disabled = disabled
        self.severities = severities
    }

    /// Throws for the first rule id that `catalogue` lacks, with the closest id as a suggestion.
    public func check(against catalogue: RuleCatalogue = .standard) throws(SettingsError) {
        for id in enabled + disabled + severities.keys.sorted() where catalogue.rule(id) == nil {
            throw SettingsError.unknownRule(catalogue.unknownRuleMessage(id))
        }
    }

    /// `configuration` with these overrides applied on top.
    public func applied(to configuration: ValidationConfiguration) -> ValidationConfiguration {
        var result = configuration
        if let profile { result.profile = profile }
        if strict { result.strict = true }
        for id in enabled {
            result.enabled.insert(id)
            result.disabled.remove(id)
        }
        for id in disabled { result.disabled.insert(id) }
        for (id, severity) in severities {
            result.severities[id] = severity
            result.enabled.insert(id)
        }
        return result
    }

    /// Reads `RULE=error|warning|info`, as `--severity` takes it.
    package static func severitySetting(_ text: String) throws(SettingsError) -> (rule: String, severity: Severity) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let level = Severity(rawValue: parts[1].lowercased()) else {
            throw SettingsError.badOverride("--severity takes RULE=error, RULE=warning or RULE=info, not \"\(text)\"")
        }
        return (parts[0], level)
    }
}

extension RuleCatalogue {
    /// "there is no rule "X"; did you mean Y?": the message for a rule id the catalogue lacks.
    public func unknownRuleMessage(_ id: String) -> String {
        let suggestion = Suggestion.closest(to: id, among: ids)
        return "there is no rule \"\(id)\"" + (suggestion.map { "; did you mean \($0)?" } ?? "; `journey rules` lists them")
    }
}
