import Foundation
import JourneyKit
import XMLSupport

/// Actors: `endUser` and `serviceProvider` (and aika0725/CJML's `actor` with a role), and the
/// references touchpoints make to them.
extension CJMLReader {
    static let actorElements: Set<String> = ["endUser", "serviceProvider", "actor"]

    /// Reads the actors of `<actors>` (and any written directly in the journey). An end user
    /// becomes a customer actor and a persona of the same id; a service provider an employee,
    /// system or partner by its `providerType`, which is kept as the actor's description.
    func readActors(_ journey: XMLElement) {
        var elements: [XMLElement] = []
        for wrapper in journey.children("actors") {
            checkNoText(wrapper)
            for child in wrapper.children {
                if Self.actorElements.contains(child.name) { elements.append(child) } else { warnUnknown(child, in: wrapper) }
            }
        }
        elements += journey.children.filter { Self.actorElements.contains($0.name) }
        for element in elements.sorted(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
            readActor(element)
        }
    }

    private func readActor(_ element: XMLElement) {
        checkNoText(element)
        let known: Set<String> = ["actorName", "companyName", "providerType", "actorRole"]
        for child in element.children where !known.contains(child.name) { warnUnknown(child, in: element) }

        let idAttribute: XMLAttribute?
        if let declared = element.attribute("actorID") ?? element.attribute("id") {
            idAttribute = declared
        } else if let reference = element.attribute("actorIDref") {
            // UIOMaster writes actorIDref for an actor that an earlier journey of the file declared.
            warn(at(reference), "<\(element.name)> has actorIDref where actorID belongs (UIOMaster writes it for an actor of an earlier journey); read as its id")
            idAttribute = reference
        } else {
            idAttribute = nil
        }
        let name = text(element.child("actorName")) ?? text(element.child("companyName"))
        guard let idAttribute, let id = optionalIdentifier(idAttribute.value, at: at(idAttribute), what: "actorID") else {
            let generated = uniqueActorID(name.map(CJMLVocabulary.slug) ?? "actor-\(actors.count + 1)")
            warn(element, "<\(element.name)> has no actorID; read as \"\(generated)\"")
            addActor(element, id: generated, name: name)
            return
        }
        if actors.contains(where: { $0.id.rawValue == id }) {
            warn(element, "the actor \"\(id)\" is declared twice; the second declaration was not read")
            return
        }
        addActor(element, id: id, name: name)
    }

    private func addActor(_ element: XMLElement, id: String, name: String?) {
        let origin = SourceOrigin(at(element))
        let actorName = name ?? id
        switch element.name {
        case "endUser":
            actors.append(Actor(id: ActorID(id), name: actorName, kind: .customer, origin: origin))
            endUsers.append(ActorID(id))
        case "actor":
            let role = text(element.child("actorRole"))
            if let role, CJMLVocabulary.isEndUserRole(role) {
                actors.append(Actor(id: ActorID(id), name: actorName, kind: .customer, origin: origin))
                endUsers.append(ActorID(id))
            } else {
                actors.append(provider(id: id, name: actorName, type: role, origin: origin))
            }
        default:
            actors.append(provider(id: id, name: actorName, type: text(element.child("providerType")), origin: origin))
        }
    }

    private func provider(id: String, name: String, type: String?, origin: SourceOrigin) -> Actor {
        let description = type.flatMap { CJMLVocabulary.isBareKind($0) ? nil : $0 }
        return Actor(id: ActorID(id), name: name, kind: CJMLVocabulary.providerKind(type), description: description, origin: origin)
    }

    private func uniqueActorID(_ base: String) -> String {
        let start = base.isEmpty ? "actor" : base
        var candidate = start
        var number = 2
        while actors.contains(where: { $0.id.rawValue == candidate }) {
            candidate = "\(start)-\(number)"
            number += 1
        }
        return candidate
    }

    // MARK: References

    /// The actor a touchpoint refers to: by id (`refersTo/@actorIDref`), or by name where the
    /// producer writes names (aika0725/CJML) or a reference matches no id but an actor's name.
    /// A reference to no known actor adds a service provider of that name, with a warning, so
    /// that the design stays whole.
    func actor(referredToBy raw: String, at location: SourceLocation, byName: Bool) -> ActorID? {
        let written = CJMLVocabulary.trimmingWhiteSpace(raw)
        guard !written.isEmpty else { return nil }
        if byName {
            if let match = actors.first(where: { $0.name == written })
                ?? actors.first(where: { $0.name.caseInsensitiveCompare(written) == .orderedSame }) {
                tally("names-for-ids", at: location) { _ in
                    "initiator and receiver name their actors instead of referring to an actorID (as aika0725/CJML writes them); matched by name"
                }
                return match.id
            }
        }
        guard let id = optionalIdentifier(raw, at: location, what: "actorIDref", quiet: true) else { return nil }
        if let match = actors.first(where: { $0.id.rawValue == id }) { return match.id }
        if !byName, let match = actors.first(where: { $0.name.caseInsensitiveCompare(written) == .orderedSame }) {
            if warnedKeys.insert("by-name:" + written).inserted {
                warn(location, "actorIDref \"\(written)\" names the actor \"\(match.id)\" instead of giving its id; read as \"\(match.id)\"")
            }
            return match.id
        }
        if warnedKeys.insert("dangling:" + id).inserted {
            warn(location, "the actor \"\(written)\" is not declared in <actors>; it was added as a service provider so that the journey stays whole")
            actors.append(Actor(id: ActorID(id), name: written, kind: .employee, origin: SourceOrigin(location)))
        }
        return ActorID(id)
    }

    /// The persona whose experience a touchpoint records: the initiator if it is an end user,
    /// else the receiver if it is, else the first end user.
    func customerPersona(initiator: ActorID?, receiver: ActorID?) -> PersonaID? {
        let chosen = [initiator, receiver].compactMap { $0 }.first { endUsers.contains($0) } ?? endUsers.first
        return chosen.map { PersonaID($0.rawValue) }
    }
}
