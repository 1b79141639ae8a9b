import JourneyKit

/// Why validation settings could not be used: a settings file that cannot be read or has
/// problems (each with its place), or an override naming a rule the catalogue lacks.
public enum SettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The settings file cannot be read at all (missing, a folder, unreadable).
    case unreadable(file: String, reason: String)
    /// The settings file was read and has problems; each diagnostic names its line and column.
    case invalid(file: String, problems: [Diagnostic])
    /// An override names a rule that does not exist; the message suggests the closest id.
    case unknownRule(String)
    /// An override is malformed (e.g. `--severity` without `=LEVEL`).
    case badOverride(String)

    /// The settings file the error is about, if it is about one.
    public var file: String? {
        switch self {
        case .unreadable(let file, _), .invalid(let file, _): file
        case .unknownRule, .badOverride: nil
        }
    }

    /// One line for `file: error: …`-style reporting: what is wrong, without the file's name
    /// for a file error (the caller puts it first).
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): reason
        case .invalid(_, let problems): "the settings file has \(problems.count == 1 ? "a problem" : "\(problems.count) problems")"
        case .unknownRule(let message), .badOverride(let message): message
        }
    }

    /// The located problems of an invalid settings file, as compilers print them
    /// (`FILE:LINE:COL: error: …`, a `help:` line under it when there is a suggestion); empty
    /// for the other cases.
    public var details: [String] {
        guard case .invalid(let file, let problems) = self else { return [] }
        return problems.map { problem in
            "\(problem.location?.description ?? file): error: \(problem.message)" + (problem.hint.map { "\n  help: \($0)" } ?? "")
        }
    }

    /// The reason and, for an invalid file, its problems on the following lines.
    public var description: String {
        ([file.map { "\($0): \(reason)" } ?? reason] + details).joined(separator: "\n")
    }
}
