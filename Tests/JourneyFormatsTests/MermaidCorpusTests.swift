import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// The real diagrams in `../shared/corpus/mermaid` (see its PROVENANCE.md and NOTES.md). Without
/// `../shared` each test says so and passes without checking.
@Suite("Mermaid journey: the real-world corpus")
struct MermaidCorpusTests {
    @Test("every file imports, or gets a problem with its line; the INVALID ones get a problem")
    func everyFile() throws {
        let files = MermaidTest.corpusFiles
        guard !files.isEmpty else {
            print("../shared is absent: the Mermaid corpus is not checked")
            return
        }
        var imported: [String] = []
        for url in files {
            let name = url.lastPathComponent
            let decoded = MermaidJourney.decode(try Data(contentsOf: url), name: url.path)
            for finding in decoded.problems + decoded.warnings {
                #expect(finding.location.file == url.path, "\(name)")
                #expect(finding.location.line >= 1, "\(name): \(finding)")
                #expect(finding.location.column >= 1, "\(name): \(finding)")
            }
            if name.contains("INVALID") {
                #expect(!decoded.problems.isEmpty, "\(name) should have a problem")
            } else {
                let design = try #require(decoded.design, "\(name) should import")
                // A file Mermaid itself refuses (a task without a score, say) imports with its problems.
                if Self.clean.contains(String(name.prefix(3))) {
                    #expect(decoded.problems.isEmpty, "\(name): \(decoded.problems)")
                }
                guard decoded.problems.isEmpty else {
                    print("\(name): imported with \(decoded.problems.count) problem(s), first \(decoded.problems[0])")
                    continue
                }
                #expect(!design.title.isEmpty)
                // What the design holds is what JourneyKit's own format can hold: YAML and back.
                let yaml = JourneyFile.encode(design, as: .yaml)
                let back = JourneyFile.decode(Data(yaml.utf8), name: "back.yaml")
                #expect(back.problems.isEmpty, "\(name): \(back.problems)")
                #expect(back.design == design, "\(name)")
                imported.append(name)
            }
        }
        #expect(imported.count >= files.filter { Self.clean.contains(String($0.lastPathComponent.prefix(3))) }.count)
    }

    /// The files JourneyKit imports without a problem (in `032` the old `accDescription`, which
    /// Mermaid no longer reads, is only a warning).
    static let clean: Set<String> = [
        "001", "002", "003", "005", "008", "009", "010", "011", "013", "015", "016", "017", "019", "023", "026",
        "027", "028", "032", "033", "034", "035", "036", "037", "038", "040", "042", "044",
    ]

    @Test("every importable file exports to Mermaid and reads back the same (except widened scales)")
    func mermaidRoundTrip() throws {
        let files = MermaidTest.corpusFiles.filter { Self.clean.contains(String($0.lastPathComponent.prefix(3))) }
        guard !files.isEmpty else {
            print("../shared is absent: the Mermaid corpus round trip is not checked")
            return
        }
        for url in files {
            let name = url.lastPathComponent
            let design = try #require(MermaidJourney.decode(try Data(contentsOf: url), name: name).design)
            let export = MermaidJourney.encode(design)
            let again = MermaidJourney.decode(Data(export.text.utf8), name: name)
            #expect(again.problems.isEmpty, "\(name): \(again.problems)")
            #expect(again.warnings.isEmpty, "\(name): \(again.warnings)")
            if design.scale == .standard {
                #expect(again.design == design, "\(name)\n\(export.text)")
                #expect(MermaidJourney.encode(try #require(again.design)).text == export.text, "\(name)")
            } else {
                #expect(export.notes.contains { $0.contains("rescaled") }, "\(name)")
                #expect(again.design?.touchpoints.map(\.title) == design.touchpoints.map(\.title), "\(name)")
            }
        }
    }

    @Test("001: the documentation's example")
    func documentation() throws {
        guard let (_, decoded) = MermaidTest.corpus("001") else { return }
        let design = try #require(decoded.design)
        #expect(decoded.warnings.isEmpty)
        #expect(design.title == "My working day")
        #expect(design.stages.map(\.name) == ["Go to work", "Go home"])
        #expect(design.touchpoints.count == 5)
        #expect(design.scores(of: design.touchpoints[2]) == ["Me": 1, "Cat": 1])
    }

    @Test("003 and 028: accessibility title and description")
    func accessibility() throws {
        if let (_, decoded) = MermaidTest.corpus("003") {
            let design = try #require(decoded.design)
            #expect(design.summary == "My User Journey Diagram")
            #expect(design.description == "My User Journey Diagram Description")
            #expect(design.title == "My working day")
        }
        if let (_, decoded) = MermaidTest.corpus("028") {
            let design = try #require(decoded.design)
            #expect(design.description == "A user journey for family shopping")
            #expect(design.summary == nil)
            #expect(design.stages.map(\.name) == ["Order from website"])
            #expect(design.touchpoints.isEmpty)
        }
    }

    @Test("005: the title comes from indented YAML front matter")
    func frontMatterTitle() throws {
        guard let (_, decoded) = MermaidTest.corpus("005") else { return }
        let design = try #require(decoded.design)
        #expect(design.title == "My working day")
        #expect(design.summary == "Very simple journey demo")
        #expect(design.description == "2 main sections: work and home, each with just a few tasks")
        #expect(design.touchpoints.count == 5)
    }

    @Test("013: a repeated section name gives two stages; the long actor is one persona")
    func repeatedSection() throws {
        guard let (_, decoded) = MermaidTest.corpus("013") else { return }
        let design = try #require(decoded.design)
        #expect(design.title == "Web hook life cycle")
        #expect(design.stages.map(\.id.rawValue) == ["darkoob", "external-service", "darkoob-2"])
        #expect(design.touchpoints.map(\.stage.rawValue).filter { $0 == "darkoob-2" }.count == 2)
        #expect(design.personas.contains { $0.name.hasPrefix("Darkoob userf deliberately") })
    }

    @Test("017: tasks without actors keep their score, for the persona Everyone")
    func tasksWithoutActors() throws {
        guard let (_, decoded) = MermaidTest.corpus("017") else { return }
        let design = try #require(decoded.design)
        let engagement = design.touchpoints.filter { $0.stage == "engagement" }
        #expect(engagement.map { design.scores(of: $0) } == [["Everyone": 3], ["Everyone": 4]])
    }

    @Test("019: a stray `size: 2rem` and the front matter's config are warnings")
    func strayStyleLine() throws {
        guard let (url, decoded) = MermaidTest.corpus("019") else { return }
        #expect(decoded.problems.isEmpty)
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 1, file: url.path), MermaidTest.at(24, 9, file: url.path)])
        #expect(decoded.design?.touchpoints.count == 6)
    }

    @Test("021 and 022: scores -10 and 23 are problems at line 4, column 19")
    func invalidScores() throws {
        for number in ["021", "022"] {
            guard let (url, decoded) = MermaidTest.corpus(number) else { return }
            #expect(decoded.problems.map(\.location) == [MermaidTest.at(4, 19, file: url.path)])
            #expect(decoded.problems.map(\.code) == ["FILE-INVALID-VALUE"])
        }
    }

    @Test("023: a score of 7 widens the scale to 1–7; no title gives the file's name")
    func scoreSeven() throws {
        guard let (url, decoded) = MermaidTest.corpus("023") else { return }
        let design = try #require(decoded.design)
        #expect(design.scale == EmotionScale(min: 1, max: 7, neutral: 3))
        #expect(design.title == url.deletingPathExtension().lastPathComponent)
        #expect(design.summary == "simple journey demo")
        #expect(decoded.warnings.count == 1)
    }

    @Test("032: the legacy `accDescription` is read as the description, with a warning")
    func legacyDescription() throws {
        guard let (url, decoded) = MermaidTest.corpus("032") else { return }
        #expect(decoded.design?.description == "A user journey for family shopping")
        #expect(decoded.design?.title == "Adding journey diagram functionality to mermaid")
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(2, 1, file: url.path)])
    }

    @Test("037: colons aligned in a column, a repeated task name, parentheses in a section")
    func alignedColons() throws {
        guard let (_, decoded) = MermaidTest.corpus("037") else { return }
        let design = try #require(decoded.design)
        #expect(decoded.warnings.isEmpty)
        #expect(design.touchpoints.count == 9)
        #expect(design.touchpoints[0].title == "marketing info")
        #expect(design.scores(of: design.touchpoints[0]) == ["out of scope": 4])
        #expect(design.touchpoints.filter { $0.title == "api docs" }.map(\.id.rawValue) == ["api-docs", "api-docs-2"])
        #expect(design.stages.last?.name == "Advocate (generates new leads)")
        #expect(design.personas.map(\.name) == ["out of scope", "in scope"])
    }

    @Test("038: no space after a colon")
    func noSpaceAfterColon() throws {
        guard let (_, decoded) = MermaidTest.corpus("038") else { return }
        let design = try #require(decoded.design)
        let task = try #require(design.touchpoints.first { $0.title == "Enable kv secrets engine" })
        #expect(design.scores(of: task) == ["You": 5])
        #expect(design.touchpoints.count == 6)
    }

    @Test("040: emoji in the title and section names")
    func emoji() throws {
        guard let (_, decoded) = MermaidTest.corpus("040") else { return }
        let design = try #require(decoded.design)
        #expect(design.title == "👤 New Developer Onboarding")
        #expect(design.stages.map(\.id.rawValue) == ["day-1-setup", "week-1-integration", "month-1-productivity"])
        #expect(design.touchpoints.count == 11)
        #expect(design.touchpoints.last?.title == "Ship to production")
    }

    @Test("042: scores from 3 to 8 widen the scale to 1–8, with a warning at the first 6")
    func scoresToEight() throws {
        guard let (url, decoded) = MermaidTest.corpus("042") else { return }
        let design = try #require(decoded.design)
        #expect(design.scale == EmotionScale(min: 1, max: 8, neutral: 3))
        let scores = design.touchpoints.flatMap(\.emotions).map(\.score)
        #expect(scores.min() == 3)
        #expect(scores.max() == 8)
        #expect(design.touchpoints.count == 18)
        #expect(design.stages.count == 6)
        #expect(design.personas.map(\.name) == ["Beginner", "Intermediate", "Advanced", "Expert"])
        #expect(decoded.warnings.map(\.location) == [MermaidTest.at(16, 31, file: url.path)])
    }

    @Test("044: Chinese text throughout")
    func chinese() throws {
        guard let (_, decoded) = MermaidTest.corpus("044") else { return }
        let design = try #require(decoded.design)
        #expect(design.title == "在线购物网站使用旅程")
        #expect(design.stages.map(\.name) == ["浏览商品", "加入购物车", "结算支付", "查看订单"])
        #expect(design.personas.map(\.name) == ["用户"])
        #expect(design.personas.map(\.id.rawValue) == ["用户"])
        #expect(design.touchpoints.first.map { design.scores(of: $0) } == ["用户": 4])
    }
}
