import Foundation
import JourneyRendering
import Testing

/// Measuring with DejaVu Sans' advance widths, wrapping into lines that fit, and shortening
/// with an ellipsis.
@Suite("Text")
struct TextTests {
    @Test("widths are the sums of DejaVu Sans' advances")
    func dejaVuWidths() {
        // H 1540, e 1260, l 569, l 569, o 1253 units of 2048 per em.
        let hello = (1540.0 + 1260 + 569 + 569 + 1253) / 2048 * 10
        #expect(abs(FontMetrics.width(of: "Hello", size: 10) - hello) < 1e-9)
        #expect(abs(FontMetrics.width(of: "Hello", size: 20) - 2 * hello) < 1e-9)
        #expect(FontMetrics.width(of: "", size: 10) == 0)
        // A space is 651 units.
        #expect(abs(FontMetrics.width(of: "  ", size: 2048) - 1302) < 1e-9)
        // Characters the font lacks are measured a full em; marks and format characters take no room.
        #expect(FontMetrics.width(of: "東", size: 12) == 12)
        #expect(abs(FontMetrics.width(of: "e\u{301}\u{302}\u{303}", size: 10) - FontMetrics.width(of: "e", size: 10)) < 1e-9)
        #expect(FontMetrics.width(of: "\u{200B}\u{FEFF}", size: 10) == 0)
    }

    @Test("bold is wider than regular", arguments: ["Hello", "Moment of truth", "Submit the application", "0123456789"])
    func boldIsWider(_ text: String) {
        #expect(FontMetrics.width(of: text, size: 12, bold: true) > FontMetrics.width(of: text, size: 12))
        let style = TextStyle(size: 12, bold: true)
        #expect(style.width(of: text) == FontMetrics.width(of: text, size: 12, bold: true))
        // Italic leans out by a tenth of an em.
        #expect(abs(TextStyle(size: 12, italic: true).width(of: text) - FontMetrics.width(of: text, size: 12) - 1.2) < 1e-9)
    }

    static let texts = [
        "Book an appointment online without phoning during office hours",
        "The patient receives a letter with the date, the time and what to bring, and a reminder by text message two days before",
        "Supercalifragilisticexpialidocious and a short tail",
        Hostile.cjk + " " + Hostile.arabic + " " + Hostile.hebrew,
        Hostile.emoji + " " + Hostile.combining + " " + Hostile.zeroWidth,
        "a  b\t\tc\n\nd   " + Hostile.controls + " " + Hostile.bidi,
        String(repeating: "word ", count: 200),
        Hostile.longWord,
    ]

    @Test("wrapped lines fit the width, are never empty, and a cut text ends in an ellipsis", arguments: texts)
    func wrapping(_ text: String) {
        for style in [TextStyle(size: 12), TextStyle(size: 13, bold: true), TextStyle(size: 11.5, italic: true)] {
            for width in stride(from: 40.0, through: 400, by: 37) {
                for maxLines in [1, 2, 3, 5] {
                    let (lines, truncated) = TextWrap.lines(text, width: width, style: style, maxLines: maxLines)
                    let context = "width \(width), \(maxLines) lines, size \(style.size)"
                    #expect(!lines.isEmpty, "\(context)")
                    #expect(lines.count <= maxLines, "\(context)")
                    for line in lines {
                        #expect(style.width(of: line) <= width + 1e-9, "\(context): \(line)")
                        #expect(!line.isEmpty && line.first != " " && line.last != " ", "\(context): '\(line)'")
                    }
                    if truncated {
                        #expect(lines.last?.hasSuffix("…") == true, "\(context): \(lines)")
                    } else {
                        // Nothing was lost: the words come back in order (less the hyphens
                        // added where a word too wide for the line was broken).
                        let words = TextWrap.displayText(text).split(separator: " ").joined()
                        #expect(lines.joined().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
                            == words.replacingOccurrences(of: "-", with: ""), "\(context)")
                    }
                }
            }
        }
    }

    @Test("a 10,000-character word breaks into at most maxLines lines, each within the width")
    func longWord() {
        let style = TextStyle(size: 13, bold: true)
        for maxLines in [1, 4, 20] {
            let (lines, truncated) = TextWrap.lines(Hostile.longWord, width: 172, style: style, maxLines: maxLines)
            #expect(truncated)
            #expect(lines.count == maxLines)
            #expect(lines.allSatisfy { style.width(of: $0) <= 172 + 1e-9 })
            #expect(lines.dropLast().allSatisfy { style.width(of: $0) > 172 - 2 * style.size }, "full lines are filled")
            #expect(lines.last?.hasSuffix("…") == true)
        }
        // With room for all of it, it all comes back, each break marked with a hyphen.
        let (all, cut) = TextWrap.lines(Hostile.longWord, width: 500, style: style, maxLines: 1_000)
        #expect(!cut)
        #expect(all.dropLast().allSatisfy { $0.hasSuffix("-") })
        #expect(all.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == Hostile.longWord)
    }

    @Test("text that fits is kept whole")
    func fits() {
        let style = TextStyle(size: 12)
        let (lines, truncated) = TextWrap.lines("Pay the fee", width: 200, style: style, maxLines: 2)
        #expect(lines == ["Pay the fee"])
        #expect(!truncated)
        #expect(TextWrap.lines("one two three", width: style.width(of: "one two") + 0.01, style: style, maxLines: 3).lines == ["one two", "three"])
        #expect(TextWrap.lines("", width: 200, style: style, maxLines: 2) == ([], false))
        #expect(TextWrap.lines(" \n\t ", width: 200, style: style, maxLines: 2) == ([], false))
        #expect(TextWrap.lines("something", width: 200, style: style, maxLines: 0).truncated)
    }

    @Test("one line is shortened to the width with an ellipsis")
    func oneLine() {
        let style = TextStyle(size: 11)
        let short = TextWrap.line("Anna", width: 100, style: style)
        #expect(short == ("Anna", false))
        for text in Self.texts {
            for width in [30.0, 80, 260] {
                let (line, truncated) = TextWrap.line(text, width: width, style: style)
                #expect(style.width(of: line) <= width + 1e-9, "\(line)")
                #expect(truncated == (style.width(of: TextWrap.displayText(text)) > width))
                if truncated {
                    #expect(line.hasSuffix("…"))
                    #expect(TextWrap.displayText(text).hasPrefix(String(line.dropLast()).trimmingTrailingSpaces))
                }
            }
        }
    }

    @Test("display text drops control and bidi characters and collapses white space")
    func displayText() {
        #expect(TextWrap.displayText("  a \t b\n\nc  ") == "a b c")
        #expect(TextWrap.displayText("abc\u{202E}def\u{2066}ghi\u{2069}\u{202A}") == "abcdefghi")
        #expect(TextWrap.displayText("x\u{0}\u{1}\u{7}\u{1B}[31m\u{7F}\u{85}y") == "x[31m y")
        #expect(TextWrap.displayText(Hostile.controls) == "ctl end")
        #expect(TextWrap.displayText(Hostile.whitespace).isEmpty)
        #expect(TextWrap.displayText("</text><script>") == "</text><script>", "markup is the writer's business, not this one's")
        // Emoji sequences, combining marks and right-to-left text are kept intact.
        #expect(TextWrap.displayText(Hostile.emoji) == Hostile.emoji)
        #expect(TextWrap.displayText(Hostile.combining) == Hostile.combining)
        #expect(TextWrap.displayText(Hostile.arabic) == Hostile.arabic)
        for text in Hostile.all + [Hostile.huge] {
            let clean = TextWrap.displayText(text)
            #expect(!clean.hasForbiddenDisplayScalar)
            #expect(!clean.contains("  ") && clean.first != " " && clean.last != " ")
            #expect(TextWrap.displayText(clean) == clean, "display text is stable")
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
