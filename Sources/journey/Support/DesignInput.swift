import ArgumentParser
import JourneyFormats
import JourneyKit
import JourneyValidation

extension JourneyFiles {
    /// Reads a journey for a command that needs the whole design: warnings and problems go to
    /// standard error as diagnostics, and a file that cannot be read or has problems ends the
    /// command with exit code 1 (`writesOutput`: a last line says that nothing was written).
    /// The result holds a design.
    static func decodedDesign(_ path: String, format: JourneyFormat? = nil, writesOutput: Bool) throws -> DecodedDesign {
        let decoded = try decode(path, format: format)
        let name = path == "-" ? "<stdin>" : path
        for warning in decoded.warnings { StandardError.write(Diagnostic(warning: warning, excerpt: decoded.excerpt(for: warning)).formatted(defaultFile: name)) }
        guard decoded.design != nil, decoded.problems.isEmpty else {
            for problem in decoded.problems { StandardError.write(Diagnostic(problem, excerpt: decoded.excerpt(for: problem)).formatted(defaultFile: name)) }
            if writesOutput { StandardError.write("journey: nothing written: \(path) has problems") }
            throw ExitCode(1)
        }
        return decoded
    }

    /// The design of ``decodedDesign(_:format:writesOutput:)``.
    static func design(_ path: String, format: JourneyFormat? = nil, writesOutput: Bool) throws -> ServiceDesign {
        guard let design = try decodedDesign(path, format: format, writesOutput: writesOutput).design else { throw ExitCode(1) }
        return design
    }
}
