import Foundation
import JourneyKit
import XMLSupport

/// Touchpoints: communication points (initiator → receiver) and actions, in document order.
extension CJMLReader {
    static let touchpointElements: Set<String> = [
        "plannedCommunicationPoint", "actualCommunicationPoint", "plannedAction", "actualAction",
        "communicationPoint", "action", "touchpoint",
    ]

    static let touchpointFields: Set<String> = [
        "touchpointID", "belongsTo", "compliance", "initiator", "receiver", "channel", "comment",
        "timestamps", "touchpointExperience",
        // aika0725/CJML
        "time", "initiatorDescription", "receiverDescription",
    ]

    func readTouchpoints(_ journey: XMLElement) {
        var elements: [XMLElement] = []
        for wrapper in journey.children("touchpoints") {
            checkNoText(wrapper)
            for child in wrapper.children {
                if Self.touchpointElements.contains(child.name) { elements.append(child) } else { warnUnknown(child, in: wrapper) }
            }
        }
        elements += journey.children.filter { Self.touchpointElements.contains($0.name) }
        for element in elements.sorted(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
            touchpoints.append(readTouchpoint(element))
        }
    }

    private func readTouchpoint(_ element: XMLElement) -> Touchpoint {
        checkNoText(element)
        for child in element.children where !Self.touchpointFields.contains(child.name) { warnUnknown(child, in: element) }
        let kind = touchpointKind(element)
        let id = touchpointID(element)
        let stage = stage(of: element)
        let byName = element.name == "touchpoint"

        let initiatorElement = element.child("initiator")
        let receiverElement = element.child("receiver")
        let initiator = initiatorElement.flatMap { reference(in: $0, byName: byName) }
        let receiver = receiverElement.flatMap { reference(in: $0, byName: byName) }
        if let receiverElement, let r = element.children.firstIndex(where: { $0.name == "receiver" }),
           let i = element.children.firstIndex(where: { $0.name == "initiator" }), r < i {
            tally("receiver-first", at: at(receiverElement)) { count in
                "<receiver> comes before <initiator> in \(count == 1 ? "a touchpoint" : "\(count) touchpoints") (as CJMLExcel writes them), first here; read anyway"
            }
        }
        let label = text(initiatorElement?.child("initiatorLabel")) ?? text(element.child("initiatorDescription"))
        let comment = text(element.child("comment"))

        var touchpoint = Touchpoint(
            id: TouchpointID(id), title: label ?? comment ?? id, stage: stage, description: comment,
            channel: channel(element), kind: kind, initiator: initiator, receiver: receiver,
            origin: SourceOrigin(at(element))
        )
        touchpoint.receiverLabel = text(receiverElement?.child("receiverLabel")) ?? text(element.child("receiverDescription"))
        touchpoint.times = times(element, kind: kind)
        touchpoint.compliance = compliance(element, id: id)
        if let experience = element.child("touchpointExperience"),
           let reading = reading(experience, initiator: initiator, receiver: receiver) {
            touchpoint.emotions = [reading]
        }
        return touchpoint
    }

    private func touchpointKind(_ element: XMLElement) -> TouchpointKind {
        guard let named = CJMLVocabulary.touchpointKind(ofElement: element.name) else { return .action }
        if let journey = named.journey, journey != kind {
            warn(element, "<\(element.name)> in \(kind == .actual ? "an actual" : "a planned") journey; read as a touchpoint of that journey")
        }
        guard element.name == "touchpoint" else { return named.kind }
        let type = element.attribute("type")?.value.trimmingCharacters(in: .whitespaces).lowercased()
        switch type {
        case "action": return .action
        case "communication", "communicationpoint": return .communication
        default:
            let guess: TouchpointKind = element.child("receiver") == nil ? .action : .communication
            warn(element, "<touchpoint> has type \"\(type ?? "")\", neither action nor communication; read as \(guess == .action ? "an action" : "a communication point")")
            return guess
        }
    }

    private func touchpointID(_ element: XMLElement) -> String {
        let idElement = element.child("touchpointID")
        let written = idElement.map(\.text) ?? element.attribute("id")?.value ?? ""
        let location = idElement.map(at) ?? element.attribute("id").map(at) ?? at(element)
        if let id = optionalIdentifier(written, at: location, what: "touchpointID") {
            if !touchpoints.contains(where: { $0.id.rawValue == id }) { return id }
            let generated = uniqueTouchpointID(id)
            warn(location, "the touchpointID \"\(id)\" is used twice; this touchpoint was read as \"\(generated)\"")
            return generated
        }
        let generated = uniqueTouchpointID("tp-\(touchpoints.count + 1)")
        warn(element, "<\(element.name)> has no touchpointID; read as \"\(generated)\"")
        return generated
    }

    private func uniqueTouchpointID(_ base: String) -> String {
        var candidate = base
        var number = 2
        while touchpoints.contains(where: { $0.id.rawValue == candidate }) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    /// The stage of `belongsTo/@phaseIDref`, or the stage for touchpoints without a phase.
    private func stage(of element: XMLElement) -> StageID {
        guard let belongsTo = element.child("belongsTo") else { return unphased() }
        let attribute = belongsTo.attribute("phaseIDref")
        let location = attribute.map(at) ?? at(belongsTo)
        guard let raw = attribute?.value, let id = optionalIdentifier(raw, at: location, what: "phaseIDref", quiet: true) else {
            tally("empty-phase", at: location) { count in
                "\(count == 1 ? "a touchpoint has" : "\(count) touchpoints have") an empty phaseIDref (CJMLExcel writes phaseIDref=\"\" for no phase), first here; put in the stage \"Not in a phase\""
            }
            return unphased()
        }
        if let stage = stages.first(where: { $0.id.rawValue == id }) { return stage.id }
        warn(location, "phaseIDref \"\(raw.trimmingCharacters(in: .whitespaces))\" names no journeyPhase; the touchpoint was put in the stage \"Not in a phase\"")
        return unphased()
    }

    /// The stage for touchpoints without a phase, made on first use and placed after the stage
    /// of the touchpoint before it, so that the stages keep the touchpoints' order.
    private func unphased() -> StageID {
        if let unphasedStage { return unphasedStage }
        let id = StageID(uniqueStageID("unphased"))
        let position = touchpoints.last.flatMap { previous in stages.firstIndex { $0.id == previous.stage } }.map { $0 + 1 } ?? 0
        stages.insert(Stage(id: id, name: "Not in a phase"), at: position)
        unphasedStage = id
        return id
    }

    private func reference(in element: XMLElement, byName: Bool) -> ActorID? {
        for child in element.children where !["refersTo", "initiatorLabel", "receiverLabel"].contains(child.name) {
            warnUnknown(child, in: element)
        }
        if let refersTo = element.child("refersTo") {
            guard let attribute = refersTo.attribute("actorIDref") ?? refersTo.attribute("actorID") else {
                warn(refersTo, "<refersTo> has no actorIDref; the \(element.name) is unknown")
                return nil
            }
            return actor(referredToBy: attribute.value, at: at(attribute), byName: false)
        }
        guard let written = text(element) else { return nil }
        return actor(referredToBy: written, at: at(element), byName: true)
    }

    private func channel(_ element: XMLElement) -> Channel? {
        guard let channel = element.child("channel") else { return nil }
        for child in channel.children where child.name != "channelName" { warnUnknown(child, in: channel) }
        return (text(channel.child("channelName")) ?? text(channel)).flatMap(CJMLVocabulary.channel(named:))
    }

    private func times(_ element: XMLElement, kind: TouchpointKind) -> TouchpointTimes? {
        var times = TouchpointTimes()
        for timestamps in element.children("timestamps") {
            checkNoText(timestamps)
            for child in timestamps.children {
                guard let entry = CJMLVocabulary.timestamps.first(where: { $0.element == child.name }) else {
                    warnUnknown(child, in: timestamps)
                    continue
                }
                times[keyPath: entry.field] = text(child)
            }
        }
        // aika0725/CJML: one `time`, when the action or communication started.
        if let time = text(element.child("time")), !["null", "undefined"].contains(time) {
            if kind == .action { times.started = times.started ?? time } else { times.originated = times.originated ?? time }
        }
        return times.isEmpty ? nil : times
    }

    private func compliance(_ element: XMLElement, id: String) -> Compliance? {
        let complianceElement = element.child("compliance")
        let written = text(complianceElement)
        if kind == .planned {
            if let complianceElement, let written {
                warn(complianceElement, "compliance \"\(written)\" on a planned journey was not read: only actual touchpoints have one")
            }
            return nil
        }
        if let complianceElement, let written {
            if let value = CJMLVocabulary.compliance(written) { return value }
            let allowed = Compliance.allCases.map(\.rawValue).joined(separator: ", ")
            warn(complianceElement, "compliance \"\(written)\" is not one of \(allowed); it was not read")
            return nil
        }
        guard CJMLVocabulary.isDeviationID(id) else { return nil }
        warn(complianceElement.map(at) ?? element.child("touchpointID").map(at) ?? at(element),
             "the touchpoint \"\(id)\" has a deviation id (D and a number, as UIOMaster and CJMLExcel mark steps the plan does not have) and no compliance; read as compliance adhoc")
        return .adhoc
    }

    private func reading(_ experience: XMLElement, initiator: ActorID?, receiver: ActorID?) -> EmotionReading? {
        checkNoText(experience)
        for child in experience.children where child.name != "experienceRating" && child.name != "experienceDescription" {
            warnUnknown(child, in: experience)
        }
        let description = text(experience.child("experienceDescription"))
        guard let ratingElement = experience.child("experienceRating"), let written = text(ratingElement) else {
            if description != nil {
                warn(experience, "an experienceDescription without an experienceRating was not kept: an emotion needs a score")
            }
            return nil
        }
        guard let score = Double(written), score.isFinite, (1...5).contains(score) else {
            warn(ratingElement, "experienceRating \"\(written)\" is not a number from 1 to 5; the experience was not read")
            return nil
        }
        guard let persona = customerPersona(initiator: initiator, receiver: receiver) else {
            warn(experience, "the experience cannot be attached to anyone: the journey has no end user")
            return nil
        }
        return EmotionReading(persona: persona, score: score, thought: description, basis: kind == .actual ? .observed : .target,
                              origin: SourceOrigin(at(experience)))
    }
}
