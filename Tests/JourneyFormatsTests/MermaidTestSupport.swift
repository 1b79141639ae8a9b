import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport

/// Helpers for the Mermaid tests: reading inline diagrams, the corpus in `../shared`, and the
/// escapes the writer promises (written out here again, as the specification to test against).
enum MermaidTest {
    static let name = "test.mmd"

    static func read(_ text: String, name: String = MermaidTest.name) -> DecodedDesign {
        MermaidJourney.decode(Data(text.utf8), name: name)
    }

    static func read(bytes: [UInt8], name: String = MermaidTest.name) -> DecodedDesign {
        MermaidJourney.decode(Data(bytes), name: name)
    }

    static func at(_ line: Int, _ column: Int, file: String = MermaidTest.name) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// `../shared/corpus/mermaid`, when `../shared` is there.
    static let corpusFolder: URL? = TestPaths.shared.map { $0.appendingPathComponent("corpus/mermaid") }

    /// The corpus files, sorted by name; empty without `../shared`.
    static var corpusFiles: [URL] {
        guard let folder = corpusFolder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".mmd") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The corpus file whose name starts with `number-`, read; nil (with a line printed) when
    /// `../shared` is absent.
    static func corpus(_ number: String) -> (url: URL, decoded: DecodedDesign)? {
        guard corpusFolder != nil else {
            print("../shared is absent: the Mermaid corpus file \(number) is not checked")
            return nil
        }
        guard let url = corpusFiles.first(where: { $0.lastPathComponent.hasPrefix(number + "-") }),
              let data = try? Data(contentsOf: url) else { return nil }
        return (url, MermaidJourney.decode(data, name: url.path))
    }

    /// A task's or section's name as the writer writes it (and the reader reads it back).
    static func escapedName(_ text: String) -> String {
        escape(text, [":": "∶", "#": "＃", ";": "；"])
    }

    /// A persona's name as the writer writes it (and the reader reads it back).
    static func escapedActor(_ text: String) -> String {
        escape(text, [":": "∶", "#": "＃", ";": "；", ",": "‚"]).replacingOccurrences(of: "\n", with: " ")
    }

    private static func escape(_ text: String, _ table: [Character: String]) -> String {
        var out = ""
        for character in text.trimmingCharacters(in: .whitespacesAndNewlines) {
            if let replacement = table[character] {
                out += replacement
            } else if character == "%", out.hasSuffix("%") {
                out += "％"
            } else {
                out.append(character)
            }
        }
        return out
    }
}

extension DecodedDesign {
    /// The warnings' texts, for `contains` checks.
    var warningMessages: [String] { warnings.map(\.message) }
}

extension ServiceDesign {
    /// The score each persona gives a touchpoint, by persona name.
    func scores(of touchpoint: Touchpoint) -> [String: Double] {
        Dictionary(touchpoint.emotions.map { (persona($0.persona)?.name ?? $0.persona.rawValue, $0.score) }, uniquingKeysWith: { a, _ in a })
    }
}
