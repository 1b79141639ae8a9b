/// Breaks text into lines that fit a width, by the rules of its language, and shortens what
/// does not fit with an ellipsis.
public enum TextWrap {
    /// The text as it is drawn: control and bidi-override characters removed (they would
    /// reorder or hide neighbouring text), runs of white space as one space, trimmed.
    public static func displayText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            switch scalar.value {
            case 0x0...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF, 0xD800...0xDFFF: continue
            default: break
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The lines of `text` in `width`, at most `maxLines`; `truncated` is true when some of
    /// the text did not fit (the last line then ends in an ellipsis). Lines break where
    /// Unicode's line-breaking algorithm allows for `language` (a BCP 47 tag; by default the
    /// language of the design being drawn, `TextLanguage.current`); a word too wide for a line
    /// is hyphenated by the language's patterns, else broken between characters (see
    /// `LineSetter`).
    public static func lines(
        _ text: String, width: Double, style: TextStyle, maxLines: Int, language: String? = TextLanguage.current
    ) -> (lines: [String], truncated: Bool) {
        // No more than this many characters can be shown (a drawn character is wider than a
        // unit); the rest of a label of megabytes is not even looked at.
        let shown = prefix(text, maxScalars: max(1, maxLines) * max(200, Int(width.rounded(.up)) + 1))
        if shown.cut {
            let (lines, _) = lines(shown.text, width: width, style: style, maxLines: maxLines, language: language)
            return (lines.isEmpty ? lines : ellipsize(lines, width: width, style: style), !lines.isEmpty)
        }
        let clean = displayText(text)
        guard !clean.isEmpty, maxLines > 0 else { return ([], !clean.isEmpty) }
        return LineSetter(text: clean, width: width, style: style, language: language).lines(maxLines: maxLines)
    }

    /// The lines with the last one shortened to end in "…" within `width`.
    static func ellipsize(_ lines: [String], width: Double, style: TextStyle) -> [String] {
        guard let last = lines.last else { return lines }
        let room = width - style.width(of: "…")
        var used = 0.0
        var end = last.startIndex
        for index in last.indices {
            let next = last.index(after: index)
            let w = style.width(of: last[index..<next])
            if used + w > room { break }
            used += w
            end = next
        }
        var head = last[..<end]
        while head.last == " " { head.removeLast() }
        var result = lines
        result[result.count - 1] = head + "…"
        return result
    }

    /// The first `maxScalars` scalars of `text`, and whether anything was left out.
    static func prefix(_ text: String, maxScalars: Int) -> (text: String, cut: Bool) {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: maxScalars, limitedBy: scalars.endIndex), end != scalars.endIndex else {
            return (text, false)
        }
        return (String(scalars[..<end]), true)
    }

    /// One line: the text, shortened with an ellipsis when it is wider than `width`.
    public static func line(_ text: String, width: Double, style: TextStyle) -> (line: String, truncated: Bool) {
        let shown = prefix(text, maxScalars: max(200, Int(width.rounded(.up)) + 1))
        if shown.cut {
            let clean = displayText(shown.text)
            return (clean.isEmpty ? "" : ellipsize([clean], width: width, style: style)[0], !clean.isEmpty)
        }
        let clean = displayText(text)
        if style.width(of: clean) <= width { return (clean, false) }
        return (ellipsize([clean], width: width, style: style)[0], true)
    }
}
