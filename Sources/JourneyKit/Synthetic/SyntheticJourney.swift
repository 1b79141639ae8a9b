/// Synthetic journeys for benchmarks: the graph shape of `gen_journey.py` in the team's shared
/// tools, built as a model so that every format JourneyKit writes can carry the same journey.
///
/// N touchpoints in max(1, N/20) stages; three personas with a reading each, -3…3; about one
/// touchpoint in ten has an extra forward branch two to six steps on; a moment of truth every 50
/// touchpoints; every seventh label has an `&`. The same seed gives the same journey.
public enum SyntheticJourney {
    static let channels: [Channel] = [.app, .web, .email, .phone, .store, .chat, .sms, .social]
    static let lanes: [Lane] = [.customer, .frontstage, .backstage, .support]
    static let verbs = ["Discover", "Compare", "Sign up for", "Order", "Pay for", "Track", "Return", "Ask about", "Rate", "Renew"]
    static let things = [
        "the plan", "a delivery slot", "the invoice", "a replacement part", "the loyalty card", "a store visit",
        "the refund", "an appointment",
    ]
    static let personas: [(id: String, name: String, role: String)] = [
        ("p1", "Maya", "first-time buyer"), ("p2", "Ola", "loyal customer"), ("p3", "Sam", "support-heavy user"),
    ]

    /// A journey of `touchpoints` touchpoints (at least one).
    public static func design(touchpoints n: Int, seed: UInt64 = 7) -> ServiceDesign {
        let n = max(1, n)
        var random = SplitMix64(seed: seed)
        let stageCount = max(1, n / 20)
        var stages: [Stage] = []
        stages.reserveCapacity(stageCount)
        var touchpoints: [Touchpoint] = []
        touchpoints.reserveCapacity(n)
        for s in 0..<stageCount {
            let stage = StageID("s\(s)")
            stages.append(Stage(id: stage, name: "Stage \(s)"))
            for i in (s * n / stageCount)..<((s + 1) * n / stageCount) {
                var title = "\(random.pick(verbs)) \(random.pick(things)) #\(i)"
                if i % 7 == 3 { title += " & confirm" }
                let emotions = personas.map {
                    EmotionReading(persona: PersonaID($0.id), score: Double(random.below(7)) - 3)
                }
                var branches: [Branch] = []
                if random.below(10) == 0 && i < n - 2 {
                    let target = min(n - 1, i + 2 + random.below(5))
                    branches.append(Branch(if: "alternative path", to: TouchpointID("t\(target)")))
                }
                touchpoints.append(Touchpoint(
                    id: TouchpointID("t\(i)"), title: title, stage: stage, channel: random.pick(channels),
                    lane: random.pick(lanes), momentOfTruth: i % 50 == 0 ? MomentOfTruth() : nil,
                    emotions: emotions, next: i + 1 < n ? [TouchpointID("t\(i + 1)")] : [],
                    branches: branches
                ))
            }
        }
        return ServiceDesign(
            id: DesignID("bench-\(n)"), title: "Synthetic journey, \(n) touchpoints", version: "1",
            scale: EmotionScale(min: -3, max: 3, neutral: 0),
            personas: personas.map { Persona(id: PersonaID($0.id), name: $0.name, description: $0.role) },
            stages: stages, touchpoints: touchpoints
        )
    }
}

/// A small, fast generator whose sequence is fixed for a seed on every platform (Swift's
/// `SystemRandomNumberGenerator` cannot be seeded).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0); the modulo bias is far below what a benchmark notices.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
