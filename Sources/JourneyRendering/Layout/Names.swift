/// Names as the pictures show them.
enum Design {
    /// The drawn form of a name; the id when the name is empty or only white space.
    static func name(_ text: String, fallback: some CustomStringConvertible) -> String {
        // A name is drawn in a few lines at most: 10,000 characters are plenty to wrap and cut.
        let clean = TextWrap.displayText(TextWrap.prefix(text, maxScalars: 10_000).text)
        return clean.isEmpty ? TextWrap.displayText(fallback.description) : clean
    }

    /// Any text as it is drawn, looking at no more than its first 10,000 characters.
    static func text(_ text: String) -> String { TextWrap.displayText(TextWrap.prefix(text, maxScalars: 10_000).text) }

    /// A thought or quote as drawn: in “…”, unless it brings its own quotation marks (「…」,
    /// „…“, «…») or is mostly right to left, where the picture's left-to-right base direction
    /// would put added marks at the wrong ends.
    static func quoted(_ text: String) -> String {
        let body = Design.text(text)
        guard let first = body.unicodeScalars.first, let last = body.unicodeScalars.last else { return body }
        let opening: Set<Unicode.Scalar> = ["「", "『", "“", "\"", "„", "«", "‹", "‘", "‚", "»"]
        let closing: Set<Unicode.Scalar> = ["」", "』", "”", "\"", "“", "»", "›", "’", "«"]
        if opening.contains(first) || closing.contains(last) || HTMLText.direction(body) == "rtl" { return body }
        return "“\(body)”"
    }
}
