internal import CLibXML2

/// The libxml2 this program is linked with. The hardened reader, the schema validator and the
/// streaming writer join this module in the XML issue; everything above it sees Swift types only.
public enum XMLLibrary {
    /// Initialized once, before any concurrent use (libxml2 asks for this).
    private static let initialized: Void = { xmlInitParser() }()

    /// libxml2's version, such as `2.9.14`.
    public static var version: String {
        _ = initialized
        let number = Int(LIBXML_VERSION)
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}

/// Text as XML 1.0 can carry it.
public enum XMLText {
    /// True for the characters XML 1.0 allows: tab, newline, carriage return, and from U+0020
    /// on, except the surrogates (never in a Swift string) and U+FFFE, U+FFFF.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text without the characters XML 1.0 forbids (control characters such as U+0007),
    /// which libxml2 would otherwise write raw and so make the output unreadable.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter(isAllowed))
        return String(scalars)
    }
}
