import Foundation
import JourneyTestSupport
import Testing

/// The YAML mistakes a new user makes, as the built `journey` prints them: the finding's line,
/// the source line with a caret under the column, and the fix.
@Suite("journey on YAML mistakes: source line, caret, fix")
struct SyntaxMessageCLITests {
    /// Touchpoint "web" of the fixture, then a second touchpoint whose title holds `: ` (line 13).
    static let colonInTitle = CLIText.journey(touchpointLines: []) + "      - id: form\n        title: Step 2: finds the form\n"

    /// The column of the `^` in a caret line and of a text in the source line above it.
    static func column(of text: String, in line: String) -> Int? {
        line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
    }

    @Test("validate shows the line, a caret under the colon, and the quoted form; the quoted file reads")
    func validateColonInText() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("form.yaml", Self.colonInTitle)
        let result = try workspace.run(["validate", "--profile", "structural", "form.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("form.yaml:13:22: error[FILE-SYNTAX]: ") }, "\(result.output)")
        #expect(lines[first].contains("colon followed by a space"))
        try #require(lines.count > first + 3)
        #expect(lines[first + 1] == "    13 |         title: Step 2: finds the form")
        #expect(lines[first + 2].hasPrefix("       | ") && lines[first + 2].hasSuffix("^"))
        // The caret is under the second colon, the one that ends the text.
        let caret = try #require(Self.column(of: "^", in: lines[first + 2]))
        let colon = try #require(Self.column(of: ": finds", in: lines[first + 1]))
        #expect(caret == colon)
        #expect(lines[first + 3] == "  help: put the text in quotes: title: \"Step 2: finds the form\"")
        #expect(lines.contains("form.yaml: 1 error"))

        // The fix the help line gives makes the file read.
        try workspace.write("form.yaml", Self.colonInTitle.replacingOccurrences(of: "title: Step 2: finds the form", with: "title: \"Step 2: finds the form\""))
        let fixed = try workspace.run(["validate", "--profile", "structural", "--quiet", "form.yaml"])
        #expect(!fixed.output.contains("FILE-"), "\(fixed.output)")
    }

    @Test("--format json keeps the message and the help, with no source drawing")
    func jsonKeepsHint() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("tab.yaml", CLIText.journey(touchpointLines: []) + "\tchannel: web\n")
        let result = try workspace.run(["validate", "--profile", "structural", "--format", "json", "tab.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        let finding = try #require((file["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "FILE-SYNTAX")
        #expect(finding["line"] as? Int == 12 && finding["column"] as? Int == 1)
        #expect((finding["message"] as? String)?.contains("a tab indents this line") == true)
        #expect(finding["hint"] as? String == "replace the tab with spaces: start \"channel\" at column 9 (after 8 spaces), in line with \"title\" on line 11")
        #expect(!result.output.contains(" | "))
    }

    @Test("render reports a missing id on standard error with the line, caret and suggested id")
    func renderMissingID() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("noid.yaml", CLIText.journey(touchpointLines: []) + "      - title: Finds the form\n")
        let result = try workspace.run(["render", "noid.yaml", "-o", "out.svg"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(!workspace.exists("out.svg"))
        let lines = result.errors.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("noid.yaml:12:9: error[FILE-MISSING-FIELD]: a touchpoint is missing its \"id\"") }, "\(result.errors)")
        try #require(lines.count > first + 3)
        #expect(lines[first + 1] == "    12 |       - title: Finds the form")
        #expect(Self.column(of: "^", in: lines[first + 2]) == Self.column(of: "title", in: lines[first + 1]))
        #expect(lines[first + 3].hasPrefix("  help: add a line `id: finds-the-form`"))
    }
}
