internal import CLibXML2
import Foundation

/// The hardened XML reader: no network, no external entities, no DTD (a DOCTYPE is refused),
/// no XInclude, size, depth and attribute limits, exact lines and columns, and nothing ever
/// printed to standard error. Input is read as UTF-8 whatever it declares.
///
/// Each read has its own libxml2 parser context and error collector, so reads may run in
/// parallel on any threads.
public enum XMLReader {
    /// Parses `data`; with a schema, also validates the document and throws its validity issues
    /// (all of them, each with line and column).
    ///
    /// - Parameters:
    ///   - data: The document's bytes (UTF-8; a byte order mark is skipped).
    ///   - url: Names the input in messages only; nothing is ever loaded from it.
    ///   - options: ``XMLParseOptions/safe`` everywhere but in tests.
    ///   - limits: Size, depth and attribute limits.
    ///   - schema: An XSD to validate the document against.
    /// - Returns: The document as Swift values.
    /// - Throws: ``XMLReadFailure`` with every error, the most useful first.
    public static func read(
        _ data: Data, url: String, options: XMLParseOptions = .safe,
        limits: XMLLimits = .default, schema: XMLSchema? = nil
    ) throws(XMLReadFailure) -> XMLDocument {
        _ = libxml2Ready
        let ceiling = min(limits.maximumBytes, Int(Int32.max))
        guard data.count <= ceiling else {
            throw XMLReadFailure(issues: [XMLIssue(
                severity: .fatal, category: .refused,
                message: "the file is \(megabytes(data.count)) MiB; XML files over \(megabytes(ceiling)) MiB are refused "
                    + "(the whole document is held in memory, about 17 times its size)",
                line: 1, column: 1)])
        }
        let result = data.withUnsafeBytes { raw in
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            let bytes = raw.starts(with: bom) ? UnsafeRawBufferPointer(rebasing: raw.dropFirst(3)) : raw
            return parse(bytes, url: url, options: options, limits: limits, schema: schema)
        }
        return try result.get()
    }

    private static func parse(
        _ bytes: UnsafeRawBufferPointer, url: String, options: XMLParseOptions,
        limits: XMLLimits, schema: XMLSchema?
    ) -> Result<XMLDocument, XMLReadFailure> {
        let session = ReadSession(bytes: bytes, options: options, limits: limits)
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return .failure(XMLReadFailure(issues: [XMLIssue(
                severity: .fatal, category: .syntax, message: "the document is empty", line: 1, column: 1)]))
        }
        if let encoding = nonUTF8Encoding(of: bytes) {
            return .failure(XMLReadFailure(issues: [XMLIssue(
                severity: .fatal, category: .syntax,
                message: "the input is \(encoding), not UTF-8; XML files must be saved as UTF-8",
                line: 1, column: 1)]))
        }
        if let tag = AttributeCountScan(bytes: bytes).firstTag(withMoreThan: limits.maximumAttributesPerElement) {
            session.refuse(
                "an element has more than \(limits.maximumAttributesPerElement) attributes", at: tag)
            return .failure(XMLReadFailure(issues: session.issues))
        }
        guard let ctxt = xmlNewParserCtxt() else {
            return .failure(XMLReadFailure(issues: [XMLIssue(
                severity: .fatal, category: .syntax, message: "libxml2 could not make a parser", line: 0, column: 1)]))
        }
        defer { xmlFreeParserCtxt(ctxt) }
        session.attach(to: ctxt)
        let doc = session.running { () -> xmlDocPtr? in
            let doc = xmlCtxtReadMemory(
                ctxt, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, nil,
                options.libxml2Flags)
            if let doc, options.contains(.processXInclude), !session.hasErrors,
               xmlXIncludeProcessFlagsData(doc, options.libxml2Flags, ctxt.pointee._private) < 0 {
                session.add(XMLIssue(severity: .error, category: .syntax,
                                     message: "XInclude processing failed", line: 0, column: 1))
            }
            return doc
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        if let doc, !session.hasErrors, xmlDocGetRootElement(doc) == nil {
            session.add(XMLIssue(severity: .fatal, category: .syntax,
                                 message: "the document has no root element", line: 1, column: 1))
        }
        guard let doc, let rootNode = xmlDocGetRootElement(doc), !session.hasErrors else {
            return .failure(XMLReadFailure(issues: session.issues))
        }
        var warnings = session.issues
        if let schema {
            let found = schema.validate(doc, bytes: bytes)
            if found.contains(where: { $0.severity != .warning }) { return .failure(XMLReadFailure(issues: found)) }
            warnings += found
        }
        var builder = TreeBuilder(bytes: bytes, document: doc)
        let root = builder.take(rootNode)
        return .success(XMLDocument(root: root, warnings: warnings))
    }
}

/// libxml2 would switch to another decoder on these first bytes (and its decoders report errors
/// on standard error): a byte order mark of UTF-16, a zero byte (UTF-16 or UTF-32), EBCDIC.
private func nonUTF8Encoding(of bytes: UnsafeRawBufferPointer) -> String? {
    let start = Array(bytes.prefix(4))
    if start.starts(with: [0xFE, 0xFF]) || start.starts(with: [0xFF, 0xFE]) || (start.count > 1 && start.contains(0)) {
        return "UTF-16 or UTF-32"
    }
    return start == [0x4C, 0x6F, 0xA7, 0x94] ? "EBCDIC" : nil
}

/// A byte count in MiB with one decimal, for messages.
private func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / 1_048_576)
}
