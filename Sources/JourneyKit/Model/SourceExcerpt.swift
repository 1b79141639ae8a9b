/// One line of a file with a caret under a column: what a compiler shows under an error.
///
/// ```
///    14 |         title: Step 2: finds the form
///       |                      ^
/// ```
///
/// The text is kept short and printable: a line longer than ``width`` characters is cut to
/// a window around the caret (marked `…`), a tab shows as `→` and other control characters as
/// `�`, each one character wide, so that the caret stays under its column.
public struct SourceExcerpt: Hashable, Sendable {
    /// The line's number in the file, from 1.
    public var line: Int
    /// The line as shown (perhaps a window of it), one column per character.
    public var text: String
    /// The caret's column in ``text``, from 1.
    public var caret: Int

    /// The most characters of a line an excerpt shows.
    public static let width = 100

    /// An excerpt of `lineText` (line `line` of a file) with the caret under `column` (1-based,
    /// in Unicode scalars, as the readers count columns).
    public init(line: Int, lineText: some StringProtocol, column: Int) {
        self.line = line
        // The line may be megabytes long (a hostile file): only the window is copied.
        let all = lineText.unicodeScalars
        var count = all.count
        if all.last == "\r" { count -= 1 }
        var caret = max(column, 1)
        var start = 0
        var end = count
        if count > Self.width {
            start = min(max(caret - 1 - Self.width / 2, 0), count - Self.width)
            end = start + Self.width
        }
        var shown = String.UnicodeScalarView()
        if start > 0 {
            shown.append("…")
            caret = caret - start + 1
        }
        for scalar in all.dropFirst(start).prefix(end - start) {
            switch scalar {
            case "\t": shown.append("→")
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): shown.append("\u{FFFD}")
            default: shown.append(scalar)
            }
        }
        if end < count { shown.append("…") }
        self.text = String(shown)
        self.caret = min(caret, shown.count + 1)
    }

    /// The two lines to print: the numbered source line, then the caret.
    ///
    /// - Parameter indent: spaces before the line number's gutter.
    public func rendered(indent: Int = 4) -> [String] {
        let number = String(line)
        let pad = String(repeating: " ", count: indent)
        let gutter = String(repeating: " ", count: number.count)
        return [
            "\(pad)\(number) | \(text)",
            "\(pad)\(gutter) | " + String(repeating: " ", count: caret - 1) + "^",
        ]
    }
}
