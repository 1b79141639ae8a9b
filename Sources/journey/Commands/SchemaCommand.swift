import ArgumentParser
import JourneyFormats

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the schema of a journey file format.",
        discussion: """
            --xsd prints the XSD of JourneyKit XML (the file Schemas/journeykit.xsd), for xmllint \
            and XML editors: xmllint --noout --schema journeykit.xsd journey.xml

            --json-schema prints the JSON Schema (draft 2020-12) of the YAML and JSON journey \
            format (the file Schemas/journeykit.schema.json), for editors with completion and \
            hover help: with yaml-language-server, start a journey file with \
            # yaml-language-server: $schema=journeykit.schema.json (see docs/json-schema.md)

            Examples:
              journey schema --json-schema > journeykit.schema.json
              journey schema --xsd > journeykit.xsd
            """
    )

    @Flag(help: "The XSD of JourneyKit XML.")
    var xsd = false

    @Flag(help: "The JSON Schema of the YAML and JSON journey format.")
    var jsonSchema = false

    func validate() throws {
        if xsd == jsonSchema {
            let choice = "--xsd (JourneyKit XML) or --json-schema (YAML and JSON journey files)"
            throw ValidationError(xsd ? "say one schema at a time: \(choice)" : "say which schema: \(choice)")
        }
    }

    func run() {
        print(xsd ? JourneyXSD.text : JourneyJSONSchema.text, terminator: "")
    }
}
