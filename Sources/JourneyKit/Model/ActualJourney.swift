/// How an actual touchpoint relates to the planned journey (CJML's `compliance` values).
public enum Compliance: String, CaseIterable, Hashable, Sendable {
    /// It happened as planned.
    case completed
    /// It happened, but the plan has no such step (an ad hoc step).
    case adhoc
    /// It was planned and happened, but it went wrong.
    case failing
    /// It was planned and did not happen.
    case missing
}

/// When an actual touchpoint happened, as the record gives it: each moment kept as written
/// (ISO 8601 is usual, e.g. `2026-03-02T09:15:00+01:00`), so that nothing is lost in a round trip.
///
/// A communication point is originated by its initiator, then received and consumed by its
/// receiver; an action is started and completed.
public struct TouchpointTimes: Hashable, Sendable {
    /// When the initiator sent a communication; `nil` when not recorded.
    public var originated: String?
    /// When the receiver got the communication; `nil` when not recorded.
    public var received: String?
    /// When the receiver read, heard or otherwise took in the communication; `nil` when not
    /// recorded.
    public var consumed: String?
    /// When an action began; `nil` when not recorded.
    public var started: String?
    /// When an action was finished; `nil` when not recorded.
    public var completed: String?

    /// Creates the times of an actual touchpoint. Each parameter sets the moment of the same name,
    /// as text; all are optional.
    public init(originated: String? = nil, received: String? = nil, consumed: String? = nil, started: String? = nil, completed: String? = nil) {
        self.originated = originated
        self.received = received
        self.consumed = consumed
        self.started = started
        self.completed = completed
    }

    /// True when no moment is recorded.
    public var isEmpty: Bool { [originated, received, consumed, started, completed].allSatisfy { $0 == nil } }

    /// The moments in the order they happen, with their names.
    public var moments: [(name: String, value: String)] {
        [("originated", originated), ("received", received), ("consumed", consumed), ("started", started), ("completed", completed)]
            .compactMap { name, value in value.map { (name, $0) } }
    }
}
