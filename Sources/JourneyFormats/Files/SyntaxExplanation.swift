import Foundation
import JourneyKit

/// A YAML syntax error told by its likely cause, with the place to point at and the fix.
///
/// libyaml says what its parser met (`mapping values are not allowed in this context`); a
/// designer needs what they wrote wrong. The common causes are recognised from the error and
/// the lines around it:
///
/// - a line indented deeper than the field above it, or between two levels (one space off):
///   the columns it could be at, read from the fields and list markers above;
/// - `: ` inside a plain text (`title: Step 2: finds the form`): the text in quotes;
/// - a tab in the indentation: spaces, and how many.
///
/// Anything else is left to libyaml's own words (``explain(problem:mark:contextMark:lines:file:)``
/// returns nil).
struct SyntaxExplanation: Equatable {
    var location: SourceLocation
    var problem: String
    var hint: String?

    /// How many lines above the error are read for the levels of indentation.
    static let lookBack = 10_000

    /// - Parameters:
    ///   - problem: libyaml's problem text.
    ///   - mark: where libyaml found the problem (1-based line and column).
    ///   - contextMark: where the construct it was reading began, if it says.
    ///   - lines: the file's lines.
    static func explain(
        problem: String, mark: (line: Int, column: Int), contextMark: (line: Int, column: Int)?,
        lines: [Substring], file: String
    ) -> SyntaxExplanation? {
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let current = YAMLLine(lines[mark.line - 1])
        let atMark = mark.column >= 1 && mark.column <= current.scalars.count ? current.scalars[mark.column - 1] : nil
        if problem.contains("tab character") || atMark == "\t" {
            return tab(at: mark, in: current, lines: lines, file: file)
        }
        switch problem {
        case "mapping values are not allowed in this context":
            guard atMark == ":", let key = current.key else { return nil }
            if mark.column > key.colon {
                return colonInText(at: mark, key: key, in: current, file: file)
            }
            return mark.column == key.colon ? indentation(atLine: mark.line, lines: lines, file: file) : nil
        case "did not find expected key", "did not find expected '-' indicator":
            return indentation(atLine: mark.line, lines: lines, file: file)
        default:
            return nil
        }
    }

    // MARK: Causes

    /// `title: Step 2: finds the form`: the second `: ` ends the plain text.
    static func colonInText(
        at mark: (line: Int, column: Int), key: (name: String, column: Int, colon: Int), in line: YAMLLine, file: String
    ) -> SyntaxExplanation? {
        let value = line.value(after: key.colon)
        guard let first = value.unicodeScalars.first, !"\"'[{|>&*!".unicodeScalars.contains(first) else { return nil }
        return SyntaxExplanation(
            location: SourceLocation(file: file, line: mark.line, column: mark.column),
            problem: "the text of \"\(key.name)\" holds a colon followed by a space (\": \"), which YAML reads as the start of another field",
            hint: "put the text in quotes: \(key.name): \(quoted(value))")
    }

    /// A tab where YAML wants spaces.
    static func tab(at mark: (line: Int, column: Int), in line: YAMLLine, lines: [Substring], file: String) -> SyntaxExplanation {
        let tabIndex = line.scalars.prefix { $0 == " " || $0 == "\t" }.firstIndex(of: "\t")
            ?? (mark.column >= 1 && mark.column <= line.scalars.count && line.scalars[mark.column - 1] == "\t" ? mark.column - 1 : nil)
        let column = tabIndex.map { $0 + 1 } ?? mark.column
        let location = SourceLocation(file: file, line: mark.line, column: column)
        let problem = "a tab indents this line; YAML indents with spaces only"
        guard line.contentColumn != nil else {
            return SyntaxExplanation(location: location, problem: problem, hint: "remove the tab (the line holds nothing else) or replace it with spaces")
        }
        let what = subject(of: line)
        // A list item lines up with the other items' "-", not with the fields inside them.
        let above = levels(before: mark.line, lines: lines)
        let nearestItem = line.dashColumns.isEmpty ? nil : above.first(where: \.isDash)
        guard let nearest = nearestItem ?? above.first else {
            return SyntaxExplanation(location: location, problem: problem, hint: "replace the tab with spaces")
        }
        if nearest.opensBlock, nearestItem == nil {
            return SyntaxExplanation(location: location, problem: problem,
                hint: "replace the tab with spaces, indenting \(what) deeper than \(nearest.name) on line \(nearest.line) (column \(nearest.column))")
        }
        return SyntaxExplanation(location: location, problem: problem,
            hint: "replace the tab with spaces: start \(what) at \(columnWords(nearest.column)), in line with \(nearest.name) on line \(nearest.line)")
    }

    /// A line whose indentation matches no level above it: deeper than the field above, or
    /// between two levels.
    static func indentation(atLine number: Int, lines: [Substring], file: String) -> SyntaxExplanation? {
        let line = YAMLLine(lines[number - 1])
        guard let x = line.contentColumn else { return nil }
        let levels = levels(before: number, lines: lines)
        guard let nearest = levels.first else { return nil }
        let location = SourceLocation(file: file, line: number, column: x)
        let what = subject(of: line)
        if x > nearest.column {
            guard !nearest.isDash, !nearest.opensBlock else { return nil }
            var hint = "start \(what) at \(columnWords(nearest.column)), in line with \(nearest.name)"
            if nearest.valueIsPlainText {
                hint += "; if the line continues the text of \(nearest.name), put that whole text in quotes"
            }
            return SyntaxExplanation(location: location,
                problem: "\(what) is indented to column \(x), deeper than \(nearest.name) on line \(nearest.line) (column \(nearest.column))",
                hint: hint)
        }
        guard let i = levels.indices.dropLast().first(where: { levels[$0].column > x && levels[$0 + 1].column < x }) else { return nil }
        let upper = levels[i]
        let lower = levels[i + 1]
        if !line.dashColumns.isEmpty, let list = lower.isDash ? lower : upper.isDash ? upper : nil {
            return SyntaxExplanation(location: location,
                problem: "this item's \"-\" is at column \(x), but the other items of the list (line \(list.line)) have theirs at column \(list.column)",
                hint: "move the \"-\" to \(columnWords(list.column))")
        }
        let other = lower.isDash
            ? "or start a new item of the list with \"- \" at column \(lower.column)"
            : "or to column \(lower.column) to put it beside \(lower.name) (line \(lower.line))"
        return SyntaxExplanation(location: location,
            problem: "\(what) is indented to column \(x), between \(upper.name) on line \(upper.line) (column \(upper.column)) and \(lower.name) on line \(lower.line) (column \(lower.column))",
            hint: "indent \(what) to \(columnWords(upper.column)) to put it beside \(upper.name), \(other)")
    }

    // MARK: Levels of indentation

    /// A column that the lines above open: a field's, or a list marker's.
    struct Level {
        var column: Int
        var line: Int
        var name: String
        var isDash: Bool
        /// A field whose value is below it (`touchpoints:`), so deeper lines belong to it.
        var opensBlock: Bool
        /// A field whose value is plain text, which a deeper line would continue.
        var valueIsPlainText: Bool
    }

    /// The levels open at a line, nearest (deepest) first: walking up, each field or `-` that
    /// starts left of every one seen so far.
    static func levels(before number: Int, lines: [Substring]) -> [Level] {
        var levels: [Level] = []
        var limit = Int.max
        var index = number - 2
        while index >= 0, index >= number - 1 - lookBack, limit > 1 {
            defer { index -= 1 }
            let line = YAMLLine(lines[index])
            if line.isInsignificant { continue }
            var candidates: [Level] = []
            if let key = line.key {
                let value = line.value(after: key.colon)
                let plain = value.unicodeScalars.first.map { !"\"'[{|>&*!".unicodeScalars.contains($0) } ?? false
                candidates.append(Level(column: key.column, line: index + 1, name: "\"\(key.name)\"", isDash: false,
                    opensBlock: value.isEmpty, valueIsPlainText: plain))
            }
            for dash in line.dashColumns.reversed() {
                candidates.append(Level(column: dash, line: index + 1, name: "the \"-\" of the list", isDash: true,
                    opensBlock: false, valueIsPlainText: false))
            }
            for candidate in candidates where candidate.column < limit {
                levels.append(candidate)
                limit = candidate.column
            }
        }
        return levels
    }

    // MARK: Words

    /// What a line starts with, for messages: its field, or "this line".
    static func subject(of line: YAMLLine) -> String {
        if !line.dashColumns.isEmpty { return "this item" }
        return line.key.map { "\"\($0.name)\"" } ?? "this line"
    }

    /// `column 9 (after 8 spaces)`.
    static func columnWords(_ column: Int) -> String {
        column == 1 ? "column 1 (no spaces before it)" : "column \(column) (after \(column - 1) space\(column == 2 ? "" : "s"))"
    }

    /// A text in quotes as YAML reads it back: double quotes unless the text holds one.
    static func quoted(_ text: String) -> String {
        if !text.contains("\"") && !text.contains("\\") { return "\"\(text)\"" }
        if !text.contains("'") { return "'\(text)'" }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
