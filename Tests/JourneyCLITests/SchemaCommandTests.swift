import Foundation
import JourneyTestSupport
import Testing

/// `journey schema --json-schema` and `--xsd`, and the schema line `journey init` writes first.
@Suite("journey schema")
struct SchemaCommandTests {
    static let schemaURL = "https://raw.githubusercontent.com/journeykit/journeykit/main/Schemas/journeykit.schema.json"

    @Test("schema --json-schema prints the shipped JSON Schema exactly")
    func jsonSchema() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["schema", "--json-schema"])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.errors.isEmpty)
        let file = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/journeykit.schema.json"), encoding: .utf8)
        #expect(result.output == file)
        // It is JSON, and says which draft it follows and where it lives.
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(object?["$id"] as? String == Self.schemaURL)
    }

    @Test("schema without a choice, or with both, is a usage error (exit 2) naming both schemas", arguments: [
        ["schema"], ["schema", "--xsd", "--json-schema"],
    ])
    func usage(_ arguments: [String]) throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(arguments)
        #expect(!result.crashed)
        #expect(result.status == 2, "\(result.allText)")
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("--xsd"))
        #expect(result.errors.contains("--json-schema"))
    }

    @Test("schema --help describes both schemas")
    func help() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["schema", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("--xsd"))
        #expect(result.output.contains("--json-schema"))
    }

    @Test("each template of journey init starts with the yaml-language-server schema line", arguments: ["starter", "blueprint"])
    func templateSchemaLine(_ template: String) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init", "t.yaml", "--template", template]).status == 0)
        let lines = try workspace.text("t.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "# yaml-language-server: $schema=\(Self.schemaURL)")
        // The line after it is the template's own comment, as before.
        #expect(lines.count > 2 && lines[1].hasPrefix("# "))
    }
}
