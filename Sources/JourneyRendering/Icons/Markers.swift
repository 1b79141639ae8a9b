import Foundation

extension Icons {
    /// A persona's emotion marker: the persona's shape in its colour, with a face whose mouth
    /// follows `mood` (-1 very negative … 1 very positive), so that the feeling reads without
    /// colour and without the score.
    public static func face(_ shape: MarkerShape, center c: Point, radius r: Double, fill: Color, ink: Color, mood: Double, outline: Color? = nil) -> SceneItem {
        // The face is one path: the eyes are zero-length pieces that the round caps draw as
        // dots, the mouth a curve. Two elements per marker, not four (a long journey has three
        // markers per touchpoint).
        let shapeItem = outlineShape(shape, center: c, radius: r, fill: fill, stroke: outline.map { Stroke($0, width: 1.5) })
        let left = Point(c.x - r * 0.33, c.y - r * 0.22)
        let right = Point(c.x + r * 0.33, c.y - r * 0.22)
        let m = max(-1, min(1, mood))
        let mouthY = c.y + r * 0.33 - m * r * 0.08
        let bend = m * r * 0.32
        let features = PathShape([
            .move(left), .line(left), .move(right), .line(right),
            .move(Point(c.x - r * 0.42, mouthY)),
            .quad(Point(c.x, mouthY + bend * 2), Point(c.x + r * 0.42, mouthY)),
        ], stroke: Stroke(ink, width: max(1.2, r * 0.2), roundCaps: true))
        return .group([shapeItem, .path(features)], tooltip: nil, role: nil)
    }

    /// A persona's shape without a face (legends, small markers).
    public static func outlineShape(_ shape: MarkerShape, center c: Point, radius r: Double, fill: Color, stroke: Stroke? = nil) -> SceneItem {
        switch shape {
        case .circle:
            return .circle(CircleShape(center: c, radius: r, fill: fill, stroke: stroke))
        case .square:
            let side = r * 1.8
            return .box(BoxShape(Rect(x: c.x - side / 2, y: c.y - side / 2, width: side, height: side), fill: fill, stroke: stroke, radius: r * 0.25))
        case .diamond:
            let d = r * 1.22
            return .path(PathShape([.move(Point(c.x, c.y - d)), .line(Point(c.x + d, c.y)), .line(Point(c.x, c.y + d)), .line(Point(c.x - d, c.y)), .close], fill: fill, stroke: stroke))
        case .hexagon:
            var commands: [PathCommand] = []
            for k in 0..<6 {
                let angle = Double(k) * Double.pi / 3
                let point = Point(c.x + r * 1.08 * cos(angle), c.y + r * 1.08 * sin(angle))
                commands.append(k == 0 ? .move(point) : .line(point))
            }
            commands.append(.close)
            return .path(PathShape(commands, fill: fill, stroke: stroke))
        }
    }
}
