import Foundation
import JourneyKit

/// Reads event logs: CSV files with one row per thing that happened to one customer (a *case*),
/// as process-mining tools and ticket systems export them, into actual journeys.
///
/// Each case becomes one actual journey (`JourneyKind.actual`) that names the plan it followed,
/// so `JourneyComparison` can set it against the plan. See `docs/event-logs.md`.
public enum EventLog {
    /// The names of the log's columns. A name is matched against the header case-insensitively,
    /// ignoring surrounding white space. When a column keeps its default name and the header
    /// lacks it, the common aliases in ``aliases`` are tried too (`case_id`, `touchpoint`, `time`…).
    public struct Columns: Hashable, Sendable {
        /// Which customer the event belongs to. Required.
        public var caseID: String
        /// What happened: a planned touchpoint's id or title, or anything else (ad hoc). Required.
        public var activity: String
        /// When it happened. Required.
        public var timestamp: String
        /// The persona whose feelings the rating gives. Optional.
        public var persona: String
        /// A score on the plan's emotion scale. Optional.
        public var rating: String
        /// The customer's words, kept as the reading's thought. Optional.
        public var comment: String

        /// The column names, each `case`, `activity`, `timestamp`, `persona`, `rating` or `comment`
        /// unless given (a default name also finds its ``aliases``).
        public init(
            caseID: String = "case", activity: String = "activity", timestamp: String = "timestamp",
            persona: String = "persona", rating: String = "rating", comment: String = "comment"
        ) {
            self.caseID = caseID
            self.activity = activity
            self.timestamp = timestamp
            self.persona = persona
            self.rating = rating
            self.comment = comment
        }

        /// Names tried, case-insensitively, when a column has its default name and the header
        /// does not have it, keyed by the default name.
        public static let aliases: [String: [String]] = [
            "case": ["case_id", "caseid", "case id", "case-id", "case:concept:name", "trace", "trace_id", "journey_id", "customer_id", "patient_id"],
            "activity": ["touchpoint", "touchpoint_id", "event", "event_name", "activity_name", "step", "action", "concept:name"],
            "timestamp": ["time", "time:timestamp", "datetime", "date_time", "event_time", "ts", "when", "date"],
            "persona": ["persona_id", "segment"],
            "rating": ["score", "emotion", "satisfaction", "csat"],
            "comment": ["comments", "note", "notes", "thought", "feedback", "quote"],
        ]

        static let defaults = Columns()

        /// Each column: its role, the name asked for, the default and whether it is required.
        var roles: [(role: Role, name: String, fallback: String)] {
            [
                (.caseID, caseID, Self.defaults.caseID), (.activity, activity, Self.defaults.activity),
                (.timestamp, timestamp, Self.defaults.timestamp), (.persona, persona, Self.defaults.persona),
                (.rating, rating, Self.defaults.rating), (.comment, comment, Self.defaults.comment),
            ]
        }

        enum Role: CaseIterable {
            case caseID, activity, timestamp, persona, rating, comment
            var isRequired: Bool { self == .caseID || self == .activity || self == .timestamp }
        }

        /// The index of each column in `header`, and the problem when a required one is missing.
        func resolve(_ header: [String], file: String) -> (indices: [Role: Int], problems: [FileProblem]) {
            let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            var indices: [Role: Int] = [:]
            var problems: [FileProblem] = []
            for (role, name, fallback) in roles {
                let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
                var candidates = [wanted]
                if name == fallback { candidates += Self.aliases[fallback] ?? [] }
                if let index = candidates.lazy.compactMap({ names.firstIndex(of: $0) }).first {
                    indices[role] = index
                } else if role.isRequired {
                    let found = header.map { "\"\($0)\"" }.joined(separator: ", ")
                    problems.append(.missingField(name, element: "the header (columns found: \(found))",
                        SourceLocation(file: file, line: 1, column: 1)))
                }
            }
            return (indices, problems)
        }
    }

    /// Reads an event log into one actual journey per case.
    ///
    /// - Parameters:
    ///   - data: the file's bytes: UTF-8 (a byte-order mark is skipped), comma- or
    ///     semicolon-separated (semicolons when the header has no comma but has `;`), LF or CRLF.
    ///   - name: the file's path as the user gave it, for `file:line:col` in messages.
    ///   - columns: the column names; by default `case`, `activity`, `timestamp`, `persona`,
    ///     `rating`, `comment` (or their aliases).
    ///   - plan: the planned journey the cases followed: activities are matched to its
    ///     touchpoints, ratings read on its scale. Without one, every event is its own step.
    /// - Returns: the journeys, in the order their cases first appear; problems (errors, each row
    ///   with a problem is left out) and warnings (the row is read).
    public static func read(
        _ data: Data, name: String, columns: Columns = .init(), plan: ServiceDesign?
    ) -> (journeys: [ServiceDesign], problems: [FileProblem], warnings: [FileProblem]) {
        let table: EventTable
        switch EventTable.parse(data, file: name) {
        case .success(let parsed): table = parsed
        case .failure(let problem): return ([], [problem], [])
        }
        guard let header = table.rows.first, !(header.fields.count == 1 && header.fields[0].isEmpty) else {
            return ([], [.empty(SourceLocation(file: name, line: 1, column: 1))], [])
        }
        let (indices, columnProblems) = columns.resolve(header.fields, file: name)
        if !columnProblems.isEmpty { return ([], columnProblems, []) }
        var reader = EventRowReader(file: name, width: header.fields.count, indices: indices, columns: columns, plan: plan)
        for row in table.rows.dropFirst() { reader.read(row) }
        let journeys = EventJourneyBuilder(plan: plan, file: name).journeys(reader.cases)
        return (journeys, table.problems + reader.problems, reader.warnings)
    }
}
