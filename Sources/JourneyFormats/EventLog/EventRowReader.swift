import JourneyKit

/// One row of an event log, checked.
struct Event {
    var line: Int
    /// The row's place in the file, to keep the sort stable.
    var sequence: Int
    var caseID: String
    var activity: String
    /// The timestamp as written (trimmed).
    var time: String
    var seconds: Double
    var persona: String?
    var rating: Double?
    var comment: String?
}

/// The events of one case, in file order.
struct EventCase {
    var id: String
    var events: [Event]
}

/// Checks each row and sorts the good ones into cases; a row with a problem is left out.
struct EventRowReader {
    let file: String
    let width: Int
    let indices: [EventLog.Columns.Role: Int]
    let columns: EventLog.Columns
    let scale: EmotionScale
    let planPersonas: Set<String>?
    private(set) var cases: [EventCase] = []
    private var caseIndex: [String: Int] = [:]
    private(set) var problems: [FileProblem] = []
    private(set) var warnings: [FileProblem] = []
    private var warnedPersonas: Set<String> = []
    private var sequence = 0

    init(file: String, width: Int, indices: [EventLog.Columns.Role: Int], columns: EventLog.Columns, plan: ServiceDesign?) {
        self.file = file
        self.width = width
        self.indices = indices
        self.columns = columns
        self.scale = plan?.scale ?? .standard
        self.planPersonas = plan.map { Set($0.personas.map(\.id.rawValue)) }
    }

    private func name(of role: EventLog.Columns.Role) -> String {
        switch role {
        case .caseID: columns.caseID
        case .activity: columns.activity
        case .timestamp: columns.timestamp
        case .persona: columns.persona
        case .rating: columns.rating
        case .comment: columns.comment
        }
    }

    mutating func read(_ record: EventRecord) {
        let fields = record.fields
        // A blank line: SwiftCSV gives one empty field.
        if fields.count == 1, fields[0].allSatisfy(\.isWhitespace) { return }
        let location = SourceLocation(file: file, line: record.line, column: 1)
        guard fields.count == width else {
            problems.append(.syntax(location,
                problem: "the row has \(fields.count) field\(fields.count == 1 ? "" : "s"), the header has \(width)",
                context: "a field holding a comma or a line break must be quoted"))
            return
        }
        func value(_ role: EventLog.Columns.Role) -> String? {
            guard let index = indices[role] else { return nil }
            let text = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        var bad = false
        guard let caseID = value(.caseID) else {
            problems.append(.missingField(name(of: .caseID), element: "the event", location))
            bad = true
            return
        }
        let activity = value(.activity)
        if activity == nil {
            problems.append(.missingField(name(of: .activity), element: "the event", location))
            bad = true
        }
        let time = value(.timestamp)
        var seconds: Double?
        if let time {
            seconds = EventTimestamp.seconds(Substring(time))
            if seconds == nil {
                problems.append(.invalidValue(field: name(of: .timestamp), value: time,
                    reason: "it is not a date and time; write ISO 8601 (2026-03-02T09:15:00+01:00, with or without the zone) or 2026-03-02 09:15[:00]",
                    location, suggestion: nil))
                bad = true
            }
        } else {
            problems.append(.missingField(name(of: .timestamp), element: "the event", location))
            bad = true
        }
        var rating: Double?
        if let text = value(.rating) {
            if let score = Double(text), score.isFinite {
                if scale.contains(score) {
                    rating = score
                } else {
                    warnings.append(.tolerated(location,
                        detail: "the rating \(text) is outside the plan's scale \(scale.min.scoreText)…\(scale.max.scoreText); the event is read without it"))
                }
            } else {
                problems.append(.wrongType(field: name(of: .rating), expected: "a number on the scale \(scale.min.scoreText)…\(scale.max.scoreText)", found: "\"\(text)\"", location))
                bad = true
            }
        }
        let persona = value(.persona)
        if let persona, let planPersonas, !planPersonas.contains(persona), !warnedPersonas.contains(persona) {
            warnedPersonas.insert(persona)
            warnings.append(.tolerated(location, detail: "the persona \"\(persona)\" is not one of the plan's (\(planPersonas.sorted().joined(separator: ", "))); it is added to the journeys that name it"))
        }
        guard !bad, let activity, let time, let seconds else { return }
        let event = Event(line: record.line, sequence: sequence, caseID: caseID, activity: activity, time: time,
            seconds: seconds, persona: persona, rating: rating, comment: value(.comment))
        sequence += 1
        if let index = caseIndex[caseID] {
            cases[index].events.append(event)
        } else {
            caseIndex[caseID] = cases.count
            cases.append(EventCase(id: caseID, events: [event]))
        }
    }
}
