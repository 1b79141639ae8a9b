import Foundation
import JourneyKit

/// Makes text safe for Mermaid's unquoted fields, counting each kind of replacement for the
/// export's notes.
///
/// Mermaid's journey grammar has no quoting: `#` starts a comment, `;` stops the parser, `:`
/// separates a task's name, score and actors, `,` separates actors, a line break ends a
/// statement, and `%%` starts a comment or a directive. Each is replaced by a look-alike that
/// Mermaid reads as text (see `docs/mermaid.md`).
struct MermaidEscaper {
    /// Where a text is written; each field breaks on other characters.
    enum Field {
        /// `title …`: `#` and `;` break it.
        case title
        /// `accTitle: …` and a one-line `accDescr: …`: only line breaks do.
        case accessibility
        /// `section …` and a task's name: `:` too; line breaks become `<br>`.
        case section, task
        /// One actor of a task: `,` too.
        case actor
    }

    /// The kinds of replacement, in the order the notes list them.
    enum Replacement: CaseIterable {
        case colon, hash, semicolon, comma, percent, brace, lineBreakAsBR, lineBreakAsSpace, keyword, control

        /// What the note says about it.
        var note: String {
            switch self {
            case .colon: "`:` in section, task and actor names was written as `∶` (U+2236 RATIO): Mermaid reads `:` as the end of a task's name or score"
            case .hash: "`#` was written as `＃` (U+FF03): Mermaid reads `#` as the start of a comment"
            case .semicolon: "`;` was written as `；` (U+FF1B): Mermaid stops with an error at `;`"
            case .comma: "`,` in persona names was written as `‚` (U+201A): Mermaid reads `,` as the end of an actor's name"
            case .percent: "`%%` was written as `%％` (U+FF05): Mermaid reads `%%` as the start of a comment or directive"
            case .brace: "`}` in the description was written as `｝` (U+FF5D): it would end Mermaid's `accDescr { … }` block"
            case .lineBreakAsBR: "line breaks in section and task names were written as `<br>`"
            case .lineBreakAsSpace: "line breaks in the title, accTitle and persona names were written as spaces: those fields are one line"
            case .keyword: "task names that start like a Mermaid keyword or comment (journey, title, section, accTitle, accDescr, %, //) were written after an invisible zero-width space (U+200B), which JourneyKit removes when it reads them back"
            case .control: "control characters (such as U+0007) were left out"
            }
        }
    }

    /// How often each replacement was made.
    private(set) var counts: [Replacement: Int] = [:]

    private mutating func count(_ replacement: Replacement) {
        counts[replacement, default: 0] += 1
    }

    /// The text as it can be written in `field`, without white space around it.
    mutating func escape(_ text: String, as field: Field) -> String {
        var out = ""
        for character in text.trimmingCharacters(in: .whitespacesAndNewlines) {
            if character.isNewline {
                if field == .section || field == .task {
                    out += "<br>"
                    count(.lineBreakAsBR)
                } else {
                    out += " "
                    count(.lineBreakAsSpace)
                }
                continue
            }
            if character.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
                count(.control)
                continue
            }
            switch character {
            case ":" where field == .section || field == .task || field == .actor:
                out += "∶"
                count(.colon)
            case "#" where field != .accessibility:
                out += "＃"
                count(.hash)
            case ";" where field != .accessibility:
                out += "；"
                count(.semicolon)
            case "," where field == .actor:
                out += "‚"
                count(.comma)
            case "%" where out.hasSuffix("%"):
                out += "％"
                count(.percent)
            default:
                out.append(character)
            }
        }
        if field == .task, Self.startsLikeKeyword(out) {
            out = String(MermaidParser.keywordEscape) + out
            count(.keyword)
        }
        return out
    }

    /// The lines of an `accDescr { … }` block: `}` replaced, each line without white space
    /// around it, blank lines at the start and end left out.
    mutating func escapeBlock(_ text: String) -> [String] {
        var lines = MermaidText.lines(text).map { line -> String in
            var out = ""
            for character in MermaidText.trimmed(line) {
                if character.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
                    count(.control)
                } else if character == "}" {
                    out += "｝"
                    count(.brace)
                } else if character == "%", out.hasSuffix("%") {
                    out += "％"
                    count(.percent)
                } else {
                    out.append(character)
                }
            }
            return out
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// True when Mermaid (or JourneyKit) would read a task line that starts with this name as
    /// something else than a task: Mermaid's lexer takes `journey` wherever it starts a token.
    static func startsLikeKeyword(_ name: String) -> Bool {
        let lower = Substring(name.lowercased())
        if MermaidText.startsWithJourney(lower) || lower.hasPrefix("acctitle") || lower.hasPrefix("accdescr")
            || lower.hasPrefix("//") || lower.hasPrefix("%") {
            return true
        }
        return ["title", "section"].contains { lower.hasPrefix($0) && lower.dropFirst($0.count).first?.isWhitespace == true }
    }
}
