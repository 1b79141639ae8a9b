/// A problem found while reading XML or validating it against an XSD, with its place in the input.
public struct XMLIssue: Hashable, Sendable, CustomStringConvertible {
    /// How bad the issue is.
    public enum Severity: String, Sendable {
        /// The document was still read.
        case warning
        /// The document is not usable.
        case error
        /// Reading stopped here.
        case fatal
    }

    /// Where the issue comes from.
    public enum Category: String, Sendable {
        /// The input is not well-formed XML (libxml2's parser said so).
        case syntax
        /// The XSD says no (also: the XSD itself breaks the rules of XML Schema).
        case validity
        /// Our protection stopped the input: a DOCTYPE, an external resource, or a limit.
        case refused
    }

    /// How bad the issue is.
    public var severity: Severity
    /// Where the issue comes from.
    public var category: Category
    /// One trimmed line, such as `Element 'stage': The attribute 'id' is required but missing.`
    public var message: String
    /// The 1-based line; 0 only when nobody knows.
    public var line: Int
    /// The 1-based column in characters; for validity issues that of the element's `<`.
    public var column: Int
    /// libxml2's error code (`xmlParserErrors`), or 0 for our own refusals.
    public var code: Int

    /// Creates an issue.
    public init(
        severity: Severity, category: Category, message: String,
        line: Int, column: Int, code: Int = 0
    ) {
        self.severity = severity
        self.category = category
        self.message = message
        self.line = line
        self.column = column
        self.code = code
    }

    /// `line:column: severity: message`, like a compiler.
    public var description: String { "\(line):\(column): \(severity.rawValue): \(message)" }
}

/// Why ``XMLReader`` or ``XMLSchema`` gave up: the issues, the most useful first.
public struct XMLReadFailure: Error, Sendable, CustomStringConvertible {
    /// Never empty. For a billion-laughs document, for instance, the document-level entity-loop
    /// error comes before the ones found inside the entity text.
    public var issues: [XMLIssue]

    /// Creates a failure; an empty list is replaced by one generic error.
    public init(issues: [XMLIssue]) {
        self.issues = issues.isEmpty
            ? [XMLIssue(severity: .fatal, category: .syntax, message: "the XML could not be read",
                        line: 0, column: 1)]
            : issues
    }

    /// One issue per line.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
