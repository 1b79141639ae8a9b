extension TextReport {
    /// One file's lines of the text report: `render([file])`, which has no total line. A
    /// batch renders each file's part on the thread that validated it (turning findings into
    /// text is about a fifth of a batch's time), then joins them with ``report(parts:validations:quiet:)``.
    package static func part(_ validation: FileValidation, color: Bool, quiet: Bool) -> String {
        render([validation], color: color, quiet: quiet)
    }

    /// The report of all files from their parts, in the files' order: the same text, byte for
    /// byte, as ``render(_:color:quiet:)`` of all of them (the non-empty parts joined by line
    /// breaks, then the total line for two files or more unless `quiet`).
    package static func report(parts: [String], validations: [FileValidation], quiet: Bool) -> String {
        var lines = parts.filter { !$0.isEmpty }
        if !quiet, validations.count >= 2 { lines.append(totalLine(validations)) }
        return lines.joined(separator: "\n")
    }
}
