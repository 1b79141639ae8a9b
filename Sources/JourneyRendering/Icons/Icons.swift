import Foundation
import JourneyKit

/// Small vector icons, drawn in a square box with strokes only (no font, no emoji), so they
/// look the same in every renderer and in print.
public enum Icons {
    /// The icon of a channel; an unknown channel gets a plain ring.
    public static func channel(_ channel: Channel?, in box: Rect, color: Color) -> SceneItem {
        let s = box.width / 16
        func p(_ x: Double, _ y: Double) -> Point { Point(box.x + x * s, box.y + y * s) }
        let stroke = Stroke(color, width: max(1, 1.4 * s))
        func path(_ commands: [PathCommand], fill: Color = .none) -> SceneItem { .path(PathShape(commands, fill: fill, stroke: stroke)) }
        func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, r: Double = 1) -> SceneItem {
            .box(BoxShape(Rect(x: box.x + x * s, y: box.y + y * s, width: w * s, height: h * s), fill: .none, stroke: stroke, radius: r * s))
        }
        func dot(_ x: Double, _ y: Double, _ r: Double = 1) -> SceneItem {
            .circle(CircleShape(center: p(x, y), radius: r * s, fill: color))
        }
        let items: [SceneItem]
        switch channel?.rawValue.lowercased() {
        case "web":
            items = [
                .circle(CircleShape(center: p(8, 8), radius: 6.5 * s, fill: .none, stroke: stroke)),
                path([.move(p(1.5, 8)), .line(p(14.5, 8))]),
                path([.move(p(8, 1.5)), .cubic(p(4, 5), p(4, 11), p(8, 14.5)), .cubic(p(12, 11), p(12, 5), p(8, 1.5))]),
            ]
        case "app":
            items = [rect(4.5, 1, 7, 14, r: 1.5), path([.move(p(7, 12.5)), .line(p(9, 12.5))])]
        case "email", "e-mail", "mail":
            items = [rect(1, 3.5, 14, 9, r: 1), path([.move(p(1.5, 4)), .line(p(8, 9)), .line(p(14.5, 4))])]
        case "sms", "text":
            items = [
                path([.move(p(2, 3)), .line(p(14, 3)), .line(p(14, 11)), .line(p(7, 11)), .line(p(4, 14)), .line(p(4, 11)), .line(p(2, 11)), .close]),
                dot(5.5, 7), dot(8, 7), dot(10.5, 7),
            ]
        case "phone", "telephone", "call":
            items = [path([
                .move(p(4.5, 1.5)), .line(p(6.5, 4.5)), .line(p(5.2, 6.2)), .cubic(p(6.2, 8.3), p(7.7, 9.8), p(9.8, 10.8)),
                .line(p(11.5, 9.5)), .line(p(14.5, 11.5)), .line(p(13.3, 14)), .cubic(p(7, 13.8), p(2.2, 9), p(2, 2.7)), .close,
            ])]
        case "chat", "messenger":
            items = [
                path([.move(p(1, 2)), .line(p(10, 2)), .line(p(10, 8)), .line(p(5, 8)), .line(p(2.5, 10.5)), .line(p(2.5, 8)), .line(p(1, 8)), .close]),
                path([.move(p(12, 5)), .line(p(15, 5)), .line(p(15, 11)), .line(p(13.5, 11)), .line(p(13.5, 13.5)), .line(p(11, 11)), .line(p(6, 11)), .line(p(6, 10))]),
            ]
        case "letter", "post", "paper":
            items = [
                path([.move(p(3, 1)), .line(p(10, 1)), .line(p(13, 4)), .line(p(13, 15)), .line(p(3, 15)), .close]),
                path([.move(p(5.5, 6)), .line(p(10.5, 6)), .move(p(5.5, 9)), .line(p(10.5, 9)), .move(p(5.5, 12)), .line(p(9, 12))]),
            ]
        case "store", "shop", "branch":
            items = [
                path([.move(p(1.5, 6)), .line(p(2.5, 2)), .line(p(13.5, 2)), .line(p(14.5, 6)), .close]),
                path([.move(p(2.5, 6)), .line(p(2.5, 14.5)), .line(p(13.5, 14.5)), .line(p(13.5, 6))]),
                rect(6.5, 9.5, 3, 5, r: 0),
            ]
        case "in-person", "in person", "face-to-face", "visit":
            items = [
                .circle(CircleShape(center: p(8, 4.5), radius: 3 * s, fill: .none, stroke: stroke)),
                path([.move(p(2, 15)), .cubic(p(2, 10), p(5, 8.5), p(8, 8.5)), .cubic(p(11, 8.5), p(14, 10), p(14, 15))]),
            ]
        case "kiosk", "terminal":
            items = [rect(3, 1, 10, 8, r: 1), path([.move(p(8, 9)), .line(p(8, 14)), .move(p(4.5, 14.5)), .line(p(11.5, 14.5))])]
        case "video", "video call":
            items = [rect(1, 4, 10, 8, r: 1.5), path([.move(p(11, 8)), .line(p(15, 5)), .line(p(15, 11)), .close])]
        case "social", "social media":
            items = [
                path([.move(p(4, 8)), .line(p(12, 3.5)), .move(p(4, 8)), .line(p(12, 12.5))]),
                .circle(CircleShape(center: p(4, 8), radius: 2.2 * s, fill: color)),
                .circle(CircleShape(center: p(12, 3.5), radius: 2.2 * s, fill: color)),
                .circle(CircleShape(center: p(12, 12.5), radius: 2.2 * s, fill: color)),
            ]
        case "system", "api", "backend", "internal":
            items = [rect(2, 2, 12, 5, r: 1), rect(2, 9, 12, 5, r: 1), dot(5, 4.5), dot(5, 11.5)]
        default:
            items = [.circle(CircleShape(center: p(8, 8), radius: 5.5 * s, fill: .none, stroke: stroke)), dot(8, 8, 1.6)]
        }
        return .group(items, tooltip: nil, role: nil)
    }

    /// A five-pointed star: moments of truth.
    public static func star(center: Point, radius: Double, fill: Color, stroke: Color? = nil) -> SceneItem {
        var commands: [PathCommand] = []
        for k in 0..<10 {
            let r = k % 2 == 0 ? radius : radius * 0.45
            let angle = -Double.pi / 2 + Double(k) * Double.pi / 5
            let point = Point(center.x + r * cos(angle), center.y + r * sin(angle))
            commands.append(k == 0 ? .move(point) : .line(point))
        }
        commands.append(.close)
        return .path(PathShape(commands, fill: fill, stroke: stroke.map { Stroke($0, width: 1) }))
    }

    /// A warning triangle with an exclamation mark: pain and fail points.
    public static func warning(in box: Rect, color: Color, ink: Color) -> SceneItem {
        let s = box.width / 16
        func p(_ x: Double, _ y: Double) -> Point { Point(box.x + x * s, box.y + y * s) }
        return .group([
            .path(PathShape([.move(p(8, 1)), .line(p(15.5, 14.5)), .line(p(0.5, 14.5)), .close], fill: color, stroke: nil)),
            .path(PathShape([.move(p(8, 5.5)), .line(p(8, 10))], stroke: Stroke(ink, width: 1.8 * s))),
            .circle(CircleShape(center: p(8, 12.3), radius: 1 * s, fill: ink)),
        ], tooltip: nil, role: nil)
    }

    /// A light bulb: opportunities.
    public static func bulb(in box: Rect, color: Color) -> SceneItem {
        let s = box.width / 16
        func p(_ x: Double, _ y: Double) -> Point { Point(box.x + x * s, box.y + y * s) }
        let stroke = Stroke(color, width: 1.4 * s)
        return .group([
            .path(PathShape([
                .move(p(5.5, 11)), .cubic(p(5.5, 9), p(3, 8), p(3, 5.5)), .cubic(p(3, 2.5), p(5.5, 0.8), p(8, 0.8)),
                .cubic(p(10.5, 0.8), p(13, 2.5), p(13, 5.5)), .cubic(p(13, 8), p(10.5, 9), p(10.5, 11)), .close,
            ], stroke: stroke)),
            .path(PathShape([.move(p(5.8, 13)), .line(p(10.2, 13)), .move(p(6.5, 15)), .line(p(9.5, 15))], stroke: stroke)),
        ], tooltip: nil, role: nil)
    }

    /// Three rising bars: metrics.
    public static func metric(in box: Rect, color: Color) -> SceneItem {
        let s = box.width / 16
        func bar(_ x: Double, _ h: Double) -> SceneItem {
            .box(BoxShape(Rect(x: box.x + x * s, y: box.y + (15 - h) * s, width: 3 * s, height: h * s), fill: color))
        }
        return .group([bar(1.5, 5), bar(6.5, 9), bar(11.5, 13)], tooltip: nil, role: nil)
    }

    /// A database drum: data points.
    public static func data(in box: Rect, color: Color, filled: Bool) -> SceneItem {
        let s = box.width / 16
        func p(_ x: Double, _ y: Double) -> Point { Point(box.x + x * s, box.y + y * s) }
        let stroke = Stroke(color, width: 1.3 * s)
        return .group([
            .path(PathShape([
                .move(p(2, 3.5)), .cubic(p(2, 0.5), p(14, 0.5), p(14, 3.5)), .line(p(14, 12.5)),
                .cubic(p(14, 15.5), p(2, 15.5), p(2, 12.5)), .close,
            ], fill: filled ? color : .none, stroke: stroke)),
            .path(PathShape([.move(p(2, 3.5)), .cubic(p(2, 6.5), p(14, 6.5), p(14, 3.5))], stroke: Stroke(filled ? Color("#ffffff") : color, width: 1.3 * s))),
        ], tooltip: nil, role: nil)
    }
}
