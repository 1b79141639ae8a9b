import ArgumentParser
import JourneyFormats

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the schema of a journey file format.",
        discussion: """
            --xsd prints the XSD of JourneyKit XML (the file Schemas/journeykit.xsd), for xmllint \
            and XML editors: xmllint --noout --schema journeykit.xsd journey.xml
            """
    )

    @Flag(help: "The XSD of JourneyKit XML.")
    var xsd = false

    func validate() throws {
        if !xsd {
            throw ValidationError("say which schema: --xsd (JourneyKit XML)")
        }
    }

    func run() {
        print(JourneyXSD.text, terminator: "")
    }
}
