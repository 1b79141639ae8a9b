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
            let range = scale.max - scale.min
            let gap = high.1 - low.1
            if (context.isNegative(low.1) && high.1 >= scale.neutral && gap >= range / 3) || gap >= range / 2 {
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
        // Statements are not read for topics: tried on two first drafts, a word a persona's need
        // shared with a touchpoint's title ("decision", "short", "behaviour") told nothing about
        // what the touchpoint should do differently for them.
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
}
