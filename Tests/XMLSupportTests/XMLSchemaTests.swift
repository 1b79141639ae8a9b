import Foundation
import Testing
@testable import XMLSupport

@Suite("XSD validation")
struct XMLSchemaTests {
    static let xsd = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x"
                   xmlns="urn:x" elementFormDefault="qualified">
          <xs:element name="journey">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="stage" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence><xs:element name="label" type="xs:string"/></xs:sequence>
                    <xs:attribute name="id" type="xs:ID" use="required"/>
                    <xs:attribute name="weight" type="xs:int"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """

    static let schema = Result { () throws(XMLReadFailure) in try XMLSchema(xsd: xsd, url: "journey.xsd") }

    static let invalid = """
        <journey xmlns="urn:x">
          <stage><label>a</label></stage>
          <stage id="b" weight="heavy"><label>b</label></stage>
          <stage id="c"><title>c</title></stage>
        </journey>
        """

    @Test("a valid document passes and comes back as values")
    func valid() throws {
        let schema = try Self.schema.get()
        let document = read("<journey xmlns=\"urn:x\"><stage id=\"a\"><label>A</label></stage></journey>", schema: schema)
        #expect(document.value?.root.child("stage")?.child("label")?.text == "A")
    }

    @Test("every validity issue is reported with the line and the column of its element's '<'")
    func invalid() throws {
        let failure = try #require(read(Self.invalid, schema: try Self.schema.get()).failure)
        #expect(failure.issues.map(\.description) == [
            "2:3: error: Element 'stage': The attribute 'id' is required but missing.",
            "3:3: error: Element 'stage', attribute 'weight': 'heavy' is not a valid value of the atomic type 'xs:int'.",
            "4:17: error: Element 'title': This element is not expected. Expected is ( label ).",
        ])
        #expect(failure.issues.allSatisfy { $0.category == .validity && $0.code > 0 })
    }

    @Test("a validity issue beyond line 65535 has its exact line")
    func validityBeyondLine65535() throws {
        let xml = "<journey xmlns=\"urn:x\">" + String(repeating: "\n", count: 70_000) + "  <!-- é --> <stage/></journey>"
        let issues = try #require(read(xml, schema: try Self.schema.get()).failure?.issues)
        #expect(issues.map { [$0.line, $0.column] } == [[70_001, 14], [70_001, 14]])
    }

    @Test("an XSD that is not well-formed fails with syntax issues that have lines")
    func malformedXSD() throws {
        let failure = try #require(Result { () throws(XMLReadFailure) in
            try XMLSchema(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element name=\"a\">\n</xs:schema>")
        }.failure)
        #expect(failure.issues.first?.category == .syntax)
        #expect(failure.issues.first?.line == 3)
    }

    @Test("an XSD that breaks the rules of XML Schema fails with the line and column of the culprit")
    func invalidXSD() throws {
        let xsd = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  <xs:element name=\"a\" type=\"xs:nothing\"/>\n</xs:schema>"
        let failure = try #require(Result { () throws(XMLReadFailure) in try XMLSchema(xsd: xsd) }.failure)
        let issue = try #require(failure.issues.first)
        #expect(issue.category == .validity && issue.severity == .error)
        #expect((issue.line, issue.column) == (2, 3))
        #expect(issue.message.contains("nothing") && !issue.message.contains("{http"))
    }

    @Test("an XSD import or include is never loaded: the schema fails naming the location")
    func importNotLoaded() throws {
        let xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:import namespace="urn:leak" schemaLocation="file:///etc/passwd"/>
              <xs:element name="a" type="xs:string"/>
            </xs:schema>
            """
        let failure = try #require(Result { () throws(XMLReadFailure) in try XMLSchema(xsd: xsd) }.failure)
        #expect(failure.issues.first?.description == "2:3: error: Element 'import': Failed to parse the XML resource 'file:///etc/passwd'.")
        #expect(!HostileXML.leaks(failure.issues.map(\.message)))
    }

    @Test("a declared encoding other than UTF-8 does not confuse the XSD compiler")
    func declaredEncoding() throws {
        for encoding in ["UTF-16", "ISO-8859-1"] {
            let xsd = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
                + "<xs:element name=\"ä\" type=\"xs:string\"/></xs:schema>"
            let schema = try XMLSchema(xsd: xsd)
            #expect(read("<ä>x</ä>", schema: schema).value?.root.text == "x")
        }
    }

    @Test("32 concurrent tasks share one compiled schema, each with its own issues")
    func concurrentValidation() async throws {
        let schema = try Self.schema.get()
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<32 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        let xml = "<journey xmlns=\"urn:x\"><stage id=\"s\(index)\"><label>\(index)</label></stage></journey>"
                        return read(xml, schema: schema).value?.root.child("stage")?.child("label")?.text == "\(index)"
                    }
                    let xml = "<journey xmlns=\"urn:x\">" + String(repeating: "\n", count: index) + "<stage/></journey>"
                    let issues = read(xml, schema: schema).failure?.issues ?? []
                    return issues.count == 2 && issues.allSatisfy { $0.line == index + 1 }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.count == 32 && outcomes.allSatisfy { $0 })
    }
}
