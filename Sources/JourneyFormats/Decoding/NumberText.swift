/// The numbers a journey file holds, as text: the decimal numbers of YAML 1.2's core schema
/// (`4`, `-2`, `+3.5`, `.5`, `5.`, `1e3`), which is also what JSON numbers are and what the JSON
/// Schema's number pattern and its independent judge in the tests accept.
///
/// Swift's `Double(String)` takes more (`0x10`, `inf`, `nan`, `infinity`); those are text here,
/// so that the reader and `Schemas/journeykit.schema.json` agree on what a number is.
enum NumberText {
    /// The value of `text` when it is a decimal number, finite or not (`1e400` is +infinity).
    static func value(_ text: String) -> Double? {
        isDecimal(text) ? Double(text) : nil
    }

    /// `[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?`, without a regular expression.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        func skip(_ characters: String) -> Bool {
            guard let first = bytes.first, characters.utf8.contains(first) else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        _ = skip("+-")
        let whole = digits()
        var fraction = 0
        if skip(".") { fraction = digits() }
        guard whole > 0 || fraction > 0 else { return false }
        if skip("eE") {
            _ = skip("+-")
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// YAML's spellings of infinity and not-a-number (`.inf`, `-.Inf`, `.NaN`…), and the words
    /// Swift reads as such (`inf`, `nan`, `infinity`): plain scalars a designer may mean as a
    /// number, refused with a reason rather than as text.
    static func isNonFiniteSpelling(_ text: String) -> Bool {
        var word = text.lowercased()
        if word.hasPrefix("+") || word.hasPrefix("-") { word.removeFirst() }
        if word.hasPrefix(".") { word.removeFirst() }
        return ["inf", "infinity", "nan"].contains(word)
    }
}
