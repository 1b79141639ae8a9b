import Foundation
import JourneyFormats
import JourneyKit

/// Why a theme could not be had: an unknown name, a theme file that cannot be read, or one
/// with problems (each at its line and column).
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Neither a built-in theme's name nor a theme file.
    case unknown(String)
    /// The theme file cannot be read (missing, a folder, too large, unreadable).
    case unreadable(file: String, reason: String)
    /// The theme file was read and has problems.
    case invalid(file: String, problems: [FileProblem])

    /// The theme file the error is about, if it is about one.
    public var file: String? {
        switch self {
        case .unknown: nil
        case .unreadable(let file, _), .invalid(let file, _): file
        }
    }

    /// What is wrong, without the file's name (the caller puts it first).
    public var reason: String {
        switch self {
        case .unknown(let name): "'\(name)' is neither light, dark, print nor a theme file (.yaml)"
        case .unreadable(_, let reason): reason
        case .invalid(_, let problems): "the theme file has \(problems.count == 1 ? "a problem" : "\(problems.count) problems")"
        }
    }

    /// The located problems of an invalid theme file (`FILE:LINE:COL: error: …`, with help lines).
    public var details: [String] {
        guard case .invalid(_, let problems) = self else { return [] }
        return problems.map { $0.description + ($0.hint.map { "\n  help: \($0)" } ?? "") }
    }

    /// The reason, after the file's name, and the located problems below.
    public var description: String {
        ([file.map { "\($0): \(reason)" } ?? reason] + details).joined(separator: "\n")
    }
}

extension Theme {
    /// A built-in theme by name (`light`, `dark`, `print`), or the theme a YAML theme file
    /// describes (``load(file:)``): what `--theme` takes.
    public static func resolve(_ nameOrFile: String) throws(ThemeError) -> Theme {
        if let theme = named(nameOrFile) { return theme }
        let looksLikeFile = nameOrFile.hasSuffix(".yaml") || nameOrFile.hasSuffix(".yml") || FileManager.default.fileExists(atPath: nameOrFile)
        guard looksLikeFile else { throw .unknown(nameOrFile) }
        return try load(file: nameOrFile)
    }

    /// The theme a YAML theme file describes (`ThemeSettings`): its base with
    /// the colours and font it changes.
    ///
    /// ```swift
    /// let brand = try Theme.load(file: "brand-theme.yaml")
    /// let svg = JourneyRenderer.svg(design, view: .map, theme: brand)
    /// ```
    /// - Throws: ``ThemeError`` with every problem of the file, each at its place.
    public static func load(file path: String) throws(ThemeError) -> Theme {
        switch SmallFile.read(path, kind: "theme file") {
        case .success(let data): return try theme(from: data, name: path)
        case .failure(let error): throw .unreadable(file: path, reason: error.reason)
        }
    }

    /// The theme of a theme file's bytes; `name` is how messages name the file.
    /// - Throws: ``ThemeError/invalid(file:problems:)`` with every problem, located.
    public static func theme(from data: Data, name: String) throws(ThemeError) -> Theme {
        let (read, problems) = ThemeSettings.decode(data, name: name, colorNames: colorKeys)
        guard let settings = read, problems.isEmpty else { throw .invalid(file: name, problems: problems) }
        return try theme(settings, name: name)
    }

    /// The theme settings describe; unknown colour names and the like are reported at their place.
    public static func theme(_ settings: ThemeSettings, name: String) throws(ThemeError) -> Theme {
        let base = settings.base.flatMap(named) ?? .light
        var problems: [FileProblem] = []
        var colors: [String: String] = [:]
        for entry in settings.colors {
            guard colorKeys.contains(entry.name) else {
                problems.append(.unknownField(
                    entry.name, element: "`colors`", entry.location,
                    suggestion: Suggestion.closest(to: entry.name, among: colorKeys)))
                continue
            }
            colors[entry.name] = entry.value
        }
        if !problems.isEmpty { throw .invalid(file: name, problems: problems) }
        do {
            return try base.applying(colors: colors, personas: settings.personas.map(\.value), stages: settings.stages.map(\.value), font: settings.font)
        } catch {
            // Colours were checked by the reader; what is left is the font's name.
            throw .invalid(file: name, problems: [.invalidValue(
                field: "font", value: settings.font ?? "", reason: error.description,
                settings.fontLocation ?? SourceLocation(file: name, line: 1, column: 1), suggestion: nil)])
        }
    }
}
