import Foundation
import JourneyKit

/// What the parser read from a Mermaid journey, with places, before it becomes a design.
struct MermaidDiagram {
    /// A text and where it was written.
    struct Text {
        var value: String
        var location: SourceLocation
    }

    struct Task {
        var name: String
        var location: SourceLocation
        /// Nil when the score could not be read (a problem was reported).
        var score: Double?
        var scoreLocation: SourceLocation
        /// The actors as written, without empty names.
        var actors: [Text]
    }

    struct Section {
        /// Nil for the tasks written before any `section`.
        var name: Text?
        var tasks: [Task] = []
    }

    /// The `journey` keyword.
    var keyword: SourceLocation
    var title: Text?
    var frontMatterTitle: Text?
    var accTitle: Text?
    var accDescription: Text?
    var sections: [Section] = []

    init(keyword: SourceLocation) {
        self.keyword = keyword
    }
}

/// Small text helpers shared by the reader and the writer.
enum MermaidText {
    /// The file's text as lines: `\n`, `\r\n` and a lone `\r` each end a line.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if afterCR {
                afterCR = false
                if scalar == "\n" { continue }
            }
            if scalar == "\r" || scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
                afterCR = scalar == "\r"
                continue
            }
            current.append(scalar)
        }
        lines.append(String(current))
        return lines
    }

    static func isSpace(_ character: Character) -> Bool { character.isWhitespace }

    static func trimmed<S: StringProtocol>(_ text: S) -> Substring {
        let start = text.firstIndex { !isSpace($0) } ?? text.endIndex
        let end = text.lastIndex { !isSpace($0) }.map { text.index(after: $0) } ?? start
        return Substring(text[start..<max(start, end)])
    }

    /// The rest of `text` after `word` (any letter case), or nil when it does not start with it.
    static func after(_ word: String, in text: Substring) -> Substring? {
        var index = text.startIndex
        for expected in word {
            guard index < text.endIndex, text[index].lowercased() == String(expected) else { return nil }
            index = text.index(after: index)
        }
        return text[index...]
    }

    /// The rest after a keyword that must be followed by white space or the end of the line,
    /// without that white space.
    static func afterKeyword(_ word: String, in text: Substring) -> Substring? {
        guard let rest = after(word, in: text) else { return nil }
        guard let first = rest.first else { return rest }
        return isSpace(first) ? rest.drop(while: isSpace) : nil
    }

    /// True when lower-case text starts with the word `journey`, which Mermaid's lexer reads as
    /// its keyword wherever a token starts (`journey\b`).
    static func startsWithJourney(_ lower: Substring) -> Bool {
        guard let rest = after("journey", in: lower) else { return false }
        guard let next = rest.first else { return true }
        return !(next.isLetter || next.isNumber || next == "_")
    }

    /// `<br>`, `<br/>`, `<br />`, `</br>`, `</br />`, `<br\t/>` (any letter case) as line breaks,
    /// with the spaces around each break removed.
    static func lineBreaks(_ text: String) -> String {
        guard text.range(of: "br", options: .caseInsensitive) != nil else { return text }
        let pattern = #"\s*</?[bB][rR]\s*/?>\s*"#
        return text.replacingOccurrences(of: pattern, with: "\n", options: .regularExpression)
    }

    /// A number as Mermaid scores are written: digits with an optional sign and decimal point.
    static func number(_ text: Substring) -> Double? {
        var digits = text
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard digits.contains(where: { $0.isASCII && $0.isNumber }),
              digits.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }),
              digits.filter({ $0 == "." }).count <= 1,
              let value = Double(String(text)), value.isFinite
        else { return nil }
        return value
    }

    /// A value with a CSS unit (`2rem`, `12px`, `50%`): what a stray style line holds.
    static func isLength(_ text: Substring) -> Bool {
        let unitStart = text.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? text.endIndex
        guard unitStart > text.startIndex, number(text[..<unitStart]) != nil else { return false }
        return ["px", "rem", "em", "pt", "%", "vh", "vw", "ex", "ch"].contains(text[unitStart...].lowercased())
    }

    /// Text shortened for a message.
    static func shown<S: StringProtocol>(_ text: S, limit: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\t", with: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : String(flat)
    }

    /// An id made from a name: lower case, Latin letters without accents, every run of other
    /// characters than letters and digits a `-` (letters of every script are kept).
    static func slug(_ name: String) -> String {
        var result = ""
        var pendingHyphen = false
        // Ids are for people: at most 60 characters, which also keeps a name of megabytes from
        // costing seconds here (the characters are folded one by one).
        for character in name.prefix(240).lowercased() where result.unicodeScalars.count < 60 {
            var piece = String(character)
            if let first = character.unicodeScalars.first, first.value < 0x250 {
                piece = piece.folding(options: [.diacriticInsensitive], locale: nil)
            }
            for scalar in piece.unicodeScalars {
                if CharacterSet.alphanumerics.contains(scalar), !CharacterSet.nonBaseCharacters.contains(scalar) || !result.isEmpty {
                    if pendingHyphen, !result.isEmpty { result.append("-") }
                    pendingHyphen = false
                    result.unicodeScalars.append(scalar)
                } else {
                    pendingHyphen = true
                }
            }
        }
        return result
    }

}

/// Ids made unique: `base`, or `base-2`, `base-3`… whichever is not taken yet.
struct MermaidUniqueIDs {
    private var taken: Set<String> = []
    /// The number to try next for a base, so that many equal names do not start over at 2.
    private var next: [String: Int] = [:]

    mutating func make(_ base: String) -> String {
        var candidate = base
        var number = next[base] ?? 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        next[base] = number
        taken.insert(candidate)
        return candidate
    }
}
