import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a journey between YAML, JSON, JourneyKit XML and CJML.",
        discussion: """
            Formats come from the file extensions (.yaml, .yml, .json, .xml, and .cjml or .cjml.xml \
            for CJML) or from --from and --to. A .xml file is read as JourneyKit XML or CJML by its \
            root element. The output is written atomically and never over the input; - writes to \
            standard output. A file with problems is not converted: they are printed and nothing \
            is written. CJML cannot carry everything a JourneyKit design holds: what is left out is \
            listed on standard error (see docs/cjml.md).
            """
    )

    @Argument(help: "The journey file to read; - reads standard input.")
    var input: String

    @Argument(help: "Where to write; - for standard output.")
    var output: String

    @Option(help: "Output format: yaml, json, xml or cjml (default: from OUTPUT's extension).")
    var to: JourneyFormat?

    @Option(help: "Input format: yaml, json, xml or cjml (default: from INPUT's extension, else yaml).")
    var from: JourneyFormat?

    func validate() throws {
        if to == nil, JourneyFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; name it .yaml, .json, .xml or .cjml.xml, or pass --to yaml|json|xml|cjml")
        }
    }

    func run() throws {
        let design = try JourneyFiles.design(input, format: from, writesOutput: true)
        let format = to ?? JourneyFormat(path: output) ?? .yaml
        let text: String
        if format == .cjml {
            let export = CJML.encode(design)
            for note in export.notes { StandardError.write("journey: note: \(note)") }
            text = export.text
        } else {
            text = JourneyFile.encode(design, as: format)
        }
        do {
            try JourneyFiles.write(text, to: output, protecting: [input])
        } catch {
            StandardError.write("journey: error: \(error.description)")
            throw ExitCode(1)
        }
    }
}

extension JourneyFormat: ExpressibleByArgument {}
