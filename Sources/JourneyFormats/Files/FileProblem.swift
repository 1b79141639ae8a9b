import JourneyKit

/// What can be wrong with a journey file, each case with the place it was found.
public enum FileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not text in an encoding we read.
    case encoding(SourceLocation, detail: String)
    /// The text is not well-formed YAML or JSON: the problem, what the parser was reading when
    /// it met it (libyaml's words), and the fix where the cause is recognised (see
    /// ``hint``).
    case syntax(SourceLocation, problem: String, context: String?, hint: String? = nil)
    /// The file holds nothing.
    case empty(SourceLocation)
    /// More than one YAML document in one file.
    case multipleDocuments(SourceLocation)
    /// A key written twice in one mapping.
    case duplicateKey(String, SourceLocation)
    /// A field the format does not have.
    case unknownField(String, element: String, SourceLocation, suggestion: String?)
    /// A field the element cannot do without; for a missing id, the id its title suggests.
    case missingField(String, element: String, SourceLocation, suggestion: String? = nil)
    /// A value of the wrong shape: text where a number belongs, a list where text belongs;
    /// with the fix where the value shows it (quotes around a number, the scale for a score).
    case wrongType(field: String, expected: String, found: String, SourceLocation, hint: String? = nil)
    /// A value of the right shape that is not allowed.
    case invalidValue(field: String, value: String, reason: String, SourceLocation, suggestion: String?)
    /// A YAML tag that could make a loader run code; journey files never need tags.
    case unsupportedTag(String, SourceLocation)
    /// The file expands (through YAML aliases) to more than it could honestly hold.
    case tooComplex(SourceLocation, detail: String)
    /// Something the reader refuses to do for safety: a DOCTYPE, an external file, a size limit.
    case refused(SourceLocation, detail: String)
    /// The XML does not follow the format's schema (XSD).
    case schema(SourceLocation, detail: String)
    /// A deviation from the documented shape that the reader read past (a warning): a CJML
    /// producer's dialect, say. The design is still read.
    case tolerated(SourceLocation, detail: String)

    /// Where the problem was found: file, line and column (1-based).
    public var location: SourceLocation {
        switch self {
        case .encoding(let l, _), .syntax(let l, _, _, _), .empty(let l), .multipleDocuments(let l),
            .duplicateKey(_, let l), .unknownField(_, _, let l, _), .missingField(_, _, let l, _),
            .wrongType(_, _, _, let l, _), .invalidValue(_, _, _, let l, _), .unsupportedTag(_, let l),
            .tooComplex(let l, _), .refused(let l, _), .schema(let l, _), .tolerated(let l, _):
            return l
        }
    }

    /// A stable name for the kind of problem, for JSON reports and tests.
    public var code: String {
        switch self {
        case .encoding: "FILE-ENCODING"
        case .syntax: "FILE-SYNTAX"
        case .empty: "FILE-EMPTY"
        case .multipleDocuments: "FILE-MULTIPLE-DOCUMENTS"
        case .duplicateKey: "FILE-DUPLICATE-KEY"
        case .unknownField: "FILE-UNKNOWN-FIELD"
        case .missingField: "FILE-MISSING-FIELD"
        case .wrongType: "FILE-WRONG-TYPE"
        case .invalidValue: "FILE-INVALID-VALUE"
        case .unsupportedTag: "FILE-UNSUPPORTED-TAG"
        case .tooComplex: "FILE-TOO-COMPLEX"
        case .refused: "FILE-REFUSED"
        case .schema: "FILE-SCHEMA"
        case .tolerated: "FILE-TOLERATED"
        }
    }

    /// What is wrong, in a designer's words.
    public var message: String {
        switch self {
        case .encoding(_, let detail): detail
        case .syntax(_, let problem, let context, _): "the file is not valid: \(problem)" + (context.map { " (\($0))" } ?? "")
        case .empty: "the file is empty; a journey needs at least `journey:` and `title:`"
        case .multipleDocuments: "the file holds more than one YAML document (a second `---`); a journey file holds one"
        case .duplicateKey(let key, _): "\"\(key)\" is written twice in the same block; only one can count"
        case .unknownField(let field, let element, _, _): "\(element) has no field \"\(field)\""
        case .missingField(let field, let element, _, _): "\(element) is missing its \"\(field)\""
        case .wrongType(let field, let expected, let found, _, _): "\"\(field)\" should be \(expected), but is \(found)"
        case .invalidValue(let field, let value, let reason, _, _): "\"\(field)\" cannot be \"\(value)\": \(reason)"
        case .unsupportedTag(let tag, _): "the tag \(tag) is not allowed in a journey file (tags can make other YAML loaders run code)"
        case .tooComplex(_, let detail), .refused(_, let detail), .schema(_, let detail), .tolerated(_, let detail): detail
        }
    }

    /// How to fix it, where there is something useful to say.
    public var hint: String? {
        switch self {
        case .unknownField(_, _, _, let suggestion?), .invalidValue(_, _, _, _, let suggestion?):
            "did you mean \"\(suggestion)\"?"
        case .unknownField(_, let element, _, nil): "see docs/format.md for the fields of \(element)"
        case .syntax(_, _, _, let hint?), .wrongType(_, _, _, _, let hint?): hint
        case .missingField("id", _, _, let suggestion):
            "add a line `id: \(suggestion ?? "a-name")`; an id is one word (with - or _ between words) by which the rest of the file refers to it"
        case .duplicateKey: "remove one of them, or merge what they say"
        case .unsupportedTag: "remove the tag and write the value plainly"
        default: nil
        }
    }

    public var description: String { "\(location): error: \(message)" }
}
