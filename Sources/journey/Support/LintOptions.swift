import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

/// Where the `.journeylint.yaml` settings come from: `--config FILE`, `--no-config`, or the
/// nearest one beside the journey file or above it. Turned into a ``SettingsResolver``
/// (JourneyValidation), which does the finding and reading.
struct SettingsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Settings file to use instead of looking for .journeylint.yaml next to each file and above it.", valueName: "FILE"))
    var config: String?

    @Flag(help: "Use no settings file, only the defaults and these options.")
    var noConfig = false

    func validate() throws {
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
    }

    var source: SettingsSource {
        if noConfig { return .none }
        return config.map { .file($0) } ?? .discovered
    }

    /// A resolver with no overrides (the commands that draw findings rather than judge them).
    func resolver() -> SettingsResolver {
        SettingsResolver(source: source)
    }
}

/// The options every command that validates shares: the profile, rules on and off, severities,
/// strictness, and where the settings come from; the resolving is JourneyValidation's.
struct LintOptions: ParsableArguments {
    @Option(help: "Rule profile: design (what to act on while designing), audit (also the process records, for review before rollout), structural, iso24082; all is audit (default: the settings file's, else design).")
    var profile: ValidationConfiguration.Profile?

    @Flag(help: "Warnings fail the run (exit code 1), not only errors.")
    var strict = false

    @Option(name: .customLong("enable"), help: ArgumentHelp("Run a rule whatever the profile says (repeatable).", valueName: "RULE"))
    var enabled: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Do not run a rule (repeatable).", valueName: "RULE"))
    var disabled: [String] = []

    @Option(name: .customLong("severity"), help: ArgumentHelp("Change a rule's severity, as RULE=error|warning|info (repeatable).", valueName: "RULE=LEVEL"))
    var severities: [String] = []

    @OptionGroup var settings: SettingsOptions

    func validate() throws {
        do { try overrides().check() } catch { throw ValidationError(error.description) }
    }

    /// The command line's overrides (`--severity` settings read, last one wins).
    func overrides() throws(SettingsError) -> ValidationOverrides {
        var levels: [String: Severity] = [:]
        for setting in severities {
            let (rule, severity) = try ValidationOverrides.severitySetting(setting)
            levels[rule] = severity
        }
        return ValidationOverrides(profile: profile, strict: strict, enabled: enabled, disabled: disabled, severities: levels)
    }

    /// The resolver the command validates with (the overrides were checked in `validate()`).
    func resolver() throws(SettingsError) -> SettingsResolver {
        SettingsResolver(source: settings.source, overrides: try overrides())
    }
}

extension ValidationConfiguration.Profile: ExpressibleByArgument {}
