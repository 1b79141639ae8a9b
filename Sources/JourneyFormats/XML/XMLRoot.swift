import Foundation

/// The name of an XML document's root element, read from the first bytes without parsing
/// the document: enough to tell JourneyKit XML from CJML when a file is only called `.xml`.
enum XMLRoot {
    /// The root element's local name (a prefix is dropped), or nil when the text does not
    /// start like an XML document. Skips a byte-order mark, the XML declaration, comments,
    /// processing instructions, a DOCTYPE and stray text before the first tag (one CJML
    /// producer writes `undefined` there).
    static func name(in data: Data, scanning limit: Int = 64 * 1024) -> String? {
        let bytes = data.prefix(limit)
        var i = bytes.startIndex
        func starts(with text: String) -> Bool { bytes[i...].starts(with: Array(text.utf8)) }
        func skip(past text: String) -> Bool {
            let needle = Array(text.utf8)
            while i < bytes.endIndex {
                if bytes[i...].starts(with: needle) {
                    i += needle.count
                    return true
                }
                i += 1
            }
            return false
        }
        while i < bytes.endIndex {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if starts(with: "<?") {
                guard skip(past: "?>") else { return nil }
            } else if starts(with: "<!--") {
                guard skip(past: "-->") else { return nil }
            } else if starts(with: "<!") {
                guard skip(past: ">") else { return nil }
            } else {
                var name: [UInt8] = []
                i += 1
                while i < bytes.endIndex, !" \t\r\n/>".utf8.contains(bytes[i]) {
                    name.append(bytes[i])
                    i += 1
                }
                guard let text = String(bytes: name, encoding: .utf8), !text.isEmpty else { return nil }
                return text.split(separator: ":").last.map(String.init)
            }
        }
        return nil
    }
}
