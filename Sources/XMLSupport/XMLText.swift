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
        sanitizedCountingDrops(text).text
    }

    /// The sanitized text and how many characters (Unicode scalars) were dropped.
    static func sanitizedCountingDrops(_ text: String) -> (text: String, dropped: Int) {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var dropped = 0
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) { scalars.append(scalar) } else { dropped += 1 }
        }
        return (String(scalars), dropped)
    }
}
