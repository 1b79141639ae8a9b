import Foundation
import JourneyKit
import Yams

/// A theme file, as written: the built-in theme it starts from and the colours and font it
/// changes (brand colours). Read here for shape, every problem with its place; turned into a
/// theme by JourneyRendering (`Theme.load`), which knows the colour names.
///
/// ```yaml
/// base: light            # light, dark or print
/// font: Inter            # measured as DejaVu Sans; fallbacks are added
/// colors: {accent: "#e4007c", ink: "#222222"}
/// personas: ["#0072b2", "#d55e00"]
/// stages: ["#003a70", "#00695c"]
/// ```
public struct ThemeSettings: Hashable, Sendable {
    /// One value of the file with the place it was written, for messages.
    public struct Entry: Hashable, Sendable {
        /// The colour's name (`accent`, `ink`…) for `colors`; the list's name for `personas` and `stages`.
        public var name: String
        /// The colour as written (`#rgb` or `#rrggbb`, checked here).
        public var value: String
        /// Where the entry is written: the colour's name under `colors`, the value in a list.
        public var location: SourceLocation

        /// An entry of a theme file.
        public init(name: String, value: String, location: SourceLocation) {
            self.name = name
            self.value = value
            self.location = location
        }
    }

    /// The names `base` takes: the built-in themes.
    public static let bases = ["light", "dark", "print"]

    /// The built-in theme the file starts from (nil: `light`).
    public var base: String?
    /// Where `base` is written, for a message about it.
    public var baseLocation: SourceLocation?
    /// The font family the pictures name; they are measured with DejaVu Sans.
    public var font: String?
    /// Where `font` is written, for a message about it.
    public var fontLocation: SourceLocation?
    /// The colours replaced, by name, in the order written.
    public var colors: [Entry] = []
    /// The persona colours in order (the first persona gets the first); empty keeps the base's.
    public var personas: [Entry] = []
    /// The stage band colours in order; empty keeps the base's.
    public var stages: [Entry] = []

    /// Settings that change nothing (the light theme).
    public init() {}

    /// Reads a theme file, reporting every problem with its place (`name` is how messages name
    /// the file). An empty file means the light theme unchanged.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: how messages name the file.
    ///   - colorNames: the colour names a theme has (JourneyRendering's `Theme.colorKeys`);
    ///     given, a name not among them is reported with the closest one, with the other problems.
    public static func decode(_ data: Data, name: String, colorNames: [String]? = nil) -> (settings: ThemeSettings?, problems: [FileProblem]) {
        SettingsDocument.decode(data, name: name, defaults: ThemeSettings()) { root, session throws(DecodingSession.Stop) in
            try ThemeSettingsDecoder(session: session, colorNames: colorNames).settings(root)
        }
    }
}

struct ThemeSettingsDecoder {
    let session: DecodingSession
    let colorNames: [String]?

    func settings(_ root: Node) throws(DecodingSession.Stop) -> ThemeSettings? {
        guard var fields = try FieldReader(root, element: "the theme", field: "the file", session: session) else { return nil }
        fields.rejectUnknown(["base", "font", "colors", "colours", "personas", "stages"])
        var settings = ThemeSettings()
        if let base = try fields.string("base") {
            let location = fields.origin.location(of: "base") ?? fields.location
            if ThemeSettings.bases.contains(base) {
                settings.base = base
                settings.baseLocation = location
            } else {
                session.report(.invalidValue(
                    field: "base", value: base, reason: "it must be one of `light`, `dark`, `print`", location,
                    suggestion: Suggestion.closest(to: base, among: ThemeSettings.bases)))
            }
        }
        settings.font = try fields.string("font")
        if settings.font != nil { settings.fontLocation = fields.origin.location(of: "font") ?? fields.location }
        for key in ["colors", "colours"] {
            guard let node = try fields.node(key) else { continue }
            guard case .mapping(let mapping) = node else {
                session.report(.wrongType(field: key, expected: "a block of `name: \"#rrggbb\"` lines", found: describe(node), session.location(node)))
                continue
            }
            for (nameNode, value) in mapping {
                try session.visit(nameNode)
                try session.visit(value)
                guard case .scalar(let name) = nameNode else { continue }
                if let colorNames, !colorNames.contains(name.string) {
                    session.report(.unknownField(
                        name.string, element: "`\(key)`", session.location(nameNode),
                        suggestion: Suggestion.closest(to: name.string, among: colorNames)))
                    continue
                }
                guard let color = colour(value, field: "\(key).\(name.string)") else { continue }
                settings.colors.append(.init(name: name.string, value: color, location: session.location(nameNode)))
            }
        }
        for key in ["personas", "stages"] {
            var entries: [ThemeSettings.Entry] = []
            for (index, node) in try fields.list(key).enumerated() {
                guard let color = colour(node, field: "\(key).\(index + 1)") else { continue }
                entries.append(.init(name: key, value: color, location: session.location(node)))
            }
            if key == "personas" { settings.personas = entries } else { settings.stages = entries }
        }
        return settings
    }

    /// A `#rgb` or `#rrggbb` colour, or nil after reporting what is wrong with it.
    func colour(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            session.report(.wrongType(field: field, expected: "a colour such as \"#1f6feb\"", found: describe(node), session.location(node)))
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        let digits = text.dropFirst()
        guard text.hasPrefix("#"), digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
            session.report(.invalidValue(
                field: field, value: text, reason: "a colour is written #rgb or #rrggbb (in quotes: # starts a comment in YAML)",
                session.location(node), suggestion: nil))
            return nil
        }
        return text
    }
}
