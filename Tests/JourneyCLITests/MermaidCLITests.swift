import Foundation
import JourneyTestSupport
import Testing

/// `journey convert` to and from Mermaid's journey diagram.
@Suite("journey convert: Mermaid")
struct MermaidCLITests {
    static let diagram = """
        ---
        title: My working day
        config:
          theme: forest
        ---
        journey
          section Go to work
            Make tea: 5: Me
            Do work: 1: Me, Cat
            size: 2rem
          section Go home
            Sit down: 4: Me
        """

    @Test("a .mmd file converts to YAML; what was read past is printed as warnings with file:line:col")
    func mermaidToYAML() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("day.mmd", Self.diagram)
        let result = try workspace.run(["convert", "day.mmd", "out.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("day.mmd:3:1: warning[FILE-TOLERATED]"))
        #expect(result.errors.contains("day.mmd:10:5: warning[FILE-TOLERATED]"))
        let yaml = try workspace.text("out.yaml")
        #expect(yaml.hasPrefix("journey: day\ntitle: My working day\n"))
        #expect(yaml.contains("name: Go home"))
        #expect(yaml.contains("kind: customer"))
        #expect(!yaml.contains("size"))
        // The YAML reads back and converts onwards.
        let onwards = try workspace.run(["convert", "out.yaml", "out.json"])
        #expect(onwards.status == 0, "\(onwards.allText)")
        let object = try JSONSerialization.jsonObject(with: workspace.read("out.json")) as? [String: Any]
        #expect((object?["stages"] as? [Any])?.count == 2)
        #expect(workspace.names() == ["day.mmd", "out.json", "out.yaml"])
    }

    @Test("a sample converts to .mmd; what Mermaid cannot carry is listed as `journey: note:`")
    func sampleToMermaid() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let sample = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml")
        let result = try JourneyBinary.run(["convert", sample.path, workspace.url("out.mmd").path])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.isEmpty)
        let notes = result.errors.split(separator: "\n").filter { $0.hasPrefix("journey: note: ") }
        #expect(notes.count >= 10)
        #expect(result.errors.contains("journey: note: pain points ("))
        #expect(result.errors.contains("journey: note: branches ("))
        #expect(!result.errors.contains("error"))
        let text = try workspace.text("out.mmd")
        #expect(text.hasPrefix("journey\n  title Outpatient visit at Riverside General Hospital – Cardiology\n"))
        #expect(text.contains("\n  section "))
        // What was written reads back without a problem.
        let back = try workspace.run(["convert", "out.mmd", "back.yaml"])
        #expect(back.status == 0, "\(back.allText)")
        #expect(!back.errors.contains("error"))
    }

    @Test("--to mermaid writes to standard output")
    func toStandardOutput() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("clean.yaml", CLIText.clean)
        let result = try workspace.run(["convert", "clean.yaml", "-", "--to", "mermaid"])
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output == "journey\n  title Demo\n  section Visit\n    Website: 3: Anna, Ben\n    Payment: 5: Anna, Ben\n")
        #expect(result.errors.contains("journey: note: touchpoints whose personas' scores differ (2)"))
        #expect(workspace.names() == ["clean.yaml"])
    }

    @Test("a broken .mmd exits 1 with file:line:col for each problem, and writes nothing")
    func brokenMermaid() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("broken.mmd", "journey\n  section Go to work\n    Make tea: Hello: Me\n    just some words\n")
        let result = try workspace.run(["convert", "broken.mmd", "out.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.errors.contains("broken.mmd:3:15: error[FILE-INVALID-VALUE]"))
        #expect(result.errors.contains("broken.mmd:4:5: error[FILE-SYNTAX]"))
        #expect(result.errors.contains("nothing written"))
        #expect(result.output.isEmpty)
        #expect(workspace.names() == ["broken.mmd"])
    }

    @Test("a file that is not a journey diagram, or empty, exits 1 at its line")
    func notAJourney() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("graph.mmd", "\ngraph TD\n  A --> B\n")
        try workspace.write("empty.mmd", "")
        let graph = try workspace.run(["convert", "graph.mmd", "out.yaml"])
        #expect(graph.status == 1)
        #expect(graph.errors.contains("graph.mmd:2:1: error[FILE-SYNTAX]"))
        let empty = try workspace.run(["convert", "empty.mmd", "out.yaml"])
        #expect(empty.status == 1)
        #expect(empty.errors.contains("empty.mmd:1:1: error[FILE-SYNTAX]"))
        #expect(workspace.names() == ["empty.mmd", "graph.mmd"])
    }
}
