import JourneyFormats
import JourneyValidation

extension Diagnostic {
    /// A problem of the file itself, told like the validator's findings.
    init(_ problem: FileProblem) {
        self.init(ruleID: problem.code, severity: .error, message: problem.message, location: problem.location, hint: problem.hint)
    }
}
