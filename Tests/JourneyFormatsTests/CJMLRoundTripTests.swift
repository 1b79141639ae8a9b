import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// CJML → JourneyKit → CJML → JourneyKit, a JourneyKit sample through CJML, hostile text, and
/// `.xml` files that are CJML.
@Suite("CJML round trips")
struct CJMLRoundTripTests {
    @Test("CJML → model → CJML → model gives an equal model, and the second export the same text", arguments: CJMLFixture.importable)
    func fixtureRoundTrip(_ name: String) throws {
        let first = try #require(try CJMLFixture.decode(name).design)
        let export = CJML.encode(first)
        let again = CJML.decode(Data(export.text.utf8), name: "again.cjml.xml")
        #expect(again.problems == [])
        #expect(again.warnings == [], "\(again.warningLines)")
        let second = try #require(again.design)
        #expect(second == first)
        #expect(CJML.encode(second).text == export.text)
        #expect(export.notes == [])
    }

    @Test("an export is deterministic, is what JourneyFile writes, and starts like CJML 2.0")
    func exportShape() throws {
        let design = try #require(try CJMLFixture.decode(CJMLFixture.cjmlExcel).design)
        let text = CJML.encode(design).text
        #expect(text == CJML.encode(design).text)
        #expect(text == JourneyFile.encode(design, as: .cjml))
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CJML version=\"2.0\">\n  <actualJourney>\n    <journeyID>AJ1</journeyID>\n"))
        #expect(text.hasSuffix("</CJML>\n"))
        #expect(!text.contains("xmlns"))
        #expect(text.contains("<plannedReference>PJ1</plannedReference>"))
        #expect(text.contains("<compliance>adhoc</compliance>"))
        #expect(text.contains("<belongsTo phaseIDref=\"unphased\"/>"))
    }

    @Test("a JourneyKit sample exports to CJML that imports back with its journey intact",
          arguments: ["clinic-outpatient.yaml"] + TestPaths.sampleFiles.map(\.lastPathComponent).filter { $0 != "clinic-outpatient.yaml" })
    func sampleThroughCJML(_ sample: String) throws {
        let url = TestPaths.samples.appendingPathComponent(sample)
        let original = try JourneyFile.load(try Data(contentsOf: url), name: sample)
        let export = CJML.encode(original)
        let decoded = CJML.decode(Data(export.text.utf8), name: "sample.cjml.xml")
        #expect(decoded.problems == [])
        #expect(decoded.warnings == [], "\(decoded.warningLines)")
        let back = try #require(decoded.design)

        #expect(back.id == original.id)
        #expect(back.title == original.title)
        #expect(back.kind == original.kind)
        #expect(back.status == original.status)
        #expect(back.stages.map(\.id) == original.stages.map(\.id))
        #expect(back.stages.map(\.name) == original.stages.map(\.name))
        #expect(back.touchpoints.map(\.id) == original.touchpoints.map(\.id))
        #expect(back.touchpoints.map(\.title) == original.touchpoints.map(\.title))
        #expect(back.touchpoints.map(\.stage) == original.touchpoints.map(\.stage))
        #expect(back.touchpoints.map(\.kind) == original.touchpoints.map(\.kind))
        #expect(back.touchpoints.map(\.channel) == original.touchpoints.map(\.channel))
        #expect(back.touchpoints.map(\.receiverLabel) == original.touchpoints.map(\.receiverLabel))
        for (before, after) in zip(original.touchpoints, back.touchpoints) {
            if let initiator = before.initiator { #expect(after.initiator == initiator, "\(before.id)") }
            if before.kind == .communication, let receiver = before.receiver { #expect(after.receiver == receiver, "\(before.id)") }
        }
        // Every actor comes back first, in order; the personas follow as end users.
        let actors = back.actors.prefix(original.actors.count)
        #expect(actors.map(\.id) == original.actors.map(\.id))
        #expect(actors.map(\.name) == original.actors.map(\.name))
        #expect(actors.map(\.kind) == original.actors.map(\.kind))
        #expect(back.actors.dropFirst(original.actors.count).map(\.id.rawValue) == original.personas.map(\.id.rawValue))
        #expect(back.touchpoints.contains { !$0.emotions.isEmpty })

        if !original.painPoints.isEmpty {
            #expect(export.notes.contains("pain points (\(original.painPoints.count)) are not part of CJML"))
        }
        if !original.metrics.isEmpty {
            #expect(export.notes.contains("metrics (\(original.metrics.count)) are not part of CJML"))
        }
        guard sample == "clinic-outpatient.yaml" else { return }
        #expect(export.notes.contains("opportunities (\(original.opportunities.count)) are not part of CJML"))
        #expect(export.notes.contains { $0.hasPrefix("personas' needs, expectations and desires (") })
        #expect(export.notes.contains { $0.hasPrefix("emotion readings of other personas (") })
        #expect(export.notes.contains { $0.hasPrefix("moments of truth (") })
        #expect(export.notes.contains("personas (\(original.personas.count)) are written as end users: CJML has no personas"))
    }

    @Test("hostile labels are escaped and read back; a U+0007 is dropped and counted")
    func hostileLabels() throws {
        let hostile = "<script>alert(\"x\")</script> & 'quotes' ]]> bell\u{7}"
        let clean = "<script>alert(\"x\")</script> & 'quotes' ]]> bell"
        var touchpoint = Touchpoint(id: "t1", title: hostile, stage: "s1", description: hostile, channel: Channel(rawValue: "<b>&</b>"),
                                    kind: .communication, initiator: "c", receiver: "p")
        touchpoint.receiverLabel = hostile
        touchpoint.emotions = [EmotionReading(persona: "c", score: 2, thought: hostile)]
        let design = ServiceDesign(
            id: "hostile", title: hostile, description: hostile, personas: [Persona(id: "c", name: hostile)],
            stages: [Stage(id: "s1", name: hostile, description: hostile)], touchpoints: [touchpoint],
            actors: [Actor(id: "c", name: hostile, kind: .customer), Actor(id: "p", name: "P & \"Q\"", kind: .employee)]
        )
        let export = CJML.encode(design)
        #expect(!export.text.contains("<script>"))
        #expect(export.text.contains("&lt;script&gt;"))
        #expect(!export.text.contains("\u{7}"))
        #expect(export.notes.contains { $0.hasPrefix("characters that XML cannot carry (") })

        let back = try #require(CJML.decode(Data(export.text.utf8), name: "hostile.cjml.xml").design)
        #expect(back.title == clean)
        #expect(back.description == clean)
        #expect(back.stages.first?.name == clean)
        #expect(back.actors.map(\.name) == [clean, "P & \"Q\""])
        let backTouchpoint = try #require(back.touchpoints.first)
        #expect(backTouchpoint.title == clean)
        #expect(backTouchpoint.description == clean)
        #expect(backTouchpoint.receiverLabel == clean)
        #expect(backTouchpoint.channel == Channel(rawValue: "<b>&</b>"))
        #expect(backTouchpoint.emotions.first?.thought == clean)
    }

    @Test("a .xml file whose root is <CJML> or <cjml> is read as CJML", arguments: [CJMLFixture.officialSample, CJMLFixture.aika])
    func sniffing(_ fixture: String) throws {
        let data = try CJMLFixture.data(fixture)
        let decoded = JourneyFile.decode(data, name: "exported-journey.xml")
        #expect(decoded.problems == [])
        let design = try #require(decoded.design)
        #expect(design == CJML.decode(data, name: "exported-journey.xml").design)
        #expect(decoded.warnings.contains { $0.code == "FILE-TOLERATED" })
    }
}
