import JourneyKit

/// Turns the cases of an event log into actual journeys of a plan.
struct EventJourneyBuilder {
    let plan: ServiceDesign?
    let file: String
    private let byID: [String: Touchpoint]
    private let byTitle: [String: Touchpoint]
    private let defaultPersona: PersonaID

    /// The stage of steps the plan does not have.
    static let unplannedStage = Stage(id: "unplanned", name: "Unplanned")

    init(plan: ServiceDesign?, file: String) {
        self.plan = plan
        self.file = file
        var byID: [String: Touchpoint] = [:]
        var byTitle: [String: Touchpoint] = [:]
        for touchpoint in plan?.touchpoints ?? [] {
            byID[touchpoint.id.rawValue] = byID[touchpoint.id.rawValue] ?? touchpoint
            let title = Self.titleKey(touchpoint.title)
            byTitle[title] = byTitle[title] ?? touchpoint
        }
        self.byID = byID
        self.byTitle = byTitle
        self.defaultPersona = plan?.personas.first?.id ?? "customer"
    }

    static func titleKey(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// An id from free text: lower case, letters and digits kept, anything else one `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(character)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "event" : result
    }

    /// The planned touchpoint an activity names: by id, else by title.
    func planned(_ activity: String) -> Touchpoint? {
        byID[activity] ?? byTitle[Self.titleKey(activity)]
    }

    func journeys(_ cases: [EventCase]) -> [ServiceDesign] {
        var usedIDs: Set<String> = []
        return cases.map { eventCase in
            var id = "case-" + Self.slug(eventCase.id)
            if usedIDs.contains(id) {
                var n = 2
                while usedIDs.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            usedIDs.insert(id)
            return journey(eventCase, id: DesignID(id))
        }
    }

    func journey(_ eventCase: EventCase, id: DesignID) -> ServiceDesign {
        let events = eventCase.events.sorted { ($0.seconds, $0.sequence) < ($1.seconds, $1.sequence) }
        var touchpoints: [Touchpoint] = []
        var usedIDs: Set<String> = []
        var stagesUsed: Set<StageID> = []
        var personasUsed: [PersonaID] = []
        for event in events {
            let match = planned(event.activity)
            let baseID = match?.id.rawValue ?? Self.slug(event.activity)
            // A step taken again (a loop) keeps the planned title; its id gets -2, -3…
            var touchpointID = baseID
            var n = 2
            while usedIDs.contains(touchpointID) {
                touchpointID = "\(baseID)-\(n)"
                n += 1
            }
            usedIDs.insert(touchpointID)
            // An ad hoc step belongs to the stage of the step before it, so that the journey
            // keeps its time order when written out (files list touchpoints under their stage).
            let stage = match?.stage ?? touchpoints.last?.stage ?? (plan == nil ? "events" : Self.unplannedStage.id)
            stagesUsed.insert(stage)
            let location = SourceLocation(file: file, line: event.line, column: 1)
            var touchpoint = Touchpoint(
                id: TouchpointID(touchpointID), title: match?.title ?? event.activity, stage: stage,
                channel: match?.channel, kind: match?.kind ?? .action, lane: match?.lane,
                origin: SourceOrigin(location))
            if plan != nil { touchpoint.compliance = match == nil ? .adhoc : .completed }
            touchpoint.times = TouchpointTimes(completed: event.time)
            let persona = event.persona.map { PersonaID($0) } ?? defaultPersona
            if let score = event.rating {
                touchpoint.emotions = [EmotionReading(persona: persona, score: score, thought: event.comment, basis: .observed, origin: SourceOrigin(location))]
                if !personasUsed.contains(persona) { personasUsed.append(persona) }
            } else if let comment = event.comment {
                touchpoint.description = comment
            }
            touchpoints.append(touchpoint)
        }
        var design = ServiceDesign(
            id: id, title: "Case \(eventCase.id)", kind: .actual, scale: plan?.scale ?? .standard,
            personas: personas(personasUsed), stages: stages(stagesUsed), touchpoints: touchpoints,
            origin: SourceOrigin(SourceLocation(file: file, line: eventCase.events.first?.line ?? 1, column: 1)))
        design.plannedJourney = plan?.id
        return design
    }

    /// The personas the readings name: the plan's own where it has them, in the plan's order.
    private func personas(_ used: [PersonaID]) -> [Persona] {
        let planned = (plan?.personas ?? []).filter { used.contains($0.id) }
        let extra = used.filter { id in !planned.contains { $0.id == id } }.map { Persona(id: $0, name: $0.rawValue) }
        return planned + extra
    }

    /// The plan's stages the journey went through, in the plan's order, then the unplanned one.
    private func stages(_ used: Set<StageID>) -> [Stage] {
        var stages = (plan?.stages ?? []).filter { used.contains($0.id) }
        if used.contains(Self.unplannedStage.id), !stages.contains(where: { $0.id == Self.unplannedStage.id }) {
            stages.append(Self.unplannedStage)
        }
        if used.contains("events") { stages.append(Stage(id: "events", name: "Events")) }
        return stages
    }
}
