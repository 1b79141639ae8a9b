import Foundation
import Testing
@testable import XMLSupport

@Suite("Writing XML")
struct XMLWriterTests {
    /// Strings that break naive writers, and what a reader must get back after writing them.
    static let nasty: [(written: String, readBack: String)] = [
        ("</text><script>alert(1)</script><text>", "</text><script>alert(1)</script><text>"),
        ("\" onload=\"alert(1)\" x=\"", "\" onload=\"alert(1)\" x=\""),
        ("&amp; &lt; &#x3C; &nbsp; &xxe;", "&amp; &lt; &#x3C; &nbsp; &xxe;"),
        ("<>&\"'", "<>&\"'"),
        ("]]>", "]]>"),
        ("line1\nline2\r\nTab\there", "line1\nline2\r\nTab\there"),
        ("😀 👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦 🇳🇴", "😀 👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦 🇳🇴"),
        ("Pay \u{202E}DNUFER\u{202C} now \u{2066}isolate\u{2069}", "Pay \u{202E}DNUFER\u{202C} now \u{2066}isolate\u{2069}"),
        ("nul\u{0} bell\u{07} esc\u{1B}[31m del\u{7F}", "nul bell esc[31m del\u{7F}"),
        ("fffe\u{FFFE} ffff\u{FFFF}", "fffe ffff"),
        ("付款 دفع תשלום", "付款 دفع תשלום"),
        ("", ""),
        (" \t ", " \t "),
    ]

    @Test("nasty strings survive a write and a read back, in text and in attributes")
    func roundTrip() throws {
        let writer = XMLWriter()
        writer.startElement("labels", namespace: "urn:journeykit")
        for (index, sample) in Self.nasty.enumerated() {
            writer.startElement("label")
            writer.attribute("value", sample.written)
            writer.attribute("n", "\(index)")
            writer.text(sample.written)
            writer.endElement()
            writer.element("plain", text: sample.written)
        }
        let xml = writer.finish()
        #expect(writer.droppedCharacters == (3 + 2) * 3)  // NUL, BEL, ESC, U+FFFE, U+FFFF; three writes each
        let root = try #require(read(xml).value).root
        #expect(root.namespace == "urn:journeykit")
        for (index, sample) in Self.nasty.enumerated() {
            let label = root.children("label")[index]
            #expect(label.attribute("n")?.value == "\(index)")
            #expect(label.attribute("value")?.value == sample.readBack)
            #expect(label.text == sample.readBack)
            #expect(root.children("plain")[index].text == sample.readBack)
        }
    }

    @Test("the output is indented by two spaces, escaped, and ends with exactly one newline")
    func layout() {
        let writer = XMLWriter()
        writer.startElement("journey", namespace: "urn:x")
        writer.attribute("id", "a\"b<c>&d\ne\tf")
        writer.comment("a -- b ---")
        writer.element("label", text: "x & <y> ]]>\u{07}")
        writer.startElement("stage")
        writer.text("hello")
        writer.endElement()
        writer.startElement("stage")
        writer.startElement("inner")
        #expect(writer.finish() == """
            <?xml version="1.0" encoding="UTF-8"?>
            <journey xmlns="urn:x" id="a&quot;b&lt;c&gt;&amp;d&#10;e&#9;f">
              <!--a - - b - - - -->
              <label>x &amp; &lt;y&gt; ]]&gt;</label>
              <stage>hello</stage>
              <stage>
                <inner/>
              </stage>
            </journey>

            """)
        #expect(writer.droppedCharacters == 1)
        #expect(writer.finish() == writer.finish())
    }

    @Test("without indentation everything but the declaration is on one line")
    func compact() {
        let writer = XMLWriter(indent: false)
        writer.startElement("a")
        writer.element("b", text: "c")
        writer.startElement("d")
        #expect(writer.finish() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a><b>c</b><d/></a>\n")
    }

    @Test("a comment can hold any text and still read back as a well-formed document")
    func comments() throws {
        for text in ["--", "-", "a--->b", "---", "-->"] {
            let writer = XMLWriter()
            writer.startElement("a")
            writer.comment(text)
            #expect(read(writer.finish()).value?.root.name == "a", "comment \(text.debugDescription)")
        }
    }
}
