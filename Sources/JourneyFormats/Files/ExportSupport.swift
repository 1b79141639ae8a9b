import JourneyKit

/// Deviations a reader reports once per file, at their first place, with how often they came:
/// "the file uses X 12 times" rather than twelve warnings. Shared by the CJML and Mermaid readers.
struct DeviationTally {
    private var entries: [String: (location: SourceLocation, count: Int, detail: (Int) -> String)] = [:]
    private var order: [String] = []

    /// Counts one more occurrence of `key`; the first one's place is kept.
    mutating func add(_ key: String, at location: SourceLocation, detail: @escaping (Int) -> String) {
        if let existing = entries[key] {
            entries[key] = (existing.location, existing.count + 1, existing.detail)
        } else {
            entries[key] = (location, 1, detail)
            order.append(key)
        }
    }

    /// The warnings, in the order their kinds first came, and an empty tally.
    mutating func drain() -> [(location: SourceLocation, detail: String)] {
        let result = order.compactMap { key in entries[key].map { ($0.location, $0.detail($0.count)) } }
        entries = [:]
        order = []
        return result
    }
}

/// What a lossy export (CJML, Mermaid) says about the touchpoint features neither format has.
enum ExportNotes {
    /// Calls `note(count, what)` for each design feature of touchpoints that the format leaves out.
    static func touchpointFeatures(_ touchpoints: [Touchpoint], note: (Int, String) -> Void) {
        func count(_ condition: (Touchpoint) -> Bool) -> Int { touchpoints.filter(condition).count }
        note(count { $0.isEntry || $0.isEnd }, "entry and end marks")
        note(count { $0.lane != nil }, "blueprint lanes")
        note(count { $0.owner != nil }, "touchpoint owners")
        note(count { $0.momentOfTruth != nil }, "moments of truth")
        note(count { $0.emotional != nil }, "emotional designs")
        note(count { $0.personalized || $0.adaptive || $0.adaptation != nil }, "personalization and adaptation marks")
        note(count { $0.coCreated || !$0.coCreationSupport.isEmpty }, "co-creation marks")
        note(count { $0.deliversCore }, "core-proposition marks")
        note(count { !$0.supportedBy.isEmpty }, "supporting-step links")
        note(count { !$0.accessibility.isEmpty }, "accessibility provisions")
        note(count { $0.feedbackChannel }, "feedback-channel marks")
    }
}
