import Foundation
import JourneyFormats
import JourneyKit
import PropertyBased
import Testing

/// Generated designs (``DesignGenerator``) survive every writer and reader: what is written is
/// read back as the same model, with no problems, and writing that again gives the same bytes.
///
/// A failure names the seed (`.fixedSeed(…)` reproduces it), the shrunk design as YAML, and
/// the first field that differs.
@Suite("Round trips of generated designs (Property)")
struct RoundTripPropertyTests {
    /// Designs per property: enough to meet every hard text in every kind of place.
    static let count = 1_000

    static let designs = DesignGenerator.design.map(GeneratedDesign.init).eraseToAny()

    @Test("YAML: decode(encode(design)) == design, with no problems")
    func yaml() async {
        await propertyCheck(count: Self.count, input: Self.designs) { generated in
            Self.expectRoundTrip(generated.design, through: .yaml)
        }
    }

    @Test("JSON: decode(encode(design)) == design, with no problems")
    func json() async {
        await propertyCheck(count: Self.count, input: Self.designs) { generated in
            Self.expectRoundTrip(generated.design, through: .json)
        }
    }

    @Test("XML: decode(encode(design)) == design, with no problems, and writing it again gives the same bytes")
    func xml() async {
        await propertyCheck(count: Self.count, input: Self.designs) { generated in
            let (xml, back) = Self.expectRoundTrip(generated.design, through: .xml)
            guard let back else { return }
            let again = JourneyFile.encode(back, as: .xml)
            let identical = again == xml
            #expect(identical, "written again, the XML differs: \(DesignGenerator.firstDifferentLine(xml, again))")
        }
    }

    @Test("YAML → model → XML → model → YAML gives the same YAML, byte for byte")
    func yamlThroughXML() async {
        await propertyCheck(count: Self.count, input: Self.designs) { generated in
            let yaml = JourneyFile.encode(generated.design, as: .yaml)
            let fromYAML = JourneyFile.decode(Data(yaml.utf8), name: "generated.yaml")
            #expect(fromYAML.problems == [], "\(yaml)")
            guard let model = fromYAML.design else { return }
            let xml = JourneyFile.encode(model, as: .xml)
            let fromXML = JourneyFile.decode(Data(xml.utf8), name: "generated.xml")
            #expect(fromXML.problems == [], "\(xml)")
            let yamlAgain = fromXML.design.map { JourneyFile.encode($0, as: .yaml) } ?? ""
            let identical = yamlAgain == yaml
            #expect(identical, """
                the YAML differs: \(DesignGenerator.firstDifferentLine(yaml, yamlAgain))
                through XML: \(DesignGenerator.difference(model, fromXML.design) ?? "no difference in the model")
                """)
        }
    }

    /// Writes the design in the format and reads it back: there must be no problems and the
    /// same design. Returns the text and what was read.
    @discardableResult
    static func expectRoundTrip(
        _ design: ServiceDesign, through format: JourneyFormat, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> (text: String, back: ServiceDesign?) {
        let text = JourneyFile.encode(design, as: format)
        let decoded = JourneyFile.decode(Data(text.utf8), name: "generated.\(format.fileExtension)")
        #expect(decoded.problems == [], "\(text)", sourceLocation: sourceLocation)
        let same = decoded.design == design
        #expect(same, "\(format) gives back another design: \(DesignGenerator.difference(design, decoded.design) ?? "?")", sourceLocation: sourceLocation)
        return (text, decoded.design)
    }

    // MARK: Bugs the generator steers around

    // Found by the properties and not fixed yet. The generator steers around it (in
    // `DesignGenerator.avoidingKnownBugs`, switched off by `DesignGenerator.steersAroundKnownBugs
    // = false`) so that the properties go on finding new ones; its test here pins it. When a fix
    // makes the test fail with "known issue was not recorded", drop the `withKnownIssue` and the
    // steering.

    /// The design written in the format and read back.
    static func readBack(_ design: ServiceDesign, as format: JourneyFormat) -> DecodedDesign {
        JourneyFile.decode(Data(JourneyFile.encode(design, as: format).utf8), name: "pinned.\(format.fileExtension)")
    }

    @Test("a text or id that starts with U+FEFF keeps it through YAML, JSON and XML")
    func leadingByteOrderMark() {
        var design = ServiceDesign(id: "demo", title: "Demo", description: "\u{FEFF}starts with a BOM")
        design.personas = [Persona(id: "\u{FEFF}bom", name: "P")]
        #expect(Self.readBack(design, as: .xml).design == design)
        for format in [JourneyFormat.yaml, .json] {
            let decoded = Self.readBack(design, as: format)
            #expect(decoded.problems == [])
            withKnownIssue("Yams (Parser.scalarValue) makes every scalar with String(bytes:encoding: .utf8), which drops a leading U+FEFF: the description comes back as \"starts with a BOM\", the persona id as \"bom\"") {
                #expect(decoded.design?.description == design.description, "\(format)")
                #expect(decoded.design?.personas.first?.id == design.personas.first?.id, "\(format)")
            }
        }
    }

    // MARK: Bugs the properties found, fixed

    @Test("C1 controls (U+0080…U+009F), U+FFFE and U+FFFF survive JSON as they survive YAML")
    func c1ControlsInJSON() {
        // Found by the JSON property: JSONText wrote them unescaped, and the reader (libyaml)
        // refused them (FILE-ENCODING "control characters are not allowed").
        let c1 = ServiceDesign(id: "demo", title: "Demo", owner: "c1 \u{80} and \u{9F}")
        let nonCharacters = ServiceDesign(id: "demo", title: "Demo", owner: "\u{FFFE} and \u{FFFF}")
        #expect(Self.readBack(c1, as: .xml).design == c1)
        for format in [JourneyFormat.yaml, .json] {
            for design in [c1, nonCharacters] {
                let decoded = Self.readBack(design, as: format)
                #expect(decoded.problems == [], "\(format)")
                #expect(decoded.design == design, "\(format)")
            }
        }
    }

    @Test("an id list whose ids start with a combining mark or end in U+0600 survives YAML, JSON and XML")
    func combiningMarkInXMLIDList() {
        // Found by the XML property: the reader split `touchpoints="a \u{5A6} \u{600} b"` on
        // Characters, and a space followed by a combining mark (or after U+0600) is one Character.
        let design = ServiceDesign(id: "demo", title: "Demo", opportunities: [Opportunity("O", touchpoints: ["a", "\u{5A6}", "\u{600}", "b"])])
        for format in [JourneyFormat.yaml, .json, .xml] {
            let decoded = Self.readBack(design, as: format)
            #expect(decoded.problems == [], "\(format)")
            #expect(decoded.design == design, "\(format)")
        }
    }

    // MARK: The generator

    /// Designs from a fixed seed, for checking what the generator covers.
    static func sample(_ count: Int) -> [ServiceDesign] {
        var rng = Xoshiro(seed: (0x4A6F75726E6579, 0x4B6974, 0x50726F7065727479, 0x2026))
        return (0..<count).map { _ in DesignGenerator.design.run(using: &rng) }
    }

    @Test("the generator sets every field of the model in some design, and uses every hard text")
    func generatorCoverage() {
        let designs = Self.sample(400)
        let missing = GeneratorCoverage.checks.filter { _, check in !designs.contains(where: check) }.map(\.0)
        #expect(missing == [], "never generated: \(missing)")
        let texts = Set(designs.flatMap(GeneratorCoverage.texts))
        let hard = (DesignGenerator.fragments + DesignGenerator.lookAlikes + DesignGenerator.blanks).map(DesignGenerator.avoidingKnownBugs)
        let unused = hard.filter { piece in !texts.contains { $0.contains(piece) } }
        #expect(texts.contains(""))
        #expect(unused == [], "hard texts never used: \(unused.map(\.debugDescription))")
        #expect(texts.contains { $0.unicodeScalars.contains { $0.value > 0xFFFF } })
    }

    @Test("generated designs are in the writers' shape: stage order, unique stage ids, scores on the scale")
    func generatorShape() {
        for design in Self.sample(200) {
            let stageOrder = design.touchpoints.map(\.stage).reduce(into: [StageID]()) { order, stage in
                if order.last != stage { order.append(stage) }
            }
            #expect(stageOrder == design.stages.map(\.id).filter { id in design.touchpoints.contains { $0.stage == id } })
            #expect(Set(design.stages.map(\.id)).count == design.stages.count)
            let scores = design.touchpoints.flatMap { $0.emotions.map(\.score) + [$0.momentOfTruth?.target].compactMap { $0 } }
            #expect(scores.allSatisfy(design.scale.contains))
            #expect(design.scale.problems == [])
        }
    }

    // MARK: Characters XML 1.0 cannot carry

    /// A design with `label(base)` in every kind of text field.
    static func design(labelled label: (String) -> String) -> ServiceDesign {
        var design = ServiceDesign(id: "controls", title: label("Title"), owner: label("Owner"), description: label("Description"))
        design.summary = label("Summary")
        design.scale = EmotionScale(min: -2, max: 2, neutral: 0, labels: [.init(score: -2, text: label("Angry"))])
        design.personas = [Persona(
            id: "anna", name: label("Anna"), goals: [label("Goal")], needs: [PersonaStatement(label("Need"))],
            desires: [PersonaStatement(label("Desire"), id: "desire")])]
        design.actors = [Actor(id: "clerk", name: label("Clerk"), kind: .employee, description: label("Clerk at the desk"))]
        design.stages = [Stage(id: "visit", name: label("Visit"), description: label("The visit"))]
        var touchpoint = Touchpoint(id: "ask", title: label("Asks"), stage: "visit", description: label("Asks a question"))
        touchpoint.channel = Channel(rawValue: label("web"))
        touchpoint.emotions = [EmotionReading(persona: "anna", score: 1.5, thought: label("Thought"))]
        touchpoint.branches = [Branch(if: label("Condition"), to: "ask")]
        touchpoint.momentOfTruth = MomentOfTruth(owner: label("Lead"), target: -0.5)
        touchpoint.emotional = EmotionalDesign(target: label("relief"), enablers: [label("Enabler")])
        touchpoint.receiverLabel = label("Receiver")
        touchpoint.times = TouchpointTimes(started: label("2026-03-02T09:15:00Z"))
        design.touchpoints = [touchpoint]
        design.painPoints = [PainPoint(label("Pain"), description: label("Hurts"))]
        design.metrics = [Metric(id: "m", name: label("Metric"), target: label("≥ 60"))]
        design.evidence.research = [ResearchStudy(id: "r", method: label("Interviews"), findings: label("Findings"))]
        design.suppressions = [Suppression(rule: label("STRUCT-DEAD-END"), reason: label("Reason"), elements: ["ask"])]
        return design
    }

    /// BEL (U+0007) and the noncharacter U+FFFF inside, before and after the text.
    static func withControls(_ text: String) -> String { "\u{7}" + text + " \u{FFFF}bell\u{7}\u{FFFF} end" }

    /// What XML keeps of ``withControls(_:)``: the same text without the two characters.
    static func withControlsDropped(_ text: String) -> String { text + " bell end" }

    @Test("labels with U+0007 and U+FFFF round-trip exactly through YAML and lose only those characters through XML")
    func charactersXMLCannotCarry() throws {
        let design = Self.design(labelled: Self.withControls)
        #expect(Self.withControlsDropped("x") == Self.withControls("x").unicodeScalars.filter { $0 != "\u{7}" && $0 != "\u{FFFF}" }.map(String.init).joined())

        let yaml = JourneyFile.encode(design, as: .yaml)
        let fromYAML = JourneyFile.decode(Data(yaml.utf8), name: "controls.yaml")
        #expect(fromYAML.problems == [], "\(yaml)")
        #expect(fromYAML.design == design, "\(DesignGenerator.difference(design, fromYAML.design) ?? "")")

        let xml = JourneyFile.encode(design, as: .xml)
        #expect(!xml.unicodeScalars.contains("\u{7}"))
        #expect(!xml.unicodeScalars.contains("\u{FFFF}"))
        let fromXML = JourneyFile.decode(Data(xml.utf8), name: "controls.xml")
        #expect(fromXML.problems == [], "\(xml)")
        let expected = Self.design(labelled: Self.withControlsDropped)
        #expect(fromXML.design == expected, "\(DesignGenerator.difference(expected, fromXML.design) ?? "")")
    }
}

/// A generated design that describes itself, in a failure message, as the YAML it writes to.
struct GeneratedDesign: Sendable, CustomTestStringConvertible {
    var design: ServiceDesign
    var testDescription: String { "\n" + JourneyFile.encode(design, as: .yaml) }
}
