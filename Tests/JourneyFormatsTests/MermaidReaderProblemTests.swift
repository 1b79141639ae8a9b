import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// What the Mermaid reader refuses (problems, with line and column) and what it reads past
/// (warnings, with their place): no text is lost without a message.
@Suite("Mermaid journey: problems and warnings")
struct MermaidReaderProblemTests {
    @Test("an empty file, or one of blank lines, is a problem at 1:1 and no design")
    func empty() {
        for text in ["", "\n\n   \n", "\u{FEFF}"] {
            let decoded = MermaidTest.read(text)
            #expect(decoded.design == nil)
            #expect(decoded.problems.map(\.location) == [MermaidTest.at(1, 1)])
            #expect(decoded.problems.first?.message.contains("`journey`") == true)
        }
    }

    @Test("a file without the journey keyword is a problem at its first line")
    func noKeyword() {
        let graph = MermaidTest.read("\n%% comment\n  graph TD\n  A --> B\n")
        #expect(graph.design == nil)
        #expect(graph.problems.map(\.location) == [MermaidTest.at(3, 3)])
        #expect(graph.problems.map(\.code) == ["FILE-SYNTAX"])
        #expect(graph.problems[0].message.contains("graph TD"))
        let yaml = MermaidTest.read("journey: demo\ntitle: Demo\n")
        #expect(yaml.design == nil)
        #expect(yaml.problems[0].message.contains("YAML"))
        let fenced = MermaidTest.read("```mermaid\njourney\n```\n")
        #expect(fenced.problems.map(\.location) == [MermaidTest.at(1, 1)])
        #expect(fenced.problems[0].message.contains("Markdown fence"))
        let onlyFrontMatter = MermaidTest.read("---\ntitle: T\n---\n")
        #expect(onlyFrontMatter.design == nil)
        #expect(onlyFrontMatter.problems.map(\.location) == [MermaidTest.at(3, 1)])
    }

    @Test("a score that is not a number is a problem at its line and column", arguments: [
        ("Make tea: Hello: Me", "Hello", 11, "a number from 1"),
        ("Get car keys: Dad", "Dad", 15, "old syntax"),
        ("Make tea: {{SATISFACTION_SCORE}}: Me", "{{SATISFACTION_SCORE}}", 11, "placeholder"),
        ("title: My day", "My day", 8, "title Text"),
        ("Make tea:", "", 10, "no score"),
        ("Make tea: : Me", "", 10, "no score"),
    ])
    func notANumber(_ line: String, _ value: String, _ column: Int, _ hint: String) throws {
        let decoded = MermaidTest.read("journey\nsection S\n" + line + "\n")
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problems.count == 1)
        #expect(problem.location == MermaidTest.at(3, column))
        #expect(problem.code == "FILE-INVALID-VALUE")
        #expect(problem.message.contains("\"\(value)\""))
        #expect(problem.message.contains(hint))
        // The rest of the diagram is still read, so that the design can be looked at.
        #expect(decoded.design?.stages.count == 1)
    }

    @Test("a negative score or one above 10 is a problem (Mermaid's tests reject -10 and 23)", arguments: ["-10", "-1", "23", "10.5"])
    func outOfRange(_ score: String) throws {
        let decoded = MermaidTest.read("journey\n  section Go to work\n    Make tea: \(score): Me\n    Go upstairs: 3: Me\n")
        #expect(decoded.problems.map(\.location) == [MermaidTest.at(3, 15)])
        #expect(decoded.problems.map(\.code) == ["FILE-INVALID-VALUE"])
        #expect(decoded.design?.touchpoints.count == 2)
        #expect(decoded.design?.touchpoints[0].emotions.isEmpty == true)
    }

    @Test("a line that is no statement is a syntax problem at its first character")
    func garbage() {
        let decoded = MermaidTest.read("journey\n  title T\n  section S\n    this is not a task\n  : 3: Me\n")
        #expect(decoded.problems.map(\.location) == [MermaidTest.at(4, 5), MermaidTest.at(5, 3)])
        #expect(decoded.problems.map(\.code) == ["FILE-SYNTAX", "FILE-SYNTAX"])
        #expect(decoded.problems[0].message.contains("this is not a task"))
    }

    @Test("`//` does not start a comment in Mermaid: such lines are problems")
    func slashComments() {
        let decoded = MermaidTest.read("journey\n// title Draft\n//   Make tea: 5: Me\n")
        #expect(decoded.problems.map(\.location) == [MermaidTest.at(2, 1), MermaidTest.at(3, 1)])
        #expect(decoded.problems.allSatisfy { $0.message.contains("%%") })
    }

    @Test("a line starting with # is read as a comment, as Mermaid does, with a warning")
    func hashComment() {
        let decoded = MermaidTest.read("journey\n# Heading\nsection S\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 1)])
        #expect(decoded.design?.stages.map(\.name) == ["S"])
    }

    @Test("# and ; inside a line are kept as text, with a warning where Mermaid would cut or stop")
    func hashAndSemicolonInText() throws {
        let decoded = MermaidTest.read("journey\ntitle Trip #2\nsection A; B\nGet in: 5: Child#1, Mum\n")
        #expect(decoded.problems.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.title == "Trip #2")
        #expect(design.stages.map(\.name) == ["A; B"])
        #expect(design.personas.map(\.name) == ["Child#1", "Mum"])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 12), MermaidTest.at(3, 10), MermaidTest.at(4, 17)])
    }

    @Test("a colon in a section name is kept, with a warning")
    func colonInSection() {
        let decoded = MermaidTest.read("journey\nsection Day 1: arrival\n")
        #expect(decoded.design?.stages.map(\.name) == ["Day 1: arrival"])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 14)])
    }

    @Test("a style line such as `size: 2rem` is not a task: a warning, and it is not read")
    func styleLine() {
        let decoded = MermaidTest.read("journey\nsection S\n  A: 3: X\n\n  size: 2rem\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.touchpoints.map(\.title) == ["A"])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(5, 3)])
        #expect(decoded.warningMessages[0].contains("size: 2rem"))
    }

    @Test("text after the actors is not read, with a warning")
    func textAfterActors() {
        let decoded = MermaidTest.read("journey\nA: 3: Me: extra words\n")
        #expect(decoded.design?.personas.map(\.name) == ["Me"])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 11)])
        #expect(decoded.warningMessages[0].contains("extra words"))
    }

    @Test("a second title, journey line or empty title is read past with a warning")
    func repeatedStatements() {
        let decoded = MermaidTest.read("journey\ntitle One\njourney\ntitle Two\ntitle\naccTitle: \n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.title == "Two")
        #expect(decoded.warnings.map(\.location.line) == [3, 4, 5, 6])
    }

    @Test("an accDescr block that is never closed is a problem at its start")
    func unclosedBlock() {
        let decoded = MermaidTest.read("journey\ntitle T\naccDescr {\n  text\nsection S\n")
        #expect(decoded.problems.map(\.location) == [MermaidTest.at(3, 1)])
        #expect(decoded.problems[0].message.contains("accDescr"))
    }

    @Test("front matter: unclosed, or not YAML, is a problem at its place; unknown keys are warnings")
    func badFrontMatter() {
        let unclosed = MermaidTest.read("---\ntitle: T\njourney\n")
        #expect(unclosed.problems.map(\.location) == [MermaidTest.at(1, 1)])
        let broken = MermaidTest.read("---\ntitle: [unclosed\n---\njourney\n")
        #expect(broken.problems.map(\.code) == ["FILE-SYNTAX"])
        #expect(broken.problems.first.map { $0.location.line >= 2 && $0.location.line <= 3 } == true)
        let unknown = MermaidTest.read("---\ndisplayMode: compact\ntitle: T\n---\njourney\n")
        #expect(unknown.problems.isEmpty)
        #expect(unknown.design?.title == "T")
        #expect(unknown.warnings.map(\.location) == [MermaidTest.at(2, 1)])
    }

    @Test("a task that starts with the word journey is read, with a warning that Mermaid cannot")
    func journeyWord() {
        let decoded = MermaidTest.read("journey\nJourney planning: 4: Me\nJourneyman: 3: Me\n")
        #expect(decoded.design?.touchpoints.map(\.title) == ["Journey planning", "Journeyman"])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 1)])
    }

    @Test("bytes that are not UTF-8 are an encoding problem with their place")
    func notUTF8() {
        let decoded = MermaidTest.read(bytes: Array("journey\ntitle Caf".utf8) + [0xE9, 0x0A])
        #expect(decoded.design == nil)
        #expect(decoded.problems.map(\.code) == ["FILE-ENCODING"])
        #expect(decoded.problems.map(\.location) == [MermaidTest.at(2, 10)])
    }

    @Test("warnings and problems come in file order")
    func order() {
        let decoded = MermaidTest.read("journey\n%%{init: {}}%%\nsection S\nA: 9: X\nB: x: Y\n# note\nC: -1: Z\n")
        #expect(decoded.warnings.map(\.location) == decoded.warnings.map(\.location).sorted())
        #expect(decoded.problems.map(\.location.line) == [5, 7])
    }
}
