internal import CLibXML2
import Foundation

/// A compiled XSD, shared safely between threads: each validation uses its own libxml2
/// validation context.
///
/// `@unchecked Sendable` is justified, and the only such conformance we write: after
/// `xmlSchemaParse` libxml2 never changes an `xmlSchema`, and its documentation allows one
/// parsed schema to serve several validation contexts at once. Every validation here makes its
/// own `xmlSchemaValidCtxt` and error collector; the pointer is private, never mutated, and freed
/// only in `deinit`, when no validation can run. 64 concurrent validations passed under TSan in
/// the prototype, and a test here runs 32.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// The name the XSD goes by in messages.
    public let url: String

    /// Compiles an XSD. External schemas (`xs:import`, `xs:include`) are never loaded.
    ///
    /// - Throws: ``XMLReadFailure`` with the XSD's syntax errors or schema errors, with lines.
    public init(xsd: String, url: String = "schema.xsd") throws(XMLReadFailure) {
        _ = libxml2Ready
        // First our own reader: syntax errors with lines, a DOCTYPE refused, nothing printed
        // (libxml2's schema parser would print the syntax errors of its own parse to stderr).
        let outline = try XMLReader.read(Data(xsd.utf8), url: url)
        let collector = SchemaIssueCollector()
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            withoutDeclaration(xsd).withCString { text in
                guard let parser = xmlSchemaNewMemParserCtxt(text, Int32(strlen(text))) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, schemaStructuredError, collector.address)
                return xmlSchemaParse(parser)
            }
        }
        let issues = collector.issues(in: nil) { firstColumns(onLines: $0, in: outline.root) }
        guard let compiled, !issues.contains(where: { $0.severity != .warning }) else {
            if let compiled { xmlSchemaFree(compiled) }
            throw XMLReadFailure(issues: issues.isEmpty ? [XMLIssue(
                severity: .fatal, category: .validity, message: "the XSD could not be compiled",
                line: 1, column: 1)] : issues)
        }
        self.schema = compiled
        self.url = url
    }

    deinit { xmlSchemaFree(schema) }

    /// Validates a parsed document; issues get the line and column of the element's `<`.
    func validate(_ doc: xmlDocPtr, bytes: UnsafeRawBufferPointer) -> [XMLIssue] {
        let collector = SchemaIssueCollector()
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            return [XMLIssue(severity: .fatal, category: .validity,
                             message: "libxml2 could not make a schema validator", line: 0, column: 1)]
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let result = withExtendedLifetime(collector) {
            xmlSchemaSetValidStructuredErrors(validator, schemaStructuredError, collector.address)
            return xmlSchemaValidateDoc(validator, doc)
        }
        var issues = collector.issues(in: bytes) { lines in
            xmlDocGetRootElement(doc).map { TreeBuilder.firstColumns(onLines: lines, below: $0, in: bytes) } ?? [:]
        }
        if result != 0, !issues.contains(where: { $0.severity != .warning }) {
            issues.append(XMLIssue(severity: .error, category: .validity,
                                   message: "the schema validator failed (libxml2 code \(result))",
                                   line: 0, column: 1))
        }
        return issues.sorted { ($0.severity == .warning ? 1 : 0) < ($1.severity == .warning ? 1 : 0) }
    }
}

/// The XSD with its XML declaration blanked out (lines and columns kept): libxml2's schema
/// parser would honour a declared encoding, and for a wrong one print errors on stderr. A Swift
/// string is Unicode whatever its declaration says.
private func withoutDeclaration(_ xsd: String) -> String {
    let body = xsd.hasPrefix("\u{FEFF}") ? String(xsd.dropFirst()) : xsd
    guard body.hasPrefix("<?xml"), let end = body.range(of: "?>") else { return body }
    return String(body[..<end.upperBound].map { $0.isNewline ? $0 : " " }) + body[end.upperBound...]
}

/// The issues of one schema compilation or validation, with the offset of the element each is
/// about when the document came from ``XMLReader``.
private final class SchemaIssueCollector {
    private var found: [(issue: XMLIssue, offset: Int?)] = []

    var address: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    func record(_ error: xmlError) {
        var offset: Int?
        if var node = error.node?.assumingMemoryBound(to: xmlNode.self) {
            // An attribute or text node: the issue is about the element that holds it.
            if node.pointee.type != XML_ELEMENT_NODE, let parent = node.pointee.parent { node = parent }
            if node.pointee.type == XML_ELEMENT_NODE { offset = TreeBuilder.offset(of: node) }
        }
        found.append((XMLIssue(error), offset))
    }

    /// The issues in the order found. With `bytes`, each issue whose element has a recorded
    /// offset gets that element's exact line and column; the others keep libxml2's line and take
    /// the column of the first element on that line, from `firstColumns`.
    func issues(
        in bytes: UnsafeRawBufferPointer?, firstColumns: (Set<Int>) -> [Int: Int]
    ) -> [XMLIssue] {
        var issues = found.map(\.issue)
        var located = Set<Int>()
        if let bytes {
            var locator = SourceLocator(bytes)
            let offsets = found.indices.compactMap { index in found[index].offset.map { (index, $0) } }
            for (index, offset) in offsets.sorted(by: { $0.1 < $1.1 }) {
                (issues[index].line, issues[index].column) = locator.position(at: offset)
                located.insert(index)
            }
        }
        let unlocated = issues.indices.filter { !located.contains($0) }
        guard !unlocated.isEmpty else { return issues }
        let columns = firstColumns(Set(unlocated.map { issues[$0].line }))
        for index in unlocated { issues[index].column = columns[issues[index].line] ?? 1 }
        return issues
    }
}

/// The column of the first element on each of `lines`, in a tree of Swift values.
private func firstColumns(onLines lines: Set<Int>, in root: XMLElement) -> [Int: Int] {
    var found: [Int: Int] = [:]
    func visit(_ element: XMLElement) {
        if lines.contains(element.line), found[element.line] == nil { found[element.line] = element.column }
        element.children.forEach(visit)
    }
    visit(root)
    return found
}

private let schemaStructuredError: xmlStructuredErrorFunc = { collector, error in
    guard let collector, let error else { return }
    Unmanaged<SchemaIssueCollector>.fromOpaque(collector).takeUnretainedValue().record(error.pointee)
}
