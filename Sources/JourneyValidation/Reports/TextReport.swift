import JourneyKit

/// The report `journey validate` prints by default: one line per finding, told the way a
/// compiler tells it, so that editors and terminals can jump to the place.
///
/// ```
/// dir/test.yaml:5:5: warning[STRUCT-PERSONA-NO-EMOTION]: persona "ben" has no emotion at any touchpoint (ISO/TS 24082 4.2, inferred)
///   help: add `ben: <score>` under `emotions:` of the touchpoints they go through
/// dir/test.yaml:12:14: error[STRUCT-DUPLICATE-ID]: touchpoint id "b" is used twice
/// dir/test.yaml:11:14: note: "b" was first used here
///   help: give each touchpoint its own id
/// dir/test.yaml:13:5: info[STRUCT-EMPTY-STAGE]: stage "s2" has no touchpoints
///   help: add touchpoints to it or remove it
/// dir/test.yaml: 1 error, 1 warning, 1 note, 1 suppressed
/// ```
///
/// - Each finding is one line, `file:line:col: severity[RULE]: message`, where the severity is
///   `error`, `warning` or `info` and the message ends with the clause it concerns, such as
///   `(ISO/TS 24082 5.5, inferred)`. Its notes follow as `file:line:col: note: …` and its fix
///   hint as `  help: …`. A finding without a place points at the start of its file (`:1:1`).
/// - A finding that carries its source line (a problem of the file: see
///   ``Diagnostic/excerpt``) shows it under the first line, numbered, with a caret under the
///   column: `     12 |       title: Step 2: finds the form` then `        |            ^`.
/// - Unless `quiet`, each file ends with a summary line: `file: ok — 2 touchpoints in 1 stage,
///   1 persona, no problems` when it has no findings (`ok — actual journey (structural checks),
///   8 touchpoints …` for an actual journey, which gets those only), otherwise the counts, such as
///   `file: 3 errors, 5 warnings, 2 notes` (infos are counted as notes; zero counts are left
///   out), followed by `, 2 suppressed` when the design's own suppressions covered findings.
///   After two files or more, a last line totals them: `3 files: 3 errors, 5 warnings`.
/// - With `color`, the severity word is coloured (red error, yellow warning, cyan info) and the
///   location is bold; nothing else changes, so removing the escape sequences gives the plain
///   report. Without it, the report holds no escape byte at all.
///
/// Messages, file names and hints come from the design file, so control characters in them are
/// made visible (`\u{1B}`) rather than sent to the terminal, and line breaks become spaces:
/// every finding stays on one line.
public enum TextReport {
    /// The report of the files, lines joined by `\n`, without a final newline; empty when
    /// `quiet` and there is no finding.
    ///
    /// - Parameters:
    ///   - files: the validated files, in the order to report them.
    ///   - color: add ANSI colours (for a terminal).
    ///   - quiet: print only the findings, not the summary lines.
    public static func render(_ files: [FileValidation], color: Bool, quiet: Bool) -> String {
        let style = Style(enabled: color)
        var lines: [String] = []
        for file in files {
            for diagnostic in file.result.diagnostics {
                lines += findingLines(diagnostic, defaultFile: file.file, style: style)
            }
            if !quiet { lines.append(summaryLine(file)) }
        }
        if !quiet, files.count >= 2 { lines.append(totalLine(files)) }
        return lines.joined(separator: "\n")
    }

    /// The lines of one finding: the finding, its notes, its hint.
    static func findingLines(_ diagnostic: Diagnostic, defaultFile: String, style: Style) -> [String] {
        let place = ReportPlace(diagnostic.location, defaultFile: defaultFile)
        let severity = diagnostic.severity.rawValue
        var lines = [
            "\(style.bold(ReportText.oneLine(place.description))): \(style.severity(severity, diagnostic.severity))"
                + "[\(ReportText.oneLine(diagnostic.ruleID))]: \(ReportText.oneLine(diagnostic.fullMessage))"
        ]
        if let excerpt = diagnostic.excerpt { lines += excerpt.rendered() }
        for note in diagnostic.notes {
            // A note without a place names the file only: it is no claim about line 1.
            let notePlace = note.location.map { ReportPlace($0, defaultFile: place.file).description } ?? place.file
            lines.append("\(style.bold(ReportText.oneLine(notePlace))): note: \(ReportText.oneLine(note.message))")
        }
        if let hint = diagnostic.hint { lines.append("  help: \(ReportText.oneLine(hint))") }
        return lines
    }

    /// `file: ok — …, no problems` or `file: 1 error, 2 warnings`, with `, N suppressed`.
    static func summaryLine(_ validation: FileValidation) -> String {
        let name = ReportText.oneLine(validation.file)
        let counts = ReportCounts(validation.result)
        var line: String
        if validation.result.diagnostics.isEmpty {
            if let size = validation.size {
                line = "\(name): ok — \(size.actual ? "actual journey (structural checks), " : "")\(ReportText.count(size.touchpoints, "touchpoint")) in "
                    + "\(ReportText.count(size.stages, "stage")), \(ReportText.count(size.personas, "persona")), no problems"
            } else {
                line = "\(name): ok, no problems"
            }
        } else {
            line = "\(name): \(counts.problemWords.joined(separator: ", "))"
        }
        if counts.suppressed > 0 { line += ", \(counts.suppressed) suppressed" }
        if validation.result.heldBack > 0 {
            line += ", \(ReportText.count(validation.result.heldBack, "finding")) held back until the file problems are fixed"
        }
        return line
    }

    /// `3 files: 2 errors, 1 warning` over every file: the last line ``render(_:color:quiet:)``
    /// writes for two files or more unless `quiet`. Public so that a report rendered file by file
    /// (each part `render([file], …)`, as `journey validate --jobs` does on its workers) can end
    /// with the same line.
    public static func totalLine(_ files: [FileValidation]) -> String {
        let counts = files.map { ReportCounts($0.result) }.reduce(ReportCounts(), +)
        let words = counts.problemWords
        var line = "\(files.count) files: " + (words.isEmpty ? "no problems" : words.joined(separator: ", "))
        if counts.suppressed > 0 { line += ", \(counts.suppressed) suppressed" }
        return line
    }

    /// ANSI styling, or none.
    struct Style {
        var enabled: Bool

        static let reset = "\u{1B}[0m"

        func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\(Self.reset)" : text }

        func severity(_ text: String, _ severity: Severity) -> String {
            guard enabled else { return text }
            let code = switch severity {
            case .error: "31"
            case .warning: "33"
            case .info: "36"
            }
            return "\u{1B}[\(code)m\(text)\(Self.reset)"
        }
    }
}

/// The counts every report shows, for one file or for several.
struct ReportCounts: Hashable, Sendable {
    var errors = 0
    var warnings = 0
    var infos = 0
    var suppressed = 0

    init() {}

    init(_ result: ValidationResult) {
        errors = result.count(.error)
        warnings = result.count(.warning)
        infos = result.count(.info)
        suppressed = result.suppressed.count
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.errors += rhs.errors
        sum.warnings += rhs.warnings
        sum.infos += rhs.infos
        sum.suppressed += rhs.suppressed
        return sum
    }

    /// `3 errors`, `1 warning`, `2 notes`, leaving out zero counts; infos are counted as notes.
    var problemWords: [String] {
        [(errors, "error"), (warnings, "warning"), (infos, "note")]
            .filter { $0.0 > 0 }
            .map { ReportText.count($0.0, $0.1) }
    }
}

/// The place a report gives a finding or a note: its own, or the start of the file.
struct ReportPlace: Hashable, Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int

    init(_ location: SourceLocation?, defaultFile: String) {
        file = location?.file ?? defaultFile
        line = max(location?.line ?? 1, 1)
        column = max(location?.column ?? 1, 1)
    }

    var description: String { "\(file):\(line):\(column)" }
}

/// Text helpers shared by the reports.
enum ReportText {
    /// `1 error`, `2 errors`.
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    /// The text on one line, with control characters made visible: line breaks and tabs become
    /// spaces, other control characters (such as ESC) `\u{1B}`.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCR: continue
            case "\n", "\r", "\t": result.unicodeScalars.append(" ")
            case _ where isControl(scalar):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Cc is exactly U+0000–U+001F and U+007F–U+009F; comparing values is much cheaper than
    /// asking for the general category of every character of every finding.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }
}
