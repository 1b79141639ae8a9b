/// A colour as SVG writes it (`#rrggbb`), or `none`.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    public var value: String
    public init(_ value: String) { self.value = value }
    public var description: String { value }
    public static let none = Color("none")
}

/// How a line is drawn.
public struct Stroke: Hashable, Sendable {
    public var color: Color
    public var width: Double
    /// Dash lengths; empty for a solid line.
    public var dash: [Double]
    /// Round ends: a zero-length piece of the path then draws as a dot of the stroke's width.
    public var roundCaps: Bool

    public init(_ color: Color, width: Double = 1, dash: [Double] = [], roundCaps: Bool = false) {
        self.color = color
        self.width = width
        self.dash = dash
        self.roundCaps = roundCaps
    }
}

/// One step of a path outline.
public enum PathCommand: Hashable, Sendable {
    case move(Point)
    case line(Point)
    case cubic(Point, Point, Point)
    case quad(Point, Point)
    case close
}

/// A rectangle, optionally rounded, filled and outlined.
public struct BoxShape: Hashable, Sendable {
    public var frame: Rect
    public var fill: Color
    public var stroke: Stroke?
    public var radius: Double

    public init(_ frame: Rect, fill: Color, stroke: Stroke? = nil, radius: Double = 0) {
        self.frame = frame
        self.fill = fill
        self.stroke = stroke
        self.radius = radius
    }
}

/// An outline made of path commands.
public struct PathShape: Hashable, Sendable {
    public var commands: [PathCommand]
    public var fill: Color
    public var stroke: Stroke?
    /// Draw an arrowhead at the end.
    public var arrow: Bool
    /// The box the outline lies in, for containment checks.
    public var bounds: Rect

    public init(_ commands: [PathCommand], fill: Color = .none, stroke: Stroke?, arrow: Bool = false) {
        self.commands = commands
        self.fill = fill
        self.stroke = stroke
        self.arrow = arrow
        self.bounds = PathShape.bounds(of: commands, padding: (stroke?.width ?? 0) / 2 + (arrow ? 5 : 0))
    }

    static func bounds(of commands: [PathCommand], padding: Double) -> Rect {
        var points: [Point] = []
        for command in commands {
            switch command {
            case .move(let p), .line(let p): points.append(p)
            case .cubic(let a, let b, let c): points += [a, b, c]
            case .quad(let a, let b): points += [a, b]
            case .close: break
            }
        }
        guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var box = Rect(x: first.x, y: first.y, width: 0, height: 0)
        for point in points.dropFirst() { box = box.union(Rect(x: point.x, y: point.y, width: 0, height: 0)) }
        return Rect(x: box.x - padding, y: box.y - padding, width: box.width + 2 * padding, height: box.height + 2 * padding)
    }
}

/// A circle.
public struct CircleShape: Hashable, Sendable {
    public var center: Point
    public var radius: Double
    public var fill: Color
    public var stroke: Stroke?

    public init(center: Point, radius: Double, fill: Color, stroke: Stroke? = nil) {
        self.center = center
        self.radius = radius
        self.fill = fill
        self.stroke = stroke
    }

    public var bounds: Rect {
        let pad = radius + (stroke?.width ?? 0) / 2
        return Rect(x: center.x - pad, y: center.y - pad, width: 2 * pad, height: 2 * pad)
    }
}

/// Lines of text, already measured and wrapped: `frame` is the space the lines take and
/// `container` the box they must stay in.
public struct TextBlock: Hashable, Sendable {
    public enum Anchor: String, Hashable, Sendable {
        case start, middle, end
    }

    public var lines: [String]
    public var frame: Rect
    public var container: Rect
    public var style: TextStyle
    public var color: Color
    public var anchor: Anchor
    /// The whole text when the lines show only part of it.
    public var fullText: String?

    public init(lines: [String], frame: Rect, container: Rect, style: TextStyle, color: Color, anchor: Anchor = .start, fullText: String? = nil) {
        self.lines = lines
        self.frame = frame
        self.container = container
        self.style = style
        self.color = color
        self.anchor = anchor
        self.fullText = fullText
    }
}

/// One thing drawn in a scene.
public indirect enum SceneItem: Hashable, Sendable {
    case box(BoxShape)
    case path(PathShape)
    case circle(CircleShape)
    case text(TextBlock)
    /// Items drawn together, with an optional tooltip (`<title>`) and a role for styling.
    case group([SceneItem], tooltip: String?, role: String?)

    /// The box the item covers.
    public var bounds: Rect {
        switch self {
        case .box(let box): return box.frame.inset(by: -(box.stroke?.width ?? 0) / 2)
        case .path(let path): return path.bounds
        case .circle(let circle): return circle.bounds
        case .text(let text): return text.frame
        case .group(let items, _, _):
            guard let first = items.first?.bounds else { return Rect(x: 0, y: 0, width: 0, height: 0) }
            return items.dropFirst().reduce(first) { $0.union($1.bounds) }
        }
    }

    /// Every text block in the item, groups opened.
    public var textBlocks: [TextBlock] {
        switch self {
        case .text(let text): return [text]
        case .group(let items, _, _): return items.flatMap(\.textBlocks)
        default: return []
        }
    }
}

/// A picture as pure geometry: what a writer turns into SVG, and what tests inspect.
public struct Scene: Hashable, Sendable {
    public var width: Double
    public var height: Double
    /// The accessible name (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`): what the picture shows, in words.
    public var summary: String
    public var background: Color
    public var fontFamily: String
    public var items: [SceneItem]
    /// x positions where the picture may be cut into pages without cutting a card.
    public var cuts: [Double]
    /// The language of the picture's text (a BCP 47 tag), written as the SVG's `lang`.
    public var language: String? = nil

    public init(width: Double, height: Double, title: String, summary: String, background: Color, fontFamily: String, items: [SceneItem], cuts: [Double] = []) {
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
        self.background = background
        self.fontFamily = fontFamily
        self.items = items
        self.cuts = cuts
    }

    public var frame: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Every text block in the scene.
    public var textBlocks: [TextBlock] { items.flatMap(\.textBlocks) }
}
