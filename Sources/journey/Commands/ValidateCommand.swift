import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check journey files: the file, the journey's structure, and ISO/TS 24082 and ISO 23592.",
        discussion: """
            Findings are printed like a compiler's: file:line:col: severity[RULE]: message. \
            A folder is walked for journey files (.yaml, .yml, .json, .xml, .cjml, .mmd, \
            .mermaid; hidden files and folders skipped) and only those whose content is a \
            journey are read (--verbose names the others, such as a JSON Schema); a quoted \
            pattern with *, ? or ** is expanded here. A file named here that is not a journey \
            gets one FILE-NOT-JOURNEY error. An actual journey (kind: actual) gets the file \
            and structural checks only, not the standards' rules. Files are validated --jobs at a time, and reported in the order of the \
            arguments, a folder's or pattern's files sorted by path, whatever --jobs is. \
            Settings come from the nearest .journeylint.yaml next to each file or above it \
            (see docs/validation.md), then from the options. Exit code 0 when no file has \
            errors (or, with --strict, warnings), 1 otherwise or when a folder or pattern names \
            no journey file, 2 for a usage error. Colour follows --color; `auto` is off when \
            NO_COLOR is set or the output is not a terminal. With many files and a terminal on \
            standard error, progress is shown there.

            Examples:
              journey validate Samples/*.yaml
              journey validate journeys/
              journey validate --jobs 4 'journeys/**/*.yaml'
              journey validate --strict --profile iso24082 journey.yaml
              journey validate --format sarif journeys/ > journeys.sarif
            """
    )

    @Argument(help: "Journey files, folders to walk for journey files, or quoted patterns with *, ? and **; - reads standard input.")
    var files: [String]

    @Option(help: "Output format: text, json or sarif.")
    var format: ReportFormat = .text

    @Flag(name: .shortAndLong, help: "Print only findings, not the summary lines.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also say on standard error how long each file took and how many rules ran.")
    var verbose = false

    @Option(name: [.customShort("j", allowingJoined: true), .long], parsing: .unconditional, help: "How many files to validate at once (default: the number of processor cores).")
    var jobs: Int?

    @Option(help: "Colour in text output: auto (only on a terminal), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var lint: LintOptions

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
    }

    /// One file's result, its part of the text report when the workers render it, and how
    /// long it took.
    struct TimedValidation: Sendable {
        var validation: FileValidation
        var text: String?
        var nanoseconds: UInt64
    }

    func run() async throws {
        // A folder or pattern that names no journey file stops the run before anything is read.
        let expansion = JourneyFileWalk.expand(files)
        let (inputs, problems) = (expansion.files, expansion.problems)
        if verbose {
            for skipped in expansion.skipped { StandardError.write("journey: \(skipped.description)") }
        }
        if !problems.isEmpty {
            throw CommandFailure(problems[0].description, also: problems.dropFirst().map(\.description))
        }
        // Settings are looked up here, one file after another: the resolver looks in each folder
        // and reads each settings file once, and it is not shared between threads.
        let resolver = try lint.resolver()
        let configurations = try inputs.map { file throws(SettingsError) in try resolver.configuration(forJourneyAt: file) }
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        var progress = Progress(total: inputs.count)
        let started = DispatchTime.now().uptimeNanoseconds
        // With more than one worker, each renders its files' part of the text report too.
        let color = color.enabled(for: .standardOutput)
        let textParts = format == .text && min(jobs, inputs.count) > 1
        let quiet = quiet
        // Each file's design is dropped as soon as it is validated; only the findings are kept.
        let checks = await BoundedWorkers.map(count: inputs.count, jobs: jobs, progress: &progress) { index in
            let started = DispatchTime.now().uptimeNanoseconds
            let validation = FileCheck.validate(inputs[index], configuration: configurations[index]).validation
            let took = DispatchTime.now().uptimeNanoseconds - started
            let text = textParts ? TextReport.part(validation, color: color, quiet: quiet) : nil
            return TimedValidation(validation: validation, text: text, nanoseconds: took)
        }
        progress.finish()
        let validations = checks.map(\TimedValidation.validation)
        if verbose {
            for check in checks {
                let validation = check.validation
                let size = validation.size.map { "\($0.touchpoints) touchpoints, " } ?? ""
                StandardError.write("journey: \(validation.file): \(size)\(validation.result.diagnostics.count) findings in \(Self.milliseconds(check.nanoseconds)) ms")
            }
            let elapsed = DispatchTime.now().uptimeNanoseconds - started
            StandardError.write("journey: \(inputs.count) \(inputs.count == 1 ? "file" : "files") in \(Self.milliseconds(elapsed)) ms, \(min(jobs, max(inputs.count, 1))) at a time")
        }
        switch format {
        case .text:
            let parts = checks.compactMap(\TimedValidation.text)
            let text = textParts
                ? TextReport.report(parts: parts, validations: validations, quiet: quiet)
                : TextReport.render(validations, color: color, quiet: quiet)
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

    static func milliseconds(_ nanoseconds: UInt64) -> String {
        String(format: "%.1f", Double(nanoseconds) / 1_000_000)
    }
}

/// Reading one file for the commands that validate; the validating is JourneyValidation's
/// (`FileValidation.check`).
enum FileCheck {
    static func validate(_ file: String, configuration: ValidationConfiguration) -> (validation: FileValidation, design: ServiceDesign?) {
        let name = file == "-" ? "<stdin>" : file
        do {
            return FileValidation.check(try JourneyFiles.read(file), name: name, configuration: configuration)
        } catch {
            return (FileValidation.refused(name, ruleID: "FILE-UNREADABLE", error.description), nil)
        }
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
