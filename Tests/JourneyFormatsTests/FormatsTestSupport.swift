import Foundation
import JourneyFormats
import JourneyKit

/// Helpers shared by the JourneyFormats tests: decoding inline text, places, and a small
/// valid journey whose touchpoint "web" can be given extra lines.
enum InlineJourney {
    /// The name every inline file is decoded under, as it appears in locations.
    static let name = "test.yaml"

    static func decode(_ text: String, name: String = InlineJourney.name) -> DecodedDesign {
        JourneyFile.decode(Data(text.utf8), name: name)
    }

    static func decode(bytes: [UInt8], name: String = InlineJourney.name) -> DecodedDesign {
        JourneyFile.decode(Data(bytes), name: name)
    }

    /// A place in `test.yaml` (or another file).
    static func at(_ line: Int, _ column: Int, file: String = InlineJourney.name) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// A valid journey in which touchpoint "web" ends with `touchpointLines`, each indented
    /// by eight spaces: the first of them is on line 12, its key at column 9.
    ///
    ///      1 journey: demo
    ///      2 title: Demo
    ///      3 personas:
    ///      4   - id: anna
    ///      5     name: Anna
    ///      6 stages:
    ///      7   - id: visit
    ///      8     name: Visit
    ///      9     touchpoints:
    ///     10       - id: web
    ///     11         title: Website
    ///     12         <touchpointLines[0]>
    static func journey(touchpointLines: [String]) -> String {
        var lines = [
            "journey: demo",
            "title: Demo",
            "personas:",
            "  - id: anna",
            "    name: Anna",
            "stages:",
            "  - id: visit",
            "    name: Visit",
            "    touchpoints:",
            "      - id: web",
            "        title: Website",
        ]
        lines += touchpointLines.map { "        " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file of part (b): a typo in a field name (line 14), a dangling reference to an
    /// actor (line 19) and a score off the 1–5 scale (line 20).
    static let threeProblems = """
        journey: demo
        title: Demo
        personas:
          - id: anna
            name: Anna
        actors:
          - {id: visitor, name: Visitor, kind: customer}
        stages:
          - id: visit
            name: Visit
            touchpoints:
              - id: web
                title: Website
                chanel: web
                actors: [visitor]
                emotions: {anna: 3}
              - id: pay
                title: Payment
                actors: [visitor, vistor]
                emotions: {anna: 9}

        """

    /// Text of `count` characters, for large inputs.
    static func repeated(_ character: Character, _ count: Int) -> String {
        String(repeating: character, count: count)
    }
}

extension DecodedDesign {
    /// The problems' codes, in order.
    var problemCodes: [String] { problems.map(\.code) }
}

/// The classic "billion laughs": `levels` anchors, each a list of `width` aliases to the one
/// before, the first a list of `width` short texts.
enum AliasBomb {
    static func anchors(levels: Int = 9, width: Int = 9, indent: String = "") -> [String] {
        var lines = [indent + "l0: &l0 [" + Array(repeating: "lol", count: width).joined(separator: ", ") + "]"]
        for level in 1..<levels {
            lines.append(indent + "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: width).joined(separator: ", ") + "]")
        }
        return lines
    }

    /// The bomb as a list of `width` aliases to its top level: `[*l8, *l8, …]`.
    static func top(levels: Int = 9, width: Int = 9) -> String {
        "[" + Array(repeating: "*l\(levels - 1)", count: width).joined(separator: ", ") + "]"
    }

    /// A bomb the decoder walks: `width` aliased stages, each with `width` aliased touchpoints,
    /// each with `width` personas' readings, each with `width` evidence ids. Every level is a
    /// field the decoder reads, so the whole expansion is visited unless it is stopped.
    static func walked(width: Int) -> String {
        var lines = ["journey: demo", "title: Demo", "personas:"]
        for i in 0..<width { lines.append("  - {id: p\(i), name: P\(i)}") }
        let evidence = "[" + Array(repeating: "r", count: width).joined(separator: ", ") + "]"
        lines += [
            "stages:",
            "  - &stage",
            "    id: s",
            "    name: S",
            "    touchpoints:",
            "      - &touchpoint",
            "        id: t",
            "        title: T",
            "        emotions:",
            "          p0: &reading {score: 3, evidence: \(evidence)}",
        ]
        for i in 1..<width { lines.append("          p\(i): *reading") }
        for _ in 1..<width { lines.append("      - *touchpoint") }
        for _ in 1..<width { lines.append("  - *stage") }
        return lines.joined(separator: "\n") + "\n"
    }
}
