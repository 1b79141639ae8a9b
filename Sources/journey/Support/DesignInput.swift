import ArgumentParser
import JourneyFormats
import JourneyKit
import JourneyValidation

extension JourneyFiles {
    /// Reads a journey for a command that needs the whole design: warnings and problems go to
    /// standard error as diagnostics, and a file that cannot be read or has problems ends the
    /// command with exit code 1 (`output` says that nothing was written).
    static func design(_ path: String, format: JourneyFormat? = nil, writesOutput: Bool) throws -> ServiceDesign {
        let decoded = try decode(path, format: format)
        for warning in decoded.warnings { StandardError.write(Diagnostic(warning: warning, excerpt: decoded.excerpt(for: warning)).formatted(defaultFile: path)) }
        guard let design = decoded.design, decoded.problems.isEmpty else {
            for problem in decoded.problems { StandardError.write(Diagnostic(problem, excerpt: decoded.excerpt(for: problem)).formatted(defaultFile: path)) }
            if writesOutput { StandardError.write("journey: nothing written: \(path) has problems") }
            throw ExitCode(1)
        }
        return design
    }
}
