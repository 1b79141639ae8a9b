import Foundation
@testable import JourneyFormats
import JourneyKit
import PropertyBased
import Testing

/// Generated designs (``DesignGenerator``) through CJML: what CJML carries comes back.
///
/// CJML holds less than a JourneyKit design (see `docs/cjml.md`), so the properties compare
/// ``CJMLProjection``s, the part of a design that CJML carries, of the design and of what the
/// reader gives back. A failure names the seed (`.fixedSeed(…)` reproduces it), the shrunk
/// design as YAML, the CJML written, and the first field of the projection that differs.
@Suite("CJML round trips of generated designs (Property)")
struct CJMLRoundTripPropertyTests {
    static let count = RoundTripPropertyTests.count

    /// Generated designs as CJML can hold them without losing who is who (``cjmlShaped(_:)``).
    static let shapedDesigns = DesignGenerator.design.map { GeneratedDesign(design: cjmlShaped($0)) }.eraseToAny()

    @Test("CJML: project(decode(encode(design))) == project(design), with no problems and no warnings")
    func projection() async {
        await propertyCheck(count: Self.count, input: Self.shapedDesigns) { generated in
            let design = generated.design
            let export = CJML.encode(design)
            let decoded = CJML.decode(Data(export.text.utf8), name: "generated.cjml.xml")
            #expect(decoded.problems == [], "\(export.text)")
            #expect(decoded.warnings == [], "\(decoded.warningLines)\n\(export.text)")
            guard let back = decoded.design else { return }
            let expected = CJMLProjection(design), actual = CJMLProjection(back)
            #expect(expected == actual, """
                CJML gives back another journey: \(DesignGenerator.firstDifference(expected, actual, path: "projection") ?? "?")
                \(export.text)
                """)
        }
    }

    @Test("CJML: any design, duplicate ids and dangling references included, reads back with no problems, and a second trip changes nothing")
    func secondTrip() async {
        await propertyCheck(count: Self.count, input: RoundTripPropertyTests.designs) { generated in
            let export = CJML.encode(generated.design)
            let decoded = CJML.decode(Data(export.text.utf8), name: "generated.cjml.xml")
            #expect(decoded.problems == [], "\(export.text)")
            guard let back = decoded.design else { return }
            let exportAgain = CJML.encode(back)
            let again = CJML.decode(Data(exportAgain.text.utf8), name: "again.cjml.xml")
            #expect(again.problems == [], "\(exportAgain.text)")
            #expect(again.warnings == [], "\(again.warningLines)\n\(exportAgain.text)")
            let same = again.design == back
            #expect(same, "the second trip changes the design: \(DesignGenerator.difference(back, again.design) ?? "?")\n\(exportAgain.text)")
            if let second = again.design {
                let text = CJML.encode(second).text
                #expect(text == exportAgain.text, "written again, the CJML differs: \(DesignGenerator.firstDifferentLine(exportAgain.text, text))")
            }
        }
    }

    // MARK: The shape CJML can hold

    /// The design without what makes a CJML journey ambiguous, which the reader resolves with a
    /// warning (``secondTrip()`` covers those designs): actors, personas and touchpoints with
    /// the id of an earlier one are left out, and each actor a touchpoint refers to without
    /// declaring it is declared (an employee named by its id, as the reader declares it).
    static func cjmlShaped(_ design: ServiceDesign) -> ServiceDesign {
        var design = design
        var actorIDs = Set<ActorID>()
        design.actors = design.actors.filter { actorIDs.insert($0.id).inserted }
        var personaIDs = Set<PersonaID>()
        design.personas = design.personas.filter { personaIDs.insert($0.id).inserted }
        var touchpointIDs = Set<TouchpointID>()
        design.touchpoints = design.touchpoints.filter { touchpointIDs.insert($0.id).inserted }
        let declared = actorIDs.union(personaIDs.map { ActorID($0.rawValue) })
        var added = Set<ActorID>()
        for touchpoint in design.touchpoints {
            for reference in [touchpoint.initiator, touchpoint.receiver].compactMap({ $0 }) + touchpoint.actors
            where !declared.contains(reference) && added.insert(reference).inserted {
                design.actors.append(Actor(id: reference, name: reference.rawValue, kind: .employee))
            }
        }
        return design
    }

    // MARK: Bugs the property found

    // Found by ``projection()``: the CJML reader trimmed ids with Foundation's white space set,
    // which on Linux holds U+200B. Fixed; this pins it.

    @Test("an id that starts or ends with U+200B (zero width space) keeps it through CJML")
    func zeroWidthSpaceAroundAnID() {
        var design = ServiceDesign(id: "demo\u{200B}", title: "Demo")
        design.actors = [Actor(id: "x\u{200B}", name: "a", kind: .customer)]
        let decoded = CJML.decode(Data(CJML.encode(design).text.utf8), name: "pinned.cjml.xml")
        #expect(decoded.problems == [])
        #expect(decoded.warnings == [])
        #expect(decoded.design?.actors.map(\.id) == ["x\u{200B}"])
        #expect(decoded.design?.id == "demo\u{200B}")
    }

    // MARK: Pinned by hand

    @Test("the projection keeps what CJML carries and leaves out what it does not")
    func projectionOfAKnownDesign() throws {
        var touchpoint = Touchpoint(id: "ask", title: "  Asks\n", stage: "visit", description: " ", channel: Channel(rawValue: "E-mail"),
                                    kind: .action, initiator: "anna", receiver: "clerk")
        touchpoint.receiverLabel = "the desk"
        touchpoint.emotions = [EmotionReading(persona: "anna", score: 0.5, thought: "fine", basis: .target)]
        touchpoint.compliance = .adhoc
        touchpoint.times = TouchpointTimes(started: " ")
        touchpoint.next = ["ask"]
        var design = ServiceDesign(id: "demo", title: "Demo", kind: .planned, description: "\tlong ")
        design.scale = EmotionScale(min: -1, max: 1, neutral: 0)
        design.personas = [Persona(id: "anna", name: "Anna")]
        design.actors = [Actor(id: "clerk", name: " ", kind: .employee, description: "front-desk staff"),
                         Actor(id: "db", name: "DB", kind: .system, description: "system")]
        design.stages = [Stage(id: "visit", name: "Visit")]
        design.touchpoints = [touchpoint]
        design.painPoints = [PainPoint("Queue")]

        let projection = CJMLProjection(design)
        #expect(projection.description == "long")
        #expect(projection.actors == [
            .init(id: "clerk", name: "clerk", kind: .employee, description: "front-desk staff"),
            .init(id: "db", name: "DB", kind: .system, description: nil),
            .init(id: "anna", name: "Anna", kind: .customer, description: nil),
        ])
        #expect(projection.personas == [.init(id: "anna", name: "Anna")])
        let only = try #require(projection.touchpoints.first)
        #expect(only.title == "Asks")
        #expect(only.description == nil)
        #expect(only.channel == .email)
        #expect(only.receiver == nil, "an action has an initiator only")
        #expect(only.receiverLabel == nil)
        #expect(only.compliance == nil, "a planned journey has no compliance")
        #expect(only.times == nil)
        #expect(only.experience == .init(persona: "anna", rating: 4, thought: "fine", basis: .target))

        let back = try #require(CJML.decode(Data(CJML.encode(design).text.utf8), name: "demo.cjml.xml").design)
        #expect(CJMLProjection(back) == projection)
    }
}

/// The part of a ``ServiceDesign`` that CJML 2.0 carries, as the CJML reader gives it back
/// (`CJMLWriter`, `CJMLExportPlan` and `CJMLReader`; the mapping is in `docs/cjml.md`).
///
/// Kept: the journey's id, title, kind, summaries, status and planned-journey reference (actual
/// journeys only); the phases; the actors, each persona that is not an actor as an end user,
/// and the end users as personas (id and name); each touchpoint's id, title, phase, kind,
/// channel, comment, initiator and receiver (and receiver label: communication points only),
/// compliance (actual journeys only), recorded times, and one experience.
///
/// Left out (CJML has no place for them; `CJML.Export.notes` lists them): version, owner, core
/// proposition, project, challenges, value proposition, evidence, suppressions, pain points,
/// opportunities, metrics, data points, the scale's labels, personas' details, customers'
/// descriptions, touchpoints' further actors, persona lists, lanes, owners, design fields,
/// moments of truth, next and branches (CJML has order, not flow), other personas' readings,
/// and readings' evidence. Characters XML 1.0 cannot carry are not generated
/// (``DesignGenerator/scalarRanges``), so no text loses one here.
///
/// Text comes back as CJML producers write it, indented: the reader trims white space and
/// line breaks at both ends and reads a blank text as absent, so the projection does too
/// (``trimmed(_:)``). A required text left blank comes back as the id.
struct CJMLProjection: Equatable {
    struct Phase: Equatable {
        var id: String
        var name: String
        var description: String?
    }

    struct Actor: Equatable {
        var id: String
        var name: String
        var kind: JourneyKit.Actor.Kind
        /// A service provider's description, written as its `providerType`.
        var description: String?
    }

    struct EndUser: Equatable {
        var id: String
        var name: String
    }

    /// `touchpointExperience`: one reading per touchpoint, on CJML's 1–5 scale.
    struct Experience: Equatable {
        var persona: String
        var rating: Double
        var thought: String?
        var basis: EmotionReading.Basis
    }

    struct Step: Equatable {
        var id: String
        var title: String
        var stage: String
        var kind: TouchpointKind
        var channel: Channel?
        var description: String?
        var initiator: String?
        var receiver: String?
        var receiverLabel: String?
        var compliance: Compliance?
        var times: TouchpointTimes?
        var experience: Experience?
    }

    var id: String
    var title: String
    var kind: JourneyKind
    var plannedJourney: String?
    var summary: String?
    var description: String?
    var status: DesignStatus?
    var phases: [Phase]
    var actors: [Actor]
    var personas: [EndUser]
    var touchpoints: [Step]

    init(_ design: ServiceDesign) {
        id = design.id.rawValue
        title = Self.trimmed(design.title) ?? design.id.rawValue
        kind = design.kind
        plannedJourney = design.kind == .actual ? design.plannedJourney?.rawValue : nil
        summary = Self.trimmed(design.summary)
        description = Self.trimmed(design.description)
        status = design.status
        phases = design.stages.map { Phase(id: $0.id.rawValue, name: Self.trimmed($0.name) ?? $0.id.rawValue, description: Self.trimmed($0.description)) }

        // Actors first, then each persona that is not an actor, as an end user (`endUser`).
        actors = design.actors.map { actor in
            Actor(id: actor.id.rawValue, name: Self.trimmed(actor.name) ?? actor.id.rawValue, kind: actor.kind,
                  description: Self.providerDescription(actor))
        }
        let actorIDs = Set(design.actors.map(\.id.rawValue))
        actors += design.personas.filter { !actorIDs.contains($0.id.rawValue) }.map { persona in
            Actor(id: persona.id.rawValue, name: Self.trimmed(persona.name) ?? persona.id.rawValue, kind: .customer, description: nil)
        }
        let endUsers = actors.filter { $0.kind == .customer }
        personas = endUsers.map { EndUser(id: $0.id, name: $0.name) }
        let endUserIDs = endUsers.map(\.id)

        touchpoints = design.touchpoints.map { touchpoint in
            // CJML has one initiator and one receiver; without them, the touchpoint's first actors.
            let initiator = touchpoint.initiator ?? touchpoint.actors.first
            let receiver = touchpoint.kind == .communication ? touchpoint.receiver ?? touchpoint.actors.first(where: { $0 != initiator }) : nil
            var compliance: Compliance?
            if design.kind == .actual {
                // A touchpoint id like UIOMaster's deviation ids (D and digits) with no compliance reads as ad hoc.
                compliance = touchpoint.compliance ?? (CJMLVocabulary.isDeviationID(touchpoint.id.rawValue) ? .adhoc : nil)
            }
            return Step(
                id: touchpoint.id.rawValue,
                title: Self.trimmed(touchpoint.title) ?? Self.trimmed(touchpoint.description) ?? touchpoint.id.rawValue,
                stage: touchpoint.stage.rawValue, kind: touchpoint.kind,
                // Channel names are read by CJML's vocabulary: "E-mail" is email, "unknown" none.
                channel: touchpoint.channel.flatMap { CJMLVocabulary.channel(named: $0.rawValue) },
                description: Self.trimmed(touchpoint.description),
                initiator: initiator?.rawValue, receiver: receiver?.rawValue,
                receiverLabel: touchpoint.kind == .communication ? Self.trimmed(touchpoint.receiverLabel) : nil,
                compliance: compliance, times: Self.times(touchpoint.times),
                experience: Self.experience(of: touchpoint, initiator: initiator, receiver: receiver, endUsers: endUserIDs, in: design))
        }
    }

    /// The text as the reader gives it back: without white space and line breaks at the ends,
    /// nil when nothing is left.
    static func trimmed(_ text: String?) -> String? {
        guard let text else { return nil }
        // Unicode White_Space, as the reader trims (not Foundation's set, which on Linux also
        // holds U+200B).
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        return String(scalars[first...last])
    }

    /// A service provider's description survives as its `providerType` when it names the
    /// provider's own kind ("IT systems" for a system) and says more than the kind's name.
    static func providerDescription(_ actor: JourneyKit.Actor) -> String? {
        guard actor.kind != .customer, let description = trimmed(actor.description),
              CJMLVocabulary.providerKind(description) == actor.kind, !CJMLVocabulary.isBareKind(description) else { return nil }
        return description
    }

    static func times(_ times: TouchpointTimes?) -> TouchpointTimes? {
        guard let times else { return nil }
        let kept = TouchpointTimes(
            originated: trimmed(times.originated), received: trimmed(times.received), consumed: trimmed(times.consumed),
            started: trimmed(times.started), completed: trimmed(times.completed))
        return kept.isEmpty ? nil : kept
    }

    /// The one experience CJML writes: the reading of the end user among initiator and
    /// receiver (else of the first end user), preferring an observed reading on an actual
    /// journey and a target one on a planned journey; failing that, the reading of a persona
    /// the touchpoint serves. It is read back as that end user's, with the basis the journey's
    /// kind gives, its score rescaled to 1–5 and rounded to hundredths.
    static func experience(
        of touchpoint: Touchpoint, initiator: ActorID?, receiver: ActorID?, endUsers: [String], in design: ServiceDesign
    ) -> Experience? {
        guard let persona = [initiator, receiver].compactMap({ $0?.rawValue }).first(where: endUsers.contains) ?? endUsers.first else {
            return nil
        }
        let basis: EmotionReading.Basis = design.kind == .actual ? .observed : .target
        func reading(of persona: PersonaID) -> EmotionReading? {
            let readings = touchpoint.emotions.filter { $0.persona == persona }
            return readings.first { $0.basis == basis } ?? readings.first
        }
        guard let chosen = reading(of: PersonaID(persona))
            ?? design.personas.lazy.filter({ touchpoint.serves($0.id) }).compactMap({ reading(of: $0.id) }).first else { return nil }
        let scale = design.scale
        let onFive = scale.min == 1 && scale.max == 5 ? chosen.score : 1 + (chosen.score - scale.min) * 4 / (scale.max - scale.min)
        let rating = (onFive * 100).rounded() / 100
        guard rating.isFinite, (1...5).contains(rating) else { return nil }
        return Experience(persona: persona, rating: rating, thought: trimmed(chosen.thought), basis: basis)
    }
}
