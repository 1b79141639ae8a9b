/// A point in the picture's user units (CSS pixels at 96 per inch).
public struct Point: Hashable, Sendable {
    /// Distance from the picture's left edge, in user units; grows to the right.
    public var x: Double
    /// Distance from the picture's top edge, in user units; grows downwards, as in SVG.
    public var y: Double
    /// The point `x` units right of and `y` units below the picture's top-left corner.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle in the picture's user units, given by its top-left corner and size
/// (the origin is the picture's top-left corner and y grows downwards, as in SVG).
public struct Rect: Hashable, Sendable {
    /// The left edge, in user units from the picture's left edge.
    public var x: Double
    /// The top edge, in user units from the picture's top edge (y grows downwards).
    public var y: Double
    /// The extent to the right of ``x``, in user units.
    public var width: Double
    /// The extent below ``y``, in user units.
    public var height: Double

    /// The rectangle whose top-left corner is (`x`, `y`).
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge: ``x``.
    public var minX: Double { x }
    /// The top edge: ``y``.
    public var minY: Double { y }
    /// The right edge: ``x`` plus ``width``.
    public var maxX: Double { x + width }
    /// The bottom edge: ``y`` plus ``height``.
    public var maxY: Double { y + height }
    /// The x of the centre.
    public var midX: Double { x + width / 2 }
    /// The y of the centre.
    public var midY: Double { y + height / 2 }

    /// True when `other` lies inside this rectangle (a hundredth of a unit of slack for rounding).
    public func contains(_ other: Rect) -> Bool {
        let slack = 0.01
        return other.minX >= minX - slack && other.minY >= minY - slack
            && other.maxX <= maxX + slack && other.maxY <= maxY + slack
    }

    /// True when the two rectangles share area (touching edges do not count).
    public func overlaps(_ other: Rect) -> Bool {
        let slack = 0.01
        return minX < other.maxX - slack && other.minX < maxX - slack
            && minY < other.maxY - slack && other.minY < maxY - slack
    }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let left = min(minX, other.minX), top = min(minY, other.minY)
        return Rect(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }

    /// The rectangle moved in by `amount` on every side.
    public func inset(by amount: Double) -> Rect {
        Rect(x: x + amount, y: y + amount, width: max(0, width - 2 * amount), height: max(0, height - 2 * amount))
    }
}
