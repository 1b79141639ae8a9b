import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// The Mermaid writer: the text it writes, the scores, the escapes and the notes.
@Suite("Mermaid journey: export")
struct MermaidWriterTests {
    /// A small design; `touchpoints` replaces its two touchpoints when given.
    static func design(title: String = "Visit", touchpoints: [Touchpoint]? = nil, scale: EmotionScale = .standard) -> ServiceDesign {
        var design = ServiceDesign(id: "visit", title: title, scale: scale)
        design.personas = [Persona(id: "anna", name: "Anna"), Persona(id: "ben", name: "Ben")]
        design.stages = [Stage(id: "arrive", name: "Arrive"), Stage(id: "leave", name: "Leave")]
        design.touchpoints = touchpoints ?? [
            Touchpoint(id: "door", title: "Door", stage: "arrive", emotions: [EmotionReading(persona: "anna", score: 4)]),
            Touchpoint(id: "pay", title: "Pay", stage: "leave",
                       emotions: [EmotionReading(persona: "anna", score: 2), EmotionReading(persona: "ben", score: 5)]),
        ]
        return design
    }

    static func touchpoint(_ title: String, _ readings: [(PersonaID, Double)] = [("anna", 3)], stage: StageID = "arrive") -> Touchpoint {
        Touchpoint(id: TouchpointID(MermaidTestSlug.of(title)), title: title, stage: stage,
                   emotions: readings.map { EmotionReading(persona: $0.0, score: $0.1) })
    }

    @Test("the text: journey, title, accTitle, accDescr, one section per stage, one task per touchpoint")
    func text() {
        var design = Self.design()
        design.summary = "Short"
        design.description = "Long description"
        let export = MermaidJourney.encode(design)
        #expect(export.text == """
            journey
              title Visit
              accTitle: Short
              accDescr: Long description
              section Arrive
                Door: 4: Anna
              section Leave
                Pay: 4: Anna, Ben

            """)
        #expect(JourneyFile.encode(design, as: .mermaid) == export.text)
        #expect(MermaidJourney.encode(design).text == export.text)
    }

    @Test("personas' different scores: the rounded mean (half away from zero), every persona named, and a note")
    func meanOfPersonas() throws {
        let export = MermaidJourney.encode(Self.design())
        #expect(export.text.contains("Pay: 4: Anna, Ben"))
        #expect(export.notes.contains { $0.hasPrefix("touchpoints whose personas' scores differ (1)") })
        #expect(export.notes.contains { $0.hasPrefix("scores that are not whole numbers on 1–5 (1)") })
        let back = try #require(MermaidJourney.decode(Data(export.text.utf8), name: "visit.mmd").design)
        #expect(back.scores(of: back.touchpoints[1]) == ["Anna": 4, "Ben": 4])
    }

    @Test("another scale is rescaled onto 1–5, with a note")
    func rescaling() {
        let design = Self.design(touchpoints: [
            Self.touchpoint("Low", [("anna", -2)]), Self.touchpoint("Zero", [("anna", 0)]), Self.touchpoint("High", [("anna", 2)]),
            Self.touchpoint("Half", [("anna", 1), ("ben", 2)]),
        ], scale: EmotionScale(min: -2, max: 2, neutral: 0))
        let export = MermaidJourney.encode(design)
        #expect(export.text.contains("Low: 1: Anna\n"))
        #expect(export.text.contains("Zero: 3: Anna\n"))
        #expect(export.text.contains("High: 5: Anna\n"))
        #expect(export.text.contains("Half: 5: Anna, Ben\n"))
        #expect(export.notes.contains("emotion scores were rescaled from the design's scale -2…2 to Mermaid's 1–5 (4 tasks)"))
    }

    @Test("a touchpoint without a reading gets the neutral score and no actor; Everyone is written as no actor")
    func neutralAndEveryone() throws {
        var design = Self.design(touchpoints: [
            Self.touchpoint("Backstage", []), Self.touchpoint("Sign", [("everyone", 2)]),
        ])
        design.personas.append(Persona(id: "everyone", name: "Everyone"))
        let export = MermaidJourney.encode(design)
        #expect(export.text.contains("    Backstage: 3\n"))
        #expect(export.text.contains("    Sign: 2\n"))
        #expect(export.notes.contains { $0.hasPrefix("touchpoints without an emotion reading (1)") })
        #expect(export.notes.contains { $0.hasPrefix("personas without a score on any touchpoint (2)") })
        let back = try #require(MermaidJourney.decode(Data(export.text.utf8), name: "x.mmd").design)
        #expect(back.scores(of: back.touchpoints[1]) == ["Everyone": 2])
        // An actor really named Everyone is written by name.
        design.actors = [Actor(id: "everyone", name: "Everyone", kind: .customer)]
        #expect(MermaidJourney.encode(design).text.contains("    Sign: 2: Everyone\n"))
    }

    @Test("readings outside the scale and a persona's second reading are left out, with notes")
    func droppedReadings() {
        let touchpoint = Touchpoint(id: "t", title: "T", stage: "arrive", emotions: [
            EmotionReading(persona: "anna", score: 9), EmotionReading(persona: "ben", score: 2, basis: .observed),
            EmotionReading(persona: "ben", score: 4, basis: .target),
        ])
        let export = MermaidJourney.encode(Self.design(touchpoints: [touchpoint]))
        #expect(export.text.contains("    T: 4: Ben\n"))
        #expect(export.notes.contains { $0.hasPrefix("emotion readings outside the design's scale (1)") })
        #expect(export.notes.contains { $0.hasPrefix("second readings of a persona at a touchpoint (1)") })
        #expect(export.notes.contains { $0.hasPrefix("observed readings (1)") })
    }

    @Test("each escape: the text written, the note, and what a reader gets back", arguments: [
        ("Check: in", "Check∶ in", "`:` in section"),
        ("Room #4", "Room ＃4", "`#` was written"),
        ("Pay; leave", "Pay； leave", "`;` was written"),
        ("100%% done", "100%％ done", "`%%` was written"),
        ("Two\nlines", "Two<br>lines", "line breaks in section and task names"),
        ("journey planning", "\u{200B}journey planning", "zero-width space"),
        ("Title of the visit", "\u{200B}Title of the visit", "zero-width space"),
        ("section two", "\u{200B}section two", "zero-width space"),
        ("accDescr { x", "\u{200B}accDescr { x", "zero-width space"),
        ("% off", "\u{200B}% off", "zero-width space"),
        ("// path", "\u{200B}// path", "zero-width space"),
        ("Bell\u{07}", "Bell", "control characters"),
    ])
    func taskNameEscapes(_ title: String, _ written: String, _ note: String) throws {
        let export = MermaidJourney.encode(Self.design(touchpoints: [Self.touchpoint(title)]))
        #expect(export.text.contains("\n    \(written): 3: Anna\n"), "\(export.text)")
        #expect(export.notes.contains { $0.contains(note) && $0.hasSuffix("(1×)") }, "\(export.notes)")
        let back = MermaidJourney.decode(Data(export.text.utf8), name: "x.mmd")
        #expect(back.problems.isEmpty)
        #expect(back.warnings.isEmpty)
        let expected = written.replacingOccurrences(of: "\u{200B}", with: "").replacingOccurrences(of: "<br>", with: "\n")
        #expect(back.design?.touchpoints.map(\.title) == [expected])
    }

    @Test("titles that need no escape are written as they are", arguments: ["Journeyman", "Titles", "Sections, ordered", "Café (1) – 50 % off", "accessible"])
    func noEscape(_ title: String) {
        let export = MermaidJourney.encode(Self.design(touchpoints: [Self.touchpoint(title)]))
        #expect(export.text.contains("\n    \(title): 3: Anna\n"))
        #expect(!export.notes.contains { $0.contains("was written") || $0.contains("were written as") })
    }

    @Test("persona names: `,` `:` `#` `;` and line breaks are replaced, and read back as one actor")
    func actorEscapes() throws {
        var design = Self.design()
        design.personas[0].name = "Anna, patient: #1; first\nvisit"
        let export = MermaidJourney.encode(design)
        #expect(export.text.contains("Door: 4: Anna‚ patient∶ ＃1； first visit\n"))
        #expect(export.notes.contains { $0.contains("`,` in persona names") && $0.hasSuffix("(2×)") })
        #expect(export.notes.contains { $0.contains("line breaks in the title") && $0.hasSuffix("(2×)") })
        let back = try #require(MermaidJourney.decode(Data(export.text.utf8), name: "x.mmd").design)
        #expect(back.personas.map(\.name) == ["Anna‚ patient∶ ＃1； first visit", "Ben"])
    }

    @Test("section names and the title: `:` is kept in the title, `#` and `;` replaced; line breaks")
    func sectionAndTitleEscapes() throws {
        var design = Self.design(title: "Visit: #2;\nsecond line")
        design.stages[0].name = "Day 1: arrive #2\nmorning"
        let export = MermaidJourney.encode(design)
        #expect(export.text.contains("  title Visit: ＃2； second line\n"))
        #expect(export.text.contains("  section Day 1∶ arrive ＃2<br>morning\n"))
        let back = try #require(MermaidJourney.decode(Data(export.text.utf8), name: "x.mmd").design)
        #expect(back.title == "Visit: ＃2； second line")
        #expect(back.stages[0].name == "Day 1∶ arrive ＃2\nmorning")
    }

    @Test("a description with line breaks becomes an accDescr block; `}` in it is replaced")
    func descriptionBlock() throws {
        var design = Self.design()
        design.summary = "A #1; summary\nin two lines"
        design.description = "First {line}\n\n%% second: ok\n"
        let export = MermaidJourney.encode(design)
        #expect(export.text.contains("  accTitle: A #1; summary in two lines\n  accDescr {\n    First {line｝\n\n    %％ second: ok\n  }\n"))
        #expect(export.notes.contains { $0.contains("`}` in the description") && $0.hasSuffix("(1×)") })
        let back = try #require(MermaidJourney.decode(Data(export.text.utf8), name: "x.mmd").design)
        #expect(back.summary == "A #1; summary in two lines")
        #expect(back.description == "First {line｝\n\n%％ second: ok")
    }

    @Test("what Mermaid cannot carry is listed with counts")
    func notes() {
        var design = Self.design()
        design.painPoints = [PainPoint("Queue"), PainPoint("Noise")]
        design.opportunities = [Opportunity("Kiosk")]
        design.metrics = [Metric(id: "nps", name: "NPS")]
        design.actors = [Actor(id: "desk", name: "Desk", kind: .employee)]
        design.touchpoints[0].channel = .web
        design.touchpoints[0].lane = .frontstage
        design.touchpoints[0].branches = [Branch(if: "late", to: "pay")]
        design.touchpoints[1].emotions[0].thought = "Finally"
        design.version = "2"
        let notes = MermaidJourney.encode(design).notes
        for expected in [
            "pain points (2) are not part of a Mermaid journey", "opportunities (1) are not part of a Mermaid journey",
            "metrics (1) are not part of a Mermaid journey", "channels (1) are not part of a Mermaid journey",
            "blueprint lanes (1) are not part of a Mermaid journey", "the design's version is not part of a Mermaid journey",
            "emotion readings' thoughts (1) are not part of a Mermaid journey",
        ] {
            #expect(notes.contains(expected), "\(notes)")
        }
        #expect(notes.contains { $0.hasPrefix("branches (1)") })
        #expect(notes.contains { $0.hasPrefix("actors that are not personas (1)") })
        #expect(MermaidJourney.encode(Self.design()).notes.count == 2)
    }

    @Test("touchpoints listed out of their stage's order are written under their stage, with a note")
    func reordered() throws {
        let design = Self.design(touchpoints: [
            Self.touchpoint("A"), Self.touchpoint("B", stage: "leave"), Self.touchpoint("C"),
        ])
        let export = MermaidJourney.encode(design)
        #expect(export.text.hasSuffix("  section Arrive\n    A: 3: Anna\n    C: 3: Anna\n  section Leave\n    B: 3: Anna\n"))
        #expect(export.notes.contains { $0.hasPrefix("touchpoints listed after a later stage's (1)") })
    }
}

/// The reader's slug, for ids in the tests' designs.
enum MermaidTestSlug {
    static func of(_ title: String) -> String {
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
        return words.isEmpty ? "t" : words.joined(separator: "-")
    }
}
