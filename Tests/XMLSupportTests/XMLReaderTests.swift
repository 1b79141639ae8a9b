import Foundation
import Testing
@testable import XMLSupport

@Suite("Reading XML into Swift values")
struct XMLReaderTests {
    @Test("elements, attributes, namespaces and direct text come out as values")
    func values() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <j:journey xmlns:j="urn:journey" xmlns:x="urn:extra" id="checkout" x:flag="yes">
              Before<!-- a comment --> &amp; <![CDATA[<raw> & ]]>&#x41;<?pi ignored?>
              <stage id="s1" name="Pay &lt;now&gt;"><label>Card</label></stage>
              <j:stage id="s2"/>
              After
            </j:journey>
            """
        let root = try #require(read(xml).value).root
        #expect(root.name == "journey" && root.namespace == "urn:journey")
        #expect(root.attributes.map(\.name) == ["id", "flag"])
        #expect(root.attribute("flag")?.namespace == "urn:extra")
        #expect(root.attribute("id")?.namespace == nil)
        #expect(root.text == "\n  Before & <raw> & A\n  \n  \n  After\n")
        #expect(root.children.map(\.name) == ["stage", "stage"])
        #expect(root.children(("stage")).map { $0.attribute("id")?.value } == ["s1", "s2"])
        #expect(root.child("stage")?.namespace == nil)
        #expect(root.children[1].namespace == "urn:journey")
        #expect(root.child("stage")?.attribute("name")?.value == "Pay <now>")
        #expect(root.child("stage")?.child("label")?.text == "Card")
        #expect(root.child("missing") == nil && root.attribute("missing") == nil)
    }

    @Test("elements and attribute names have exact lines and columns in characters")
    func positions() throws {
        let xml = "<root>\n  <a x=\"1\"   y='2'/>\n\u{1F600}é <b\n   z=\"3\">text</b><c/>\n</root>"
        let root = try #require(read(xml).value).root
        #expect((root.line, root.column) == (1, 1))
        let a = try #require(root.child("a"))
        #expect((a.line, a.column) == (2, 3))
        #expect(a.attributes.map { [$0.line, $0.column] } == [[2, 6], [2, 14]])
        let b = try #require(root.child("b"))
        #expect((b.line, b.column) == (3, 4))  // an emoji, é and a space before it: three characters
        #expect(b.attributes.map { [$0.line, $0.column] } == [[4, 4]])
        #expect((root.child("c")?.line, root.child("c")?.column) == (4, 18))
    }

    @Test("an element on line 70,001, after multi-byte characters, has its exact position")
    func positionBeyondLine65535() throws {
        let xml = "<root>" + String(repeating: "\n", count: 70_000) + "ÄÖÜ€😀 <leaf id=\"x\"/></root>"
        let leaf = try #require(read(xml).value?.root.child("leaf"))
        #expect((leaf.line, leaf.column) == (70_001, 7))
        #expect((leaf.attributes[0].line, leaf.attributes[0].column) == (70_001, 13))
    }

    @Test("positions stay exact through a 4 MB document (libxml2 shrinks its buffer many times)")
    func positionsInLargeDocument() throws {
        var xml = "<?xml version=\"1.0\"?>\n<journey xmlns=\"urn:j\">\n"
        var expected: [(Int, Int)] = [(2, 1)]
        for index in 0..<40_000 {
            let indent = String(repeating: " ", count: index % 7)
            let prefix = index % 3 == 0 ? "ü😀" : ""
            expected.append((index + 3, indent.count + prefix.count + 1))
            xml += indent + prefix + "<stage id=\"s\(index)\" name=\"Ünïcødé \(index)\">t</stage>\n"
        }
        xml += "</journey>\n"
        let root = try #require(read(xml).value).root
        #expect(root.children.count == 40_000)
        let positions = [(root.line, root.column)] + root.children.map { ($0.line, $0.column) }
        #expect(positions.elementsEqual(expected, by: ==))
    }

    @Test("a byte order mark is skipped and does not count as a column")
    func byteOrderMark() throws {
        let root = try #require(read(Data([0xEF, 0xBB, 0xBF]) + Data("<a><b/></a>".utf8)).value).root
        #expect((root.line, root.column, root.children[0].column) == (1, 1, 4))
    }

    @Test("syntax errors carry line, column, code and a one-line message")
    func syntaxError() throws {
        let failure = try #require(read("<a>\n  <b>\n</a>").failure)
        let first = try #require(failure.issues.first)
        #expect(first.category == .syntax && first.severity == .fatal)
        #expect(first.line == 3 && first.column >= 1 && first.code > 0)
        #expect(first.message == "Opening and ending tag mismatch: b line 2 and a")
        #expect(first.description == "3:\(first.column): fatal: Opening and ending tag mismatch: b line 2 and a")
        #expect(failure.issues.allSatisfy { !$0.message.contains("\n") && $0.message == $0.message.trimmingCharacters(in: .whitespaces) })
        #expect(failure.description.split(separator: "\n").count == failure.issues.count)
    }

    @Test("warnings do not stop the reading and are kept on the document")
    func warnings() throws {
        let document = try #require(read("<a xmlns=\"relative\"/>").value)
        #expect(document.warnings.map(\.severity) == [.warning])
        #expect(document.warnings.first?.message.contains("relative") == true)
    }

    @Test("the attribute limit counts start tags only, skipping comments, CDATA, PIs and quoted values")
    func attributeLimit() throws {
        let limits = XMLLimits(maximumBytes: 1 << 20, maximumDepth: 256, maximumAttributesPerElement: 3)
        let tricky = "<a x='1' y=\"/> p='1' q='2' r='3' s='4'\"><!-- <c a='' b='' c='' d=''> --><![CDATA[<d a='' b='' c='' d=''>]]>"
            + "<?pi <e a='' b='' c='' d=''>?><f a='1' b='2' c='3'/></a>"
        #expect(read(tricky, limits: limits).value?.root.child("f")?.attributes.count == 3)
        let issue = try #require(read("<a>\n <f a='1' b='2' c='3' d='4'/></a>", limits: limits).failure?.issues.first)
        #expect(issue == XMLIssue(severity: .fatal, category: .refused,
                                  message: "an element has more than 3 attributes", line: 2, column: 2))
    }

    @Test("the depth limit is ours to set, with the line of the first element too deep")
    func depthLimit() throws {
        let limits = XMLLimits(maximumBytes: 1 << 20, maximumDepth: 3, maximumAttributesPerElement: 10)
        #expect(read("<a><b><c/></b></a>", limits: limits).value != nil)
        let issue = try #require(read("<a><b><c>\n<d/></c></b></a>", limits: limits).failure?.issues.first)
        #expect(issue == XMLIssue(severity: .fatal, category: .refused,
                                  message: "the elements are nested more than 3 deep", line: 2, column: 1))
    }

    @Test("parallel reads each keep their own issues")
    func parallelReads() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<32 {
                group.addTask {
                    let broken = read("<a>\n\(String(repeating: "\n", count: index))<b></a>")
                    let fine = read("<a n=\"\(index)\"/>")
                    return broken.failure?.issues.first?.line == index + 2
                        && fine.value?.root.attribute("n")?.value == "\(index)"
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }
}
