import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit

/// `journey generate`: synthetic journeys for the benchmarks (Benchmarks/compare.sh). Hidden from
/// the help, since it is a tool for measuring JourneyKit, not for designing services.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic journey of N touchpoints (for benchmarks).",
        discussion: """
            The graph shape of gen_journey.py: N touchpoints in N/20 stages, three personas with \
            a reading on each touchpoint (-3 to 3), about 10 % forward branches, a moment of truth \
            every 50 touchpoints, an '&' in every seventh label. The same --seed gives the same \
            file. The format comes from OUTPUT's extension or --to.

            Example:
              journey generate 100000 bench.xml
            """,
        shouldDisplay: false
    )

    @Argument(help: "How many touchpoints.")
    var touchpoints: Int

    @Argument(help: "Where to write; - for standard output.")
    var output: String

    @Option(help: "Output format: yaml, json, xml, cjml, mermaid or dot (default: from OUTPUT's extension).")
    var to: JourneyFormat?

    @Option(help: "The seed of the generator.")
    var seed: UInt64 = 7

    @Flag(help: "Overwrite an existing output file that JourneyKit did not write.")
    var force = false

    func validate() throws {
        guard touchpoints >= 1, touchpoints <= 10_000_000 else {
            throw ValidationError("the number of touchpoints must be between 1 and 10,000,000")
        }
        if to == nil, JourneyFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; pass --to yaml|json|xml|cjml|mermaid|dot")
        }
    }

    func run() throws {
        try JourneyFiles.checkWritable(output, force: force)
        let design = SyntheticJourney.design(touchpoints: touchpoints, seed: seed)
        let format = to ?? JourneyFormat(path: output) ?? .yaml
        let text = switch format {
        case .cjml: CJML.encode(design).text
        case .mermaid: MermaidJourney.encode(design).text
        default: JourneyFile.encode(design, as: format)
        }
        try JourneyFiles.write(text, to: output, force: force, command: "generate")
    }
}
