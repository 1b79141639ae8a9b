internal import CLibXML2

extension XMLIssue {
    /// Copies one libxml2 error into Swift values at once (libxml2 reuses the struct).
    init(_ error: xmlError) {
        let domain = UInt32(bitPattern: error.domain)
        let category: Category = switch domain {
        case XML_FROM_SCHEMASV.rawValue, XML_FROM_SCHEMASP.rawValue, XML_FROM_VALID.rawValue,
            XML_FROM_DTD.rawValue: .validity
        default: .syntax
        }
        let severity: Severity = switch error.level {
        case XML_ERR_FATAL: .fatal
        case XML_ERR_ERROR: .error
        default: .warning
        }
        let raw = error.message.map { String(cString: $0) } ?? "libxml2 gave no message"
        self.init(
            severity: severity, category: category,
            message: XMLIssue.readable(raw, fromSchema: domain == XML_FROM_SCHEMASV.rawValue
                                           || domain == XML_FROM_SCHEMASP.rawValue),
            line: max(Int(error.line), 0), column: max(Int(error.int2), 1), code: Int(error.code))
    }

    /// A libxml2 message on one trimmed line, `{namespace}` prefixes dropped from XSD messages,
    /// and the messages that speak of libxml2's internals said plainly.
    static func readable(_ raw: String, fromSchema: Bool) -> String {
        var text = raw.split(whereSeparator: \.isNewline)
            .map { $0.trimmed(" \t") }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        if fromSchema { text = withoutNamespaceBraces(text) }
        if text.contains("huge text node") {
            return "a text node is longer than 10,000,000 bytes (libxml2's limit for one text node)"
        }
        if text.hasPrefix("Excessive depth in document:") {
            let depth = text.split(separator: " ").first { Int($0) != nil } ?? "256"
            return "the elements are nested more than \(depth) deep (libxml2's limit)"
        }
        if text.hasSuffix("Huge input lookup") {
            return "more than 10,000,000 bytes without markup, such as one huge text (libxml2's limit)"
        }
        if text.contains("invalid xmlChar value ") || text.contains("invalid Char value "),
           let last = text.split(separator: " ").last, let value = UInt32(last) {
            let hex = String(value, radix: 16, uppercase: true)
            let character = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return text.contains("CharRef:")
                ? "the character reference &#\(value); (\(character)) is not allowed in XML"
                : "the character \(character) is not allowed in XML"
        }
        let utf8Complaint = "Input is not proper UTF-8, indicate encoding !"
        if text.hasPrefix(utf8Complaint) {
            let bytes = text.dropFirst(utf8Complaint.count).trimmed(" ")
            let detail = bytes.isEmpty ? "" : " (\(bytes.prefix(1).lowercased() + bytes.dropFirst()))"
            return "the input is not valid UTF-8\(detail); XML files must be saved as UTF-8"
        }
        return text
    }

    /// `Element '{urn:x}stage'` becomes `Element 'stage'`.
    private static func withoutNamespaceBraces(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let tail = rest[rest.index(after: open)...]
            if let close = tail.firstIndex(of: "}"), close > tail.startIndex,
               !tail[..<close].contains(where: \.isWhitespace) {
                rest = tail[tail.index(after: close)...]
            } else {
                result += "{"
                rest = tail
            }
        }
        return result + rest
    }
}

extension Substring {
    /// Without the given characters at either end.
    func trimmed(_ characters: String) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
