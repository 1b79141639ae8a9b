import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a journey between YAML and JSON.",
        discussion: """
            The output format comes from OUTPUT's extension (.yaml, .yml, .json) or --to. \
            The output is written atomically and never over the input; - writes to standard output. \
            A file with problems is not converted: they are printed and nothing is written.
            """
    )

    @Argument(help: "The journey file to read; - reads standard input.")
    var input: String

    @Argument(help: "Where to write; - for standard output.")
    var output: String

    @Option(help: "Output format: yaml or json (default: from OUTPUT's extension).")
    var to: JourneyFormat?

    @Option(help: "Input format: yaml or json (default: from INPUT's extension, else yaml).")
    var from: JourneyFormat?

    func validate() throws {
        if to == nil, JourneyFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; name it .yaml or .json, or pass --to yaml|json")
        }
    }

    func run() throws {
        let decoded: DecodedDesign
        do {
            decoded = try JourneyFiles.decode(input, format: from)
        } catch {
            StandardError.write("\(input): error: \(error.description)")
            throw ExitCode(1)
        }
        guard let design = decoded.design, decoded.problems.isEmpty else {
            for problem in decoded.problems { StandardError.write(Diagnostic(problem).formatted(defaultFile: input)) }
            StandardError.write("journey: nothing written: \(input) has problems")
            throw ExitCode(1)
        }
        let format = to ?? JourneyFormat(path: output) ?? .yaml
        do {
            try JourneyFiles.write(JourneyFile.encode(design, as: format), to: output, protecting: [input])
        } catch {
            StandardError.write("journey: error: \(error.description)")
            throw ExitCode(1)
        }
    }
}

extension JourneyFormat: ExpressibleByArgument {}
