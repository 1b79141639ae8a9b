import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// Each element of Mermaid's journey grammar, read on its own.
@Suite("Mermaid journey: the grammar")
struct MermaidReaderTests {
    static let workingDay = """
        journey
          title My working day
          section Go to work
            Make tea: 5: Me
            Go upstairs: 3: Me
            Do work: 1: Me, Cat
          section Go home
            Go downstairs: 5: Me
            Sit down: 5: Me

        """

    @Test("the documentation's example: title, sections, tasks, actors and scores")
    func documentationExample() throws {
        let decoded = MermaidTest.read(Self.workingDay)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.warnings.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.title == "My working day")
        #expect(design.id == "test")
        #expect(design.kind == .planned)
        #expect(design.scale == .standard)
        #expect(design.stages.map(\.name) == ["Go to work", "Go home"])
        #expect(design.stages.map(\.id) == ["go-to-work", "go-home"])
        #expect(design.touchpoints.map(\.title) == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"])
        #expect(design.touchpoints.map(\.id.rawValue) == ["make-tea", "go-upstairs", "do-work", "go-downstairs", "sit-down"])
        #expect(design.touchpoints.map(\.stage.rawValue) == ["go-to-work", "go-to-work", "go-to-work", "go-home", "go-home"])
        #expect(design.personas.map(\.name) == ["Me", "Cat"])
        #expect(design.actors.map(\.name) == ["Me", "Cat"])
        #expect(design.actors.allSatisfy { $0.kind == .customer })
        #expect(design.actors.map(\.id.rawValue) == design.personas.map(\.id.rawValue))
        let doWork = design.touchpoints[2]
        #expect(doWork.actors == ["me", "cat"])
        #expect(doWork.personas == ["me", "cat"])
        #expect(design.scores(of: doWork) == ["Me": 1, "Cat": 1])
        #expect(doWork.emotions.allSatisfy { $0.basis == .target })
        #expect(doWork.origin.location == MermaidTest.at(6, 5))
        #expect(doWork.origin.location(of: "emotions.cat") == MermaidTest.at(6, 14))
        #expect(design.stages[1].origin.location == MermaidTest.at(7, 11))
    }

    @Test("the title defaults to the file's name; the id is made from it")
    func titleDefault() throws {
        let design = try #require(MermaidTest.read("journey\nsection A\n  T: 3: X\n", name: "docs/My Trip.mmd").design)
        #expect(design.title == "My Trip")
        #expect(design.id == "my-trip")
        let stdin = try #require(MermaidTest.read("journey\n", name: "-").design)
        #expect(stdin.title == "Journey")
        #expect(stdin.id == "journey")
        #expect(MermaidTest.read("journey\n", name: "<stdin>").design?.title == "Journey")
    }

    @Test("accTitle and accDescr become the summary and the description")
    func accessibility() throws {
        let decoded = MermaidTest.read("journey\n  accTitle: Short title\n  accDescr: Two sections: work, home\n  title T\n")
        #expect(decoded.warnings.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.summary == "Short title")
        #expect(design.description == "Two sections: work, home")
        #expect(design.title == "T")
    }

    @Test("an accDescr { … } block keeps its lines, also when } shares a line with the next keyword")
    func descriptionBlock() throws {
        let text = "journey\naccDescr {\n        A user journey for\n\n        family shopping\n      }title Adding journey\naccTitle: Acc\nsection Order\n"
        let decoded = MermaidTest.read(text)
        #expect(decoded.problems.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.description == "A user journey for\n\nfamily shopping")
        #expect(design.title == "Adding journey")
        #expect(design.summary == "Acc")
        #expect(design.stages.map(\.name) == ["Order"])
        let oneLine = try #require(MermaidTest.read("journey\naccDescr{ Short one }section S\n").design)
        #expect(oneLine.description == "Short one")
        #expect(oneLine.stages.map(\.name) == ["S"])
    }

    @Test("the old `accDescription text` is read as the description, with a warning")
    func legacyDescription() throws {
        let decoded = MermaidTest.read("journey\naccDescription A user journey for family shopping\ntitle T\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.description == "A user journey for family shopping")
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 1)])
        #expect(decoded.warningMessages[0].contains("accDescription"))
    }

    @Test("task lines in every spacing: aligned colons, no space after a colon, no actors, an empty actor field")
    func taskForms() throws {
        let text = """
            journey
            section Documentation
            A task:            5: Alice, Bob,Charlie
            B task: 3:Bob, Charlie
            C task : 5
            D task:4:Charlie
            E task: 5:
            """
        let decoded = MermaidTest.read(text)
        #expect(decoded.problems.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.touchpoints.map(\.title) == ["A task", "B task", "C task", "D task", "E task"])
        #expect(design.touchpoints.map { design.scores(of: $0) } == [
            ["Alice": 5, "Bob": 5, "Charlie": 5], ["Bob": 3, "Charlie": 3], ["Everyone": 5], ["Charlie": 4], ["Everyone": 5],
        ])
        #expect(design.personas.map(\.name) == ["Alice", "Bob", "Charlie", "Everyone"])
        // "Everyone" holds scores but is not an actor of the diagram.
        #expect(design.actors.map(\.name) == ["Alice", "Bob", "Charlie"])
        #expect(design.touchpoints[2].actors.isEmpty)
        #expect(design.touchpoints[2].personas.isEmpty)
        #expect(design.persona("everyone")?.description?.contains("no actor") == true)
        // `E task: 5:` names an empty actor: one warning, at its place.
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(7, 11)])
    }

    @Test("an actor named twice in one task gives one reading; an actor in many tasks is one persona")
    func repeatedActors() throws {
        let design = try #require(MermaidTest.read("journey\nsection S\nA: 2: Me, Me\nB: 4: Me\n").design)
        #expect(design.personas.count == 1)
        #expect(design.touchpoints[0].emotions.count == 1)
        #expect(design.touchpoints[0].actors == ["me"])
    }

    @Test("comments (%%) are skipped; a %%{init}%% directive is ignored with a warning, also over several lines")
    func commentsAndDirectives() throws {
        let text = """
            %%{init: {'theme': 'forest'}}%%
            %% a comment before the keyword
            journey
              %% a comment
              title T
              %%{init: {
                'theme': 'dark'
              }}%%
              section S
                A: 3: X
            """
        let decoded = MermaidTest.read(text)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(1, 1), MermaidTest.at(6, 3)])
        #expect(decoded.warningMessages.allSatisfy { $0.contains("directive") })
        let design = try #require(decoded.design)
        #expect(design.stages.map(\.name) == ["S"])
        #expect(design.touchpoints.map(\.title) == ["A"])
    }

    @Test("YAML front matter: the title is read, config is ignored with a warning, also when indented")
    func frontMatter() throws {
        let text = "\n    ---\n    title: My working day\n    config:\n      theme: forest\n    ---\n\n     journey\n    section S\n      A: 3: Me\n"
        let decoded = MermaidTest.read(text)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.title == "My working day")
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(4, 5)])
        #expect(decoded.warningMessages[0].contains("config"))
        // A title line wins over the front matter's, as in Mermaid, with a warning.
        let both = MermaidTest.read("---\ntitle: Front\n---\njourney\ntitle Line\n")
        #expect(both.design?.title == "Line")
        #expect(both.warnings.map(\.location) == [MermaidTest.at(5, 1)])
    }

    @Test("CRLF, tabs, a byte-order mark, trailing white space and no final newline read the same")
    func whitespaceVariants() throws {
        let plain = try #require(MermaidTest.read(Self.workingDay).design)
        let crlf = Self.workingDay.replacingOccurrences(of: "\n", with: "\r\n")
        let tabs = Self.workingDay.replacingOccurrences(of: "    ", with: "\t\t")
        let trailing = Self.workingDay.replacingOccurrences(of: "\n", with: "  \t\n")
        let unterminated = String(Self.workingDay.dropLast())
        for variant in [crlf, tabs, trailing, unterminated] {
            let decoded = MermaidTest.read(variant)
            #expect(decoded.problems.isEmpty)
            #expect(decoded.warnings.isEmpty)
            #expect(decoded.design == plain)
        }
        let bom = MermaidTest.read(bytes: [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
        #expect(bom.design == plain)
        #expect(bom.problems.isEmpty)
        // Lines of a CRLF file are counted as in the file.
        let broken = MermaidTest.read("journey\r\nsection S\r\n  nonsense\r\n")
        #expect(broken.problems.map(\.location) == [MermaidTest.at(3, 3)])
    }

    @Test("keywords are read in any letter case, as Mermaid's lexer does")
    func letterCase() throws {
        let design = try #require(MermaidTest.read("JOURNEY\nTitle T\nSECTION S\nAccTitle: A\nA: 3: X\n").design)
        #expect(design.title == "T")
        #expect(design.summary == "A")
        #expect(design.stages.map(\.name) == ["S"])
    }

    @Test("tasks before any section go to a stage named after the title, or \"Journey\"")
    func tasksBeforeSection() throws {
        let titled = try #require(MermaidTest.read("journey\nA: 3: X\ntitle Trip\nsection S\nB: 4: X\n").design)
        #expect(titled.stages.map(\.name) == ["Trip", "S"])
        #expect(titled.touchpoints.map(\.stage.rawValue) == ["trip", "s"])
        let untitled = try #require(MermaidTest.read("journey\nA: 3: X\n").design)
        #expect(untitled.stages.map(\.name) == ["Journey"])
    }

    @Test("section names with <br> in its spellings become line breaks")
    func sectionLineBreaks() throws {
        let design = try #require(MermaidTest.read("journey\nsection Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5 <BR> Line6\n").design)
        #expect(design.stages[0].name == "Line1\nLine2\nLine3\nLine4\nLine5\nLine6")
        #expect(design.stages[0].id == "line1-line2-line3-line4-line5-line6")
    }

    @Test("ids are slugs, unique, with accents folded and other scripts kept")
    func identifiers() throws {
        let text = "journey\nsection Darkoob\napi docs: 3: Čebelar Žan\napi docs: 4: 用户\nsection Darkoob\n📋: 3: 🙂\nsection 📋 Day 1 Setup\n"
        let design = try #require(MermaidTest.read(text).design)
        #expect(design.stages.map(\.id.rawValue) == ["darkoob", "darkoob-2", "day-1-setup"])
        #expect(design.touchpoints.map(\.id.rawValue) == ["api-docs", "api-docs-2", "task-3"])
        #expect(design.personas.map(\.id.rawValue) == ["cebelar-zan", "用户", "actor-3"])
        #expect(design.touchpoints[2].title == "📋")
    }

    @Test("scores above 5 widen the scale up to the highest, with a warning; 0 lowers it to 0")
    func widenedScale() throws {
        let decoded = MermaidTest.read("journey\nsection S\nA: 3: X\nB: 8: X\nC: 6.5: X\n")
        #expect(decoded.problems.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.scale == EmotionScale(min: 1, max: 8, neutral: 3))
        #expect(design.touchpoints.map { design.scores(of: $0)["X"] } == [3, 8, 6.5])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(4, 4)])
        #expect(decoded.warningMessages[0].contains("1–8"))
        let ten = try #require(MermaidTest.read("journey\nA: 10: X\nB: 0: X\n").design)
        #expect(ten.scale == EmotionScale(min: 0, max: 10, neutral: 3))
    }
}
