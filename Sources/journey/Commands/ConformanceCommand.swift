import ArgumentParser
import Foundation
import JourneyValidation

struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Summarize a design per clause: principles 4.2–4.5, activities 5.1–5.6+, pyramid levels 1–4.",
        discussion: """
            Each area is covered (every rule that ran passed), has gaps (errors or warnings), or \
            was not assessed (no rule ran). Exit code 0 unless the file cannot be read.

            Examples:
              journey conformance Samples/clinic-outpatient.yaml
              journey conformance --format json journey.yaml
            """
    )

    @Argument(help: "A journey file (YAML or JSON); - reads standard input.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var lint: LintOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    struct Entry: Codable {
        var area: String
        var group: String
        var title: String
        var status: String
        var assessed: Int
        var passed: Int
        var errors: Int
        var warnings: Int
        var notes: Int
        var suppressed: Int
        var failingRules: [String]
    }

    struct Report: Codable {
        var file: String
        var areas: [Entry]
    }

    func run() throws {
        var configuration = try LintSettingsResolver(lint).configuration(for: file)
        // A conformance summary is an audit: the process records count, whatever profile the
        // settings file picks for everyday validation; only --profile on the command line wins.
        if lint.profile == nil { configuration.profile = .audit }
        let (validation, design) = FileCheck.validate(file, configuration: configuration)
        guard design != nil else {
            print(TextReport.render([validation], color: false, quiet: false))
            throw ExitCode(1)
        }
        let summary = ConformanceSummary(validation.result)
        // The summary covers the standards' areas; problems of the file and its structure are
        // not in it, so say that they exist rather than let them pass unseen.
        let own = validation.result.diagnostics.filter { $0.clause == nil && $0.severity == .error }.count
        if own > 0 {
            StandardError.write("\(validation.file): \(own) error\(own == 1 ? "" : "s") in the file or its structure, not part of this summary; `journey validate \(validation.file)` lists them")
        }
        switch format {
        case .text:
            print(summary.text(file: validation.file))
        case .json:
            let report = Report(file: validation.file, areas: summary.entries.map { entry in
                Entry(
                    area: entry.area.key, group: entry.area.group.rawValue, title: entry.area.title,
                    status: entry.status.rawValue, assessed: entry.assessed, passed: entry.passed, errors: entry.errors,
                    warnings: entry.warnings, notes: entry.notes, suppressed: entry.suppressed,
                    failingRules: entry.failingRules)
            })
            print(try CommandJSON.text(report))
        }
    }
}
