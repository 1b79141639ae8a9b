import JourneyValidation

/// The text report put together from each file's part, so that the parts can be rendered on
/// the threads that validate the files instead of one after another at the end (turning the
/// findings into text is about a fifth of a batch's time).
///
/// `TextReport.render` of several files is each file's lines (its findings, then its summary
/// line unless `quiet`), then, for two files or more and unless `quiet`, the total line. A
/// file's part is `TextReport.render([file])`: its own lines, with no total line, which only
/// comes with two files or more. So the report is the non-empty parts joined by line breaks,
/// plus the total line. `journey validate --jobs 1` renders the whole report in one call
/// instead, and the tests hold that the two are the same byte for byte.
enum TextReportParts {
    /// One file's lines of the text report.
    static func part(_ validation: FileValidation, color: Bool, quiet: Bool) -> String {
        TextReport.render([validation], color: color, quiet: quiet)
    }

    /// The report of all files from their parts, in the files' order.
    static func report(parts: [String], validations: [FileValidation], quiet: Bool) -> String {
        var lines = parts.filter { !$0.isEmpty }
        if !quiet, validations.count >= 2 { lines.append(TextReport.totalLine(validations)) }
        return lines.joined(separator: "\n")
    }
}
