import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyValidation

/// From a journey file's bytes to its HTML page: read, validate, summarize, draw. Used by
/// `journey render --format html` and by the live preview.
public enum JourneyPage {
    /// The page, and whether the file could be read (false: the page lists its problems).
    /// Validates with the default configuration (every rule).
    public static func html(data: Data, name: String, theme: Theme = .light, liveReload: String? = nil) -> (html: String, ok: Bool) {
        html(data: data, name: name, theme: theme, liveReload: liveReload, configuration: ValidationConfiguration())
    }

    /// The page, validating under `configuration` (the settings of the file's
    /// `.journeylint.yaml`, as `journey validate` resolves them).
    public static func html(data: Data, name: String, theme: Theme = .light, liveReload: String? = nil, configuration: ValidationConfiguration) -> (html: String, ok: Bool) {
        html(decoded: JourneyFile.decode(data, name: name), name: name, theme: theme, liveReload: liveReload, configuration: configuration)
    }

    /// The page of a file already read (`journey render` reads it once, for its messages too).
    public static func html(decoded: DecodedDesign, name: String, theme: Theme = .light, liveReload: String? = nil, configuration: ValidationConfiguration = ValidationConfiguration()) -> (html: String, ok: Bool) {
        guard let design = decoded.design, decoded.problems.isEmpty else {
            var messages = decoded.problems.map(message)
            if messages.isEmpty { messages = ["\(name):1:1: error: the file holds no journey"] }
            return (HTMLPage.problems(file: name, messages: messages, liveReload: liveReload), false)
        }
        let result = Validator(configuration: configuration).validate(design)
        // The reader's warnings first, as `journey validate` lists them.
        let diagnostics = decoded.warnings.map { problem in
            Diagnostic(ruleID: problem.code, severity: .warning, message: problem.message, location: problem.location, hint: problem.hint)
        } + result.diagnostics
        let findings = diagnostics.map { finding($0, design: design) }
        // The conformance summary is an audit, as `journey conformance` makes it: under the
        // everyday `design` profile the process records would not count and their clauses would
        // read as covered or not assessed.
        var audit = configuration
        if audit.profile == .design { audit.profile = .audit }
        let audited = audit == configuration ? result : Validator(configuration: audit).validate(design)
        let summary = ConformanceSummary(audited, kind: design.kind)
        let conformance = summary.entries.map(conformanceLine)
        let page = HTMLPage.document(design, theme: theme, findings: findings, conformance: conformance, file: name, liveReload: liveReload)
        return (page, true)
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
        if let reason = entry.reason {
            return PageConformance(
                group: entry.area.group.title, clause: entry.area.key, title: entry.area.title, status: entry.status.rawValue, detail: reason)
        }
        var detail = "\(entry.passed)/\(entry.assessed) rules pass"
        var counts: [String] = []
        if entry.errors > 0 { counts.append(counted(entry.errors, "error")) }
        if entry.warnings > 0 { counts.append(counted(entry.warnings, "warning")) }
        if entry.notes > 0 { counts.append(counted(entry.notes, "note")) }
        if entry.suppressed > 0 { counts.append("\(entry.suppressed) suppressed") }
        if !counts.isEmpty { detail += "; " + counts.joined(separator: ", ") }
        if !entry.failingRules.isEmpty { detail += " (" + entry.failingRules.joined(separator: ", ") + ")" }
        return PageConformance(
            group: entry.area.group.title, clause: entry.area.key, title: entry.area.title, status: entry.status.rawValue, detail: detail)
    }

    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
