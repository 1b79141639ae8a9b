/// A smooth line through points with increasing x that never overshoots them: monotone cubic
/// interpolation (Fritsch and Carlson, as d3's `curveMonotoneX`). Between two points the curve
/// stays within their y range, so an emotion line never leaves the scale or invents a peak.
public enum MonotoneCurve {
    /// Path commands through `points` (x strictly increasing). One point gives a move only.
    public static func commands(through points: [Point]) -> [PathCommand] {
        guard let first = points.first else { return [] }
        var commands: [PathCommand] = [.move(first)]
        guard points.count > 1 else { return commands }
        if points.count == 2 { return commands + [.line(points[1])] }
        let n = points.count
        var slopes: [Double] = []
        for i in 0..<(n - 1) {
            let dx = points[i + 1].x - points[i].x
            slopes.append(dx == 0 ? 0 : (points[i + 1].y - points[i].y) / dx)
        }
        var tangents = [Double](repeating: 0, count: n)
        tangents[0] = slopes[0]
        tangents[n - 1] = slopes[n - 2]
        for i in 1..<(n - 1) {
            let (a, b) = (slopes[i - 1], slopes[i])
            if a * b <= 0 {
                tangents[i] = 0
            } else {
                // Weighted harmonic mean (Fritsch–Butland), which keeps the curve monotone.
                let h0 = points[i].x - points[i - 1].x, h1 = points[i + 1].x - points[i].x
                let w1 = 2 * h1 + h0, w2 = h1 + 2 * h0
                tangents[i] = (w1 + w2) / (w1 / a + w2 / b)
            }
        }
        // End tangents: keep them from overshooting too.
        for i in [0, n - 1] {
            let s = i == 0 ? slopes[0] : slopes[n - 2]
            if tangents[i] * s <= 0 { tangents[i] = 0 } else if abs(tangents[i]) > 3 * abs(s) { tangents[i] = 3 * s }
        }
        for i in 0..<(n - 1) {
            let p0 = points[i], p1 = points[i + 1]
            let h = (p1.x - p0.x) / 3
            commands.append(.cubic(Point(p0.x + h, p0.y + h * tangents[i]), Point(p1.x - h, p1.y - h * tangents[i + 1]), p1))
        }
        return commands
    }
}
