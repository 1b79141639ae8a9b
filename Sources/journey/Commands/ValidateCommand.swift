import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check journey files: the file, the journey's structure, and ISO/TS 24082 and ISO 23592.",
        discussion: """
            Findings are printed like a compiler's: file:line:col: severity[RULE]: message. \
            Settings come from the nearest .journeylint.yaml next to each file or above it \
            (see docs/validation.md), then from the options. Exit code 0 when no file has \
            errors (or, with --strict, warnings), 1 otherwise, 2 for a usage error. Colour follows \
            --color; `auto` is off when NO_COLOR is set or the output is not a terminal. With many \
            files and a terminal on standard error, progress is shown there.

            Examples:
              journey validate Samples/*.yaml
              journey validate --strict --profile iso24082 journey.yaml
              journey validate --format sarif journeys/*.yaml > journeys.sarif
            """
    )

    @Argument(help: "Journey files (YAML or JSON); - reads standard input.")
    var files: [String]

    @Option(help: "Output format: text, json or sarif.")
    var format: ReportFormat = .text

    @Flag(name: .shortAndLong, help: "Print only findings, not the summary lines.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also say on standard error how long each file took and how many rules ran.")
    var verbose = false

    @Option(help: "Colour in text output: auto (only on a terminal), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var lint: LintOptions

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    func run() throws {
        let resolver = LintSettingsResolver(lint)
        var validations: [FileValidation] = []
        let progress = Progress(total: files.count)
        for (index, file) in files.enumerated() {
            let configuration = try resolver.configuration(for: file)
            let started = DispatchTime.now()
            let validation = FileCheck.validate(file, configuration: configuration).validation
            validations.append(validation)
            progress.update(done: index + 1, file: file)
            if verbose {
                let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000
                let size = validation.size.map { "\($0.touchpoints) touchpoints, " } ?? ""
                StandardError.write("journey: \(validation.file): \(size)\(validation.result.diagnostics.count) findings in \(String(format: "%.1f", milliseconds)) ms")
            }
        }
        progress.finish()
        switch format {
        case .text:
            let text = TextReport.render(validations, color: color.enabled(for: .standardOutput), quiet: quiet)
            if !text.isEmpty { print(text) }
        case .json:
            print(JSONReport.render(validations, toolVersion: Journey.version))
        case .sarif:
            print(SARIFReport.render(
                validations, catalogue: RuleCatalogue.standard, toolVersion: Journey.version,
                baseDirectory: FileManager.default.currentDirectoryPath))
        }
        if validations.contains(where: { $0.result.failed }) { throw ExitCode(1) }
    }
}

/// Reading and validating one file, shared by the commands that validate.
enum FileCheck {
    static func validate(_ file: String, configuration: ValidationConfiguration) -> (validation: FileValidation, design: ServiceDesign?) {
        let name = file == "-" ? "<stdin>" : file
        let decoded: DecodedDesign
        do {
            decoded = try JourneyFiles.decode(file)
        } catch {
            let diagnostic = Diagnostic(
                ruleID: "FILE-UNREADABLE", severity: .error, message: error.description,
                location: SourceLocation(file: name, line: 1, column: 1))
            return (FileValidation(file: name, result: ValidationResult(diagnostics: [diagnostic]), size: nil), nil)
        }
        var diagnostics = decoded.problems.map { Diagnostic($0) } + decoded.warnings.map { Diagnostic(warning: $0) }
        var result = ValidationResult(diagnostics: [], strict: configuration.strict)
        if let design = decoded.design {
            result = Validator(configuration: configuration).validate(design)
            // File problems first: they explain findings that follow from them.
            diagnostics += result.diagnostics
        }
        result.diagnostics = diagnostics
        return (FileValidation(file: name, result: result, size: decoded.design.map(FileValidation.DesignSize.init)), decoded.design)
    }
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    enum Stream { case standardOutput, standardError }

    /// `auto` colours a terminal only, and never when `NO_COLOR` is set.
    func enabled(for stream: Stream) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if ProcessInfo.processInfo.environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
            if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
            return isatty(stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) == 1
        }
    }
}
