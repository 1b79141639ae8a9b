import Foundation
import JourneyTestSupport
import Testing

/// `journey convert` between every pair of YAML, JSON and JourneyKit XML; `journey schema --xsd`;
/// XML files through `validate`.
@Suite("journey and XML")
struct XMLCommandTests {
    static let formats = ["yaml", "json", "xml"]
    static let pairs: [(String, String)] = formats.flatMap { from in formats.map { (from, $0) } }

    @Test("convert handles every pair of yaml, json and xml without losing anything", arguments: pairs)
    func everyPair(_ from: String, _ to: String) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml"), as: "sample.yaml")
        #expect(try workspace.run(["convert", "sample.yaml", "normal.yaml"]).status == 0)
        let input = "in.\(from)"
        #expect(try workspace.run(["convert", "sample.yaml", input]).status == 0)

        let result = try workspace.run(["convert", input, "out.\(to)"])
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.errors.isEmpty)
        let back = try workspace.run(["convert", "out.\(to)", "back.yaml"])
        #expect(back.status == 0, "\(back.allText)")
        #expect(try workspace.text("back.yaml") == workspace.text("normal.yaml"))
    }

    @Test("XML written by convert is XML, in the JourneyKit namespace")
    func writesXML() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("building-permit.yaml"), as: "bp.yaml")
        let result = try workspace.run(["convert", "bp.yaml", "-", "--to", "xml"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<journey xmlns=\"urn:journeykit:design:1\" id=\""))
        #expect(result.output.hasSuffix("</journey>\n"))
    }

    @Test("schema --xsd prints the shipped XSD exactly; schema without a choice is a usage error")
    func schemaCommand() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["schema", "--xsd"])
        #expect(result.status == 0)
        let file = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/journeykit.xsd"), encoding: .utf8)
        #expect(result.output == file)
        let bare = try JourneyBinary.run(["schema"])
        #expect(bare.status == 2)
        #expect(bare.errors.contains("--xsd"))
    }

    @Test("validate reads XML and places a schema problem at file:line:col")
    func validateXML() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("bad.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <journey xmlns="urn:journeykit:design:1" id="j">
              <title>Returns</title>
              <stages>
                <stage id="s"><touchpoint id="t" chanel="web"><title>T</title></touchpoint></stage>
              </stages>
            </journey>
            """)
        let result = try workspace.run(["validate", "bad.xml"])
        #expect(result.status == 1)
        #expect(result.output.contains("bad.xml:5:"))
        #expect(result.output.contains("error[FILE-SCHEMA]"))
        #expect(result.output.contains("chanel"))
        let convert = try workspace.run(["convert", "bad.xml", "out.yaml"])
        #expect(convert.status == 1)
        #expect(!workspace.exists("out.yaml"))
    }
}
