import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what a journey holds and summarize each persona's emotion curve.",
        discussion: """
            Examples:
              journey stats Samples/clinic-outpatient.yaml
              journey stats --format json journey.yaml | jq .curves
            """
    )

    @Argument(help: "The journey file; - reads standard input.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: ValidateCommand.ReportFormat = .text

    func run() throws {
        let design = try JourneyFiles.design(file, writesOutput: false)
        let stats = JourneyStatistics(design)
        print(format == .json ? stats.json : stats.text)
    }
}
