/// The colours and font of a picture. Colours are never the only carrier of meaning: personas
/// also differ by marker shape and line dash, emotions by face and score, lanes by their
/// labelled lines, so every theme also works in greyscale.
public struct Theme: Hashable, Sendable {
    /// The theme's name: `light`, `dark` or `print` for the built-in ones, which ``named(_:)`` finds
    /// (the `--theme` option of `journey render`).
    public var name: String
    /// The font stack every picture names on its root element (``defaultFontFamily`` unless a
    /// brand font was given; the text is measured with DejaVu Sans either way).
    public var fontFamily: String
    /// The ground of the whole picture, paper margins included.
    public var background: Color
    /// Cards and boxes.
    public var surface: Color
    /// Every other row band, and the plot area.
    public var band: Color
    /// Main text (titles, card titles, persona names, notes, labels in the plot), the touchpoint
    /// number badges, and the dotted support links of the blueprint.
    public var ink: Color
    /// Secondary text and quiet marks: captions such as `STAGE SUMMARY`, row labels, card details,
    /// axis labels, and the metric and data icons.
    public var muted: Color
    /// Thin lines: card and box outlines, the emotion plot's grid lines, separators.
    public var hairline: Color
    /// Emphasis: moments of truth (the star, the thick card border, the tinted plot column and the
    /// dashed target line), back flows (dashed arrows against the journey's direction), and notes
    /// that call for attention.
    public var accent: Color
    /// Text on an accent-coloured ground. The SVG views do not use it; the HTML page does (`--accent-ink`).
    public var accentInk: Color
    /// Stage bands, in order (repeated when there are more stages).
    public var stages: [Color]
    /// The stage names written on the stage bands (map, blueprint, emotion chart, stage summary).
    public var stageInk: Color
    /// Pain points and failures: warning icons, the outline of pain-point notes, failing steps of the deviation view.
    public var pain: Color
    /// The ground of pain-point notes, and the exclamation mark of a warning icon drawn on it.
    public var painFill: Color
    /// Opportunities: the bulb icons and the outline of opportunity notes.
    public var opportunity: Color
    /// The ground of opportunity notes.
    public var opportunityFill: Color
    /// The journey's forward flow: the arrows from card to card, in the map, the blueprint and the deviation view.
    public var flow: Color
    /// One colour per persona (repeated when there are more personas).
    public var personas: [Color]
    /// The eyes and mouth of the faces drawn on persona markers.
    public var faceInk: Color

    /// The default font stack: DejaVu Sans is what the text is measured with; the fallbacks
    /// are close in width, and `sans-serif` is always there.
    public static let defaultFontFamily = "DejaVu Sans, Verdana, Bitstream Vera Sans, sans-serif"

    /// White paper, Okabe–Ito colours (safe for the common colour-vision deficiencies).
    public static let light = Theme(
        name: "light", fontFamily: defaultFontFamily, background: Color("#ffffff"), surface: Color("#ffffff"),
        band: Color("#f4f6f8"), ink: Color("#1d2430"), muted: Color("#5b6472"), hairline: Color("#c9d0d9"),
        accent: Color("#b35900"), accentInk: Color("#ffffff"),
        stages: [Color("#1f4e79"), Color("#2e6b5e"), Color("#5b4a8b"), Color("#7a4b2a"), Color("#2f5f8a"), Color("#4d6b2e")],
        stageInk: Color("#ffffff"), pain: Color("#b3261e"), painFill: Color("#fdecea"),
        opportunity: Color("#1b6e3c"), opportunityFill: Color("#e8f5ec"), flow: Color("#5b6472"),
        personas: [Color("#0072b2"), Color("#d55e00"), Color("#009e73"), Color("#cc79a7"), Color("#e69f00"), Color("#56b4e9"), Color("#000000")],
        faceInk: Color("#ffffff")
    )

    /// Dark slate background, the lighter Okabe–Ito colours.
    public static let dark = Theme(
        name: "dark", fontFamily: defaultFontFamily, background: Color("#14181f"), surface: Color("#1e242d"),
        band: Color("#1a1f27"), ink: Color("#e8ecf1"), muted: Color("#a3adbb"), hairline: Color("#3a4350"),
        accent: Color("#f0a040"), accentInk: Color("#14181f"),
        stages: [Color("#3d6fa0"), Color("#3f8a7a"), Color("#7a68b0"), Color("#a0693f"), Color("#4a7fb0"), Color("#6a8c43")],
        stageInk: Color("#ffffff"), pain: Color("#ff8a80"), painFill: Color("#3a2326"),
        opportunity: Color("#7fd6a0"), opportunityFill: Color("#1f3328"), flow: Color("#a3adbb"),
        personas: [Color("#56b4e9"), Color("#e69f00"), Color("#2fc49a"), Color("#e08cc0"), Color("#f0e442"), Color("#ff7f50"), Color("#ffffff")],
        faceInk: Color("#14181f")
    )

    /// Black on white with greys only: for printers and photocopies.
    public static let print = Theme(
        name: "print", fontFamily: defaultFontFamily, background: Color("#ffffff"), surface: Color("#ffffff"),
        band: Color("#f2f2f2"), ink: Color("#000000"), muted: Color("#444444"), hairline: Color("#9a9a9a"),
        accent: Color("#000000"), accentInk: Color("#ffffff"),
        stages: [Color("#333333"), Color("#555555")],
        stageInk: Color("#ffffff"), pain: Color("#000000"), painFill: Color("#e6e6e6"),
        opportunity: Color("#000000"), opportunityFill: Color("#ffffff"), flow: Color("#444444"),
        personas: [Color("#000000"), Color("#404040"), Color("#6e6e6e"), Color("#000000"), Color("#404040"), Color("#6e6e6e")],
        faceInk: Color("#ffffff")
    )

    /// The themes JourneyKit ships, in the order help texts list them.
    public static let builtIn: [Theme] = [.light, .dark, .print]

    /// A built-in theme by name.
    public static func named(_ name: String) -> Theme? { builtIn.first { $0.name == name } }

    /// The band colour of the stage at `index` (from 0), the list repeated when there are more stages.
    public func stageColor(_ index: Int) -> Color { stages[index % stages.count] }
    /// The colour of the persona at `index` (from 0): its emotion line and marker, the list repeated
    /// when there are more personas.
    public func personaColor(_ index: Int) -> Color { personas[index % personas.count] }

    /// The dash pattern of a persona's line: the first solid, the others dashed differently.
    /// None is dotted: dots are the style of branches off the main path, which belong to no
    /// persona.
    public static func personaDash(_ index: Int) -> [Double] {
        let patterns: [[Double]] = [[], [10, 4], [14, 4, 4, 4], [18, 4, 4, 4, 4, 4], [24, 6], [6, 3]]
        return patterns[index % patterns.count]
    }

    /// The marker shape of a persona.
    public static func personaShape(_ index: Int) -> MarkerShape { MarkerShape.allCases[index % MarkerShape.allCases.count] }
}

/// The shape of a persona's emotion marker, so that personas differ by more than colour.
public enum MarkerShape: String, CaseIterable, Hashable, Sendable {
    /// The shapes in the order personas get them: the first persona a circle, the second a square,
    /// then a diamond and a hexagon, then again from the circle.
    case circle, square, diamond, hexagon
}

extension Theme {
    /// Why a theme override is refused.
    public struct OverrideError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The colour names ``applying(colors:personas:stages:font:)`` accepts as keys of `colors`.
    public static let colorKeys = [
        "background", "surface", "band", "ink", "muted", "hairline", "accent", "accentInk", "stageInk",
        "pain", "painFill", "opportunity", "opportunityFill", "flow", "faceInk",
    ]

    /// This theme with some colours replaced (brand colours). Colours are `#rgb` or `#rrggbb`.
    public func applying(colors: [String: String], personas: [String] = [], stages: [String] = [], font: String? = nil) throws(OverrideError) -> Theme {
        var theme = self
        for (key, value) in colors.sorted(by: { $0.key < $1.key }) {
            let color = try Theme.color(value, for: key)
            switch key {
            case "background": theme.background = color
            case "surface": theme.surface = color
            case "band": theme.band = color
            case "ink": theme.ink = color
            case "muted": theme.muted = color
            case "hairline": theme.hairline = color
            case "accent": theme.accent = color
            case "accentInk": theme.accentInk = color
            case "stageInk": theme.stageInk = color
            case "pain": theme.pain = color
            case "painFill": theme.painFill = color
            case "opportunity": theme.opportunity = color
            case "opportunityFill": theme.opportunityFill = color
            case "flow": theme.flow = color
            case "faceInk": theme.faceInk = color
            default:
                throw OverrideError(description: "unknown colour '\(key)'; known: \(Theme.colorKeys.joined(separator: ", ")), personas, stages")
            }
        }
        if !personas.isEmpty {
            var list: [Color] = []
            for value in personas { list.append(try Theme.color(value, for: "personas")) }
            theme.personas = list
        }
        if !stages.isEmpty {
            var list: [Color] = []
            for value in stages { list.append(try Theme.color(value, for: "stages")) }
            theme.stages = list
        }
        if let font {
            let clean = font.unicodeScalars.filter { $0 != "\"" && $0 != "<" && $0 != ">" && $0 != "&" && $0.value >= 0x20 }
            let family = String(String.UnicodeScalarView(clean)).trimmingSpaces
            guard !family.isEmpty else { throw OverrideError(description: "font: give a font family name") }
            // The text is measured with DejaVu Sans; keep the generic fallback last.
            theme.fontFamily = family.hasSuffix("sans-serif") || family.hasSuffix("serif") ? family : family + ", " + Theme.defaultFontFamily
        }
        return theme
    }

    static func color(_ value: String, for key: String) throws(OverrideError) -> Color {
        let text = value.trimmingSpaces.lowercased()
        let digits = text.dropFirst()
        guard text.hasPrefix("#"), digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else {
            throw OverrideError(description: "\(key): '\(value)' is not a colour; write #rgb or #rrggbb")
        }
        if digits.count == 3 { return Color("#" + digits.map { "\($0)\($0)" }.joined()) }
        return Color(text)
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
