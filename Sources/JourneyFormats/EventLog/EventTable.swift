import Foundation
import JourneyKit
import SwiftCSV

/// One record of a CSV file: its fields and the line it starts on.
struct EventRecord {
    var fields: [String]
    var line: Int
}

/// A CSV file split into records by SwiftCSV, each with the line it starts on.
///
/// SwiftCSV gives rows without their place in the file, so the lines come from a scan of record
/// starts that follows SwiftCSV's rules: a newline ends a record unless it is inside quotes,
/// CRLF is one newline. The scan also finds the line of a quote SwiftCSV rejects (SwiftCSV
/// throws without saying where) and of a quoted field that is never closed (SwiftCSV reads it
/// to the end of the file without complaint).
struct EventTable {
    var rows: [EventRecord]
    var problems: [FileProblem]

    static func parse(_ data: Data, file: String) -> Result<EventTable, FileProblem> {
        var text: String
        switch SourceText.decode(data, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return .failure(problem)
        }
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty(SourceLocation(file: file, line: 1, column: 1))) }
        // SwiftCSV drops an empty last field when the file does not end in a newline.
        if text.last?.isNewline != true { text.append("\n") }
        let delimiter = Self.delimiter(of: text)
        let scan = RecordScan(text, delimiter: delimiter)
        if let line = scan.unterminatedQuoteLine {
            return .failure(.syntax(SourceLocation(file: file, line: line, column: 1),
                problem: "a quoted field starts here and is never closed", context: "close it with \""))
        }
        var fieldRows: [[String]] = []
        do {
            // rowLimit 0: SwiftCSV reads only the header here; the rows are enumerated once below, unpadded.
            let csv = try CSV<Enumerated>(string: text, delimiter: CSVDelimiter(eventLogDelimiter: delimiter), loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { fieldRows.append($0) }
        } catch {
            let line = scan.quoteErrorLine ?? 1
            return .failure(.syntax(SourceLocation(file: file, line: line, column: 1),
                problem: "a quote (\") inside a field must be doubled, and a quoted field must end at a \(delimiter == ";" ? "semicolon" : "comma") or the end of the line",
                context: "\(error)"))
        }
        var rows: [EventRecord] = []
        rows.reserveCapacity(fieldRows.count)
        for (index, fields) in fieldRows.enumerated() {
            let line = index < scan.startLines.count ? scan.startLines[index] : (scan.startLines.last ?? 1)
            rows.append(EventRecord(fields: fields, line: line))
        }
        return .success(EventTable(rows: rows, problems: []))
    }

    /// `;` when the header line has no comma but has a semicolon; a tab likewise; else `,`.
    static func delimiter(of text: String) -> Character {
        let header = text.prefix { !$0.isNewline }
        if header.contains(",") { return "," }
        if header.contains(";") { return ";" }
        if header.contains("\t") { return "\t" }
        return ","
    }
}

extension CSVDelimiter {
    init(eventLogDelimiter character: Character) {
        switch character {
        case ";": self = .semicolon
        case "\t": self = .tab
        case ",": self = .comma
        default: self = .character(character)
        }
    }
}

/// The lines records start on, found the way SwiftCSV's state machine reads the text.
struct RecordScan {
    var startLines: [Int] = []
    /// The line of the first quote SwiftCSV would reject.
    var quoteErrorLine: Int?
    /// The line of a quoted field still open at the end of the text.
    var unterminatedQuoteLine: Int?

    private enum State { case atStart, unquoted, quoted }

    init(_ text: String, delimiter: Character) {
        let delimiter = delimiter.unicodeScalars.first!
        var line = 1
        var state = State.atStart
        var innerQuote = false
        var recordOpen = false
        var quoteLine = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            // CRLF is one newline (one Character), as SwiftCSV sees it.
            if afterCR {
                afterCR = false
                if scalar == "\n" { continue }
            }
            if !recordOpen {
                startLines.append(line)
                recordOpen = true
            }
            let isNewline = Self.isNewline(scalar)
            if scalar == "\r" { afterCR = true }
            defer { if isNewline { line += 1 } }
            switch state {
            case .atStart:
                if scalar == "\"" {
                    state = .quoted
                    quoteLine = line
                } else if isNewline {
                    recordOpen = false
                } else if scalar != delimiter, !scalar.properties.isWhitespace {
                    state = .unquoted
                }
            case .unquoted:
                if innerQuote {
                    if scalar == "\"" { innerQuote = false } else { fail(line); innerQuote = false }
                } else if scalar == "\"" {
                    innerQuote = true
                } else if scalar == delimiter {
                    state = .atStart
                } else if isNewline {
                    state = .atStart
                    recordOpen = false
                }
            case .quoted:
                if innerQuote {
                    if scalar == "\"" {
                        innerQuote = false
                    } else if scalar == delimiter {
                        state = .atStart
                        innerQuote = false
                    } else if isNewline {
                        state = .atStart
                        innerQuote = false
                        recordOpen = false
                    } else if !scalar.properties.isWhitespace {
                        fail(line)
                    }
                } else if scalar == "\"" {
                    innerQuote = true
                }
            }
        }
        if state == .quoted, !innerQuote { unterminatedQuoteLine = quoteLine }
    }

    private mutating func fail(_ line: Int) {
        if quoteErrorLine == nil { quoteErrorLine = line }
    }

    /// The scalars `Character.isNewline` is true for.
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
