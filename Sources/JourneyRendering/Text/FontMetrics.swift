/// Advance widths of DejaVu Sans, the font the pictures are measured with (Debian's renderers
/// have it; the SVG names generic fallbacks after it). The table is generated from the font
/// files by `scripts/font-metrics.py`.
public enum FontMetrics {
    static let unitsPerEm = 2048.0

    /// Widths in font units, by code point, for the regular and the bold face.
    static let regular = parse(regularTable)
    static let bold = parse(boldTable)

    private static func parse(_ table: String) -> [UInt32: UInt16] {
        var widths: [UInt32: UInt16] = [:]
        widths.reserveCapacity(6_000)
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: ":")
            guard parts.count == 2, let start = UInt32(parts[0].trimmingLeadingSpaces, radix: 16) else { continue }
            for (offset, width) in parts[1].split(separator: ",").enumerated() {
                if let value = UInt16(width) { widths[start + UInt32(offset)] = value }
            }
        }
        return widths
    }

    /// The advance width of one code point, in ems. Characters the font lacks are measured
    /// wide (a full em, as CJK and emoji are drawn by fallback fonts), so that text is never
    /// measured narrower than it is drawn; marks and format characters take no space.
    public static func advance(of scalar: Unicode.Scalar, bold: Bool) -> Double {
        if let width = (bold ? FontMetrics.bold : regular)[scalar.value] { return Double(width) / unitsPerEm }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// The width of `text` drawn at `size`, in user units.
    public static func width(of text: Substring, size: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += advance(of: scalar, bold: bold) }
        return ems * size
    }

    public static func width(of text: String, size: Double, bold: Bool = false) -> Double {
        width(of: Substring(text), size: size, bold: bold)
    }
}

extension Substring {
    fileprivate var trimmingLeadingSpaces: Substring { drop { $0 == " " } }
}

/// How a text is set: size, weight, slant, line height.
public struct TextStyle: Hashable, Sendable {
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    /// Distance between baselines, as a multiple of the size.
    public var leading: Double

    public init(size: Double, bold: Bool = false, italic: Bool = false, leading: Double = 1.25) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.leading = leading
    }

    public var lineHeight: Double { size * leading }
    /// From the top of a line box to its baseline (DejaVu's ascent is 0.93 em; the half
    /// leading is added above).
    public var baselineOffset: Double { (lineHeight - size * 1.164) / 2 + size * 0.928 }

    /// The measured width of a line of this style. Italic DejaVu leans out by about 0.1 em.
    public func width(of text: Substring) -> Double {
        FontMetrics.width(of: text, size: size, bold: bold) + (italic ? size * 0.1 : 0)
    }

    public func width(of text: String) -> Double { width(of: Substring(text)) }
}
