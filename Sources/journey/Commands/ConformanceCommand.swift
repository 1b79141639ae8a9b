import ArgumentParser
import Foundation
import JourneyValidation

struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Summarize a design per clause: principles 4.2–4.5, activities 5.1–5.6+, pyramid levels 1–4.",
        discussion: """
            Each area is covered (every rule that ran passed), has gaps (errors or warnings), or \
            was not assessed, with why: no rule of it ran, the journey is an actual one (a record, \
            not a design), or the file has errors in its format or structure, which are listed on \
            standard error, since no verdict on a design the file does not hold would be true. \
            Exit code 1 when the file cannot be read, is not a journey, or has such errors; else 0.

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

    func run() throws {
        let configuration = try lint.resolver().configuration(forJourneyAt: file).forConformanceSummary(explicitProfile: lint.profile)
        let (validation, design) = FileCheck.validate(file, configuration: configuration)
        guard design != nil else {
            print(TextReport.render([validation], color: false, quiet: false))
            throw ExitCode(1)
        }
        let summary = ConformanceSummary(validation.result, kind: design?.kind ?? .planned)
        // Errors of the file and its structure leave every area not assessed: say which they are.
        let blocking = validation.result.diagnostics.filter { summary.blockingRules.contains($0.ruleID) && $0.severity == .error }
        if !blocking.isEmpty {
            StandardError.write("journey: \(validation.file): not assessed, because of \(blocking.count) error\(blocking.count == 1 ? "" : "s") in the file or its structure:")
            for diagnostic in blocking { StandardError.write(diagnostic.formatted(defaultFile: validation.file)) }
        }
        switch format {
        case .text:
            print(summary.text(file: validation.file))
        case .json:
            print(summary.json(file: validation.file))
        }
        if !summary.isAssessable { throw ExitCode(1) }
    }
}
