import Foundation
import JourneyTestSupport
import Testing

/// A temporary folder for one test, in which `journey` runs and files are written.
struct CLIWorkspace {
    let folder: URL

    init(_ label: String = "journey-cli") {
        folder = TestPaths.temporaryFolder(label)
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: Data) throws -> URL {
        let url = url(name)
        try bytes.write(to: url)
        return url
    }

    /// A copy of a sample, under `name`.
    @discardableResult
    func copy(_ sample: URL, as name: String) throws -> URL {
        try write(name, bytes: Data(contentsOf: sample))
    }

    func read(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    func text(_ name: String) throws -> String { String(decoding: try read(name), as: UTF8.self) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url(name).path) }

    /// Every name in the folder, hidden ones included, sorted.
    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// Runs `journey` with the arguments, in this folder, so that paths can be relative.
    func run(_ arguments: [String], input: Data? = nil) throws -> CommandResult {
        try JourneyBinary.run(arguments, in: folder, input: input)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension CommandResult {
    /// Standard output and standard error together.
    var allText: String { output + errors }
}

/// Texts the CLI tests use.
enum CLIText {
    /// A file with a typo in a field name (14:9), a dangling actor reference (19:27) and a
    /// score off the 1–5 scale (20:26); nothing else is wrong with it.
    static let broken = JourneyFixtures.threeProblems

    /// A small clean journey.
    static let clean = """
        journey: demo
        title: Demo
        personas:
          - id: anna
            name: Anna
          - id: ben
            name: Ben
        stages:
          - id: visit
            name: Visit
            touchpoints:
              - id: web
                title: Website
                channel: web
                emotions: {anna: 3, ben: 2}
              - id: pay
                title: Payment
                channel: app
                emotions: {anna: 4, ben: 5}

        """

    /// Touchpoint "web" of a small journey, with extra lines (indented eight spaces) from line 12.
    static func journey(touchpointLines: [String]) -> String {
        JourneyFixtures.journey(touchpointLines: touchpointLines)
    }
}

/// A hostile or broken input, the bytes of a file that `journey` must refuse without crashing.
struct HostileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: Data
    /// The rule the file must be refused with (the first finding).
    var code: String

    var fileName: String { "hostile-\(name).yaml" }
    var testDescription: String { name }

    init(_ name: String, _ text: String, code: String) {
        self.init(name, bytes: Data(text.utf8), code: code)
    }

    init(_ name: String, bytes: Data, code: String) {
        self.name = name
        self.bytes = bytes
        self.code = code
    }

    static let all: [HostileCase] = {
        let header = "journey: demo\ntitle: ok\n"
        var cases = [
            HostileCase("syntax-error", "journey: demo\ntitle: Demo\n  bad: indent\n", code: "FILE-SYNTAX"),
            HostileCase("unclosed-list", "journey: demo\ntitle: [unclosed\n", code: "FILE-SYNTAX"),
            HostileCase("unknown-field", CLIText.journey(touchpointLines: ["chanel: web", "emotions: {anna: 3}"]), code: "FILE-UNKNOWN-FIELD"),
            HostileCase("missing-title", "journey: demo\nowner: Someone\n", code: "FILE-MISSING-FIELD"),
            HostileCase("quoted-score", CLIText.journey(touchpointLines: ["emotions: {anna: \"4\"}"]), code: "FILE-WRONG-TYPE"),
            HostileCase("list-as-text", CLIText.journey(touchpointLines: ["channel: [web, app]", "emotions: {anna: 3}"]), code: "FILE-WRONG-TYPE"),
            HostileCase("invalid-lane", CLIText.journey(touchpointLines: ["lane: frontstge", "emotions: {anna: 3}"]), code: "FILE-INVALID-VALUE"),
            HostileCase("duplicate-key", "journey: demo\ntitle: Demo\ntitle: Again\n", code: "FILE-DUPLICATE-KEY"),
            HostileCase("python-tag", "journey: demo\ntitle: !!python/object/apply:os.system [\"touch pwned\"]\n", code: "FILE-UNSUPPORTED-TAG"),
            HostileCase("tagged-key", "journey: demo\n!!python/object/apply:os.system title: Demo\n", code: "FILE-UNSUPPORTED-TAG"),
            HostileCase("two-documents", "journey: demo\ntitle: Demo\n---\njourney: other\ntitle: Other\n", code: "FILE-MULTIPLE-DOCUMENTS"),
            HostileCase("empty", "", code: "FILE-EMPTY"),
            HostileCase("only-comments", "# nothing yet\n", code: "FILE-EMPTY"),
            HostileCase("invalid-utf8", bytes: Data(header.utf8) + Data("owner: ab".utf8) + Data([0xFF, 0x0A]), code: "FILE-ENCODING"),
            HostileCase("latin1", bytes: "journey: demo\ntitle: Café au lait\n".data(using: .isoLatin1)!, code: "FILE-ENCODING"),
            HostileCase("utf16-odd-length", bytes: Data([0xFF, 0xFE, 0x6A, 0x00, 0x6F]), code: "FILE-ENCODING"),
            HostileCase("utf32", bytes: Data([0xFF, 0xFE, 0x00, 0x00, 0x6A, 0x00, 0x00, 0x00]), code: "FILE-ENCODING"),
            HostileCase("nul-byte", bytes: Data("journey: demo\ntitle: a".utf8) + Data([0x00]) + Data("b\n".utf8), code: "FILE-ENCODING"),
            HostileCase("deep-flow", "journey: demo\ntitle: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n", code: "FILE-TOO-COMPLEX"),
            HostileCase("deep-block", deepBlock(), code: "FILE-TOO-COMPLEX"),
            HostileCase("deep-tagged-flow", "journey: demo\ntitle: " + String(repeating: "!!seq [", count: 10_000) + String(repeating: "]", count: 10_000) + "\n", code: "FILE-TOO-COMPLEX"),
            HostileCase("alias-bomb-goals", aliasBombInGoals(), code: "FILE-WRONG-TYPE"),
            HostileCase("alias-bomb-walked", walkedAliasBomb(width: 20), code: "FILE-TOO-COMPLEX"),
            HostileCase("recursive-alias", "journey: demo\ntitle: Demo\npersonas: &a\n  - *a\n", code: "FILE-SYNTAX"),
            HostileCase("huge-scalar-score", CLIText.journey(touchpointLines: ["emotions: {anna: \"" + String(repeating: "9", count: 16 * 1024 * 1024) + "\"}"]), code: "FILE-WRONG-TYPE"),
        ]
        // Not finite: refused as an invalid value ("a number here must be finite"), as the JSON
        // Schema refuses it (Tests/JourneyFormatsTests/SchemaReaderAgreementTests.swift).
        for (label, score) in [("nan", ".nan"), ("inf", ".inf"), ("1e999", "1e999")] {
            cases.append(HostileCase("score-\(label)", CLIText.journey(touchpointLines: ["emotions: {anna: \(score)}"]),
                code: "FILE-INVALID-VALUE"))
        }
        return cases
    }()

    static func deepBlock() -> String {
        var lines = ["journey: demo", "title: Demo", "description:"]
        for level in 1..<1_000 { lines.append(String(repeating: "  ", count: level) + "k:") }
        lines.append(String(repeating: "  ", count: 1_000) + "k: v")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nine anchors, each a list of nine aliases to the one before, as goals of a persona.
    static func aliasBombInGoals() -> String {
        var lines = ["journey: demo", "title: Demo", "personas:", "  - id: p", "    name: P", "    goals:"]
        lines.append("      - &l0 [" + Array(repeating: "lol", count: 9).joined(separator: ", ") + "]")
        for level in 1..<9 {
            lines.append("      - &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        lines.append("      - [" + Array(repeating: "*l8", count: 9).joined(separator: ", ") + "]")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Aliased stages × aliased touchpoints × aliased readings × evidence lists.
    static func walkedAliasBomb(width: Int) -> String { JourneyFixtures.walkedAliasBomb(width: width) }
}
