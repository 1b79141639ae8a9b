import Foundation
import JourneyKit
import XMLSupport

/// The bytes of a CJML file on their way to the XML reader: the one repair we make before
/// parsing, and XML's complaints turned into ``FileProblem``s.
enum CJMLSource {
    /// The bytes to parse, and where text before the root element was blanked out.
    struct Prepared {
        var data: Data
        /// The line and column of the first non-blank character before the first `<`, when
        /// there was one.
        var strayText: (text: String, line: Int, column: Int)?
    }

    /// Blanks out text that stands before the first `<` (after an optional byte-order mark),
    /// which a JavaScript exporter writes when it appends to an uninitialised variable
    /// (`undefined<cjml>…`). Each character becomes a space and line breaks stay, so lines and
    /// columns of everything after it are unchanged. Only UTF-8 (and ASCII) input is touched.
    static func prepare(_ data: Data) -> Prepared {
        let bytes = [UInt8](data)
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        // UTF-16 and UTF-32 text has zero bytes or another byte-order mark: leave it to the reader.
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.prefix(4).contains(0) {
            return Prepared(data: data)
        }
        guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return Prepared(data: data) }
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        guard let first = bytes[index..<end].firstIndex(where: { !whitespace.contains($0) }) else { return Prepared(data: data) }

        var line = 1
        var column = 1
        for byte in bytes[index..<first] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        let stray = String(decoding: bytes[first..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var blanked: [UInt8] = []
        blanked.reserveCapacity(bytes.count)
        blanked.append(contentsOf: bytes[..<first])
        for byte in bytes[first..<end] {
            if whitespace.contains(byte) {
                blanked.append(byte)
            } else if byte & 0xC0 != 0x80 {
                // One space per character: continuation bytes of UTF-8 sequences are dropped.
                blanked.append(0x20)
            }
        }
        blanked.append(contentsOf: bytes[end...])
        return Prepared(data: Data(blanked), strayText: (stray, line, column))
    }

    /// XML's first error as a file problem at its place in `file`. Errors after the first in a
    /// file that is not well-formed are mostly its echoes, so they are left out.
    static func problems(_ failure: XMLReadFailure, file: String, data: Data) -> [FileProblem] {
        guard let issue = failure.issues.first(where: { $0.severity != .warning }) ?? failure.issues.first else { return [] }
        let location = SourceLocation(file: file, line: max(issue.line, 1), column: max(issue.column, 1))
        switch issue.category {
        case .refused:
            return [.refused(location, detail: issue.message)]
        case .syntax, .validity:
            return [.syntax(location, problem: "it is not well-formed XML: \(issue.message)", context: hint(for: issue, in: data))]
        }
    }

    /// A word on a broken file, when it has the marks of a producer we know: aika0725/remake-cjml-tool
    /// writes attribute values without quotes, CJMLExcel does not escape `&`.
    static func hint(for issue: XMLIssue, in data: Data) -> String? {
        let text = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        let unquoted = text.range(of: #"<(actor|action|communicationPoint|sender|receiver)\s+[A-Za-z]+\s*=\s*[^"'\s]"#, options: .regularExpression)
        if unquoted != nil {
            return "attribute values without quotes, as aika0725/remake-cjml-tool exports them: such a file cannot be read"
        }
        if issue.message.contains("EntityRef") {
            return "a bare & must be written &amp; in XML; CJMLExcel writes labels without escaping them"
        }
        return nil
    }
}
