import Foundation
import JourneyKit

/// The report `journey validate --format json` prints: a versioned contract for scripts and
/// dashboards, documented field by field in `docs/reports.md`.
///
/// ```json
/// {
///   "files" : [ { "file" : "dir/test.yaml", "findings" : [ … ], "summary" : { … }, "suppressed" : [ … ] } ],
///   "schemaVersion" : 1,
///   "summary" : { "errors" : 2, "failed" : true, "files" : 1, "infos" : 1, "suppressed" : 1, "warnings" : 1 },
///   "tool" : { "name" : "journey", "version" : "0.1.0" }
/// }
/// ```
///
/// Within one ``schemaVersion``, fields are only ever added, never renamed, removed or given
/// another meaning; a reader should ignore fields it does not know. Optional fields are left
/// out when they have no value (never `null`).
///
/// The type decodes as well as encodes, so Swift code can read a report back.
public struct JSONReport: Codable, Hashable, Sendable {
    /// The version of the contract this type writes.
    public static let currentSchemaVersion = 1

    /// The version of the contract; `1` for this layout.
    public var schemaVersion: Int
    /// The program that wrote the report.
    public var tool: Tool
    /// One entry per file, in the order the files were given.
    public var files: [File]
    /// The counts over every file.
    public var summary: Summary

    /// The program that wrote the report.
    public struct Tool: Codable, Hashable, Sendable {
        /// Always `journey`.
        public var name: String
        /// The version of the program, such as `0.1.0`: the one `journey --version` prints.
        public var version: String

        /// A tool entry; the name defaults to `journey`.
        public init(name: String = "journey", version: String) {
            self.name = name
            self.version = version
        }
    }

    /// The counts over every file.
    public struct Summary: Codable, Hashable, Sendable {
        /// How many files were checked.
        public var files: Int
        /// Findings of severity `error` that stand, in all files (file problems included).
        public var errors: Int
        /// Findings of severity `warning` that stand, in all files.
        public var warnings: Int
        /// Findings of severity `info` that stand, in all files (the text report calls them notes).
        public var infos: Int
        /// Findings the designs' own suppressions covered; not counted in the other numbers.
        public var suppressed: Int
        /// True when a file failed: it has an error, or a warning under `--strict`. The exit
        /// code of `journey validate` is 1 exactly when this is true.
        public var failed: Bool

        /// Counts as given; ``JSONReport/init(_:toolVersion:)`` adds them up from the files.
        public init(files: Int, errors: Int, warnings: Int, infos: Int, suppressed: Int, failed: Bool) {
            self.files = files
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.suppressed = suppressed
            self.failed = failed
        }
    }

    /// What one file's validation found.
    public struct File: Codable, Hashable, Sendable {
        /// The file as the user named it (`<stdin>` for standard input).
        public var file: String
        /// The counts of this file's findings.
        public var summary: FileSummary
        /// The findings that stand, in file order (file problems first).
        public var findings: [Finding]
        /// The findings the design's own suppressions covered, with the reasons given.
        public var suppressed: [SuppressedFinding]

        /// One file's entry, from its parts.
        public init(file: String, summary: FileSummary, findings: [Finding], suppressed: [SuppressedFinding]) {
            self.file = file
            self.summary = summary
            self.findings = findings
            self.suppressed = suppressed
        }
    }

    /// The counts of one file.
    public struct FileSummary: Codable, Hashable, Sendable {
        /// The file's findings of severity `error` that stand (a file that cannot be read has one).
        public var errors: Int
        /// The file's findings of severity `warning` that stand.
        public var warnings: Int
        /// The file's findings of severity `info` that stand.
        public var infos: Int
        /// The file's findings its own suppressions covered; not counted in the other numbers.
        public var suppressed: Int
        /// True when the file has an error, or a warning under `--strict`.
        public var failed: Bool

        /// Counts as given; ``JSONReport/init(_:toolVersion:)`` takes them from the file's result.
        public init(errors: Int, warnings: Int, infos: Int, suppressed: Int, failed: Bool) {
            self.errors = errors
            self.warnings = warnings
            self.infos = infos
            self.suppressed = suppressed
            self.failed = failed
        }
    }

    /// One finding that stands.
    public struct Finding: Codable, Hashable, Sendable {
        /// The rule id, such as `STRUCT-DANGLING-REF`, or a file problem's code, such as `FILE-SYNTAX`.
        public var rule: String
        /// The severity after the configuration: `error`, `warning` or `info`.
        public var severity: Severity
        /// What is wrong, without the clause (which is in ``clause``).
        public var message: String
        /// The clause of a standard the finding concerns; absent for structural and file findings.
        public var clause: ClauseReference?
        /// What the finding rests on, as the text report ends its line: `ISO/TS 24082 4.2`,
        /// `ISO/TS 24082 5.3, inferred` or `heuristic: the peak-end rule, under ISO/TS 24082 4.2`.
        /// Absent for structural and file findings.
        public var basis: String?
        /// The file, line and column (1-based; columns count Unicode scalars). A finding
        /// without a place of its own points at line 1, column 1 of its file.
        public var file: String
        /// The line of the finding, from 1 (see ``file``).
        public var line: Int
        /// The column of the finding, from 1, counted in Unicode scalars (see ``file``).
        public var column: Int
        /// The id of the element the finding is about, when it is about one.
        public var element: String?
        /// Other places that help to understand the finding.
        public var notes: [Note]
        /// How to fix it.
        public var hint: String?

        /// A finding from its fields; `basis` and the optional fields are left out of the JSON when nil.
        public init(
            rule: String, severity: Severity, message: String, clause: ClauseReference? = nil, file: String,
            line: Int, column: Int, element: String? = nil, notes: [Note] = [], hint: String? = nil, basis: String? = nil
        ) {
            self.rule = rule
            self.severity = severity
            self.message = message
            self.clause = clause
            self.basis = basis
            self.file = file
            self.line = line
            self.column = column
            self.element = element
            self.notes = notes
            self.hint = hint
        }

        /// The finding as the report shows it; a finding without a place gets line 1, column 1
        /// of `defaultFile`.
        public init(_ diagnostic: Diagnostic, defaultFile: String) {
            let place = ReportPlace(diagnostic.location, defaultFile: defaultFile)
            self.init(
                rule: diagnostic.ruleID, severity: diagnostic.severity, message: diagnostic.message,
                clause: diagnostic.clause, file: place.file, line: place.line, column: place.column,
                element: diagnostic.element, notes: diagnostic.notes.map(Note.init), hint: diagnostic.hint,
                basis: diagnostic.basis ?? diagnostic.clause?.description)
        }
    }

    /// A second place that helps to understand a finding.
    public struct Note: Codable, Hashable, Sendable {
        /// What the place has to do with the finding, such as `touchpoint "b" is defined here`.
        public var message: String
        /// The place, when the note has one: all three fields or none.
        public var file: String?
        /// The note's line, from 1; absent when the note has no place.
        public var line: Int?
        /// The note's column, from 1, in Unicode scalars; absent when the note has no place.
        public var column: Int?

        /// A note from its fields; give `file`, `line` and `column` together or none of them.
        public init(message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
            self.message = message
            self.file = file
            self.line = line
            self.column = column
        }

        /// The note of a diagnostic as the report shows it.
        public init(_ note: Diagnostic.Note) {
            self.init(message: note.message, file: note.location?.file, line: note.location?.line, column: note.location?.column)
        }
    }

    /// A finding a suppression in the design file covered.
    public struct SuppressedFinding: Codable, Hashable, Sendable {
        /// The id of the rule whose finding was suppressed.
        public var rule: String
        /// The severity the finding would have had.
        public var severity: Severity
        /// What the finding would have said, without its clause.
        public var message: String
        /// Where the finding would have been reported.
        public var file: String
        /// The line the finding would have been reported at, from 1.
        public var line: Int
        /// The column the finding would have been reported at, from 1, in Unicode scalars.
        public var column: Int
        /// The id of the element the finding is about, when it is about one.
        public var element: String?
        /// The reason the suppression gives.
        public var reason: String

        /// A suppressed finding from its fields.
        public init(
            rule: String, severity: Severity, message: String, file: String, line: Int, column: Int,
            element: String? = nil, reason: String
        ) {
            self.rule = rule
            self.severity = severity
            self.message = message
            self.file = file
            self.line = line
            self.column = column
            self.element = element
            self.reason = reason
        }

        /// The suppressed diagnostic as the report shows it; one without a place gets line 1,
        /// column 1 of `defaultFile`.
        public init(_ suppressed: SuppressedDiagnostic, defaultFile: String) {
            let diagnostic = suppressed.diagnostic
            let place = ReportPlace(diagnostic.location, defaultFile: defaultFile)
            self.init(
                rule: diagnostic.ruleID, severity: diagnostic.severity, message: diagnostic.message, file: place.file,
                line: place.line, column: place.column, element: diagnostic.element, reason: suppressed.reason)
        }
    }

    /// A report from its parts, written as ``currentSchemaVersion`` unless told otherwise.
    public init(schemaVersion: Int = JSONReport.currentSchemaVersion, tool: Tool, files: [File], summary: Summary) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.files = files
        self.summary = summary
    }

    /// The report of the validated files.
    public init(_ validations: [FileValidation], toolVersion: String) {
        var total = ReportCounts()
        var files: [File] = []
        for validation in validations {
            let counts = ReportCounts(validation.result)
            total = total + counts
            files.append(File(
                file: validation.file,
                summary: FileSummary(
                    errors: counts.errors, warnings: counts.warnings, infos: counts.infos,
                    suppressed: counts.suppressed, failed: validation.result.failed),
                findings: validation.result.diagnostics.map { Finding($0, defaultFile: validation.file) },
                suppressed: validation.result.suppressed.map { SuppressedFinding($0, defaultFile: validation.file) }))
        }
        self.init(
            tool: Tool(version: toolVersion), files: files,
            summary: Summary(
                files: validations.count, errors: total.errors, warnings: total.warnings, infos: total.infos,
                suppressed: total.suppressed, failed: validations.contains { $0.result.failed }))
    }

    /// The report as JSON text: pretty printed, keys sorted, slashes not escaped, no final newline.
    public func rendered() -> String {
        ReportJSON.encode(self)
    }

    /// The JSON report of the validated files (see ``JSONReport``).
    public static func render(_ files: [FileValidation], toolVersion: String) -> String {
        JSONReport(files, toolVersion: toolVersion).rendered()
    }
}

/// The JSON encoding the reports share, so that the same input always gives the same bytes.
enum ReportJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            // Only non-finite numbers fail to encode, and the reports hold none.
            preconditionFailure("a report could not be encoded as JSON: \(error)")
        }
    }
}
