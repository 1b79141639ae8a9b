import Foundation
import JourneyKit

/// The decisions behind a CJML export, made once so that the writer and the notes agree: which
/// actors become end users, who initiates and receives each touchpoint, and whose emotion
/// becomes each touchpoint's experience.
struct CJMLExportPlan {
    /// An actor as CJML writes it.
    struct ExportedActor {
        var id: String
        var name: String
        var isEndUser: Bool
        var providerType: String?
        /// Set when the actor's description is not written.
        var droppedDescription: Bool
    }

    /// What one touchpoint becomes.
    struct ExportedTouchpoint {
        var initiator: ActorID?
        var receiver: ActorID?
        /// The emotion written as `touchpointExperience`, and its rating on CJML's 1–5 scale.
        var reading: EmotionReading?
        var rating: Double?
        /// Actors of the touchpoint that CJML has no place for.
        var otherActors: Int
        /// A receiver (or receiver label) an action has, which CJML actions cannot carry.
        var droppedReceiver: Bool
        /// A reading that was left out because it lies outside the design's scale.
        var outOfScale: Bool
    }

    var actors: [ExportedActor] = []
    var touchpoints: [ExportedTouchpoint] = []
    /// Personas written as end users because no actor has their id.
    var personasAsEndUsers = 0
    /// True when scores are rescaled from the design's scale to 1–5.
    let rescales: Bool

    init(_ design: ServiceDesign) {
        let scale = design.scale
        rescales = !(scale.min == 1 && scale.max == 5)
        for actor in design.actors {
            let isEndUser = actor.kind == .customer
            let providerType = isEndUser ? nil : CJMLVocabulary.providerType(for: actor)
            let dropped = actor.description.map { !$0.isEmpty && $0 != providerType } ?? false
            actors.append(ExportedActor(id: actor.id.rawValue, name: actor.name, isEndUser: isEndUser,
                                        providerType: providerType, droppedDescription: dropped))
        }
        let actorIDs = Set(design.actors.map(\.id.rawValue))
        for persona in design.personas where !actorIDs.contains(persona.id.rawValue) {
            actors.append(ExportedActor(id: persona.id.rawValue, name: persona.name, isEndUser: true,
                                        providerType: nil, droppedDescription: false))
            personasAsEndUsers += 1
        }
        let endUsers = actors.filter(\.isEndUser).map(\.id)
        for touchpoint in design.touchpoints {
            touchpoints.append(Self.plan(touchpoint, in: design, endUsers: endUsers, rescales: rescales))
        }
    }

    private static func plan(_ touchpoint: Touchpoint, in design: ServiceDesign, endUsers: [String], rescales: Bool) -> ExportedTouchpoint {
        let initiator = touchpoint.initiator ?? touchpoint.actors.first
        var receiver: ActorID?
        var droppedReceiver = false
        if touchpoint.kind == .communication {
            receiver = touchpoint.receiver ?? touchpoint.actors.first { $0 != initiator }
        } else {
            droppedReceiver = touchpoint.receiver != nil || touchpoint.receiverLabel != nil
        }
        let written = Set([initiator, receiver].compactMap { $0 })
        let otherActors = Set(touchpoint.actors).subtracting(written).count

        // The persona a reader attributes the experience to (see CJMLReader.customerPersona).
        let target = [initiator, receiver].compactMap { $0?.rawValue }.first { endUsers.contains($0) } ?? endUsers.first
        let preferred: EmotionReading.Basis = design.kind == .actual ? .observed : .target
        func reading(of persona: PersonaID) -> EmotionReading? {
            let readings = touchpoint.emotions.filter { $0.persona == persona }
            return readings.first { $0.basis == preferred } ?? readings.first
        }
        var chosen: EmotionReading?
        if let target {
            chosen = reading(of: PersonaID(target))
                ?? design.personas.lazy.filter { touchpoint.serves($0.id) }.compactMap { reading(of: $0.id) }.first
        }
        var rating: Double?
        var outOfScale = false
        if let reading = chosen {
            let scale = design.scale
            let value = rescales && scale.max > scale.min ? 1 + (reading.score - scale.min) * 4 / (scale.max - scale.min) : reading.score
            let rounded = (value * 100).rounded() / 100
            if rounded.isFinite, (1...5).contains(rounded) {
                rating = rounded
            } else {
                chosen = nil
                outOfScale = true
            }
        }
        return ExportedTouchpoint(initiator: initiator, receiver: receiver, reading: chosen, rating: rating,
                                  otherActors: otherActors, droppedReceiver: droppedReceiver, outOfScale: outOfScale)
    }
}
