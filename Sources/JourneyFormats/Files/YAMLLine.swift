/// The shape of one line of block YAML, as far as indentation is concerned: where its content
/// starts, the `- ` list markers before it, and the field (`key:`) it starts with, if any.
///
/// It is a reading of one line for error messages, not a parser: it does not know about block
/// texts (`|`, `>`) or flow collections spread over lines.
struct YAMLLine {
    /// The line's Unicode scalars (columns count scalars, as libyaml does).
    let scalars: [Unicode.Scalar]
    /// Column (1-based) of the first character that is not a space or a tab; nil for a blank line.
    let contentColumn: Int?
    /// Columns of the `-` markers before the field, outermost first.
    let dashColumns: [Int]
    /// The field the line starts with (after any `- `), its column and its colon's column.
    let key: (name: String, column: Int, colon: Int)?

    init(_ text: some StringProtocol) {
        var scalars = Array(text.unicodeScalars)
        if scalars.last == "\r" { scalars.removeLast() }
        self.scalars = scalars
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        contentColumn = i < scalars.count ? i + 1 : nil
        var dashes: [Int] = []
        while i < scalars.count, scalars[i] == "-", i + 1 == scalars.count || scalars[i + 1] == " " {
            dashes.append(i + 1)
            i += 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
        }
        dashColumns = dashes
        key = Self.key(in: scalars, from: i)
    }

    /// True for a blank line or a comment.
    var isInsignificant: Bool {
        guard let column = contentColumn else { return true }
        return scalars[column - 1] == "#"
    }

    /// True when the field's value is not on this line (`touchpoints:`): a block follows.
    var opensBlock: Bool {
        guard let key else { return false }
        return value(after: key.colon).isEmpty
    }

    /// The text after a column, without the spaces around it and a trailing `# comment`.
    func value(after column: Int) -> String {
        guard column < scalars.count else { return "" }
        var rest = Array(scalars[column...])
        for (index, scalar) in rest.enumerated() where scalar == "#" && index > 0 && (rest[index - 1] == " " || rest[index - 1] == "\t") {
            rest = Array(rest[..<index])
            break
        }
        return String(String.UnicodeScalarView(rest)).trimmingSpaces()
    }

    /// The text of a column range (1-based, inclusive start, exclusive end).
    func text(from start: Int, to end: Int) -> String {
        guard start >= 1, start <= end, end - 1 <= scalars.count else { return "" }
        return String(String.UnicodeScalarView(scalars[(start - 1)..<(end - 1)]))
    }

    private static func key(in scalars: [Unicode.Scalar], from start: Int) -> (name: String, column: Int, colon: Int)? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        var i = start
        if first == "\"" || first == "'" {
            i += 1
            while i < scalars.count, scalars[i] != first { i += scalars[i] == "\\" && first == "\"" ? 2 : 1 }
            i += 1
            guard i < scalars.count, scalars[i] == ":" else { return nil }
            return (String(String.UnicodeScalarView(scalars[start..<i])), start + 1, i + 1)
        }
        if "[{#&*!|>%@`,?".unicodeScalars.contains(first) { return nil }
        while i < scalars.count {
            if scalars[i] == ":", i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\t" {
                let name = String(String.UnicodeScalarView(scalars[start..<i])).trimmingSpaces()
                return name.isEmpty ? nil : (name, start + 1, i + 1)
            }
            if scalars[i] == "#", i > start, scalars[i - 1] == " " { return nil }
            i += 1
        }
        return nil
    }
}

extension String {
    /// The text's lines, split at `\n` (a `\r` before it stays at the line's end). Scans the
    /// UTF-8 bytes: splitting by characters would segment graphemes over the whole file.
    var sourceLines: [Substring] {
        var lines: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(self[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(self[start..<bytes.endIndex])
        return lines
    }

    /// Without spaces and tabs at either end.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
