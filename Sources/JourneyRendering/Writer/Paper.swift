/// Paper sizes for printing, landscape (portrait on request, ``SVGOptions/portrait``): the SVG gets the physical size in millimetres and
/// a viewBox of the same proportions around the picture, centred.
public enum Paper: String, CaseIterable, Hashable, Sendable {
    /// A4 (297 × 210 mm) to A0 (1189 × 841 mm), the sizes ``millimetres`` gives, each twice the one before.
    case a4, a3, a2, a1, a0

    /// Width and height in millimetres, landscape.
    public var millimetres: (width: Double, height: Double) {
        switch self {
        case .a4: (297, 210)
        case .a3: (420, 297)
        case .a2: (594, 420)
        case .a1: (841, 594)
        case .a0: (1189, 841)
        }
    }

    /// The window on a picture of `size` with the paper's proportions: the picture is centred
    /// and the shorter side padded.
    public func viewBox(for size: (width: Double, height: Double), portrait: Bool = false) -> Rect {
        let (long, short) = millimetres
        let (w, h) = portrait ? (short, long) : (long, short)
        let aspect = w / h
        if size.width / size.height > aspect {
            let height = size.width / aspect
            return Rect(x: 0, y: -(height - size.height) / 2, width: size.width, height: height)
        }
        let width = size.height * aspect
        return Rect(x: -(width - size.width) / 2, y: 0, width: width, height: size.height)
    }
}
