/// Numbers as the SVG writes them: at most two decimals, no trailing zeros, no `-0`, the same
/// on every machine.
enum Number {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        // Coordinates beyond ±10^12 do not occur in a picture; clamp rather than trap in Int().
        guard abs(value) < 1e12 else { return value < 0 ? "-1000000000000" : "1000000000000" }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func list(_ values: [Double]) -> String { values.map(text).joined(separator: " ") }
}
