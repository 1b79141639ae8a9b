import Foundation
import JourneyFormats
import JourneyKit

extension FileValidation {
    /// Reads and validates one journey file's bytes, as `journey validate` does: the file's own
    /// problems first (each with its source line), then the validator's findings. Findings
    /// about an element the reader could not read whole are held back (its problem explains
    /// them). A file that is not a journey (`JourneyContent`: a JSON Schema, a settings file, a
    /// CI workflow…) gets one `FILE-NOT-JOURNEY` error that says what it is.
    ///
    /// ```swift
    /// let data = try Data(contentsOf: url)
    /// let (validation, design) = FileValidation.check(data, name: "clinic.yaml", configuration: configuration)
    /// print(TextReport.render([validation], color: false, quiet: false))
    /// ```
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: how the reports name the file (`<stdin>` for standard input).
    ///   - configuration: what to check (``SettingsResolver`` gives the file's).
    /// - Returns: the validation, and the design when the file could be read as one.
    public static func check(_ data: Data, name: String, configuration: ValidationConfiguration) -> (validation: FileValidation, design: ServiceDesign?) {
        if case .other(let reason) = JourneyContent.recognise(data, name: name) {
            return (refused(name, ruleID: "FILE-NOT-JOURNEY", "not a journey file: \(reason); nothing in it was checked"), nil)
        }
        let decoded = JourneyFile.decode(data, name: name)
        var diagnostics = decoded.problems.map { Diagnostic($0, excerpt: decoded.excerpt(for: $0)) }
            + decoded.warnings.map { Diagnostic(warning: $0, excerpt: decoded.excerpt(for: $0)) }
        var result = ValidationResult(diagnostics: [], strict: configuration.strict)
        if let design = decoded.design {
            // Problems that leave an element incomplete explain the findings about it.
            let damage = decoded.problems.filter(\.leavesElementIncomplete).map(\.location)
            result = Validator(configuration: configuration).validate(design, fileProblems: damage)
            // File problems first: they explain findings that follow from them.
            diagnostics += result.diagnostics
        }
        result.diagnostics = diagnostics
        return (FileValidation(file: name, result: result, size: decoded.design.map(DesignSize.init)), decoded.design)
    }

    /// A file that was not validated: one error at its first line saying why (`FILE-UNREADABLE`
    /// for a file that cannot be read, `FILE-NOT-JOURNEY` for one that is not a journey).
    package static func refused(_ name: String, ruleID: String, _ message: String) -> FileValidation {
        let diagnostic = Diagnostic(ruleID: ruleID, severity: .error, message: message, location: SourceLocation(file: name, line: 1, column: 1))
        return FileValidation(file: name, result: ValidationResult(diagnostics: [diagnostic]), size: nil)
    }
}
