import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// JourneyKit XML: the schema, lossless round trips of the samples, and located problems.
@Suite("JourneyKit XML")
struct JourneyXMLTests {
    static let name = "test.xml"

    static func decode(_ text: String) -> DecodedDesign {
        JourneyFile.decode(Data(text.utf8), name: name)
    }

    static func at(_ line: Int, _ column: Int) -> JourneyKit.SourceLocation {
        JourneyKit.SourceLocation(file: name, line: line, column: column)
    }

    static func journey(_ body: String, attributes: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <journey xmlns="urn:journeykit:design:1" id="j"\(attributes)>
          <title>Returns</title>
        \(body)
        </journey>

        """
    }

    @Test("the embedded XSD is byte for byte the schema file in the repository")
    func embeddedSchemaMatchesFile() throws {
        let file = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Schemas/journeykit.xsd"), encoding: .utf8)
        #expect(JourneyXSD.text == file, "run scripts/embed-xsd.sh after editing Schemas/journeykit.xsd")
    }

    @Test("sample → XML → model gives the same model, and the XML is byte-identical when written again (twice)", arguments: TestPaths.sampleFiles)
    func sampleRoundTrip(_ url: URL) throws {
        let original = try JourneyFile.load(try Data(contentsOf: url), name: url.lastPathComponent)
        let xml = JourneyFile.encode(original, as: .xml)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<journey xmlns=\"urn:journeykit:design:1\""))
        let decoded = JourneyFile.decode(Data(xml.utf8), name: "sample.xml")
        #expect(decoded.problems == [])
        let fromXML = try #require(decoded.design)
        #expect(fromXML == original)
        let xmlAgain = JourneyFile.encode(fromXML, as: .xml)
        #expect(xmlAgain == xml)
        let third = try JourneyFile.load(Data(xmlAgain.utf8), name: "sample.xml")
        #expect(JourneyFile.encode(third, as: .xml) == xml)
        // And back to the YAML the sample gives.
        #expect(JourneyFile.encode(fromXML, as: .yaml) == JourneyFile.encode(original, as: .yaml))
    }

    @Test("xmllint accepts the XML written for every sample against the shipped XSD", arguments: TestPaths.sampleFiles)
    func xmllintAcceptsSamples(_ url: URL) throws {
        guard let xmllint = ExternalTool.find("xmllint") else {
            Issue.record("xmllint is not installed (Debian: libxml2-utils; scripts/setup.sh installs it)")
            return
        }
        let design = try JourneyFile.load(try Data(contentsOf: url), name: url.lastPathComponent)
        let folder = TestPaths.temporaryFolder("xmllint")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.xml")
        try Data(JourneyFile.encode(design, as: .xml).utf8).write(to: file)
        let result = try ExternalTool.run(xmllint, ["--noout", "--schema", TestPaths.packageRoot.appendingPathComponent("Schemas/journeykit.xsd").path, file.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("validates"))
    }

    @Test("xmllint rejects a file the XSD forbids, so the check above can fail")
    func xmllintRejectsInvalid() throws {
        guard let xmllint = ExternalTool.find("xmllint") else {
            Issue.record("xmllint is not installed (Debian: libxml2-utils)")
            return
        }
        let folder = TestPaths.temporaryFolder("xmllint")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.xml")
        try Data(Self.journey("  <stages><stage id=\"s\"><touchpoint id=\"t\" lane=\"frontstge\"><title>T</title></touchpoint></stage></stages>").utf8).write(to: file)
        let result = try ExternalTool.run(xmllint, ["--noout", "--schema", TestPaths.packageRoot.appendingPathComponent("Schemas/journeykit.xsd").path, file.path])
        #expect(result.status != 0)
    }

    @Test("a .xml file is read as JourneyKit XML, and shorthands read as their YAML twins")
    func shorthands() throws {
        let xml = Self.journey("""
              <personas>
                <persona id="anna" name="Anna"><need>Know what happens next</need><need id="n2" evidence="r1">Be called back</need></persona>
              </personas>
              <stages>
                <stage id="s" name="Start">
                  <touchpoint id="a" next="b c"><title>A</title><momentOfTruth/><emotion persona="anna" score="2.5"/></touchpoint>
                  <touchpoint id="b"><title>true</title><description>null</description><emotion persona="anna" score="4" basis="observed"><thought>~</thought></emotion></touchpoint>
                  <touchpoint id="c"><title>C</title></touchpoint>
                </stage>
              </stages>
            """)
        let yaml = """
            journey: j
            title: Returns
            personas:
              - id: anna
                name: Anna
                needs: [Know what happens next, {id: n2, text: Be called back, evidence: [r1]}]
            stages:
              - id: s
                name: Start
                touchpoints:
                  - {id: a, title: A, next: [b, c], momentOfTruth: true, emotions: {anna: 2.5}}
                  - {id: b, title: "true", description: "null", emotions: {anna: {score: 4, basis: observed, thought: "~"}}}
                  - {id: c, title: C}
            """
        let decoded = Self.decode(xml)
        #expect(decoded.problems == [])
        let fromXML = try #require(decoded.design)
        #expect(fromXML == (try JourneyFile.load(yaml)))
        #expect(fromXML.touchpoints[1].title == "true")
        #expect(fromXML.touchpoints[1].description == "null")
    }

    @Test("every element keeps its place: line and column of its tag")
    func places() throws {
        let xml = Self.journey("""
              <stages>
                <stage id="s" name="Start">
                  <touchpoint id="a"><title>A</title></touchpoint>
                </stage>
              </stages>
            """)
        let design = try JourneyFile.load(Data(xml.utf8), name: Self.name)
        #expect(design.touchpoints[0].origin.location == Self.at(6, 7))
        #expect(design.stages[0].origin.location == Self.at(5, 5))
    }

    @Test("a value the XSD forbids is reported at its element, with the schema's reason")
    func schemaProblem() {
        let decoded = Self.decode(Self.journey("""
              <stages>
                <stage id="s"><touchpoint id="t" lane="frontstge"><title>T</title></touchpoint></stage>
              </stages>
            """))
        #expect(decoded.design == nil)
        let problem = decoded.problems.first
        #expect(problem?.code == "FILE-SCHEMA")
        #expect(problem?.location.line == 5)
        #expect(problem?.message.contains("frontstge") == true)
    }

    @Test("an unknown element and a missing title are each reported with their lines")
    func unknownElementAndMissingTitle() {
        let decoded = Self.decode("""
            <?xml version="1.0" encoding="UTF-8"?>
            <journey xmlns="urn:journeykit:design:1" id="j">
              <titel>Returns</titel>
            </journey>
            """)
        #expect(decoded.problems.first?.code == "FILE-SCHEMA")
        #expect(decoded.problems.first?.location.line == 3)
    }

    @Test("what only the design reader checks is placed too: an empty title")
    func decoderProblemsArePlaced() throws {
        let line = "    <stage id=\"s\" name=\"S\"><touchpoint id=\"t\"><title>  </title></touchpoint></stage>"
        let decoded = Self.decode(Self.journey("  <stages>\n" + line + "\n  </stages>"))
        #expect(decoded.problems.count == 1)
        #expect(decoded.problems.first?.code == "FILE-INVALID-VALUE")
        let column = try #require(line.range(of: "<title>")).lowerBound.utf16Offset(in: line) + 1
        #expect(decoded.problems.first?.location == Self.at(5, column))
    }

    @Test("XML that is not well-formed is reported at its line")
    func notWellFormed() {
        let decoded = Self.decode("<?xml version=\"1.0\"?>\n<journey xmlns=\"urn:journeykit:design:1\" id=\"j\">\n  <title>A & B</title>\n</journey>\n")
        #expect(decoded.design == nil)
        #expect(decoded.problems.first?.code == "FILE-SYNTAX")
        #expect(decoded.problems.first?.location.line == 3)
    }

    @Test("another root element is named as the problem")
    func wrongRoot() {
        let decoded = Self.decode("<?xml version=\"1.0\"?>\n<journeys xmlns=\"urn:journeykit:design:1\"/>\n")
        #expect(decoded.problems.first?.code == "FILE-SCHEMA")
        #expect(decoded.problems.first?.message.contains("<journey xmlns=\"urn:journeykit:design:1\"") == true)
    }

    @Test("a DOCTYPE is refused before any entity is read: the file's text never appears")
    func doctypeRefused() throws {
        let folder = TestPaths.temporaryFolder("xxe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-MARKER".utf8).write(to: secret)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE journey [ <!ENTITY xxe SYSTEM "file://\(secret.path)"> ]>
            <journey xmlns="urn:journeykit:design:1" id="j"><title>&xxe;</title></journey>
            """
        let decoded = Self.decode(xml)
        #expect(decoded.design == nil)
        #expect(decoded.problems.first?.code == "FILE-REFUSED")
        #expect(decoded.problems.first?.location.line == 2)
        #expect(!decoded.problems.description.contains("TOP-SECRET-MARKER"))
    }

    @Test("characters XML 1.0 cannot carry are left out of the XML, everything else survives")
    func forbiddenCharactersDropped() throws {
        var design = ServiceDesign(id: "j", title: "Bell\u{07} & <b>\u{FFFF} \"quoted\" ]]> 😀 \u{202E}rtl")
        design.stages = [Stage(id: "s", name: "S\r\nnext line\ttab")]
        design.touchpoints = [Touchpoint(id: "t", title: " spaced ", stage: "s")]
        let xml = JourneyFile.encode(design, as: .xml)
        let back = try JourneyFile.load(Data(xml.utf8), name: Self.name)
        #expect(back.title == "Bell & <b> \"quoted\" ]]> 😀 \u{202E}rtl")
        #expect(back.stages == design.stages)
        #expect(back.touchpoints == design.touchpoints)
    }
}
