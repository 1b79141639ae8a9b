/// Vertical tracks in the gaps between a blueprint's columns: a line that must run up or down
/// past other cards runs in a gap, on a track of its own where another line already runs at the
/// same height, so that flow arrows and support links never cross a card.
struct ChannelTracks {
    let columns: Columns
    private var used: [Int: [[ClosedRange<Double>]]] = [:]

    init(_ columns: Columns) { self.columns = columns }

    /// The gap to the right of column `channel` (-1: left of the first column).
    func bounds(_ channel: Int) -> (left: Double, right: Double) {
        let left = channel < 0 ? columns.columns[0].x - columns.gap : columns.columns[channel].x + columns.width
        let right = channel + 1 < columns.columns.count ? columns.columns[channel + 1].x : left + columns.gap
        return (left, right)
    }

    /// An x for a vertical line in `channel` from `y0` to `y1`: the middle track first, then
    /// tracks alternating either side of it.
    mutating func x(channel: Int, from y0: Double, to y1: Double) -> Double {
        let span = (min(y0, y1) - 4)...(max(y0, y1) + 4)
        let (left, right) = bounds(channel)
        let step = 5.0
        let capacity = max(1, Int((right - left - 8) / step) + 1)
        var tracks = used[channel] ?? []
        var k = 0
        while k < tracks.count, tracks[k].contains(where: { $0.overlaps(span) }) { k += 1 }
        if k >= capacity { k = capacity - 1 }
        while tracks.count <= k { tracks.append([]) }
        tracks[k].append(span)
        used[channel] = tracks
        let offset = Double((k + 1) / 2) * step * (k % 2 == 0 ? 1 : -1)
        return (left + right) / 2 + offset
    }
}

enum Orthogonal {
    /// A path through `points` with slightly rounded corners.
    static func path(_ points: [Point], radius: Double = 4) -> [PathCommand] {
        var cleaned: [Point] = []
        for point in points where cleaned.last != point { cleaned.append(point) }
        guard let first = cleaned.first else { return [] }
        var commands: [PathCommand] = [.move(first)]
        for i in 1..<cleaned.count {
            let point = cleaned[i]
            guard i + 1 < cleaned.count else { commands.append(.line(point)); break }
            let previous = cleaned[i - 1]
            let next = cleaned[i + 1]
            let r = min(radius, distance(previous, point) / 2, distance(point, next) / 2)
            commands.append(.line(toward(point, from: previous, by: r)))
            commands.append(.quad(point, toward(point, from: next, by: r)))
        }
        return commands
    }

    private static func distance(_ a: Point, _ b: Point) -> Double { abs(a.x - b.x) + abs(a.y - b.y) }

    /// The point `by` short of `point` on the way from `from`.
    private static func toward(_ point: Point, from: Point, by r: Double) -> Point {
        let length = distance(from, point)
        guard length > 0 else { return point }
        return Point(point.x + (from.x - point.x) / length * r, point.y + (from.y - point.y) / length * r)
    }
}
