import Foundation
@testable import JourneyRendering
import Testing

/// `TextWrap.lines` by the rules of the text's language: breaks only at UAX #14 opportunities,
/// Liang hyphenation of words too wide for a line, then breaks between characters.
@Suite("Text setting")
struct TextSettingTests {
    static let style = TextStyle(size: 13, bold: true)

    @Test("a German word too wide for the line is hyphenated at a point of the German patterns, the hyphen drawn and counted")
    func germanWord() {
        let word = "Beschäftigungsverhältnis"
        let points = Set(TextBreaking.hyphenationPoints(of: Substring(word), language: "de").map { word.distance(from: word.startIndex, to: $0) })
        for width in stride(from: 70.0, through: 160, by: 9) {
            let (lines, truncated) = TextWrap.lines(word, width: width, style: Self.style, maxLines: 10, language: "de")
            #expect(!truncated)
            #expect(lines.count > 1, "width \(width)")
            var offset = 0
            for line in lines.dropLast() {
                #expect(line.hasSuffix("-"), "width \(width): \(lines)")
                #expect(Self.style.width(of: line) <= width + 1e-9, "width \(width): \(line)")
                offset += line.count - 1
                #expect(points.contains(offset), "width \(width): \(lines) breaks at \(offset), not a pattern point \(points.sorted())")
            }
            #expect(lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == word)
        }
    }

    @Test("the hyphen's width is counted: a head that fits only without it breaks earlier")
    func hyphenCounted() {
        let word = "Krankenversicherungsnachweis"
        let points = TextBreaking.hyphenationPoints(of: Substring(word), language: "de")
        let head = word[..<points[points.count / 2]]
        // Room for the head but not for the head and a hyphen.
        let width = Self.style.width(of: head) + Self.style.width(of: "-") / 2
        let (lines, _) = TextWrap.lines(word, width: width, style: Self.style, maxLines: 10, language: "de")
        #expect(lines[0] != head + "-", "\(lines)")
        #expect(lines.allSatisfy { Self.style.width(of: $0) <= width + 1e-9 })
    }

    @Test("words that fit are moved to the next line whole; the explicit hyphen of a compound is a break")
    func wholeWords() {
        let text = "Online-Terminbuchungssystem der Ausländerbehörde"
        let width = Self.style.width(of: "Terminbuchungssystem der") + 1
        let (lines, truncated) = TextWrap.lines(text, width: width, style: Self.style, maxLines: 5, language: "de")
        #expect(!truncated)
        #expect(lines == ["Online-", "Terminbuchungssystem der", "Ausländerbehörde"])
    }

    @Test("without patterns a too-wide word breaks between letters, marked with a hyphen in Latin script")
    func noLanguage() {
        let word = "Verpflichtungserklärung"
        for language in [nil, "ja", "zz"] as [String?] {
            let (lines, truncated) = TextWrap.lines(word, width: 60, style: Self.style, maxLines: 10, language: language)
            #expect(!truncated)
            #expect(lines.count > 2)
            #expect(lines.dropLast().allSatisfy { $0.hasSuffix("-") }, "\(lines)")
            #expect(lines.allSatisfy { Self.style.width(of: $0) <= 60 + 1e-9 })
            #expect(lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == word)
        }
    }

    @Test("an Arabic word broken between characters gets no hyphen")
    func arabicNoHyphen() {
        let word = "والمستندات"
        let width = Self.style.width(of: word) / 2
        let (lines, _) = TextWrap.lines(word, width: width, style: Self.style, maxLines: 10, language: "ar")
        #expect(lines.count >= 2)
        #expect(lines.allSatisfy { !$0.hasSuffix("-") }, "\(lines)")
        #expect(lines.joined() == word)
    }

    @Test("Japanese breaks between ideographs and never starts a line with a closing mark",
          arguments: [40.0, 52, 66, 80, 94, 120])
    func japanese(_ width: Double) {
        let text = "在留カードを受け取りました。」（窓口で本人確認）、次は住所変更です！？"
        let (lines, truncated) = TextWrap.lines(text, width: width, style: Self.style, maxLines: 40, language: "ja")
        #expect(!truncated)
        #expect(lines.joined() == text, "no hyphen, no character lost: \(lines)")
        for line in lines {
            #expect(Self.style.width(of: line) <= width + 1e-9)
            #expect(!TextBreaking.mayNotStartLine(line.unicodeScalars.first!), "\(lines)")
            #expect(line.last != "（" && line.last != "「", "\(lines)")
        }
    }

    @Test("a soft hyphen is a break drawn as a hyphen, and not drawn elsewhere")
    func softHyphen() {
        let text = "Aufenthalts\u{AD}erlaubnis"
        let (lines, _) = TextWrap.lines(text, width: Self.style.width(of: "Aufenthalts-") + 2, style: Self.style, maxLines: 3, language: nil)
        #expect(lines == ["Aufenthalts-", "erlaubnis"])
        #expect(TextWrap.lines(text, width: 500, style: Self.style, maxLines: 3).lines == ["Aufenthaltserlaubnis"])
    }

    @Test("words are hyphenated to fill lines before the text is cut")
    func fillBeforeCutting() {
        let text = "Nachweis über das Beschäftigungsverhältnis und Verpflichtungserklärung"
        let width = 120.0
        let ragged = TextWrap.lines(text, width: width, style: Self.style, maxLines: 40, language: "de").lines
        let maxLines = ragged.count - 1
        let (lines, truncated) = TextWrap.lines(text, width: width, style: Self.style, maxLines: maxLines, language: "de")
        if truncated {
            #expect(lines.last?.hasSuffix("…") == true)
        } else {
            #expect(lines.count <= maxLines)
        }
        #expect(lines.allSatisfy { Self.style.width(of: $0) <= width + 1e-9 })
    }

    @Test("the language of the design being drawn is the default")
    func taskLanguage() {
        let word = "Aufenthaltserlaubnisverfahren"
        let german = TextWrap.lines(word, width: 90, style: Self.style, maxLines: 10, language: "de")
        let viaTask = TextLanguage.$current.withValue("de") { TextWrap.lines(word, width: 90, style: Self.style, maxLines: 10) }
        #expect(german == viaTask)
        #expect(TextLanguage.current == nil)
    }
}
