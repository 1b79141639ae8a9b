import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check journey files: the file itself, ids and references, scores and the journey's structure.",
        discussion: """
            Findings are printed like a compiler's: file:line:col: severity[RULE]: message. \
            Exit code 0 when no file has errors or warnings, 1 otherwise.
            """
    )

    @Argument(help: "Journey files (YAML or JSON); - reads standard input.")
    var files: [String]

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Flag(name: .shortAndLong, help: "Print only findings, not the summary line of each file.")
    var quiet = false

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        var failed = false
        var reports: [FileReport] = []
        for file in files {
            let report = Self.check(file)
            failed = failed || report.failed
            reports.append(report)
            let text = report.text(quiet: quiet)
            if format == .text, !text.isEmpty { print(text) }
        }
        if format == .json { print(FileReport.json(reports)) }
        if failed { throw ExitCode(1) }
    }

    /// Reads and checks one file.
    static func check(_ file: String) -> FileReport {
        let decoded: DecodedDesign
        do {
            decoded = try JourneyFiles.decode(file)
        } catch {
            return FileReport(file: file, diagnostics: [Diagnostic(ruleID: "FILE-UNREADABLE", severity: .error, message: error.description, location: nil)], design: nil)
        }
        var diagnostics = decoded.problems.map(Diagnostic.init)
        if let design = decoded.design {
            diagnostics += Validator(configuration: ValidationConfiguration(profile: .structural)).validate(design).diagnostics
        }
        return FileReport(file: file, diagnostics: diagnostics, design: decoded.design)
    }
}

/// The findings for one file, as text or JSON.
struct FileReport {
    var file: String
    var diagnostics: [Diagnostic]
    var design: ServiceDesign?

    var failed: Bool { diagnostics.contains { $0.severity >= .warning } }

    /// The file as messages name it (`<stdin>` for `-`).
    var name: String { file == "-" ? "<stdin>" : file }

    private func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

    func text(quiet: Bool) -> String {
        var lines = diagnostics.map { $0.formatted(defaultFile: name) }
        if !quiet {
            if diagnostics.isEmpty, let design {
                lines.append("\(name): ok — \(counted(design.touchpoints.count, "touchpoint")) in \(counted(design.stages.count, "stage")), \(counted(design.personas.count, "persona")), no problems")
            } else {
                let parts = [(Severity.error, "error"), (.warning, "warning"), (.info, "note")].compactMap { severity, noun -> String? in
                    let n = count(severity)
                    return n == 0 ? nil : "\(n) \(noun)\(n == 1 ? "" : "s")"
                }
                lines.append("\(name): \(parts.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    struct Entry: Encodable {
        var file: String
        var errors: Int
        var warnings: Int
        var infos: Int
        var diagnostics: [DiagnosticEntry]
    }

    struct DiagnosticEntry: Encodable {
        var rule: String
        var severity: String
        var message: String
        var file: String
        var line: Int?
        var column: Int?
        var notes: [NoteEntry]
        var hint: String?
    }

    struct NoteEntry: Encodable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
    }

    var entry: Entry {
        Entry(
            file: file, errors: count(.error), warnings: count(.warning), infos: count(.info),
            diagnostics: diagnostics.map { d in
                DiagnosticEntry(
                    rule: d.ruleID, severity: d.severity.rawValue, message: d.message, file: d.location?.file ?? file,
                    line: d.location?.line, column: d.location?.column,
                    notes: d.notes.map { NoteEntry(message: $0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column) },
                    hint: d.hint)
            })
    }

    static func json(_ reports: [FileReport]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(reports.map(\.entry))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
