import JourneyKit

/// How much a finding matters.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
    /// Advice: counted as a note, never fails a run.
    case info
    /// A problem worth fixing: fails a run only under `--strict`.
    case warning
    /// A problem that fails the run (`journey validate` exits with 1).
    case error

    /// Orders by weight: `info` < `warning` < `error`.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One finding about a design, told the way a compiler tells it.
public struct Diagnostic: Hashable, Sendable {
    /// A second place that helps to understand the finding.
    public struct Note: Hashable, Sendable {
        /// What the place has to do with the finding, such as `touchpoint "b" is defined here`.
        public var message: String
        /// The place in the file; nil for a note without one (the text report then names the file only).
        public var location: SourceLocation?
        /// The element the note is about, when it stands for one place of a grouped finding.
        public var element: String?
        /// A note at a place, optionally standing for one element of a grouped finding.
        public init(_ message: String, at location: SourceLocation?, element: String? = nil) {
            self.message = message
            self.location = location
            self.element = element
        }
    }

    /// The id of the rule that found it (`STRUCT-DANGLING-REF`), or a file problem's code (`FILE-SYNTAX`).
    public var ruleID: String
    /// The severity after the configuration (a rule's default unless `.journeylint.yaml` changes it).
    public var severity: Severity
    /// What is wrong, in words for a designer, without the clause or basis (see ``fullMessage``).
    public var message: String
    /// Where the finding points: file, line and column; nil when it has no place of its own
    /// (reports then point at line 1, column 1 of the file).
    public var location: SourceLocation?
    /// Other places that help to understand the finding, printed after it as `note:` lines.
    public var notes: [Note]
    /// How to fix it, printed as the `help:` line; nil when there is no hint.
    public var hint: String?
    /// The clause of a standard the finding is about; nil for structural and file findings.
    public var clause: ClauseReference?
    /// The id of the element the finding is about, when it is about one.
    public var element: String?
    /// What the finding rests on, as its line ends with it: `ISO/TS 24082 4.2`,
    /// `ISO/TS 24082 5.3, inferred` or `heuristic: the peak-end rule, under ISO/TS 24082 4.2`.
    /// Nil for file and structural findings; then ``clause`` alone (if any) is shown.
    public var basis: String?
    /// The source line of the finding with a caret under its column, when the reader kept it
    /// (file problems: see `DecodedDesign.excerpt(for:)`). The text report prints it.
    public var excerpt: SourceExcerpt? = nil

    /// A finding from its parts; ``excerpt`` starts empty.
    public init(
        ruleID: String, severity: Severity, message: String, location: SourceLocation?, notes: [Note] = [],
        hint: String? = nil, clause: ClauseReference? = nil, element: String? = nil, basis: String? = nil
    ) {
        self.basis = basis
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.hint = hint
        self.clause = clause
        self.element = element
    }

    /// The message with what it rests on: `… (ISO/TS 24082 5.5, inferred)`, `… (heuristic: …)`.
    public var fullMessage: String {
        guard let basis = basis ?? clause?.description else { return message }
        return "\(message) (\(basis))"
    }

    /// `file:line:col: severity[RULE]: message`, then the source line and caret (if any), note
    /// and help lines.
    public func formatted(defaultFile: String) -> String {
        var lines = ["\(place(location, defaultFile)): \(severity.rawValue)[\(ruleID)]: \(fullMessage)"]
        if let excerpt { lines += excerpt.rendered() }
        for note in notes { lines.append("\(place(note.location, defaultFile)): note: \(note.message)") }
        if let hint { lines.append("  help: \(hint)") }
        return lines.joined(separator: "\n")
    }

    private func place(_ location: SourceLocation?, _ file: String) -> String {
        location?.description ?? file
    }
}
