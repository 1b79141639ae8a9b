import Foundation

/// Text as the HTML page carries it: escaped for elements and attributes, or as JSON inside a
/// `<script type="application/json">` island that no design text can break out of.
enum HTMLText {
    /// The text without what must not reach the page: control characters (tab and newline
    /// stay), bidi overrides and isolates (they would reorder the page around them) and the
    /// noncharacters U+FFFE and U+FFFF.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !allowed($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where allowed(scalar) { out.append(scalar) }
        return String(out)
    }

    static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA: true
        case 0x0...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Escaped for element content and for quoted attribute values: `&`, `<`, `>`, `"` and `'`.
    /// Scalar by scalar, so that a combining mark after a quote cannot hide the quote.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where allowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The base direction of a text, `rtl` or `ltr`: the direction most of its strong letters
    /// have (Arabic, Hebrew, Syriac, Thaana and N'Ko letters are right-to-left, every other
    /// letter left-to-right), the first strong letter's on a tie, `ltr` without letters.
    ///
    /// Not `dir="auto"`, which takes the first strong letter alone: it sets a label such as
    /// "ليلى (Leila) Haddad" right to left, which moves the parenthesis and the Latin words
    /// around the Arabic name. The page's script applies the same rule (`direction` in
    /// ``PageScript``) to the texts it builds.
    static func direction(_ text: String) -> String {
        var rtl = 0, ltr = 0
        var first: String?
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            let right = isRightToLeft(scalar)
            if right { rtl += 1 } else { ltr += 1 }
            if first == nil { first = right ? "rtl" : "ltr" }
        }
        if rtl != ltr { return rtl > ltr ? "rtl" : "ltr" }
        return first ?? "ltr"
    }

    /// ` dir="ltr"` or ` dir="rtl"` for a text (see ``direction(_:)``).
    static func dir(_ text: String) -> String { " dir=\"\(direction(text))\"" }

    /// Letters of the scripts written right to left.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// A value as JSON that is safe inside `<script>`: `<`, `>` and `&` become `\u003c`,
    /// `\u003e` and `\u0026`, so that `</script>` and `<!--` cannot occur, and U+2028 and
    /// U+2029 are escaped too (older JavaScript parsers end a line at them).
    static func jsonIsland<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return scriptSafe(String(decoding: data, as: UTF8.self))
    }

    /// JSON text with the characters that could end a script element or a line escaped. These
    /// characters only ever occur inside JSON strings, where the escapes mean the same.
    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x3C: out += "\\u003c"
            case 0x3E: out += "\\u003e"
            case 0x26: out += "\\u0026"
            case 0x2028: out += "\\u2028"
            case 0x2029: out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSS colour from a theme: `#hex`, or a plain name; anything else becomes `fallback`
    /// (a colour can never close the style element or start a rule).
    static func cssColor(_ color: Color, fallback: String) -> String {
        let value = color.value
        let hex = value.hasPrefix("#") && [4, 7, 9].contains(value.count) && value.dropFirst().allSatisfy(\.isHexDigit)
        let name = !value.isEmpty && value.count <= 30 && value.allSatisfy { $0.isASCII && $0.isLetter }
        return hex || name ? value : fallback
    }

    /// A font list for CSS: letters, digits, spaces, commas and hyphens only.
    static func cssFontFamily(_ family: String) -> String {
        let kept = family.filter { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == " " || $0 == "," || $0 == "-" }
        let names = kept.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // A family name starting with a digit is not an identifier: quote it.
        let quoted = names.map { $0.first?.isNumber == true ? "\"\($0)\"" : String($0) }
        return quoted.isEmpty ? "sans-serif" : quoted.joined(separator: ", ")
    }

    /// FNV-1a, 64 bits, as 16 hex digits: the page's version.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Splits `file:line:col: rest` into the place and the rest; nil when there is no place.
    static func located(_ message: String) -> (place: String, rest: String)? {
        // The place ends at the first ": " after a `:line:col` (the file name may hold colons).
        let pattern = #/^(.+?:\d+(?::\d+)?): (.*)$/#.dotMatchesNewlines()
        guard let match = message.wholeMatch(of: pattern) else { return nil }
        return (String(match.1), String(match.2))
    }
}
