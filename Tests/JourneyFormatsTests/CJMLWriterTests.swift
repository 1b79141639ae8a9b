import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// The CJML writer on designs built in code: which actor speaks, whose emotion is written, and
/// what the notes say.
@Suite("CJML writer")
struct CJMLWriterTests {
    /// Ann (a persona without an actor of her own), a clerk and a system; one communication and
    /// one action.
    static func design(kind: JourneyKind = .planned, scale: EmotionScale = .standard) -> ServiceDesign {
        var ask = Touchpoint(id: "ask", title: "Asks", stage: "s", channel: .phone, kind: .communication, actors: ["ann-actor", "clerk", "pas"])
        ask.emotions = [EmotionReading(persona: "ann", score: scale.max), EmotionReading(persona: "bo", score: scale.min)]
        ask.compliance = .failing
        ask.times = TouchpointTimes(originated: "2026-03-02T09:15:00+01:00")
        var file = Touchpoint(id: "file", title: "Files it", stage: "s", kind: .action, receiver: "pas", actors: ["clerk"],
                              next: ["ask"], isEnd: true)
        file.receiverLabel = "Stored"
        var design = ServiceDesign(
            id: "d", title: "D", version: "2", kind: kind, scale: scale,
            personas: [Persona(id: "ann", name: "Ann", needs: [PersonaStatement("Speed")]), Persona(id: "bo", name: "Bo")],
            stages: [Stage(id: "s", name: "S")], touchpoints: [ask, file],
            actors: [Actor(id: "ann-actor", name: "Ann's role", kind: .customer),
                     Actor(id: "clerk", name: "Clerk", kind: .employee, description: "Answers the phone"),
                     Actor(id: "pas", name: "PAS", kind: .system, description: "Holds the records")],
            painPoints: [PainPoint("Slow"), PainPoint("Lost")]
        )
        design.plannedJourney = "plan"
        return design
    }

    @Test("initiator and receiver come from the touchpoint's actors when not given; the action's receiver is noted")
    func participants() throws {
        let export = CJML.encode(Self.design())
        let back = try #require(CJML.decode(Data(export.text.utf8), name: "d.cjml.xml").design)
        #expect(back.touchpoints.map(\.initiator) == ["ann-actor", "clerk"])
        #expect(back.touchpoints.map(\.receiver) == ["clerk", nil])
        #expect(export.notes.contains("further actors of touchpoints (1) are not part of CJML (it has one initiator and one receiver)"))
        #expect(export.notes.contains("receivers of actions (1) are not part of CJML (an action has an initiator only)"))
    }

    @Test("personas without an actor become end users; the experience is the first persona's reading when the speaker has none")
    func personasAndExperience() throws {
        let export = CJML.encode(Self.design())
        #expect(export.text.contains("<endUser actorID=\"ann\">"))
        #expect(export.text.contains("<endUser actorID=\"bo\">"))
        let back = try #require(CJML.decode(Data(export.text.utf8), name: "d.cjml.xml").design)
        #expect(back.actors.map(\.id) == ["ann-actor", "clerk", "pas", "ann", "bo"])
        // The initiator (an end user) is the one a reader credits with the experience.
        #expect(back.touchpoints.first?.emotions == [EmotionReading(persona: "ann-actor", score: 5, basis: .target)])
        #expect(export.notes.contains("emotion readings of other personas (1) are not part of CJML (it has one experience per touchpoint)"))
        #expect(export.notes.contains("personas (2) are written as end users: CJML has no personas"))
    }

    @Test("scores on another scale are rescaled to 1–5, and the notes say so")
    func rescaling() throws {
        let export = CJML.encode(Self.design(scale: EmotionScale(min: -2, max: 2, neutral: 0)))
        #expect(export.text.contains("<experienceRating>5</experienceRating>"))
        #expect(export.notes.contains("emotion scores were rescaled from the design's scale -2…2 to CJML's 1–5 (1 ratings)"))

        var design = Self.design(scale: EmotionScale(min: 0, max: 10, neutral: 5))
        design.touchpoints[0].emotions = [EmotionReading(persona: "ann", score: 6)]
        #expect(CJML.encode(design).text.contains("<experienceRating>3.4</experienceRating>"))
    }

    @Test("an actual journey writes compliance, times and the planned reference; a planned one notes them")
    func actualAndPlanned() throws {
        let actual = CJML.encode(Self.design(kind: .actual))
        #expect(actual.text.contains("<actualJourney>"))
        #expect(actual.text.contains("<plannedReference>plan</plannedReference>"))
        #expect(actual.text.contains("<compliance>failing</compliance>"))
        #expect(actual.text.contains("<timeOriginated>2026-03-02T09:15:00+01:00</timeOriginated>"))
        #expect(actual.notes.contains("target readings (1) lose their basis: CJML reads an experience as observed on an actual journey and as a target on a planned one"))

        let planned = CJML.encode(Self.design())
        #expect(planned.text.contains("<plannedCommunicationPoint>"))
        #expect(!planned.text.contains("plannedReference"))
        #expect(!planned.text.contains("<compliance>"))
        #expect(planned.notes.contains("compliance values (1) are written only for actual journeys; this design is planned"))
        #expect(planned.notes.contains("the planned-journey reference is written only for actual journeys; this design is planned"))
    }

    @Test("the notes count what CJML cannot carry, one line per kind")
    func notes() {
        let notes = CJML.encode(Self.design()).notes
        #expect(notes.contains("the design's version is not part of CJML"))
        #expect(notes.contains("pain points (2) are not part of CJML"))
        #expect(notes.contains("personas' needs, expectations and desires (1) are not part of CJML"))
        #expect(notes.contains("touchpoints with an explicit next (1) are written in journey order only: CJML has order, not flow"))
        #expect(notes.contains("entry and end marks (1) are not part of CJML"))
        // The system's description names no kind, so "system" is written instead; the clerk's is kept.
        #expect(notes.contains { $0.hasPrefix("actor descriptions (1) are not part of CJML") })
        #expect(Set(notes).count == notes.count)
    }

    @Test("a service provider's providerType keeps its description when it reads back as the same kind")
    func providerType() throws {
        let export = CJML.encode(Self.design())
        #expect(export.text.contains("<providerType>Answers the phone</providerType>"))
        #expect(export.text.contains("<providerType>system</providerType>"))
        let back = try #require(CJML.decode(Data(export.text.utf8), name: "d.cjml.xml").design)
        #expect(back.actors.prefix(3).map(\.kind) == [.customer, .employee, .system])
        #expect(back.actors.prefix(3).map(\.description) == [nil, "Answers the phone", nil])
    }
}
