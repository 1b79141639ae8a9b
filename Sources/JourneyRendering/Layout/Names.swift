/// Names as the pictures show them.
enum Design {
    /// The drawn form of a name; the id when the name is empty or only white space.
    static func name(_ text: String, fallback: some CustomStringConvertible) -> String {
        let clean = TextWrap.displayText(text)
        return clean.isEmpty ? TextWrap.displayText(fallback.description) : clean
    }
}
