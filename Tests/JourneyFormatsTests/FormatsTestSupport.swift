import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport

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

    /// A valid journey whose touchpoint "web" ends with `touchpointLines` (first on line 12,
    /// column 9); see ``JourneyFixtures/journey(touchpointLines:)``.
    static func journey(touchpointLines: [String]) -> String {
        JourneyFixtures.journey(touchpointLines: touchpointLines)
    }

    /// The file of part (b): a typo in a field name (line 14), a dangling reference to an
    /// actor (line 19) and a score off the 1–5 scale (line 20).
    static let threeProblems = JourneyFixtures.threeProblems

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

    /// A bomb the decoder walks (see ``JourneyFixtures/walkedAliasBomb(width:)``).
    static func walked(width: Int) -> String { JourneyFixtures.walkedAliasBomb(width: width) }
}
