import Foundation
import JourneyTestSupport
import Testing

/// `journey convert`: YAML ↔ JSON, written atomically, never over its input, never from a
/// file with problems.
@Suite("journey convert")
struct ConvertCommandTests {
    /// True when a name looks like a temporary file left behind.
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".tmp") || name.hasSuffix("~")
    }

    @Test("YAML → JSON → YAML gives the same model, and leaves no temporary files", arguments: TestPaths.sampleFiles)
    func roundTrip(_ sample: URL) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.copy(sample, as: "in.yaml")

        let toJSON = try workspace.run(["convert", "in.yaml", "out.json"])
        #expect(!toJSON.crashed)
        #expect(toJSON.status == 0, "\(toJSON.allText)")
        let object = try #require(try JSONSerialization.jsonObject(with: workspace.read("out.json")) as? [String: Any])
        #expect(object["journey"] is String)
        #expect((object["stages"] as? [Any])?.isEmpty == false)

        let toYAML = try workspace.run(["convert", "out.json", "back.yaml"])
        #expect(toYAML.status == 0, "\(toYAML.allText)")
        let again = try workspace.run(["convert", "back.yaml", "again.json"])
        #expect(again.status == 0)
        // JSON is written from the model alone, so equal JSON means an equal model.
        #expect(try workspace.read("again.json") == workspace.read("out.json"))

        // Written YAML, read and written again, is the same text.
        let yamlAgain = try workspace.run(["convert", "again.json", "back-again.yaml"])
        #expect(yamlAgain.status == 0)
        #expect(try workspace.read("back-again.yaml") == workspace.read("back.yaml"))

        // The converted file validates clean, and its figures are the original's.
        let validate = try workspace.run(["validate", "--profile", "structural", "back.yaml"])
        #expect(validate.status == 0, "\(validate.allText)")
        let statsBefore = try workspace.run(["stats", "--format", "json", "in.yaml"])
        let statsAfter = try workspace.run(["stats", "--format", "json", "back.yaml"])
        #expect(statsBefore.status == 0)
        #expect(statsAfter.output == statsBefore.output)

        // The input is untouched and nothing else was left in the folder.
        #expect(try workspace.read("in.yaml") == Data(contentsOf: sample))
        #expect(workspace.names() == ["again.json", "back-again.yaml", "back.yaml", "in.yaml", "out.json"])
    }

    @Test("--to and --from override the extensions")
    func explicitFormats() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("journey.txt", CLIText.clean)
        let result = try workspace.run(["convert", "journey.txt", "journey.out", "--from", "yaml", "--to", "json"])
        #expect(result.status == 0, "\(result.allText)")
        let object = try JSONSerialization.jsonObject(with: workspace.read("journey.out")) as? [String: Any]
        #expect(object?["title"] as? String == "Demo")
    }

    @Test("`-` writes to standard output and no file")
    func toStandardOutput() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("clean.yaml", CLIText.clean)
        let result = try workspace.run(["convert", "clean.yaml", "-", "--to", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["journey"] as? String == "demo")
        #expect(workspace.names() == ["clean.yaml"])
    }

    @Test("converting a file onto itself is refused, and the input is unchanged byte for byte",
        arguments: ["in.yaml", "./in.yaml", "sub/../in.yaml", "ABSOLUTE", "link.yaml"])
    func refusesToOverwriteInput(_ output: String) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        // Comments and layout that a conversion would lose.
        let original = "# keep this comment\n" + CLIText.clean + "# and this one\n"
        try workspace.write("in.yaml", original)
        try FileManager.default.createDirectory(at: workspace.url("sub"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: workspace.url("link.yaml").path, withDestinationPath: "in.yaml")
        let target = output == "ABSOLUTE" ? workspace.url("in.yaml").path : output

        let result = try workspace.run(["convert", "in.yaml", target])
        #expect(!result.crashed)
        #expect(result.status == 1, "\(target): \(result.allText)")
        #expect(result.errors.contains("refusing to write over the input file"))
        #expect(try workspace.read("in.yaml") == Data(original.utf8))
        #expect(workspace.names() == ["in.yaml", "link.yaml", "sub"])

        // The same with a format change that would otherwise be allowed.
        let toJSON = try workspace.run(["convert", "in.yaml", target, "--to", "json"])
        #expect(toJSON.status == 1)
        #expect(try workspace.read("in.yaml") == Data(original.utf8))
    }

    @Test("a file with problems is not converted: nothing is written and the problems are printed")
    func writesNothingOnProblems() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        let result = try workspace.run(["convert", "broken.yaml", "out.json"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(!workspace.exists("out.json"))
        #expect(workspace.names() == ["broken.yaml"])
        #expect(result.errors.contains("broken.yaml:14:9: error[FILE-UNKNOWN-FIELD]"))
        #expect(result.errors.contains("nothing written"))
        #expect(result.output.isEmpty)
    }

    @Test("a file with problems leaves an existing output as it was")
    func keepsExistingOutputOnProblems() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        try workspace.write("out.json", "{\"previous\": true}\n")
        // --force: a hand-made out.json would be refused before the input is read (OverwriteTests).
        let result = try workspace.run(["convert", "broken.yaml", "out.json", "--force"])
        #expect(result.status == 1)
        #expect(try workspace.text("out.json") == "{\"previous\": true}\n")
        #expect(workspace.names() == ["broken.yaml", "out.json"])
    }

    @Test("an existing output is replaced whole, with no temporary file left")
    func replacesExistingOutput() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("clean.yaml", CLIText.clean)
        try workspace.write("out.json", String(repeating: "old content that is longer than the new file\n", count: 500))
        let result = try workspace.run(["convert", "clean.yaml", "out.json", "--force"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: workspace.read("out.json")) as? [String: Any]
        #expect(object?["journey"] as? String == "demo")
        #expect(!(try workspace.text("out.json")).contains("old content"))
        #expect(workspace.names() == ["clean.yaml", "out.json"])
        #expect(!workspace.names().contains(where: Self.isLeftover))
    }

    @Test("a missing input or output folder exits 1, naming the path, and writes nothing")
    func missingPaths() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let missing = try workspace.run(["convert", "nowhere.yaml", "out.json"])
        #expect(!missing.crashed)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("nowhere.yaml"))
        try workspace.write("clean.yaml", CLIText.clean)
        let noFolder = try workspace.run(["convert", "clean.yaml", "no/such/folder/out.json"])
        #expect(!noFolder.crashed)
        #expect(noFolder.status == 1)
        #expect(noFolder.errors.contains("no/such/folder"))
        #expect(workspace.names() == ["clean.yaml"])
    }

    @Test("an output that is a folder is refused")
    func outputIsFolder() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("clean.yaml", CLIText.clean)
        try FileManager.default.createDirectory(at: workspace.url("out.json"), withIntermediateDirectories: false)
        let result = try workspace.run(["convert", "clean.yaml", "out.json"])
        #expect(result.status == 1)
        #expect(result.errors.contains("out.json"))
        #expect(workspace.names() == ["clean.yaml", "out.json"])
    }
}
