import JourneyFormats
import JourneyKit

extension Diagnostic {
    /// A problem of the file itself (from a reader in JourneyFormats), told like the validator's findings; with its source line
    /// when the reader kept it (`decoded.excerpt(for: problem)`).
    public init(_ problem: FileProblem, excerpt: SourceExcerpt? = nil) {
        self.init(fileProblem: problem, severity: .error, excerpt: excerpt)
    }

    /// A deviation the reader read past (a CJML dialect, say), told as a warning.
    public init(warning problem: FileProblem, excerpt: SourceExcerpt? = nil) {
        self.init(fileProblem: problem, severity: .warning, excerpt: excerpt)
    }

    private init(fileProblem problem: FileProblem, severity: Severity, excerpt: SourceExcerpt?) {
        self.init(ruleID: problem.code, severity: severity, message: problem.message, location: problem.location, hint: problem.hint)
        self.excerpt = excerpt
    }
}

extension FileProblem {
    /// A problem after which the element it sits in was read without some of its content: an
    /// unknown (misspelt) field, a missing field, a value of the wrong type or an invalid one.
    /// Findings about that element are then held back (see `Validator.validate`).
    package var leavesElementIncomplete: Bool {
        switch self {
        case .unknownField, .missingField, .wrongType, .invalidValue, .duplicateKey: true
        default: false
        }
    }
}
