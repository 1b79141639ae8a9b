import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyValidation

struct ConformCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conform",
        abstract: "Compare actual journeys (files or an event log) with their planned journey.",
        discussion: """
            Each actual journey is aligned with the best path through the plan: taking a planned \
            branch or loop is not a deviation. For each journey: fitness (the share of its steps \
            the plan explains), planned steps skipped, ad hoc steps, steps out of order, loops, \
            time between steps and where the lived emotion differs most from the plan. Over all \
            journeys: how often each deviation happens, where customers drop off, and the average \
            lived emotion per persona. Exit code 1 when a journey's fitness is below --min-fitness, \
            a file cannot be read, or rows of the event log have problems (each is reported at \
            its line and left out; the report is still printed). With --svg, an existing file \
            that JourneyKit did not write is kept unless --force is given: then nothing is \
            compared or written.

            Examples:
              journey conform Samples/clinic-outpatient.yaml Samples/actual/*.yaml
              journey conform Samples/clinic-outpatient.yaml --log Samples/events/clinic-outpatient-events.csv
              journey conform plan.yaml actual.cjml.xml --format json --min-fitness 0.8
              journey conform plan.yaml actual.yaml --svg deviations/
            """
    )

    @Argument(help: "The planned journey.")
    var plan: String

    @Argument(help: "Actual journeys (YAML, JSON, XML, CJML).")
    var actuals: [String] = []

    @Option(help: "An event log in CSV: one actual journey per case.")
    var log: String?

    @Option(help: "Event log columns as name=column, e.g. case=ticket,activity=step,timestamp=at (names: case, activity, timestamp, persona, rating, comment).")
    var columns: String?

    @Option(help: "Output format: text or json.")
    var format: ValidateCommand.ReportFormat = .text

    @Option(help: "Exit with 1 when a journey's fitness is below this (0 to 1).")
    var minFitness: Double = 0

    @Option(help: "Write a deviation diagram (SVG) per actual journey into this folder, and the lived emotion against the plan (emotion chart).")
    var svg: String?

    @Flag(help: "Overwrite an existing output file that JourneyKit did not write.")
    var force = false

    func validate() throws {
        if actuals.isEmpty, log == nil { throw ValidationError("give actual journey files, or --log with an event log") }
        if !(0...1).contains(minFitness) { throw ValidationError("--min-fitness is a share between 0 and 1") }
        if format == .sarif { throw ValidationError("conform writes text or json") }
        if let columns {
            do { _ = try EventLog.Columns(parsing: columns) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let planDesign = try JourneyFiles.design(plan, writesOutput: false)
        var sources: [(name: String, design: ServiceDesign)] = []
        var logHadProblems = false
        for file in actuals {
            sources.append((file, try JourneyFiles.design(file, writesOutput: false)))
        }
        if let log {
            let data = try JourneyFiles.read(log)
            let result = EventLog.read(data, name: log, columns: try columns.map(EventLog.Columns.init(parsing:)) ?? EventLog.Columns(), plan: planDesign)
            for warning in result.warnings { StandardError.write(Diagnostic(warning: warning).formatted(defaultFile: log)) }
            for problem in result.problems { StandardError.write(Diagnostic(problem).formatted(defaultFile: log)) }
            if !result.problems.isEmpty {
                StandardError.write("journey: \(log): \(result.problems.count) rows with problems were left out of the comparison")
                logHadProblems = true
            }
            sources += result.journeys.map { ("\(log)#\($0.id.rawValue)", $0) }
        }
        // The pictures' names come from the journeys' ids: checked before anything is compared.
        if let svg { try checkPictures(svg, plan: planDesign, sources: sources) }
        let comparisons = JourneyComparison.comparisons(plan: planDesign, actuals: sources.map(\.design))
        let overview = ConformanceOverview(plan: planDesign, comparisons: comparisons, actuals: sources.map(\.design))
        let report = ComparisonReport(plan: planDesign, sources: sources.map(ComparisonReport.Source.init), comparisons: comparisons, overview: overview)
        print(format == .json ? report.json : report.text(limit: sources.count > 20 ? 0 : .max))
        if let svg { try writePictures(svg, plan: planDesign, sources: sources, comparisons: comparisons, overview: overview) }
        // A log with bad rows still gets its report, but the run is not clean.
        if logHadProblems || comparisons.contains(where: { $0.fitness < minFitness }) { throw ExitCode(1) }
    }

    private var inputs: [String] { [plan] + actuals + (log.map { [$0] } ?? []) }

    /// Where the deviation diagram of a journey goes.
    private func deviationPath(_ folder: String, _ design: ServiceDesign) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent("\(design.id.rawValue)-deviations.svg").path
    }

    /// Where the lived emotion chart goes.
    private func livedEmotionPath(_ folder: String, _ plan: ServiceDesign) -> String {
        URL(fileURLWithPath: folder).appendingPathComponent("\(plan.id.rawValue)-lived-emotion.svg").path
    }

    /// Ends the command when `--svg` is not a folder or one of the pictures may not be written.
    private func checkPictures(_ folder: String, plan: ServiceDesign, sources: [(name: String, design: ServiceDesign)]) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("--svg \(folder): not a folder")
        }
        try JourneyFiles.checkWritable(sources.map { deviationPath(folder, $0.design) } + [livedEmotionPath(folder, plan)], protecting: inputs, force: force)
    }

    /// One deviation diagram per journey, and the emotion chart of the average lived emotion
    /// against the plan.
    private func writePictures(_ folder: String, plan: ServiceDesign, sources: [(name: String, design: ServiceDesign)],
                               comparisons: [JourneyComparison], overview: ConformanceOverview) throws {
        for ((_, design), comparison) in zip(sources, comparisons) {
            let scene = DeviationLayout.scene(plan: plan, actual: design, comparison: comparison)
            try JourneyFiles.write(SVGWriter.write(scene, options: SVGOptions(idPrefix: "\(design.id)-deviations")), to: deviationPath(folder, design),
                                   protecting: inputs, force: force, command: "conform")
        }
        let lived = overview.livedJourney(plan: plan)
        let chart = JourneyRenderer.svg(lived, view: .emotion, planned: plan)
        try JourneyFiles.write(chart, to: livedEmotionPath(folder, plan), protecting: inputs, force: force, command: "conform")
    }
}
