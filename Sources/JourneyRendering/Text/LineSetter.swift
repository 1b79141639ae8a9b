/// Sets a display text (see `TextWrap.displayText`) into lines of a width, by the rules of its
/// language: a line breaks only where Unicode's line-breaking algorithm (UAX #14) allows, so a
/// Japanese line never starts with 。 or 」 and CJK text breaks between ideographs; a word too
/// wide for a line is hyphenated where the language's Liang patterns allow, the hyphen drawn
/// and counted in the width; only when no such point fits does it break between grapheme
/// clusters, with a hyphen in alphabetic scripts (Latin, Greek, Cyrillic, …).
struct LineSetter {
    let text: String
    let width: Double
    let style: TextStyle
    let language: String?

    /// What is drawn at the end of a hyphenated line.
    static let hyphen = "-"
    static let softHyphen: Character = "\u{AD}"

    /// The lines, at most `maxLines`, and whether some of the text did not fit (the last line
    /// then ends in "…"). Words that fit a line are not hyphenated; when that leaves too many
    /// lines, words are hyphenated to fill each line before the text is cut.
    func lines(maxLines: Int) -> (lines: [String], truncated: Bool) {
        let breaks = TextBreaking.opportunities(in: text, language: language)
        let ragged = set(breaks, maxLines: maxLines, fill: false)
        guard ragged.truncated else { return ragged }
        let filled = set(breaks, maxLines: maxLines, fill: true)
        return filled
    }

    /// The width of `text` without the italic lean (widths of adjacent pieces add up).
    private func advance(_ text: Substring) -> Double { FontMetrics.width(of: text, size: style.size, bold: style.bold) }

    /// The width of `text`, or any width above `limit` once it is known to exceed it (a word of
    /// thousands of characters is not measured whole for every line it fills).
    private func advance(_ text: Substring, upTo limit: Double) -> Double {
        var ems = 0.0
        let emLimit = limit / style.size
        for scalar in text.unicodeScalars {
            ems += FontMetrics.advance(of: scalar, bold: style.bold)
            if ems > emLimit + 1 { return ems * style.size }
        }
        return ems * style.size
    }
    private var lean: Double { style.italic ? style.size * 0.1 : 0 }

    private func set(_ breaks: [TextBreaking.Opportunity], maxLines: Int, fill: Bool) -> (lines: [String], truncated: Bool) {
        let room = width - lean
        let hyphenWidth = advance(Substring(LineSetter.hyphen))
        var lines: [String] = []
        var line = ""
        var lineWidth = 0.0
        var lineStart = text.startIndex
        var position = text.startIndex
        var next = 0

        /// Ends the current line; true when the lines are full and text is left over (the
        /// last line is then shortened with an ellipsis from where it starts).
        func flush(_ drawn: String, continuingAt rest: String.Index) -> Bool {
            lines.append(LineSetter.drawn(drawn))
            line = ""
            lineWidth = 0
            lineStart = rest
            guard lines.count >= maxLines, rest < text.endIndex else { return false }
            return true
        }

        while next < breaks.count {
            let opportunity = breaks[next]
            let segment = text[position..<opportunity.index]
            let content = LineSetter.trimmedTrailingSpaces(segment)
            let contentWidth = advance(content, upTo: room)
            if line.isEmpty { lineStart = position }
            let lastStart = lineStart
            if lineWidth + contentWidth <= room {
                line += segment
                lineWidth += contentWidth + advance(segment[content.endIndex...])
                position = opportunity.index
                next += 1
                if opportunity.mandatory, position < text.endIndex, flush(line, continuingAt: position) {
                    return (ellipsized(lines, from: lastStart), true)
                }
                continue
            }
            if !line.isEmpty, contentWidth <= room, !fill {
                // The word fits a line of its own: the line ends before it.
                if flush(line, continuingAt: position) { return (ellipsized(lines, from: lastStart), true) }
                continue
            }
            // Break inside the word: at a hyphenation point that fits the rest of the line, or on
            // an empty line between characters.
            if let cut = hyphenationCut(content, room: room - lineWidth, hyphenWidth: hyphenWidth)
                ?? (line.isEmpty ? characterCut(content, room: room, hyphenWidth: hyphenWidth) : nil) {
                position = cut.rest
                if flush(line + cut.head, continuingAt: cut.rest) { return (ellipsized(lines, from: lastStart), true) }
            } else if flush(line, continuingAt: position) {
                return (ellipsized(lines, from: lastStart), true)
            }
        }
        if !line.isEmpty { lines.append(LineSetter.drawn(line)) }
        return (lines, false)
    }

    /// The lines with the last one replaced by the text from where it starts, shortened to end
    /// in "…".
    private func ellipsized(_ lines: [String], from start: String.Index) -> [String] {
        var result = lines
        result[result.count - 1] = LineSetter.drawn(String(text[start...]))
        return TextWrap.ellipsize(result, width: width, style: style)
    }

    /// The longest head of `word` ending at a hyphenation point of the language that fits
    /// `room` with its hyphen.
    private func hyphenationCut(_ word: Substring, room: Double, hyphenWidth: Double) -> (head: String, rest: String.Index)? {
        guard room > hyphenWidth, TextBreaking.hasHyphenation(for: language) else { return nil }
        var best: String.Index?
        for run in LineSetter.letterRuns(in: word) {
            for point in TextBreaking.hyphenationPoints(of: run, language: language) {
                guard advance(word[..<point]) + hyphenWidth <= room else { break }
                best = point
            }
        }
        guard let best else { return nil }
        return (String(word[..<best]) + LineSetter.hyphen, best)
    }

    /// The longest head of `word` that fits `room`, broken between grapheme clusters (never
    /// before a character that may not start a line), with a hyphen between two letters of an
    /// alphabetic script; at least one character.
    private func characterCut(_ word: Substring, room: Double, hyphenWidth: Double) -> (head: String, rest: String.Index)? {
        guard let first = word.first else { return nil }
        var used = 0.0
        var best: (head: String, rest: String.Index)?
        var index = word.startIndex
        while index < word.endIndex {
            let after = word.index(after: index)
            used += advance(word[index..<after])
            guard after < word.endIndex else { break }
            let before = word[index].unicodeScalars.last!, following = word[after].unicodeScalars.first!
            if !TextBreaking.mayNotStartLine(following) {
                let marked = LineSetter.isLetter(before) && LineSetter.isLetter(following)
                    && TextBreaking.usesHyphen(before) && TextBreaking.usesHyphen(following)
                if used + (marked ? hyphenWidth : 0) > room { break }
                best = (String(word[..<after]) + (marked ? LineSetter.hyphen : ""), after)
            } else if used > room {
                break
            }
            index = after
        }
        return best ?? (String(first), word.index(after: word.startIndex))
    }

    // MARK: Pieces

    static func trimmedTrailingSpaces(_ text: Substring) -> Substring {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        return text[..<end]
    }

    /// A line as drawn: no trailing space; a soft hyphen at its end drawn as a hyphen, others
    /// not drawn.
    static func drawn(_ line: String) -> String {
        var out = String(trimmedTrailingSpaces(Substring(line)))
        guard out.contains(softHyphen) else { return out }
        if out.last == softHyphen {
            out.removeLast()
            out += hyphen
        }
        out.removeAll { $0 == softHyphen }
        return out
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// The runs of letters (with their combining marks) in `word`: what hyphenation patterns see.
    static func letterRuns(in word: Substring) -> [Substring] {
        var runs: [Substring] = []
        var start: String.Index?
        var index = word.startIndex
        while index < word.endIndex {
            let isLetter = word[index].unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
            if isLetter, start == nil { start = index }
            if !isLetter, let begun = start {
                runs.append(word[begun..<index])
                start = nil
            }
            index = word.index(after: index)
        }
        if let begun = start { runs.append(word[begun...]) }
        return runs
    }
}
