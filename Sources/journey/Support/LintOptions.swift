import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

/// The options every command that validates shares: the profile, rules on and off, severities,
/// strictness, and where the `.journeylint.yaml` settings come from.
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

    @Option(help: ArgumentHelp("Settings file to use instead of looking for .journeylint.yaml next to each file and above it.", valueName: "FILE"))
    var config: String?

    @Flag(help: "Use no settings file, only the defaults and these options.")
    var noConfig = false

    func validate() throws {
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
        let catalogue = RuleCatalogue.standard
        for id in enabled + disabled where catalogue.rule(id) == nil {
            throw ValidationError(Self.unknownRule(id))
        }
        for setting in severities {
            let (id, level) = try Self.severitySetting(setting)
            if catalogue.rule(id) == nil { throw ValidationError(Self.unknownRule(id)) }
            _ = level
        }
    }

    static func unknownRule(_ id: String) -> String {
        let suggestion = Suggestion.closest(to: id, among: RuleCatalogue.standard.ids)
        return "there is no rule \"\(id)\"" + (suggestion.map { "; did you mean \($0)?" } ?? "; `journey rules` lists them")
    }

    static func severitySetting(_ text: String) throws -> (String, Severity) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let level = Severity(rawValue: parts[1].lowercased()) else {
            throw ValidationError("--severity takes RULE=error, RULE=warning or RULE=info, not \"\(text)\"")
        }
        return (parts[0], level)
    }
}

extension ValidationConfiguration.Profile: ExpressibleByArgument {}

/// Finds and reads settings files, once per folder, and merges them with the command line.
final class LintSettingsResolver {
    let options: LintOptions
    private var cache: [String: ValidationConfiguration] = [:]

    init(_ options: LintOptions) {
        self.options = options
    }

    /// The configuration for one journey file (`-`: the current folder's settings).
    func configuration(for file: String) throws(CommandFailure) -> ValidationConfiguration {
        if options.noConfig { return apply(ValidationConfiguration()) }
        let settingsFile: String?
        if let explicit = options.config {
            settingsFile = explicit
        } else {
            let folder = file == "-" ? FileManager.default.currentDirectoryPath : (file as NSString).deletingLastPathComponent
            settingsFile = Self.find(from: folder.isEmpty ? "." : folder)
        }
        let key = settingsFile ?? ""
        if let cached = cache[key] { return cached }
        var configuration = ValidationConfiguration()
        if let settingsFile { configuration = try Self.load(settingsFile) }
        configuration = apply(configuration)
        cache[key] = configuration
        return configuration
    }

    /// The nearest `.journeylint.yaml` in the folder or above it.
    static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(LintSettings.fileName).path
            if FileManager.default.fileExists(atPath: candidate) {
                // Shown relative to where the user is when it is below that folder.
                let cwd = FileManager.default.currentDirectoryPath + "/"
                return candidate.hasPrefix(cwd) ? String(candidate.dropFirst(cwd.count)) : candidate
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads a settings file; any problem in it stops the run (exit code 1) with its place.
    static func load(_ path: String) throws(CommandFailure) -> ValidationConfiguration {
        let data: Data
        do {
            data = try JourneyFiles.read(path)
        } catch {
            throw CommandFailure("\(path): \(error.description)")
        }
        let (settings, problems) = LintSettings.decode(data, name: path)
        var messages = problems.map { Diagnostic($0).formatted(defaultFile: path) }
        var configuration = ValidationConfiguration()
        if let settings {
            messages += apply(settings, to: &configuration)
        }
        if !messages.isEmpty {
            throw CommandFailure("the settings file \(path) has problems:\n" + messages.joined(separator: "\n"))
        }
        return configuration
    }

    /// Settings onto a configuration; returns a message for each rule id the catalogue lacks.
    static func apply(_ settings: LintSettings, to configuration: inout ValidationConfiguration) -> [String] {
        let catalogue = RuleCatalogue.standard
        var messages: [String] = []
        if let profile = settings.profile.flatMap(ValidationConfiguration.Profile.init(rawValue:)) { configuration.profile = profile }
        if let strict = settings.strict { configuration.strict = strict }
        if let delight = settings.delight { configuration.thresholds.delight = delight }
        if let negative = settings.negative { configuration.thresholds.negative = negative }
        if let months = settings.staleResearchMonths { configuration.thresholds.staleResearchMonths = months }
        configuration.today = settings.today
        for setting in settings.rules {
            guard catalogue.rule(setting.rule) != nil else {
                messages.append("\(setting.location): error: \(LintOptions.unknownRule(setting.rule))")
                continue
            }
            switch setting.value {
            case "off": configuration.disabled.insert(setting.rule)
            case "on": configuration.enabled.insert(setting.rule)
            default:
                configuration.enabled.insert(setting.rule)
                configuration.severities[setting.rule] = Severity(rawValue: setting.value)
            }
        }
        for setting in settings.clauses {
            guard let rule = catalogue.rule(setting.rule) else {
                messages.append("\(setting.location): error: \(LintOptions.unknownRule(setting.rule))")
                continue
            }
            let confidence = setting.confidence.flatMap(ClauseReference.Confidence.init(rawValue:)) ?? rule.clause?.confidence ?? .inferred
            configuration.clauses[setting.rule] = ClauseReference(
                setting.document ?? rule.clause?.document ?? "ISO/TS 24082", setting.clause, confidence)
        }
        return messages
    }

    /// The command line on top of the settings file.
    func apply(_ base: ValidationConfiguration) -> ValidationConfiguration {
        var configuration = base
        if let profile = options.profile { configuration.profile = profile }
        if options.strict { configuration.strict = true }
        for id in options.enabled {
            configuration.enabled.insert(id)
            configuration.disabled.remove(id)
        }
        for id in options.disabled { configuration.disabled.insert(id) }
        for setting in options.severities {
            if let (id, level) = try? LintOptions.severitySetting(setting) {
                configuration.severities[id] = level
                configuration.enabled.insert(id)
            }
        }
        return configuration
    }
}
