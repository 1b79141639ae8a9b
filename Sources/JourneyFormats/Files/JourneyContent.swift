import Foundation

/// Whether a file's bytes hold a journey, told from their first lines without reading the file
/// as one: what a folder walk uses to pass over the other YAML, JSON and XML files that live
/// beside journeys (the JSON Schema, a CI workflow, settings), and what lets a command say
/// "this is not a journey file" instead of listing everything a journey would lack.
///
/// - YAML and JSON: a journey when the top level is a mapping with `journey:` or a key only a
///   journey has (``journeyKeys``: `stages`, `personas`, …), and no `$schema` or `$id`
///   (a JSON Schema). Keys are read from the lines that start a top-level entry (or from a
///   `{…}` document), so a file the YAML reader would refuse is still recognised.
/// - XML: a journey when the root element is JourneyKit's `journey` or CJML's `CJML`.
/// - Mermaid: a journey when the diagram's first line is `journey`.
///
/// When the first ``scanLimit`` bytes do not decide — the file is empty or only comments, is not
/// text in an encoding the readers take, has no XML root element, or its first mapping runs on
/// past them — the file counts as a journey: reading it then says what is wrong (`FILE-EMPTY`,
/// `FILE-ENCODING`, …), which is better than passing over it in silence.
public enum JourneyContent: Hashable, Sendable {
    /// A journey, or a file that may be one (see above): read it as a journey.
    case journey
    /// Not a journey, and why, in words for the user (e.g. "a JSON Schema (`$schema` at the top)").
    case other(reason: String)

    /// How much of a file is looked at.
    public static let scanLimit = 64 * 1024

    /// The top-level keys that make a YAML or JSON file a journey: `journey` (every journey
    /// file has it) and the keys no other common file has at its top level.
    public static let journeyKeys: Set<String> = [
        "journey", "planned", "proposition", "scale", "personas", "actors", "challenges", "stages",
        "painPoints", "opportunities", "dataPoints", "suppress",
    ]

    /// True for ``journey``.
    public var isJourney: Bool { self == .journey }

    /// What the bytes hold, read as `format` (by default the one the name's extension gives,
    /// else YAML). Only the first ``scanLimit`` bytes are looked at.
    public static func recognise(_ data: Data, name: String, format: JourneyFormat? = nil) -> JourneyContent {
        let bytes = [UInt8](data.prefix(scanLimit))
        let truncated = data.count > scanLimit
        switch format ?? JourneyFormat(path: name) ?? .yaml {
        case .xml, .cjml:
            // No root element: the reader says what is wrong with the file.
            guard let root = XMLRoot.name(in: data) else { return .journey }
            if root == XMLVocabulary.rootName || CJML.isRootName(root) { return .journey }
            return .other(reason: "an XML file whose root element is <\(root)>, not JourneyKit's <journey> or CJML's <CJML>")
        case .mermaid:
            guard let text = text(bytes, truncated: truncated) else { return .journey }
            return mermaid(text)
        case .dot:
            return .other(reason: "a Graphviz DOT file, which JourneyKit writes but does not read")
        case .yaml, .json:
            guard let text = text(bytes, truncated: truncated) else { return .journey }
            return mapping(text, truncated: truncated)
        }
    }

    /// The bytes as text, a byte-order mark dropped (and, when the scan was cut short, a
    /// character cut in two); nil when they are not text the readers take (invalid UTF-8, a NUL
    /// byte, UTF-32), which the reader then reports as such.
    private static func text(_ bytes: [UInt8], truncated: Bool) -> Substring? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            let body = bytes.dropFirst(2)
            guard truncated || body.count % 2 == 0 else { return nil }
            return String(data: Data(body.prefix(body.count & ~1)), encoding: encoding).map { Substring($0) }
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if body.contains(0) { return nil }
        for cut in 0...(truncated ? 3 : 0) where cut <= body.count {
            if let text = String(validating: body.dropLast(cut), as: UTF8.self) { return Substring(text) }
        }
        return nil
    }

    // MARK: - YAML and JSON

    private static func mapping(_ text: Substring, truncated: Bool) -> JourneyContent {
        var seenKey = false
        var inDocument = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = rawLine
            if line.first == " " || line.first == "\t" {
                // Inside a top-level entry; a first content line that is indented is a mapping too.
                if seenKey { continue }
                line = line.drop(while: { $0 == " " || $0 == "\t" })
            }
            if line.isEmpty || line.first == "#" { continue }
            if line.hasPrefix("%") && !inDocument { continue }
            if line == "---" || line.hasPrefix("--- ") || line.hasPrefix("---\t") {
                if inDocument { break }
                inDocument = true
                line = line.dropFirst(3).drop(while: { $0 == " " || $0 == "\t" })
                if line.isEmpty || line.first == "#" { continue }
            }
            if line == "..." { break }
            inDocument = true
            if !seenKey {
                switch line.first {
                case "{": return flowMapping(text[line.startIndex...], truncated: truncated)
                case "[": return .other(reason: "its top level is a list, not a journey's mapping")
                case "-" where line.count == 1 || line.dropFirst().first == " ":
                    return .other(reason: "its top level is a list, not a journey's mapping")
                default: break
                }
            }
            guard let key = blockKey(line) else {
                if !seenKey { return .other(reason: "its top level is a single value, not a journey's mapping") }
                continue
            }
            seenKey = true
            if let decision = decide(key) { return decision }
        }
        // Empty, or only comments: the reader reports it as an empty journey file.
        if truncated || !seenKey { return .journey }
        return .other(reason: "its top level has none of a journey's keys (`journey:`, `stages:`, `personas:`, …)")
    }

    /// The decision one top-level key makes, if any.
    private static func decide(_ key: Substring) -> JourneyContent? {
        if key == "$schema" || key == "$id" { return .other(reason: "a JSON Schema (`\(key)` at the top level)") }
        return journeyKeys.contains(String(key)) ? .journey : nil
    }

    /// The key of a line that starts a block mapping entry: `key:`, `"key":`, `'key':`.
    private static func blockKey(_ line: Substring) -> Substring? {
        if let quote = line.first, quote == "\"" || quote == "'" {
            let rest = line.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { return nil }
            let after = rest[rest.index(after: end)...].drop(while: { $0 == " " })
            return after.first == ":" ? rest[..<end] : nil
        }
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == ":" {
                let next = line.index(after: index)
                if next == line.endIndex || line[next] == " " || line[next] == "\t" {
                    let key = line[..<index]
                    return key.last == " " ? key.dropLast(key.reversed().prefix(while: { $0 == " " }).count) : key
                }
            }
            if line[index] == "#", index > line.startIndex, line[line.index(before: index)] == " " { return nil }
            index = line.index(after: index)
        }
        return nil
    }

    /// The keys of a `{…}` document (JSON, or YAML written as one flow mapping), at its top
    /// level only: nested objects, lists and strings are stepped over.
    private static func flowMapping(_ text: Substring, truncated: Bool) -> JourneyContent {
        var index = text.index(after: text.startIndex)
        var depth = 0
        var expectingKey = true
        var seenKey = false
        func skipString(_ quote: Character) -> Substring? {
            let start = text.index(after: index)
            var i = start
            while i < text.endIndex {
                if text[i] == "\\" && quote == "\"" {
                    i = text.index(after: i)
                    if i < text.endIndex { i = text.index(after: i) }
                    continue
                }
                if text[i] == quote {
                    index = text.index(after: i)
                    return text[start..<i]
                }
                i = text.index(after: i)
            }
            index = text.endIndex
            return nil
        }
        while index < text.endIndex {
            let c = text[index]
            if c == "\"" || c == "'" {
                let string = skipString(c)
                if depth == 0 && expectingKey, let key = string {
                    seenKey = true
                    expectingKey = false
                    if let decision = decide(key) { return decision }
                }
                continue
            }
            switch c {
            case "{", "[": depth += 1
            case "}", "]":
                if depth == 0 {
                    return .other(reason: seenKey ? "its top level has none of a journey's keys (`journey`, `stages`, `personas`, …)" : "it is an empty object")
                }
                depth -= 1
            case "," where depth == 0: expectingKey = true
            case ":" where depth == 0: expectingKey = false
            default:
                // An unquoted YAML key.
                if depth == 0 && expectingKey && !c.isWhitespace {
                    let start = index
                    while index < text.endIndex, !":,}".contains(text[index]) { index = text.index(after: index) }
                    let key = text[start..<index].trimmingCharacters(in: .whitespaces)
                    seenKey = true
                    expectingKey = false
                    if let decision = decide(Substring(key)) { return decision }
                    continue
                }
            }
            index = text.index(after: index)
        }
        return truncated ? .journey : .other(reason: "it is an object that never ends, with none of a journey's keys")
    }

    // MARK: - Mermaid

    private static func mermaid(_ text: Substring) -> JourneyContent {
        var inFrontMatter = false
        var first = true
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            defer { if !line.isEmpty { first = false } }
            if line.isEmpty { continue }
            if line == "---" && (first || inFrontMatter) {
                inFrontMatter.toggle()
                continue
            }
            if inFrontMatter || line.hasPrefix("%%") { continue }
            let word = line.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" })
            if word.lowercased() == "journey" { return .journey }
            return .other(reason: word.isEmpty ? "a Mermaid file that is not a journey diagram" : "a Mermaid \(word) diagram, not a journey")
        }
        // Empty: the reader reports it as an empty journey.
        return .journey
    }
}
