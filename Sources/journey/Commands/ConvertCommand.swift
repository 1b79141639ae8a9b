import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a journey between YAML, JSON, JourneyKit XML, CJML and Mermaid, or write Graphviz DOT.",
        discussion: """
            Formats come from the file extensions (.yaml, .yml, .json, .xml, .cjml or .cjml.xml for \
            CJML, .mmd or .mermaid for Mermaid, .dot or .gv for Graphviz DOT, written only) or from \
            --from and --to. A .xml file is read as JourneyKit XML or CJML by its \
            root element. The output is written atomically and never over the input; - writes to \
            standard output. An existing file that JourneyKit did not write is kept unless \
            --force is given. A file with problems is not converted: they are printed and nothing \
            is written. CJML and Mermaid cannot carry everything a JourneyKit design holds: what is \
            left out is listed on standard error (see docs/cjml.md and docs/mermaid.md); \
            --quiet keeps those notes back.

            Examples:
              journey convert journey.yaml journey.json
              journey convert journey.yaml journey.cjml.xml
              journey convert diagram.mmd journey.yaml
              journey convert journey.yaml - --to mermaid
            """
    )

    @Argument(help: "The journey file to read; - reads standard input.")
    var input: String

    @Argument(help: "Where to write; - for standard output.")
    var output: String

    @Option(help: "Output format: yaml, json, xml, cjml, mermaid or dot (default: from OUTPUT's extension).")
    var to: JourneyFormat?

    @Option(help: "Input format: yaml, json, xml, cjml or mermaid (default: from INPUT's extension, else yaml).")
    var from: JourneyFormat?

    @Flag(name: .shortAndLong, help: "Do not list what the output format leaves out.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Say what was written, and how large it is, on standard error.")
    var verbose = false

    @Flag(help: "Overwrite an existing output file that JourneyKit did not write.")
    var force = false

    func validate() throws {
        if to == nil, JourneyFormat(path: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; name it .yaml, .json, .xml, .cjml.xml, .mmd or .dot, or pass --to yaml|json|xml|cjml|mermaid|dot")
        }
        if let from, !from.isReadable {
            throw ValidationError("--from \(from.rawValue): JourneyKit writes \(from.rawValue) but does not read it")
        }
    }

    func run() throws {
        // Refused before the input is read: nothing is converted for nothing.
        try JourneyFiles.checkWritable(output, protecting: [input], force: force)
        let design = try JourneyFiles.design(input, format: from, writesOutput: true)
        let format = to ?? JourneyFormat(path: output) ?? .yaml
        let text: String
        if format == .cjml || format == .mermaid {
            let export = format == .cjml ? CJML.encode(design) : MermaidJourney.encode(design)
            if !quiet { for note in export.notes { StandardError.write("journey: note: \(note)") } }
            text = export.text
        } else {
            text = JourneyFile.encode(design, as: format)
        }
        try JourneyFiles.write(text, to: output, protecting: [input], force: force, command: "convert")
        if verbose, output != "-" { StandardError.write("journey: wrote \(output) (\(format.rawValue), \(text.utf8.count) bytes)") }
    }
}

extension JourneyFormat: ExpressibleByArgument {}
