import Foundation
import JourneyTestSupport
import Testing

/// `journey init`: each template gives no finding under the default profile; an existing file
/// is kept unless --force.
@Suite("journey init")
struct InitCommandTests {
    @Test("each template writes a file with no finding under the default profile", arguments: [
        ("starter", 5, ["sam"]), ("blueprint", 6, ["commuter", "racer"]),
    ])
    func templateValidates(_ template: String, _ touchpoints: Int, _ personas: [String]) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["init", "\(template).yaml", "--template", template])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.hasPrefix("Wrote \(template).yaml"))
        #expect(result.output.contains("journey validate \(template).yaml"))
        #expect(workspace.names() == ["\(template).yaml"])

        // The default profile (design), warnings failing: not one finding, not even a note.
        let validate = try workspace.run(["validate", "--strict", "\(template).yaml"])
        #expect(validate.status == 0, "\(validate.allText)")
        #expect(validate.output.split(separator: "\n").count == 1, "\(validate.output)")
        #expect(validate.output.contains("ok — \(touchpoints) touchpoints"))
        #expect(validate.output.contains("no problems"))

        // The template's comments are there for the reader.
        #expect(try workspace.text("\(template).yaml").hasPrefix("# "))

        let stats = try workspace.run(["stats", "\(template).yaml"])
        #expect(stats.status == 0)
        for persona in personas { #expect(stats.output.contains("\n  \(persona)\n")) }
    }

    @Test("each template converts YAML → JSON → YAML to the same model", arguments: ["starter", "blueprint"])
    func templateRoundTrip(_ template: String) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["init", "t.yaml", "--template", template]).status == 0)
        #expect(try workspace.run(["convert", "t.yaml", "t.json"]).status == 0)
        #expect(try workspace.run(["convert", "t.json", "t2.yaml"]).status == 0)
        #expect(try workspace.run(["convert", "t2.yaml", "t2.json"]).status == 0)
        #expect(try workspace.read("t2.json") == workspace.read("t.json"))
        #expect(try workspace.run(["validate", "--profile", "structural", "t2.yaml"]).status == 0)
        #expect(workspace.names() == ["t.json", "t.yaml", "t2.json", "t2.yaml"])
    }

    @Test("without a path, init writes journey.yaml from the starter template")
    func defaultPath() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["init"])
        #expect(result.status == 0)
        #expect(workspace.names() == ["journey.yaml"])
        #expect(try workspace.text("journey.yaml").contains("journey: library-card"))
    }

    @Test("an existing file is not replaced without --force, and is replaced with it")
    func refusesToOverwrite() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let mine = "# my own journey, do not lose\njourney: mine\ntitle: Mine\n"
        try workspace.write("journey.yaml", mine)

        let refused = try workspace.run(["init", "journey.yaml", "--template", "blueprint"])
        #expect(!refused.crashed)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("journey.yaml: exists and was not written by JourneyKit"))
        #expect(refused.errors.contains("--force"))
        #expect(try workspace.read("journey.yaml") == Data(mine.utf8))
        #expect(workspace.names() == ["journey.yaml"])

        let forced = try workspace.run(["init", "journey.yaml", "--template", "blueprint", "--force"])
        #expect(forced.status == 0)
        #expect(try workspace.text("journey.yaml").contains("journey: bike-repair"))
        #expect(try workspace.run(["validate", "--profile", "structural", "journey.yaml"]).status == 0)
        #expect(workspace.names() == ["journey.yaml"])
    }

    @Test("init into a folder that does not exist exits 1 and writes nothing")
    func missingFolder() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(["init", "nowhere/journey.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.errors.contains("nowhere"))
        #expect(workspace.names().isEmpty)
    }
}

/// `journey stats`: the figures of a journey.
@Suite("journey stats")
struct StatsCommandTests {
    /// The touchpoint count and persona ids of a journey, read from its JSON conversion.
    static func facts(of file: URL) throws -> (touchpoints: Int, personas: [String]) {
        let result = try JourneyBinary.run(["convert", file.path, "-", "--to", "json"])
        guard result.status == 0,
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        else { return (-1, []) }
        let stages = object["stages"] as? [[String: Any]] ?? []
        let touchpoints = stages.reduce(0) { $0 + (($1["touchpoints"] as? [Any])?.count ?? 0) }
        let personas = (object["personas"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        return (touchpoints, personas)
    }

    @Test("stats on a sample prints the touchpoint count and each persona id", arguments: TestPaths.sampleFiles)
    func sampleStats(_ sample: URL) throws {
        try #require(JourneyBinary.url != nil)
        let facts = try Self.facts(of: sample)
        #expect(facts.touchpoints > 0)
        #expect(!facts.personas.isEmpty)

        let result = try JourneyBinary.run(["stats", sample.path])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let touchpointLine = try #require(lines.first { $0.hasPrefix("  touchpoints ") })
        #expect(touchpointLine.split(separator: " ").last.map(String.init) == String(facts.touchpoints))
        for persona in facts.personas {
            #expect(lines.contains("  \(persona)"), "persona \(persona) in\n\(result.output)")
        }
    }

    @Test("stats of a small journey, as text and as JSON")
    func smallJourney() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("clean.yaml", CLIText.clean)
        let text = try workspace.run(["stats", "clean.yaml"])
        #expect(text.status == 0)
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Demo (demo)")
        #expect(lines.contains { $0.hasPrefix("  touchpoints ") && $0.hasSuffix(" 2") })
        #expect(lines.contains { $0.hasPrefix("  personas ") && $0.hasSuffix(" 2") })
        #expect(lines.contains("  anna"))
        #expect(lines.contains("  ben"))
        #expect(lines.contains("    lowest      2 at web"))
        #expect(lines.contains("    highest     5 at pay"))

        let json = try workspace.run(["stats", "--format", "json", "clean.yaml"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["counts"] as? [String: Any])?["touchpoints"] as? Int == 2)
        #expect((object["curves"] as? [[String: Any]])?.compactMap { $0["persona"] as? String } == ["anna", "ben"])
    }

    @Test("stats on a file with problems exits 1, printing them with the file's name")
    func brokenFile() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.yaml", CLIText.broken)
        let result = try workspace.run(["stats", "broken.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.errors.contains("broken.yaml:14:9: error[FILE-UNKNOWN-FIELD]"))
        #expect(result.output.isEmpty)
        let missing = try workspace.run(["stats", "gone.yaml"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("gone.yaml"))
    }
}
