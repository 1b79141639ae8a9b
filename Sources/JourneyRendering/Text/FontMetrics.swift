/// Advance widths of DejaVu Sans, the font the pictures are measured with (Debian's renderers
/// have it; the SVG names generic fallbacks after it). The table is generated from the font
/// files by `scripts/font-metrics.py`.
public enum FontMetrics {
    static let unitsPerEm = 2048.0

    /// Widths in font units, by code point, for the regular and the bold face.
    static let regular = Widths(regularTable)
    static let bold = Widths(boldTable)

    /// One face's widths: a flat array for the Basic Multilingual Plane (`missing` where the
    /// font has no glyph), a dictionary above it. Parsed once per process straight from the table's
    /// bytes: a dictionary of every code point took a tenth of rendering a small journey.
    struct Widths: Sendable {
        private var plane0 = [UInt16](repeating: Widths.missing, count: 0x10000)
        private static let missing = UInt16.max
        private var beyond: [UInt32: UInt16] = [:]

        init(_ table: String) {
            var table = table
            table.withUTF8 { bytes in
                var start: UInt32 = 0
                var number: UInt32 = 0
                var offset: UInt32 = 0
                var inStart = true
                var hasDigits = false
                func store() {
                    guard hasDigits else { return }
                    let point = start + offset
                    let width = UInt16(truncatingIfNeeded: number)
                    if point < 0x10000 { plane0[Int(point)] = width } else { beyond[point] = width }
                    offset += 1
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        number = number &* (inStart ? 16 : 10) &+ UInt32(byte - UInt8(ascii: "0")); hasDigits = true
                    case UInt8(ascii: "a")...UInt8(ascii: "f") where inStart:
                        number = number &* 16 &+ UInt32(byte - UInt8(ascii: "a") + 10); hasDigits = true
                    case UInt8(ascii: "A")...UInt8(ascii: "F") where inStart:
                        number = number &* 16 &+ UInt32(byte - UInt8(ascii: "A") + 10); hasDigits = true
                    case UInt8(ascii: ":"):
                        start = number; offset = 0; inStart = false
                        number = 0; hasDigits = false
                    case UInt8(ascii: ","):
                        if !inStart { store() }
                        number = 0; hasDigits = false
                    case UInt8(ascii: "\n"):
                        if !inStart { store() }
                        inStart = true; number = 0; hasDigits = false
                    default:
                        break
                    }
                }
                if !inStart { store() }
            }
        }

        subscript(point: UInt32) -> UInt16? {
            if point < 0x10000 {
                let width = plane0[Int(point)]
                return width == Widths.missing ? nil : width
            }
            return beyond[point]
        }
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

    /// The width of `text` drawn at `size`, in user units: the sum of its code points' advances.
    public static func width(of text: String, size: Double, bold: Bool = false) -> Double {
        width(of: Substring(text), size: size, bold: bold)
    }
}

/// How a text is set: size, weight, slant, line height.
public struct TextStyle: Hashable, Sendable {
    /// The font size in user units (SVG `font-size`): the em the advance widths are scaled by.
    public var size: Double
    /// Bold weight (SVG `font-weight="bold"`), measured with DejaVu Sans Bold's widths.
    public var bold: Bool
    /// Italic (SVG `font-style="italic"`); measured a tenth of an em wider for the lean.
    public var italic: Bool
    /// Distance between baselines, as a multiple of the size.
    public var leading: Double

    /// A style: upright, regular weight and 1.25 leading unless told otherwise.
    public init(size: Double, bold: Bool = false, italic: Bool = false, leading: Double = 1.25) {
        self.size = size
        self.bold = bold
        self.italic = italic
        self.leading = leading
    }

    /// The distance between baselines, in user units: ``size`` times ``leading``.
    public var lineHeight: Double { size * leading }
    /// From the top of a line box to its baseline (DejaVu's ascent is 0.93 em; the half
    /// leading is added above).
    public var baselineOffset: Double { (lineHeight - size * 1.164) / 2 + size * 0.928 }

    /// The measured width of a line of this style. Italic DejaVu leans out by about 0.1 em.
    public func width(of text: Substring) -> Double {
        FontMetrics.width(of: text, size: size, bold: bold) + (italic ? size * 0.1 : 0)
    }

    /// The measured width of a line of this style, in user units.
    public func width(of text: String) -> Double { width(of: Substring(text)) }
}
