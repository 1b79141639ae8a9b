import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

/// From a journey file's bytes to its HTML page: read, validate under the file's settings,
/// summarize, draw. `journey render --format html` and the live preview both make their page
/// here, so they show the same findings.
///
/// ```swift
/// let data = try Data(contentsOf: URL(fileURLWithPath: "journey.yaml"))
/// // The settings `journey validate` would use: the nearest .journeylint.yaml.
/// let settings = JourneyPage.configuration(forJourneyAt: "journey.yaml")
/// let page = JourneyPage.html(data: data, name: "journey.yaml", theme: .print, configuration: settings.configuration)
/// try page.html.write(toFile: "journey.html", atomically: true, encoding: .utf8)
/// ```
public enum JourneyPage {
    /// A page as ``JourneyPage`` makes it.
    public struct RenderedPage: Hashable, Sendable {
        /// The self-contained HTML: the journey, or the problems page.
        public var html: String
        /// False when the file could not be read and the page lists its problems instead.
        public var ok: Bool
    }

    /// The validation settings of a page, and why the settings file was not used, if it was not.
    public struct PageSettings: Hashable, Sendable {
        /// What the page validates with.
        public var configuration: ValidationConfiguration
        /// Set when the settings file could not be used: its name, what is wrong (each problem
        /// at its line), and that the default rules apply. Shown at the top of the findings.
        public var note: String?
    }

    /// The validation settings for the page of a journey file, as `journey validate` resolves
    /// them, and a note when the settings file could not be used (the page then validates with
    /// the defaults, so that a broken settings file does not hide the journey).
    /// - Parameters:
    ///   - path: the journey file (`-`: standard input, whose settings are the current folder's).
    ///   - resolver: where the settings come from and what goes on top (default: the nearest
    ///     `.journeylint.yaml`, no overrides).
    public static func configuration(
        forJourneyAt path: String, resolver: SettingsResolver = SettingsResolver()
    ) -> PageSettings {
        do {
            return PageSettings(configuration: try resolver.configuration(forJourneyAt: path), note: nil)
        } catch {
            let lines = [(error.file.map { "\($0): " } ?? "") + error.reason + "; the page uses the default rules"] + error.details
            return PageSettings(configuration: resolver.overrides.applied(to: ValidationConfiguration()), note: lines.joined(separator: "\n"))
        }
    }

    /// The page of a journey file's bytes, validated under the settings that apply to the file
    /// at `path` (``configuration(forJourneyAt:resolver:)``); a settings file that cannot be used
    /// is named at the top of the page's findings. The live preview makes its pages here.
    /// - Parameters:
    ///   - data: the journey file's bytes.
    ///   - name: how the page names the file (the path as the user gave it).
    ///   - path: where the file is, for finding its `.journeylint.yaml`.
    ///   - resolver: where the settings come from and what goes on top.
    ///   - theme: the colours and font of the pictures.
    ///   - liveReload: the version token the page polls for (the preview), or nil.
    public static func html(
        data: Data, name: String, settingsFor path: String, resolver: SettingsResolver = SettingsResolver(),
        theme: Theme = .light, liveReload: String? = nil
    ) -> RenderedPage {
        let settings = configuration(forJourneyAt: path, resolver: resolver)
        return html(
            decoded: JourneyFile.decode(data, name: name), name: name, theme: theme, liveReload: liveReload,
            configuration: settings.configuration, notes: settings.note.map { [$0] } ?? [])
    }

    /// The page, and whether the file could be read (false: the page lists its problems).
    /// Validates with the default configuration (the `design` profile, no settings file); use
    /// ``html(data:name:settingsFor:resolver:theme:liveReload:)`` for the findings the CLI shows.
    public static func html(data: Data, name: String, theme: Theme = .light, liveReload: String? = nil) -> RenderedPage {
        html(data: data, name: name, theme: theme, liveReload: liveReload, configuration: ValidationConfiguration())
    }

    /// The page, validating under `configuration` (``configuration(forJourneyAt:resolver:)``
    /// gives the one `journey validate` would use for a file).
    public static func html(data: Data, name: String, theme: Theme = .light, liveReload: String? = nil, configuration: ValidationConfiguration) -> RenderedPage {
        html(decoded: JourneyFile.decode(data, name: name), name: name, theme: theme, liveReload: liveReload, configuration: configuration)
    }

    /// The page of a file already read (`journey render` reads it once, for its messages too).
    /// `notes` go first among the findings, as warnings (a settings file that could not be used).
    public static func html(
        decoded: DecodedDesign, name: String, theme: Theme = .light, liveReload: String? = nil,
        configuration: ValidationConfiguration = ValidationConfiguration(), notes: [String] = []
    ) -> RenderedPage {
        guard let design = decoded.design, decoded.problems.isEmpty else {
            var messages = decoded.problems.map(message)
            if messages.isEmpty { messages = ["\(name):1:1: error: the file holds no journey"] }
            return RenderedPage(html: HTMLPage.problems(file: name, messages: messages, liveReload: liveReload), ok: false)
        }
        let result = Validator(configuration: configuration).validate(design)
        // The reader's warnings first, as `journey validate` lists them.
        let diagnostics = decoded.warnings.map { problem in
            Diagnostic(ruleID: problem.code, severity: .warning, message: problem.message, location: problem.location, hint: problem.hint)
        } + result.diagnostics
        let findings = notes.map { PageFinding(severity: Severity.warning.rawValue, rule: "SETTINGS", message: $0) }
            + diagnostics.map { finding($0, design: design) }
        // The conformance summary is the one `journey conformance` makes: an audit, whatever
        // profile the settings choose for everyday validation.
        let audit = configuration.forConformanceSummary()
        let audited = audit == configuration ? result : Validator(configuration: audit).validate(design)
        let summary = ConformanceSummary(audited, kind: design.kind)
        let conformance = summary.entries.map(conformanceLine)
        let page = HTMLPage.document(design, theme: theme, findings: findings, conformance: conformance, file: name, liveReload: liveReload)
        return RenderedPage(html: page, ok: true)
    }

    /// A file problem as the problems page lists it: `file:line:col: error: message`, and its
    /// hint on the next line.
    static func message(_ problem: FileProblem) -> String {
        problem.description + (problem.hint.map { "\nhelp: \($0)" } ?? "")
    }

    /// A validator finding for the page; `touchpoint` is set when the finding names one.
    static func finding(_ diagnostic: Diagnostic, design: ServiceDesign) -> PageFinding {
        func touchpoint(_ element: String?) -> TouchpointID? {
            element.map { TouchpointID($0) }.flatMap { id in design.touchpoint(id) == nil ? nil : id }
        }
        var finding = PageFinding(
            severity: diagnostic.severity.rawValue, rule: diagnostic.ruleID, message: diagnostic.fullMessage,
            line: diagnostic.location?.line, column: diagnostic.location?.column, touchpoint: touchpoint(diagnostic.element))
        // A grouped finding's places: those that stand for a finding of their own (with an element).
        finding.places = diagnostic.notes.filter { $0.element != nil }.map { note in
            PageFinding(
                severity: diagnostic.severity.rawValue, rule: diagnostic.ruleID, message: note.message,
                line: note.location?.line, column: note.location?.column, touchpoint: touchpoint(note.element))
        }
        return finding
    }

    /// One area of the conformance summary, worded as `journey conformance` words it.
    static func conformanceLine(_ entry: ConformanceSummary.Entry) -> PageConformance {
        PageConformance(
            group: entry.area.group.title, clause: entry.area.key, title: entry.area.title, status: entry.status.rawValue,
            detail: entry.detail)
    }
}
