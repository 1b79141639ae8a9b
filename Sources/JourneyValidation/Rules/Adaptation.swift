import Foundation
import JourneyKit

/// What DFES-4.3-01 reads from a design to tell where personas' needs differ, and whether an
/// `adaptation:` text says anything: cheap looks at meaning, each stated in the rule's
/// `satisfiedBy`, so that a designer can predict the rule.
enum Adaptation {
    /// The personas among `served` whose needs differ at the touchpoint, in design order; empty
    /// when the design shows no difference there.
    static func personasDiffering(at touchpoint: Touchpoint, among served: [Persona], context: ValidationContext) -> [Persona] {
        var differing: [PersonaID] = []
        func add(_ ids: [PersonaID]) {
            for id in ids where !differing.contains(id) { differing.append(id) }
        }
        // The personas feel differently here.
        let readings = served.compactMap { persona in touchpoint.emotion(of: persona.id).map { (persona.id, $0.score) } }
        if let low = readings.min(by: { $0.1 < $1.1 }), let high = readings.max(by: { $0.1 < $1.1 }), low.0 != high.0 {
            let scale = context.design.scale
            let halfScale = (scale.max - scale.min) / 2
            if (context.isNegative(low.1) && high.1 >= scale.neutral) || high.1 - low.1 >= halfScale {
                add([low.0, high.0])
            }
        }
        // A pain point here hurts some of its personas and not others.
        let servedIDs = served.map(\.id)
        for pain in context.design.painPoints where pain.touchpoints.contains(touchpoint.id) && !pain.personas.isEmpty {
            let hurt = servedIDs.filter(pain.personas.contains)
            let spared = servedIDs.filter { !pain.personas.contains($0) }
            if let first = hurt.first, let other = spared.first { add([first, other]) }
        }
        // A persona's need, expectation or desire speaks of what happens here; another's does not.
        let topic = words(of: touchpoint.title)
        if !topic.isEmpty {
            let concerned = served.filter { persona in
                persona.statements.contains { !words(of: $0.statement.text).isDisjoint(with: topic) }
            }
            if let first = concerned.first, let other = served.first(where: { persona in
                !concerned.contains { $0.id == persona.id } && !(persona.needs + persona.desires + persona.expectations).isEmpty
            }) {
                add([first.id, other.id])
            }
        }
        return differing.compactMap { id in served.first { $0.id == id } }
    }

    /// Whether an adaptation text says what changes for whom: it names a persona the touchpoint
    /// serves (by id or by a word of its name), or a condition, and it is more than the title.
    static func saysSomethingSpecific(_ text: String, touchpoint: Touchpoint, personas: [Persona]) -> Bool {
        let tokens = tokens(of: text)
        if tokens == self.tokens(of: touchpoint.title) { return false }
        let names = Set(personas.flatMap { persona in
            [persona.id.rawValue.lowercased()] + self.tokens(of: persona.name).filter { $0.count >= 3 }
        })
        if tokens.contains(where: names.contains) { return true }
        let conditions: Set<String> = ["if", "when", "whenever", "for", "who", "whose", "unless", "otherwise", "depending", "instead", "while", "where"]
        return tokens.contains(where: conditions.contains)
    }

    /// The lower-case words of a text.
    static func tokens(of text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The telling words of a text: five letters or more, not among the commonest, cut to their
    /// first five letters so that "booking" meets "booked" and "bookings".
    static func words(of text: String) -> Set<String> {
        Set(tokens(of: text).filter { $0.count >= 5 && !common.contains($0) }.map { String($0.prefix(5)) })
    }

    static let common: Set<String> = [
        "about", "after", "again", "before", "being", "could", "every", "first", "their", "there", "these",
        "thing", "things", "those", "through", "under", "until", "where", "which", "while", "would", "should",
        "other", "still", "without", "within", "customer", "customers", "service", "their", "always", "never",
    ]
}
