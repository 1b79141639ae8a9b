import Foundation
import JourneyRendering
import Yams

/// `--theme`: a built-in theme by name, or a YAML file that starts from one and changes
/// colours and the font (brand colours):
///
/// ```yaml
/// base: light            # light, dark or print
/// font: Inter            # measured as DejaVu Sans; fallbacks are added
/// colors: {accent: "#e4007c", ink: "#222222"}
/// personas: ["#0072b2", "#d55e00"]
/// stages: ["#003a70", "#00695c"]
/// ```
enum ThemeFile {
    static func load(_ argument: String) throws(CommandFailure) -> Theme {
        if let theme = Theme.named(argument) { return theme }
        guard argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || FileManager.default.fileExists(atPath: argument) else {
            throw CommandFailure("--theme: '\(argument)' is neither light, dark, print nor a theme file")
        }
        let data: Data
        do { data = try JourneyFiles.read(argument) } catch { throw CommandFailure("\(argument): error: \(error.description)") }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandFailure("\(argument): not a YAML theme file: \(error)")
        }
        guard let mapping = node?.mapping else { throw CommandFailure("\(argument): a theme file is a mapping (base, font, colors, personas, stages)") }
        func place(_ node: Node) -> String { "\(argument):\(node.mark.map { "\($0.line):\($0.column)" } ?? "1:1")" }
        var base = Theme.light
        var colors: [String: String] = [:]
        var personas: [String] = []
        var stages: [String] = []
        var font: String?
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "base":
                guard let name = value.string, let theme = Theme.named(name) else {
                    throw CommandFailure("\(place(value)): error: base is light, dark or print")
                }
                base = theme
            case "font":
                guard let name = value.string else { throw CommandFailure("\(place(value)): error: font is a font family name") }
                font = name
            case "colors", "colours":
                guard let entries = value.mapping else { throw CommandFailure("\(place(value)): error: colors is a mapping of names to #rrggbb") }
                for (name, color) in entries {
                    guard let n = name.string, let c = color.string else { throw CommandFailure("\(place(color)): error: write name: \"#rrggbb\"") }
                    colors[n] = c
                }
            case "personas", "stages":
                guard let list = value.sequence?.map({ $0.string ?? "" }) else { throw CommandFailure("\(place(value)): error: \(key) is a list of colours") }
                if key == "personas" { personas = list } else { stages = list }
            default:
                throw CommandFailure("\(place(keyNode)): error: unknown key '\(key)'; a theme has base, font, colors, personas and stages")
            }
        }
        do {
            return try base.applying(colors: colors, personas: personas, stages: stages, font: font)
        } catch {
            throw CommandFailure("\(argument): error: \(error.description)")
        }
    }
}
