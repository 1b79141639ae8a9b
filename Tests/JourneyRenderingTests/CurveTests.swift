import JourneyRendering
import Testing

/// The emotion curves: monotone cubic interpolation that passes through every reading and
/// never overshoots between two of them.
@Suite("Curves")
struct CurveTests {
    /// A linear congruential generator (Knuth's MMIX constants): the same points on every run.
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }

        /// A number in `range`.
        mutating func next(in range: ClosedRange<Double>) -> Double {
            range.lowerBound + Double(next()) / Double(UInt64(1) << 53) * (range.upperBound - range.lowerBound)
        }
    }

    /// Point sets: x strictly increasing with uneven gaps, y anywhere in 0...100, sometimes
    /// flat runs, peaks and repeated values (the cases where overshoot shows).
    static func pointSets(count: Int, seed: UInt64) -> [[Point]] {
        var random = LCG(state: seed)
        var sets: [[Point]] = []
        for index in 0..<count {
            let n = 3 + Int(random.next() % 14)
            var x = random.next(in: 0...50)
            var points: [Point] = []
            for _ in 0..<n {
                let y: Double
                switch random.next() % 6 {
                case 0: y = points.last?.y ?? 50 // a flat step
                case 1: y = [0, 100][Int(random.next() % 2)] // the edge of the scale
                default: y = index % 3 == 0 ? (random.next(in: 0...4)).rounded() * 25 : random.next(in: 0...100)
                }
                points.append(Point(x, y))
                // Gaps from tiny to wide, so that neighbouring slopes differ a lot.
                x += random.next() % 4 == 0 ? random.next(in: 0.01...1) : random.next(in: 1...300)
            }
            sets.append(points)
        }
        return sets
    }

    @Test("every segment's control points lie within its end points' y range, and the ends are the points",
          arguments: [1, 2, 3, 4] as [UInt64])
    func noOvershoot(_ seed: UInt64) {
        var segments = 0
        for points in Self.pointSets(count: 100, seed: seed) {
            let commands = MonotoneCurve.commands(through: points)
            #expect(commands.count == points.count, "one move and one cubic per gap")
            guard case .move(let start)? = commands.first else {
                Issue.record("the path does not start with a move: \(commands.first.map { "\($0)" } ?? "nothing")")
                continue
            }
            #expect(start == points[0])
            for (index, command) in commands.dropFirst().enumerated() {
                let p0 = points[index], p1 = points[index + 1]
                guard case .cubic(let c1, let c2, let end) = command else {
                    Issue.record("segment \(index) is not a cubic: \(command)")
                    continue
                }
                segments += 1
                #expect(end == p1, "segment \(index) ends at \(end), not at \(p1)")
                let low = min(p0.y, p1.y) - 1e-9, high = max(p0.y, p1.y) + 1e-9
                #expect((low...high).contains(c1.y) && (low...high).contains(c2.y),
                        "overshoot between \(p0) and \(p1): controls \(c1), \(c2) in \(points)")
                // Control points also stay between the ends in x, so the curve is a function of x.
                #expect(c1.x >= p0.x && c1.x <= p1.x && c2.x >= p0.x && c2.x <= p1.x && c1.x <= c2.x)
                if p0.y == p1.y {
                    #expect(c1.y == p0.y && c2.y == p0.y, "a flat step stays flat")
                }
            }
        }
        #expect(segments > 500)
    }

    @Test("the curve is smooth: at an inner point both sides leave with the same slope")
    func smoothJoins() {
        for points in Self.pointSets(count: 50, seed: 99) {
            let commands = MonotoneCurve.commands(through: points)
            for index in 1..<(points.count - 1) {
                guard case .cubic(_, let before, _) = commands[index], case .cubic(let after, _, _) = commands[index + 1] else {
                    Issue.record("not cubic at \(index)")
                    continue
                }
                let p = points[index]
                let left = (p.y - before.y) / (p.x - before.x)
                let right = (after.y - p.y) / (after.x - p.x)
                #expect(abs(left - right) < 1e-6 * max(1, abs(left)), "kink at \(p): \(left) vs \(right)")
            }
        }
    }

    @Test("few points: nothing, a move, a straight line")
    func fewPoints() {
        #expect(MonotoneCurve.commands(through: []).isEmpty)
        #expect(MonotoneCurve.commands(through: [Point(1, 2)]) == [.move(Point(1, 2))])
        #expect(MonotoneCurve.commands(through: [Point(1, 2), Point(5, 9)]) == [.move(Point(1, 2)), .line(Point(5, 9))])
    }

    /// The y of a cubic Bézier from `p0` with controls `c1`, `c2` to `p3`, at `t`.
    static func y(_ p0: Point, _ c1: Point, _ c2: Point, _ p3: Point, _ t: Double) -> Double {
        let u = 1 - t
        return u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p3.y
    }

    @Test("between two readings the curve only rises or only falls", arguments: [5, 6] as [UInt64])
    func monotoneSegments(_ seed: UInt64) {
        for points in Self.pointSets(count: 100, seed: seed) {
            let commands = MonotoneCurve.commands(through: points)
            for (index, command) in commands.dropFirst().enumerated() {
                guard case .cubic(let c1, let c2, let end) = command else { continue }
                let start = points[index]
                let direction: Double = end.y >= start.y ? 1 : -1
                var previous = start.y
                for step in 1...40 {
                    let y = Self.y(start, c1, c2, end, Double(step) / 40)
                    #expect(direction * (y - previous) >= -1e-9, "the curve turns back between \(start) and \(end)")
                    previous = y
                }
            }
        }
    }

    @Test("rising readings give a rising curve, also across very uneven gaps")
    func monotoneData() {
        let points = [Point(0, 10), Point(10, 20), Point(12, 80), Point(100, 90), Point(101, 100)]
        let commands = MonotoneCurve.commands(through: points)
        var previous = -Double.infinity
        var start = points[0]
        for command in commands.dropFirst() {
            guard case .cubic(let c1, let c2, let end) = command else {
                Issue.record("unexpected \(command)")
                continue
            }
            for step in 0...50 {
                let y = Self.y(start, c1, c2, end, Double(step) / 50)
                #expect(y >= previous - 1e-9, "falls to \(y) after \(previous)")
                previous = y
            }
            start = end
        }
        #expect(previous == 100)
    }
}
