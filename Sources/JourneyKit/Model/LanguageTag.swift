/// Checks BCP 47 language tags (RFC 5646), the form of a design's `language`: `de`, `en-GB`,
/// `zh-Hant-TW`, `sr-Latn`, `es-419`, `x-klingon`.
public enum LanguageTag {
    /// Whether `tag` has the syntax of RFC 5646 section 2.1: a language of 2–3 letters (with up
    /// to three extended-language subtags) or 4–8 letters, then optionally a script (4 letters),
    /// a region (2 letters or 3 digits), variants, extensions and a private-use part; or a
    /// private-use tag alone (`x-…`). Case does not matter. Whether the subtags are registered
    /// is not checked.
    public static func isWellFormed(_ tag: String) -> Bool {
        guard !tag.isEmpty, tag.utf8.count <= 100 else { return false }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false).map { Array($0.utf8) }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(isAlphanumeric) }) else { return false }
        var index = 0
        func privateUse() -> Bool {
            // "x" then one or more subtags of 1–8 characters, to the end.
            index += 1
            return index < parts.count
        }
        if isSingleton(parts[0], "x") { return privateUse() }
        // Language.
        let language = parts[0]
        guard language.allSatisfy(isLetter), language.count >= 2 else { return false }
        index = 1
        if language.count <= 3 {
            var extlangs = 0
            while index < parts.count, extlangs < 3, parts[index].count == 3, parts[index].allSatisfy(isLetter) {
                index += 1
                extlangs += 1
            }
        }
        // Script.
        if index < parts.count, parts[index].count == 4, parts[index].allSatisfy(isLetter) { index += 1 }
        // Region.
        if index < parts.count, (parts[index].count == 2 && parts[index].allSatisfy(isLetter)) || (parts[index].count == 3 && parts[index].allSatisfy(isDigit)) {
            index += 1
        }
        // Variants.
        while index < parts.count, isVariant(parts[index]) { index += 1 }
        // Extensions: a singleton other than x, then subtags of 2–8 characters.
        while index < parts.count, parts[index].count == 1, !isSingleton(parts[index], "x") {
            index += 1
            var subtags = 0
            while index < parts.count, parts[index].count >= 2 {
                index += 1
                subtags += 1
            }
            guard subtags > 0 else { return false }
        }
        if index < parts.count, isSingleton(parts[index], "x") { return privateUse() }
        return index == parts.count
    }

    private static func isVariant(_ part: [UInt8]) -> Bool {
        (part.count >= 5 && part.count <= 8) || (part.count == 4 && isDigit(part[0]))
    }

    private static func isSingleton(_ part: [UInt8], _ letter: Character) -> Bool {
        part.count == 1 && (part[0] | 0x20) == letter.asciiValue!
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}
