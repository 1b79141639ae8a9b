import JourneyFormats
import JourneyValidation

extension Diagnostic {
    /// A problem of the file itself, told like the validator's findings.
    init(_ problem: FileProblem) {
        self.init(fileProblem: problem, severity: .error)
    }

    /// A deviation the reader read past (a CJML dialect, say), told as a warning.
    init(warning problem: FileProblem) {
        self.init(fileProblem: problem, severity: .warning)
    }

    private init(fileProblem problem: FileProblem, severity: Severity) {
        self.init(ruleID: problem.code, severity: severity, message: problem.message, location: problem.location, hint: problem.hint)
    }
}

extension FileProblem {
    /// A problem after which the element it sits in was read without some of its content: an
    /// unknown (misspelt) field, a missing field, a value of the wrong type or an invalid one.
    /// Findings about that element are then held back (see `Validator.validate`).
    var leavesElementIncomplete: Bool {
        switch self {
        case .unknownField, .missingField, .wrongType, .invalidValue, .duplicateKey: true
        default: false
        }
    }
}
