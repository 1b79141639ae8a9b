internal import CTextBreaking

/// Where text may be broken across lines, by Unicode's line-breaking algorithm (UAX #14, from
/// the system ICU), and where a word may be hyphenated, by the Liang patterns of its language
/// (libhyphen's dictionaries). The C library's types stay in `CTextBreaking`.
enum TextBreaking {
    /// A place where a new line may start.
    struct Opportunity: Hashable, Sendable {
        /// Where the next line would start.
        var index: String.Index
        /// The break is required (after a line separator).
        var mandatory: Bool
    }

    /// The line-break opportunities of `text` for `language` (a BCP 47 tag; nil for the
    /// default rules), in order, the end of the text included.
    static func opportunities(in text: String, language: String?) -> [Opportunity] {
        let utf8 = Array(text.utf8)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return utf8.isEmpty ? [] : [Opportunity(index: text.endIndex, mandatory: false)] }
        let capacity = utf8.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var mandatory = [UInt8](repeating: 0, count: capacity)
        let count = utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                withLocale(language) { locale in
                    jk_line_breaks_utf8(chars.baseAddress, Int32(chars.count), locale, &offsets, &mandatory, Int32(capacity))
                }
            }
        }
        guard count > 0 else { return [Opportunity(index: text.endIndex, mandatory: false)] }
        var result: [Opportunity] = []
        result.reserveCapacity(Int(count))
        var index = text.utf8.startIndex
        var offset = 0
        for k in 0..<Int(count) {
            let target = Int(offsets[k])
            guard target > offset, target <= utf8.count else { continue }
            index = text.utf8.index(index, offsetBy: target - offset)
            offset = target
            result.append(Opportunity(index: index, mandatory: mandatory[k] != 0))
        }
        return result
    }

    /// The line-break opportunities as UTF-16 offsets (for tests and callers holding UTF-16).
    static func utf16Opportunities(in text: String, language: String?) -> [Int] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var offsets = [Int32](repeating: 0, count: units.count + 1)
        var mandatory = [UInt8](repeating: 0, count: units.count + 1)
        let count = units.withUnsafeBufferPointer { buffer in
            withLocale(language) { locale in
                jk_line_breaks_utf16(buffer.baseAddress, Int32(buffer.count), locale, &offsets, &mandatory, Int32(units.count + 1))
            }
        }
        return count > 0 ? offsets.prefix(Int(count)).map(Int.init) : []
    }

    /// The places inside `word` (letters only) after which a hyphen may be set in `language`;
    /// empty when there is no dictionary for the language or no point in the word.
    static func hyphenationPoints(of word: Substring, language: String?) -> [String.Index] {
        guard let language, !language.isEmpty else { return [] }
        let utf8 = Array(word.utf8)
        guard utf8.count >= 4, utf8.count <= 200 else { return [] }
        var offsets = [Int32](repeating: 0, count: utf8.count)
        let count = utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                jk_hyphenation_points(chars.baseAddress, Int32(chars.count), language, &offsets, Int32(utf8.count))
            }
        }
        guard count > 0 else { return [] }
        return offsets.prefix(Int(count)).compactMap { offset in
            word.utf8.index(word.startIndex, offsetBy: Int(offset), limitedBy: word.endIndex)
        }
    }

    /// Whether hyphenation patterns for `language` are installed.
    static func hasHyphenation(for language: String?) -> Bool {
        guard let language, !language.isEmpty else { return false }
        return jk_has_hyphenation(language)
    }

    /// Whether a word of `scalar`'s script, broken across lines, is marked with a hyphen.
    static func usesHyphen(_ scalar: Unicode.Scalar) -> Bool { jk_script_uses_hyphen(scalar.value) }

    /// Whether `scalar` may not start a line (line-break class CL, CP, EX, IS or NS).
    static func mayNotStartLine(_ scalar: Unicode.Scalar) -> Bool { jk_may_not_start_line(scalar.value) }

    private static func withLocale<R>(_ language: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let language, !language.isEmpty else { return body(nil) }
        return language.withCString { body($0) }
    }
}
