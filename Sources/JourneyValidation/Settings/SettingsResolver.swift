import Foundation
import JourneyFormats
import JourneyKit

/// Where the settings of a validation come from.
public enum SettingsSource: Hashable, Sendable {
    /// The nearest `.journeylint.yaml` in the journey file's folder or a folder above it
    /// (standard input: the current folder and above); none found means the defaults.
    case discovered
    /// This settings file, for every journey (`--config FILE`).
    case file(String)
    /// No settings file: the defaults and the overrides only (`--no-config`).
    case none
}

/// Finds `.journeylint.yaml` files (walking up from each journey's folder), reads each once,
/// and puts the overrides on top:
/// the configuration every command and the preview validate a journey file with.
///
/// ```swift
/// let resolver = SettingsResolver()                       // discover, no overrides
/// let configuration = try resolver.configuration(forJourneyAt: "journeys/clinic.yaml")
/// let result = Validator(configuration: configuration).validate(design)
/// ```
///
/// A resolver caches what it has read; it is meant for one run and is not shared between
/// threads (make one per task).
public final class SettingsResolver {
    /// Where the settings come from.
    public let source: SettingsSource
    /// What goes on top of the settings file.
    public let overrides: ValidationOverrides
    /// The folder relative paths are taken from, and where standard input's settings are looked for.
    public let currentDirectory: String
    private var cache: [String: ValidationConfiguration] = [:]
    /// The settings file found for each folder walked from (nil: none), so that a batch of
    /// files in one folder walks up from it once.
    private var foundInFolder: [String: String?] = [:]

    /// A resolver.
    /// - Parameters:
    ///   - source: where the settings come from (default: the nearest `.journeylint.yaml`).
    ///   - overrides: what the caller sets on top of the file.
    ///   - currentDirectory: the folder relative paths start from (default: the process's).
    public init(
        source: SettingsSource = .discovered, overrides: ValidationOverrides = ValidationOverrides(),
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.source = source
        self.overrides = overrides
        self.currentDirectory = currentDirectory
    }

    /// The configuration for one journey file (`-`: standard input, whose settings are those of
    /// the current folder).
    /// - Throws: ``SettingsError`` when the settings file that applies cannot be read or has problems.
    public func configuration(forJourneyAt path: String) throws(SettingsError) -> ValidationConfiguration {
        guard let settingsFile = settingsFile(forJourneyAt: path) else { return overrides.applied(to: ValidationConfiguration()) }
        // Read from where the name points relative to `currentDirectory` (not the process's
        // folder), and cached by that place; messages keep the name as shown.
        let place = settingsFile.hasPrefix("/") ? settingsFile : (currentDirectory as NSString).appendingPathComponent(settingsFile)
        let key = URL(fileURLWithPath: place).standardizedFileURL.path
        if let cached = cache[key] { return cached }
        let configuration = overrides.applied(to: try Self.load(key, name: settingsFile))
        cache[key] = configuration
        return configuration
    }

    /// The settings file that applies to a journey file, as the messages name it (relative to
    /// the current folder when below it); nil when none does. Each folder is looked in once per
    /// resolver.
    public func settingsFile(forJourneyAt path: String) -> String? {
        switch source {
        case .none: return nil
        case .file(let file): return file
        case .discovered:
            let folder = path == "-" ? currentDirectory : (path as NSString).deletingLastPathComponent
            let start = folder.isEmpty ? currentDirectory : folder
            if let known = foundInFolder[start] { return known }
            let found = Self.find(from: start, relativeTo: currentDirectory)
            foundInFolder[start] = found
            return found
        }
    }

    /// The nearest `.journeylint.yaml` in `folder` or a folder above it, shown relative to
    /// `currentDirectory` when it is below it.
    public static func find(from folder: String, relativeTo currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        let start = folder.hasPrefix("/") ? folder : (currentDirectory as NSString).appendingPathComponent(folder)
        var url = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(LintSettings.fileName).path
            if FileManager.default.fileExists(atPath: candidate) {
                let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
                return candidate.hasPrefix(prefix) ? String(candidate.dropFirst(prefix.count)) : candidate
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Reads a settings file into a configuration (without overrides).
    /// - Throws: ``SettingsError/unreadable(file:reason:)`` or ``SettingsError/invalid(file:problems:)``
    ///   with every problem of the file, each at its line and column.
    /// - Parameters:
    ///   - path: where the file is (relative paths: from the process's current folder).
    ///   - name: how messages name the file (default: `path`).
    public static func load(_ path: String, name: String? = nil) throws(SettingsError) -> ValidationConfiguration {
        switch SmallFile.read(path, kind: "settings file") {
        case .success(let data): return try configuration(from: data, name: name ?? path)
        case .failure(let error): throw .unreadable(file: name ?? path, reason: error.reason)
        }
    }

    /// A configuration from a settings file's bytes; `name` is how messages name the file.
    /// - Throws: ``SettingsError/invalid(file:problems:)`` with every problem, located.
    public static func configuration(from data: Data, name: String) throws(SettingsError) -> ValidationConfiguration {
        let (settings, problems) = LintSettings.decode(data, name: name)
        var diagnostics = problems.map { Diagnostic($0) }
        var configuration = ValidationConfiguration()
        if let settings { diagnostics += apply(settings, to: &configuration) }
        if !diagnostics.isEmpty { throw .invalid(file: name, problems: diagnostics) }
        return configuration
    }

    /// Puts a settings file's settings onto a configuration; returns an error diagnostic for
    /// each rule id the catalogue lacks (at the place the file names it).
    package static func apply(_ settings: LintSettings, to configuration: inout ValidationConfiguration, catalogue: RuleCatalogue = .standard) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func unknown(_ rule: String, at location: SourceLocation) {
            problems.append(Diagnostic(ruleID: "settings", severity: .error, message: catalogue.unknownRuleMessage(rule), location: location))
        }
        if let profile = settings.profile.flatMap(ValidationConfiguration.Profile.init(rawValue:)) { configuration.profile = profile }
        if let strict = settings.strict { configuration.strict = strict }
        if let delight = settings.delight { configuration.thresholds.delight = delight }
        if let negative = settings.negative { configuration.thresholds.negative = negative }
        if let months = settings.staleResearchMonths { configuration.thresholds.staleResearchMonths = months }
        if let today = settings.today { configuration.today = today }
        for setting in settings.rules {
            guard catalogue.rule(setting.rule) != nil else {
                unknown(setting.rule, at: setting.location)
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
                unknown(setting.rule, at: setting.location)
                continue
            }
            let confidence = setting.confidence.flatMap(ClauseReference.Confidence.init(rawValue:)) ?? rule.clause?.confidence ?? .inferred
            configuration.clauses[setting.rule] = ClauseReference(
                setting.document ?? rule.clause?.document ?? "ISO/TS 24082", setting.clause, confidence)
        }
        return problems
    }
}
