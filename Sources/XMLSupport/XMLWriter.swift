internal import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`, into memory.
///
/// libxml2 escapes `&`, `<`, `>` and `"` (and in attributes also newline, tab and carriage
/// return). Characters that XML 1.0 forbids (such as U+0007, U+FFFE) are dropped before they
/// reach libxml2, which would write them raw, and counted in ``droppedCharacters``.
///
/// ```swift
/// let writer = XMLWriter()
/// writer.startElement("journey", namespace: "urn:journeykit")
/// writer.attribute("id", "checkout")
/// writer.element("label", text: "Pay & go")
/// let xml = writer.finish()
/// ```
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished: String?

    /// How many characters were dropped because XML 1.0 cannot carry them.
    public private(set) var droppedCharacters = 0

    /// Starts a UTF-8 document.
    /// - Parameter indent: Puts each element on its own line, indented by two spaces per level.
    public init(indent: Bool = true) {
        _ = libxml2Ready
        guard let buffer = xmlBufferCreate(), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            fatalError("libxml2 could not allocate an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, nil, "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; with a `namespace`, writes it as the default namespace (`xmlns="…"`).
    public func startElement(_ name: String, namespace: String? = nil) {
        guard finished == nil else { return }
        xmlTextWriterStartElement(writer, name)
        if let namespace { xmlTextWriterWriteAttribute(writer, "xmlns", clean(namespace)) }
    }

    /// Writes an attribute of the element just opened.
    public func attribute(_ name: String, _ value: String) {
        guard finished == nil else { return }
        xmlTextWriterWriteAttribute(writer, name, clean(value))
    }

    /// Writes text inside the open element.
    public func text(_ value: String) {
        guard finished == nil else { return }
        xmlTextWriterWriteString(writer, clean(value))
    }

    /// Writes `<name>text</name>`, on one line when indenting.
    public func element(_ name: String, text: String) {
        guard finished == nil else { return }
        xmlTextWriterWriteElement(writer, name, clean(text))
    }

    /// Writes a comment; a `--` in the text becomes `- -` so that it cannot end the comment.
    public func comment(_ text: String) {
        guard finished == nil else { return }
        var text = clean(text)
        while text.contains("--") { text = text.replacing("--", with: "- -") }
        if text.hasSuffix("-") { text += " " }
        xmlTextWriterWriteComment(writer, text)
    }

    /// Closes the innermost open element.
    public func endElement() {
        guard finished == nil else { return }
        xmlTextWriterEndElement(writer)
    }

    /// Closes the open elements and returns the document: the `<?xml version="1.0"
    /// encoding="UTF-8"?>` line, the elements, and exactly one final newline. Later calls return
    /// the same text; writing after it has no effect.
    public func finish() -> String {
        if let finished { return finished }
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        var text = xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
        while text.hasSuffix("\n") { text.removeLast() }
        text += "\n"
        finished = text
        return text
    }

    private func clean(_ text: String) -> String {
        let (cleaned, dropped) = XMLText.sanitizedCountingDrops(text)
        droppedCharacters += dropped
        return cleaned
    }
}
