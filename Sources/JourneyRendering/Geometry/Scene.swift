/// A colour as SVG writes it (`#rrggbb`), or `none`.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// The text SVG's `fill` and `stroke` attributes get: `#rrggbb`, or `none`.
    public var value: String
    /// A colour from its SVG text, written as given and not checked (colours a user gives go
    /// through ``Theme/applying(colors:personas:stages:font:)``, which checks them).
    public init(_ value: String) { self.value = value }
    /// The colour's SVG text, ``value``.
    public var description: String { value }
    /// No paint: a shape filled with it shows only its outline, a stroke of it draws nothing.
    public static let none = Color("none")
}

/// How a line is drawn.
public struct Stroke: Hashable, Sendable {
    /// The colour of the line.
    public var color: Color
    /// The line's width in user units, centred on the outline (SVG writes `stroke-width` only when it is not 1).
    public var width: Double
    /// Dash lengths; empty for a solid line.
    public var dash: [Double]
    /// Round ends: a zero-length piece of the path then draws as a dot of the stroke's width.
    public var roundCaps: Bool

    /// A stroke: solid, 1 unit wide and with square ends unless told otherwise.
    public init(_ color: Color, width: Double = 1, dash: [Double] = [], roundCaps: Bool = false) {
        self.color = color
        self.width = width
        self.dash = dash
        self.roundCaps = roundCaps
    }
}

/// One step of a path outline.
public enum PathCommand: Hashable, Sendable {
    /// Starts a new piece of the outline at the point (SVG `M`).
    case move(Point)
    /// A straight line to the point (SVG `L`).
    case line(Point)
    /// A cubic Bézier curve: the two control points, then the end point (SVG `C`).
    case cubic(Point, Point, Point)
    /// A quadratic Bézier curve: the control point, then the end point (SVG `Q`).
    case quad(Point, Point)
    /// A straight line back to the start of the piece, closing it (SVG `Z`).
    case close
}

/// A rectangle, optionally rounded, filled and outlined.
public struct BoxShape: Hashable, Sendable {
    /// The rectangle, in user units; its outline is centred on this edge.
    public var frame: Rect
    /// The colour inside; ``Color/none`` for an outline only.
    public var fill: Color
    /// The outline; nil draws none.
    public var stroke: Stroke?
    /// The radius of the rounded corners in user units (SVG `rx`); 0 for square corners.
    public var radius: Double

    /// A box: square-cornered and without an outline unless told otherwise.
    public init(_ frame: Rect, fill: Color, stroke: Stroke? = nil, radius: Double = 0) {
        self.frame = frame
        self.fill = fill
        self.stroke = stroke
        self.radius = radius
    }
}

/// An outline made of path commands.
public struct PathShape: Hashable, Sendable {
    /// The outline's steps, in order, in user units (SVG `d`).
    public var commands: [PathCommand]
    /// The colour inside a closed outline; ``Color/none`` (the default) for lines.
    public var fill: Color
    /// How the outline is drawn; nil draws none (a filled shape only).
    public var stroke: Stroke?
    /// Draw an arrowhead at the end.
    public var arrow: Bool
    /// The box the outline lies in, for containment checks.
    public var bounds: Rect

    /// A path; ``bounds`` is computed here from the commands' points (control points included),
    /// padded by half the stroke's width, and 5 more units when an arrowhead is drawn.
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
    /// The centre, in user units.
    public var center: Point
    /// The radius in user units, to the middle of the outline.
    public var radius: Double
    /// The colour inside.
    public var fill: Color
    /// The outline; nil draws none.
    public var stroke: Stroke?

    /// A circle, without an outline unless told otherwise.
    public init(center: Point, radius: Double, fill: Color, stroke: Stroke? = nil) {
        self.center = center
        self.radius = radius
        self.fill = fill
        self.stroke = stroke
    }

    /// The box the circle covers, its outline included.
    public var bounds: Rect {
        let pad = radius + (stroke?.width ?? 0) / 2
        return Rect(x: center.x - pad, y: center.y - pad, width: 2 * pad, height: 2 * pad)
    }
}

/// Lines of text, already measured and wrapped: `frame` is the space the lines take and
/// `container` the box they must stay in.
public struct TextBlock: Hashable, Sendable {
    /// Where each line sits across ``TextBlock/frame``: the SVG `text-anchor` of every line.
    public enum Anchor: String, Hashable, Sendable {
        /// Start (each line's x is the frame's left edge), middle (its centre), or end (its right edge).
        case start, middle, end
    }

    /// The lines, top to bottom, already broken (hyphenated or shortened with an ellipsis) to fit.
    public var lines: [String]
    /// The space the lines take, in user units: as wide as the widest line and as tall as the
    /// lines' line height times their number; the first baseline is ``TextStyle/baselineOffset`` below its top.
    public var frame: Rect
    /// The box the text must stay inside (its card, row or band): tests check that ``frame`` lies in it.
    public var container: Rect
    /// Size, weight, slant and leading of every line.
    public var style: TextStyle
    /// The colour of the letters (SVG `fill`).
    public var color: Color
    /// How the lines are aligned in ``frame``.
    public var anchor: Anchor
    /// The whole text when the lines show only part of it.
    public var fullText: String?

    /// A text block; layouts make them with their typesetting helpers, which measure and wrap the text.
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
    /// A rectangle (SVG `<rect>`).
    case box(BoxShape)
    /// An outline (SVG `<path>`), with an arrowhead marker when it asks for one.
    case path(PathShape)
    /// A circle (SVG `<circle>`).
    case circle(CircleShape)
    /// Lines of text, one SVG `<text>` each; a block with ``TextBlock/fullText`` is wrapped in a
    /// `<g>` whose `<title>` holds the whole text.
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
    /// The picture's width in user units; the picture spans x from 0 to here.
    public var width: Double
    /// The picture's height in user units; the picture spans y from 0 (the top) to here.
    public var height: Double
    /// The accessible name (`<title>`).
    public var title: String
    /// The accessible description (`<desc>`): what the picture shows, in words.
    public var summary: String
    /// The colour of the rectangle drawn under every item, over the whole view box (paper margins included).
    public var background: Color
    /// The font stack written on the root `<svg>` element; the text is measured with DejaVu Sans
    /// whatever it names (see ``Theme/defaultFontFamily``).
    public var fontFamily: String
    /// What is drawn, in painting order: a later item covers an earlier one.
    public var items: [SceneItem]
    /// x positions where the picture may be cut into pages without cutting a card.
    public var cuts: [Double]
    /// The language of the picture's text (a BCP 47 tag), written as the SVG's `lang`.
    public var language: String? = nil

    /// A scene from its parts; ``language`` starts nil (``JourneyRenderer`` sets it to the design's).
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

    /// The whole picture: from (0, 0), its top-left corner, to (``width``, ``height``).
    public var frame: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Every text block in the scene.
    public var textBlocks: [TextBlock] { items.flatMap(\.textBlocks) }
}
