@testable import JourneyRendering
import Testing

/// The C wrapper over ICU's line breaking (UAX #14) and libhyphen's Liang hyphenation.
@Suite("Text breaking")
struct TextBreakingTests {
    /// The text split at its line-break opportunities.
    static func pieces(_ text: String, _ language: String?) -> [String] {
        var start = text.startIndex
        return TextBreaking.opportunities(in: text, language: language).map { opportunity in
            defer { start = opportunity.index }
            return String(text[start..<opportunity.index])
        }
    }

    @Test("English breaks after spaces and hyphens, not inside words")
    func english() {
        #expect(Self.pieces("Book an appointment online", "en") == ["Book ", "an ", "appointment ", "online"])
        #expect(Self.pieces("a well-known e-mail (today).", nil) == ["a ", "well-", "known ", "e-", "mail ", "(today)."])
    }

    @Test("German compounds have no opportunity inside; the explicit hyphen has one")
    func german() {
        #expect(Self.pieces("Online-Terminbuchungssystem der Ausländerbehörde", "de")
            == ["Online-", "Terminbuchungssystem ", "der ", "Ausländerbehörde"])
    }

    @Test("Japanese breaks between characters but never before a closing mark or after an opening one")
    func japanese() {
        let text = "「在留カード」を受け取る。（窓口）"
        let pieces = Self.pieces(text, "ja")
        #expect(pieces.joined() == text)
        #expect(pieces.count > 6, "\(pieces)")
        for piece in pieces.dropFirst() {
            let first = piece.unicodeScalars.first!
            #expect(!TextBreaking.mayNotStartLine(first), "\(pieces)")
        }
        for piece in pieces.dropLast() {
            #expect(piece.last != "「" && piece.last != "（", "\(pieces)")
        }
        #expect(pieces.contains { $0.hasSuffix("。") })
        #expect(TextBreaking.mayNotStartLine("。") && TextBreaking.mayNotStartLine("」") && TextBreaking.mayNotStartLine("）"))
        #expect(!TextBreaking.mayNotStartLine("在") && !TextBreaking.mayNotStartLine("「"))
    }

    @Test("Arabic breaks between words")
    func arabic() {
        #expect(Self.pieces("تجديد تصريح الإقامة", "ar") == ["تجديد ", "تصريح ", "الإقامة"])
    }

    @Test("UTF-16 offsets agree with the UTF-8 ones")
    func utf16() {
        let text = "Ärger über 東京の申請 👩🏽‍💻 done"
        let utf8 = TextBreaking.opportunities(in: text, language: "de").map { $0.index.utf16Offset(in: text) }
        #expect(TextBreaking.utf16Opportunities(in: text, language: "de") == utf8)
        #expect(utf8.last == text.utf16.count)
    }

    static func hyphenated(_ word: String, _ language: String?) -> String {
        var out = ""
        var start = word.startIndex
        for point in TextBreaking.hyphenationPoints(of: Substring(word), language: language) {
            out += word[start..<point] + "-"
            start = point
        }
        return out + word[start...]
    }

    @Test("German compounds hyphenate at syllables and joints, by the German patterns")
    func germanHyphenation() {
        #expect(TextBreaking.hasHyphenation(for: "de"))
        #expect(TextBreaking.hasHyphenation(for: "de-CH"))
        let word = "Beschäftigungsverhältnis"
        let points = TextBreaking.hyphenationPoints(of: Substring(word), language: "de")
        #expect(points.count >= 4, "\(Self.hyphenated(word, "de"))")
        // The joint of the compound is one of them, and no point splits "sch" or "ä".
        #expect(Self.hyphenated(word, "de").contains("gungs-ver"), "\(Self.hyphenated(word, "de"))")
        #expect(!Self.hyphenated(word, "de").contains("s-ch"))
        for compound in ["Aufenthaltserlaubnis", "Terminbuchungssystem", "Ausländerbehörde", "Krankenversicherung"] {
            let marked = Self.hyphenated(compound, "de")
            #expect(marked.count > compound.count, "\(marked)")
            #expect(marked.replacingOccurrences(of: "-", with: "") == compound)
        }
        // Capitals are hyphenated like their lower-case letters.
        #expect(TextBreaking.hyphenationPoints(of: "AUFENTHALTSERLAUBNIS", language: "de").count
            == TextBreaking.hyphenationPoints(of: "aufenthaltserlaubnis", language: "de").count)
    }

    @Test("English words hyphenate by the English patterns; en alone finds en-US")
    func englishHyphenation() {
        #expect(Self.hyphenated("appointment", "en") == Self.hyphenated("appointment", "en-US"))
        #expect(Self.hyphenated("appointment", "en").contains("-"))
    }

    @Test("a language without a dictionary, or none, hyphenates nothing and does not fail")
    func missingDictionary() {
        for language in ["ja", "zz", "x-private", "", "not a tag", "de_DE_very_long_nonsense_subtag_that_goes_on"] {
            #expect(TextBreaking.hyphenationPoints(of: "Aufenthaltserlaubnis", language: language).isEmpty, "\(language)")
        }
        #expect(TextBreaking.hyphenationPoints(of: "Aufenthaltserlaubnis", language: nil).isEmpty)
        #expect(!TextBreaking.hasHyphenation(for: "ja"))
        // A word the dictionary's character set cannot hold (German patterns are ISO 8859-1).
        #expect(TextBreaking.hyphenationPoints(of: "Straßeンbahnhaltestelle", language: "de").isEmpty)
    }

    @Test("many threads hyphenate and break lines at once", arguments: [8])
    func parallel(_ tasks: Int) async {
        let results = await withTaskGroup(of: [Int].self) { group in
            for task in 0..<tasks {
                group.addTask {
                    let language = ["de", "en-GB", "fr", "nl", "es", "it", "de-AT", "en"][task % 8]
                    var counts: [Int] = []
                    for _ in 0..<50 {
                        counts.append(TextBreaking.hyphenationPoints(of: "Aufenthaltserlaubnis", language: language).count)
                        counts.append(TextBreaking.opportunities(in: "Online-Terminbuchung 東京の申請。", language: language).count)
                    }
                    return counts
                }
            }
            var all: [[Int]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == tasks)
        for result in results { #expect(Set(result.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)).count == 1) }
    }
}
