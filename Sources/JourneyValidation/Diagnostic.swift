import JourneyKit

/// How much a finding matters.
public enum Severity: String, CaseIterable, Comparable, Sendable, Codable {
    case info
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One finding about a design, told the way a compiler tells it.
public struct Diagnostic: Hashable, Sendable {
    /// A second place that helps to understand the finding.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation?
        /// The element the note is about, when it stands for one place of a grouped finding.
        public var element: String?
        public init(_ message: String, at location: SourceLocation?, element: String? = nil) {
            self.message = message
            self.location = location
            self.element = element
        }
    }

    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    public var notes: [Note]
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
