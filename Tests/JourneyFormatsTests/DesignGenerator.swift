import Foundation
import JourneyKit
import PropertyBased

/// A generator whose shrinking works on a hidden input: every component of a generated design
/// is one, so that the composed types stay small enough for the type checker.
typealias AnyGenerator<Value> = Generator<Value, AnySequence<Any>>

/// Generators of whole ``ServiceDesign``s for the round-trip properties.
///
/// Every field of the model is set at least sometimes (``RoundTripPropertyTests/generatorCoverage()`` checks
/// that). Texts are weighted towards what breaks writers: YAML syntax, XML markup, look-alikes
/// of numbers, booleans, null and dates, white space at the ends, line breaks, bidi controls,
/// combining marks, characters beyond U+FFFF. They hold only characters XML 1.0 can carry.
///
/// The designs are in the shape the writers produce, so that a round trip must give them back
/// exactly: touchpoints grouped by stage in stage order under unique stage ids, one reading per
/// persona and touchpoint, scale labels at distinct scores, recorded times never all empty.
/// References point at ids from the same pool as the declared ones, so some resolve and some
/// dangle; the reader accepts both.
///
/// Built from PropertyBased generators with `zip` and `map`, so that a failing design shrinks:
/// lists lose items, optionals become nil, choices go to their first value, and texts and ids
/// (leaves with their own shrinker, ``shrink(_:)``) go to "a", to a half, or lose a character.
enum DesignGenerator {
    // MARK: Building blocks

    /// One of `values`, shrinking towards the first.
    static func choose<T: Sendable>(_ values: [T]) -> AnyGenerator<T> {
        precondition(!values.isEmpty)
        return Gen.int(in: 0...(values.count - 1)).map { values[$0] }.eraseToAny()
    }

    /// One case of an enumeration, shrinking towards the first case.
    static func oneCase<T: CaseIterable & Sendable>(_ type: T.Type = T.self) -> AnyGenerator<T> where T.AllCases: Sendable {
        choose(Array(T.allCases))
    }

    /// True at `rate`, shrinking to false.
    static func flag(_ rate: Float = 0.3) -> AnyGenerator<Bool> { Gen.bool(rate).eraseToAny() }

    // MARK: Text

    /// Pieces that labels are built from. Each hard case the writers must escape, quote or keep
    /// apart is here at least once.
    static let fragments: [String] = [
        "a", "Anna", "pay now", "Returns desk", " ", "  ", "\n", "\r\n", "\r", "\t", "\n\n",
        "\"", "'", "\\", "\\n", ": ", ":", "#", " #", "# ", "- ", "? ", ",", "[", "]", "{", "}",
        "*", "!", "|", ">", "`", "@", "%", "&", "&amp;", "&#38;", "&#x0;", "<", "<a>", "</a>", "]]>",
        "<![CDATA[", "<!--", "-->", "<?xml", "?>", "{{", "}}", "${x}", "%s", "'; DROP TABLE designs; --",
        "<script>alert(1)</script>", "\u{202E}", "\u{200D}", "\u{200B}", "\u{FEFF}", "e\u{301}",
        "a\u{308}\u{304}\u{32D}", "😀", "👩‍💻", "🇳🇴", "𝄞", "漢字", "日本語のテキスト", "한국어", "مرحبا", "שלום",
        "Ωμέγα", "Ünïcödé", "1.0", "true", "null", "~", "2026-01-01", "0x1F", "1e3", "yes",
        "\u{85}", "\u{2028}", "\u{2029}", "\u{A0}", "\u{3000}", "\u{7F}", "\u{80}", "\u{9F}", "\u{FFFD}",
        "\u{E000}", "\u{10FFFD}",
        // Noncharacters: XML 1.0 and YAML carry them, Swift literals cannot spell them.
        String(Unicode.Scalar(0xFDD0)!), String(Unicode.Scalar(0x1FFFE)!),
    ]

    /// Whole texts that YAML or JSON readers could take for something other than text.
    static let lookAlikes: [String] = [
        "1.0", "true", "null", "~", "2026-01-01", "0x1F", "1e3", "yes", "No", "NULL", "False", "off", "y",
        "-1", "+1", ".5", "007", "1_000", "12:30", ".inf", "-.inf", ".nan", "<<", "=", "2026-01-01T10:00:00Z",
        "0o17", "1.10", "-", "- ", "? ", ": x", "#", "[]", "{}", "''", "\"\"", "!!str", "&a", "*a",
    ]

    /// Texts made only of white space (for optional fields: a required one must not be blank).
    static let blanks: [String] = [" ", "   ", "\t", "\n", " \n ", "\r\n", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}"]

    /// Ranges of Unicode scalars that XML 1.0 and YAML can both carry as text, the plain ones first.
    static let scalarRanges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x2FF, 0x300...0x36F, 0x370...0x52F, 0x590...0x6FF, 0x2000...0x206F,
        0x3000...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xF8FF, 0xF900...0xFFFD,
        0x1F300...0x1FAFF, 0x10000...0x10FFFF, 0x80...0x9F, 0x09...0x0A, 0x0D...0x0D,
    ]

    /// A random scalar from ``scalarRanges``.
    static func randomScalar(using rng: inout any SeededRandomNumberGenerator) -> Unicode.Scalar {
        let range = scalarRanges[Int.random(in: 0..<scalarRanges.count, using: &rng)]
        return Unicode.Scalar(UInt32.random(in: range, using: &rng)) ?? "?"
    }

    /// One of the values, by weight.
    static func pick<T>(_ choices: [(weight: Double, value: T)], using rng: inout any SeededRandomNumberGenerator) -> T {
        var left = Double.random(in: 0..<choices.map(\.weight).reduce(0, +), using: &rng)
        for choice in choices {
            if left < choice.weight { return choice.value }
            left -= choice.weight
        }
        return choices[choices.count - 1].value
    }

    enum TextKind: Sendable { case fragments, lookAlike, blank, scalars, long, empty }

    /// Any text, as ``text`` makes it.
    static func randomText(using rng: inout any SeededRandomNumberGenerator) -> String {
        let kinds: [(weight: Double, value: TextKind)] = [
            (6, .fragments), (2, .lookAlike), (1, .blank), (2, .scalars), (0.3, .long), (0.5, .empty),
        ]
        switch pick(kinds, using: &rng) {
        case .fragments:
            return (0..<Int.random(in: 1...4, using: &rng)).map { _ in fragments.randomElement(using: &rng)! }.joined()
        case .lookAlike: return lookAlikes.randomElement(using: &rng)!
        case .blank: return blanks.randomElement(using: &rng)!
        case .scalars:
            let scalars = (0..<Int.random(in: 1...8, using: &rng)).map { _ in randomScalar(using: &rng) }
            return String(String.UnicodeScalarView(scalars))
        case .long:
            // Longer than the YAML writer's line width, with single and double spaces.
            let separator = [" ", "  ", " \n", "\t"].randomElement(using: &rng)!
            return (0..<Int.random(in: 20...40, using: &rng)).map { _ in fragments.randomElement(using: &rng)! }
                .joined(separator: separator)
        case .empty: return ""
        }
    }

    /// Simpler texts than `text`, the simplest first: "a", then each half, then (for short
    /// texts) the text without one of its characters.
    static func shrink(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, text != "a" else { return [] }
        var candidates = ["a"]
        if scalars.count > 1 {
            candidates.append(String(String.UnicodeScalarView(scalars[..<(scalars.count / 2)])))
            candidates.append(String(String.UnicodeScalarView(scalars[(scalars.count / 2)...])))
        }
        if scalars.count <= 16 {
            for index in scalars.indices {
                var fewer = scalars
                fewer.remove(at: index)
                candidates.append(String(String.UnicodeScalarView(fewer)))
            }
        }
        return candidates
    }

    /// Texts built in one go (a leaf, so that composing generators does not build them again
    /// at every level), kept to what `keep` accepts when shrinking.
    static func leaf(
        _ make: @escaping @Sendable (inout any SeededRandomNumberGenerator) -> String,
        keep: @escaping @Sendable (String) -> Bool
    ) -> AnyGenerator<String> {
        Generator(run: { rng in make(&rng) }, shrink: { text in shrink(text).filter(keep) }).eraseToAny()
    }

    /// Any text, empty and blank included: for optional fields and list items.
    static let text: AnyGenerator<String> = leaf({ rng in avoidingKnownBugs(randomText(using: &rng)) }, keep: { text in
        avoidingKnownBugs(text) == text
    })

    /// Whether the generator steers around the bugs pinned in ``RoundTripPropertyTests`` (so
    /// that the properties go on finding new ones). Set it to false to see them fail again.
    static let steersAroundKnownBugs = true

    /// The text, changed where it would meet a reader bug that has its own pinned test in
    /// ``RoundTripPropertyTests``.
    static func avoidingKnownBugs(_ text: String) -> String {
        guard steersAroundKnownBugs else { return text }
        // Yams drops a U+FEFF that starts a scalar (`leadingByteOrderMark`).
        return text.unicodeScalars.first == "\u{FEFF}" ? "x" + text : text
    }

    /// Text for a required field: never empty or blank, which the reader refuses.
    static let requiredText: AnyGenerator<String> = leaf({ rng in nonBlank(avoidingKnownBugs(randomText(using: &rng))) }, keep: { text in
        avoidingKnownBugs(text) == text && !isBlank(text)
    })

    /// Optional text, present a quarter of the time.
    static let optionalText: AnyGenerator<String?> = text.optional(valueRate: 0.25).eraseToAny()

    /// A list of texts, empty and blank items included.
    static func texts(_ count: ClosedRange<Int> = 0...2) -> AnyGenerator<[String]> {
        text.array(of: count).eraseToAny()
    }

    /// Blank as the reader judges a required text: nothing but white space and line breaks.
    static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The text, or the text with a visible character when it is blank.
    static func nonBlank(_ text: String) -> String { isBlank(text) ? text + "x" : text }

    // MARK: Ids

    /// Ids that declarations and references share, so that some references resolve. Each is
    /// one word as the reader wants it, most of them hard for a writer all the same.
    static let idPool: [String] = [
        "a", "b", "c", "anna", "mo", "pay", "start-return", "p😀", "漢字", "ünï", "x:y", "a#b", "#1", "-x", "_", ".",
        "1", "42", "1.0", "1e3", "0x1F", "true", "yes", "null", "~", "2026-01-01", "a&b", "<t>", "]]>", "'q'",
        "\"q\"", "b\\s", "{{x}}", "${x}", "a,b", "[a]", "{a}", "*a", "!a", "&a", "%a", "@a", "`a`", "|", ">",
        "?", "-", ":", "e\u{301}", "\u{301}e", "\u{5A6}", "\u{600}1", "\u{202E}rtl", "zw\u{200D}j", "x\u{200B}", "\u{FEFF}bom", "<<", "=",
        "c\u{80}", "\u{9F}",
    ]

    /// An id: mostly from ``idPool``, sometimes random characters; never blank.
    static let idText: AnyGenerator<String> = leaf({ rng in
        guard Int.random(in: 0..<5, using: &rng) == 0 else { return avoidingKnownBugs(idPool.randomElement(using: &rng)!) }
        let scalars = (0..<Int.random(in: 1...12, using: &rng)).map { _ in randomScalar(using: &rng) }
        return avoidingKnownBugs(nonBlank(String(String.UnicodeScalarView(scalars.map { isIDScalar($0) ? $0 : "-" }))))
    }, keep: isID)


    /// Whether a character may stand in an id: not white space, not a control character
    /// (the reader's rule).
    static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F)
    }

    /// Whether the reader takes the text as a (required) id, and it meets no known bug.
    @Sendable static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isIDScalar) && !isBlank(text) && avoidingKnownBugs(text) == text
    }

    static func id<T>(_ type: T.Type = T.self) -> AnyGenerator<Identifier<T>> {
        idText.map { Identifier<T>($0) }.eraseToAny()
    }

    static func optionalID<T>(_ type: T.Type = T.self, rate: Float = 0.5) -> AnyGenerator<Identifier<T>?> {
        id(T.self).optional(valueRate: rate).eraseToAny()
    }

    static func ids<T>(_ type: T.Type = T.self, _ count: ClosedRange<Int> = 0...2) -> AnyGenerator<[Identifier<T>]> {
        id(T.self).array(of: count).eraseToAny()
    }

    // MARK: Numbers and dates

    /// A place on a scale as a fraction from its lowest (0) to its highest (1) score: mostly
    /// eighths (2.5 on 1…5, -2.25 on -3…3), sometimes thirds, tenths or any double, whose
    /// shortest spelling is long.
    static let fraction: AnyGenerator<Double> = Gen.frequency(
        (weight: 5, gen: Gen.int(in: 0...8).map { Double($0) / 8 }),
        (weight: 1, gen: choose([1.0 / 3, 2.0 / 3, 0.1, 0.7, 0.15])),
        (weight: 1, gen: Gen.double(in: 0...1))
    ).eraseToAny()

    static let date: AnyGenerator<CalendarDate> = zip(
        Gen.frequency((weight: 6, gen: Gen.int(in: 1990...2035)), (weight: 1, gen: Gen.int(in: 0...9999))),
        Gen.int(in: 1...12),
        Gen.int(in: 1...31).optional(valueRate: 0.6)
    ).map { year, month, day in
        CalendarDate(year: year, month: month, day: day.map { min($0, daysIn(month: month, year: year)) })
    }.eraseToAny()

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A moment as an actual journey records it: ISO 8601 mostly, any text sometimes.
    static let moment: AnyGenerator<String> = Gen.frequency(
        (weight: 3, gen: zip(date, Gen.int(in: 0...23), Gen.int(in: 0...59), choose(["Z", "+01:00", "-05:30", ""])).map {
            date, hour, minute, zone in
            let day = CalendarDate(year: date.year, month: date.month, day: date.day ?? 1)
            return "\(day)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute):00\(zone)"
        }),
        (weight: 1, gen: text)
    ).eraseToAny()
}
