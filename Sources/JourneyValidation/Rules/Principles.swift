import Foundation
import JourneyKit

extension Rule {
    /// The principles of ISO/TS 24082 clause 4: emotional (4.2), adaptive (4.3), co-creative
    /// with the customer (4.4), and consistent with the organization's and the customer's
    /// perspectives (4.5).
    static let principles: [Rule] = [
        dfes42Emotion01, dfes42Delight02, dfes42Ending03, dfes43Variants01, dfes43Data02,
        dfes44Sessions01, dfes44Active02, dfes45Value01, dfes45Delivery02,
    ]

    // MARK: 4.2 Emotional

    static let dfes42Emotion01 = Rule(
        id: "DFES-4.2-01", title: "Every customer-facing touchpoint has an emotion score for each persona it serves",
        clause: .iso24082("4.2", .confirmed), basis: .heuristic,
        restsOn: "a score per persona at every touchpoint",
        severity: .warning,
        rationale: "The emotional principle cannot be assessed without emotion data.",
        hint: "add `<persona>: <score>` under `emotions:` for each persona the touchpoint serves, or list under `personas:` only the personas who go through it",
        satisfiedBy: "Every touchpoint in a customer-facing lane (no `lane`, or `customer`, `frontstage`, `evidence`; not `backstage` or `support`) has an `emotions:` score for every persona it serves (`personas:` empty means all). A persona with no score anywhere is left to STRUCT-PERSONA-NO-EMOTION; a touchpoint whose `emotions:` the reader could not read (a misspelt field) is left to that file problem.",
        example: """
            personas:
              - {id: anna, name: Anna}
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - {id: desk, title: Desk, lane: frontstage, emotions: {anna: 4}}
            """,
        areas: [.principle("4.2")],
        summary: { "\($0) customer-facing touchpoints have no emotion score for a persona they serve" }
    ) { context in
        let felt = Set(context.design.touchpoints.flatMap { $0.emotions.map(\.persona) })
        return context.design.touchpoints.filter { DFESRuleSupport.isCustomerFacing($0) }.compactMap { touchpoint in
            let missing = context.personas(servedBy: touchpoint).filter { felt.contains($0.id) && touchpoint.emotion(of: $0.id) == nil }
            guard !missing.isEmpty else { return nil }
            return Finding(
                "touchpoint \"\(touchpoint.id)\" has no emotion score for \(DFESRuleSupport.personas(missing.map(\.id)))",
                at: touchpoint.origin.location(of: "emotions"), element: touchpoint.id.rawValue,
                hint: "add \(DFESRuleSupport.series(missing.map { "`\($0.id): <score>`" }, "and")) under `emotions:`")
        }
    }

    static let dfes42Delight02 = Rule(
        id: "DFES-4.2-02", title: "Each persona has a touchpoint aimed at delight",
        clause: .iso24082("4.2", .confirmed), basis: .standard, severity: .warning,
        rationale: "Excellent service is defined by producing delight (ISO 23592 3.2, 3.5).",
        hint: "design a touchpoint to delight the persona and give it a target score in the delight band",
        satisfiedBy: "For every persona, at least one touchpoint has a target score (`basis: target`, the default) for the persona in the delight band (+2 and above on −3…+3; 4.33 and above, a 5, on the default 1–5 scale).",
        example: """
                  - {id: welcome, title: Welcomed by name, emotions: {anna: 5}}
            """,
        areas: [.principle("4.2")],
        summary: { "\($0) personas have no touchpoint with a target score in the delight band" }
    ) { context in
        let design = context.design
        return design.personas.compactMap { persona in
            let delighted = design.touchpoints.contains { touchpoint in
                guard let reading = touchpoint.emotion(of: persona.id) else { return false }
                return reading.basis == .target && context.isDelight(reading.score)
            }
            guard !delighted else { return nil }
            return Finding(
                "persona \"\(persona.id)\" has no touchpoint with a target score in the delight band (\(DFESRuleSupport.score(context.delightThreshold)) or above)",
                at: persona.origin.location, element: persona.id.rawValue)
        }
    }

    static let dfes42Ending03 = Rule(
        id: "DFES-4.2-03", title: "No stage ends badly without a recovery or an opportunity",
        clause: .iso24082("4.2", .confirmed), basis: .heuristic,
        restsOn: "the peak-end rule", severity: .warning,
        rationale: "Endings weigh heavily on remembered experience (the peak-end rule).",
        hint: "link an opportunity to the touchpoint where the stage ends badly (`opportunities: [{touchpoints: [...]}]`), or lead on from it, within the stage, to a touchpoint that recovers the feeling",
        satisfiedBy: "Every ending of a stage — a touchpoint of the stage from which the flow (`next:`, `branches:`, or falling through) leaves the stage, or where the journey ends — is, for every persona it serves (or, where the ending has no score for the persona, at the last touchpoint of the stage before it with one), above the negative band (−1 and below on −3…+3; 2.33 and below on 1–5), or an opportunity names that touchpoint (under `touchpoints:`, or through a pain point at it under `painPoints:`), or the flow leads from it, within the stage, to a touchpoint whose score for the persona is above the negative band (a recovery). An opportunity elsewhere in the stage does not count: it does not change how this ending feels.",
        example: """
                touchpoints:
                  - {id: wait, title: Wait, emotions: {anna: 2}}
            opportunities:
              - {id: live-board, title: Live delay board, touchpoints: [wait]}
            """,
        areas: [.principle("4.2")],
        summary: { "\($0) endings of stages are in the negative band, with no recovery or opportunity" }
    ) { context in
        let design = context.design
        let graph = context.graph
        // The touchpoints each opportunity relieves: those it names, and those of the pain points it names.
        var relieved: Set<TouchpointID> = []
        let painPointsByID = Dictionary(
            design.painPoints.compactMap { point in point.id.map { ($0, point) } }, uniquingKeysWith: { first, _ in first })
        for opportunity in design.opportunities {
            relieved.formUnion(opportunity.touchpoints)
            for id in opportunity.painPoints { relieved.formUnion(painPointsByID[id]?.touchpoints ?? []) }
        }
        var findings: [Finding] = []
        for stage in design.stages {
            let inStage = context.touchpoints(in: stage.id)
            let stageNodes = Set(inStage.compactMap { graph.index(of: $0.id) })
            // The stage's endings: where the flow leaves it, or the journey ends.
            let endings = inStage.filter { touchpoint in
                guard let node = graph.index(of: touchpoint.id) else { return false }
                return graph.isEnd(touchpoint.id) || graph.successors[node].isEmpty
                    || graph.successors[node].contains { !stageNodes.contains($0) }
            }
            for ending in endings {
                var hurt: [(persona: PersonaID, score: Double, at: Touchpoint)] = []
                for persona in context.personas(servedBy: ending) {
                    // The persona's feeling as the stage ends here: at the ending, or the last score before it.
                    let upTo = inStage.prefix { $0.id != ending.id } + [ending]
                    guard let scored = upTo.last(where: { $0.emotion(of: persona.id) != nil }),
                        let reading = scored.emotion(of: persona.id), context.isNegative(reading.score),
                        !relieved.contains(scored.id), !relieved.contains(ending.id) else { continue }
                    let recovering = Set(inStage.filter { touchpoint in
                        touchpoint.id != scored.id && touchpoint.emotion(of: persona.id).map { !context.isNegative($0.score) } == true
                    }.compactMap { graph.index(of: $0.id) })
                    if !recovering.isEmpty, DFESRuleSupport.leadsWithinStage(from: scored.id, to: recovering, stageNodes: stageNodes, graph: graph) {
                        continue
                    }
                    hurt.append((persona.id, reading.score, scored))
                }
                guard let first = hurt.first else { continue }
                let scores = DFESRuleSupport.series(hurt.map { "\($0.persona) \(DFESRuleSupport.score($0.score))" }, "and")
                findings.append(Finding(
                    "stage \"\(stage.id)\" ends at \"\(ending.id)\" in the negative band for \(DFESRuleSupport.personas(hurt.map(\.persona))) (\(scores)) with no recovery or opportunity",
                    at: first.at.origin.location(of: "emotions.\(first.persona)"), element: stage.id.rawValue))
            }
        }
        return findings
    }
}

/// Small helpers the rules of ISO/TS 24082 clauses 4 to 5.4 share.
enum DFESRuleSupport {
    /// Whether the flow leads from `source` to one of `targets` without leaving the stage
    /// (`stageNodes`): a search that costs the size of the stage, not of the journey.
    static func leadsWithinStage(from source: TouchpointID, to targets: Set<Int>, stageNodes: Set<Int>, graph: JourneyGraph) -> Bool {
        guard let start = graph.index(of: source) else { return false }
        var seen: Set<Int> = [start]
        var queue = [start]
        while let node = queue.popLast() {
            for next in graph.successors[node] where stageNodes.contains(next) && seen.insert(next).inserted {
                if targets.contains(next) { return true }
                queue.append(next)
            }
        }
        return false
    }

    /// Whether someone answers for a touchpoint: its `owner`, its moment of truth's `owner`, or
    /// an employee taking part in it.
    static func hasSomeoneAnswering(_ touchpoint: Touchpoint, _ context: ValidationContext) -> Bool {
        !isBlank(touchpoint.owner) || !isBlank(touchpoint.momentOfTruth?.owner)
            || context.actors(of: touchpoint).contains { $0.kind == .employee }
    }

    /// True for nil and for text made only of white space.
    static func isBlank(_ text: String?) -> Bool {
        (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The lanes the customer sees or acts in: no lane, `customer`, `frontstage`, `evidence`.
    static func isCustomerFacing(_ touchpoint: Touchpoint) -> Bool {
        switch touchpoint.lane {
        case nil, .customer, .frontstage, .evidence: true
        case .backstage, .support: false
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func series(_ items: [String], _ conjunction: String) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// `persona "anna"` or `personas "anna" and "ben"`.
    static func personas(_ ids: [PersonaID]) -> String {
        (ids.count == 1 ? "persona " : "personas ") + series(ids.map { "\"\($0)\"" }, "and")
    }

    /// A score as people write it, with at most two decimals: `4`, `2.5`, `4.33`.
    static func score(_ value: Double) -> String {
        if value == value.rounded() { return value.scoreText }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// The ids of the statements of one category, across all personas.
    static func statementIDs(_ design: ServiceDesign, _ categories: Set<PersonaStatement.Category>) -> Set<StatementID> {
        Set(design.personas.flatMap { persona in
            persona.statements.filter { categories.contains($0.category) }.compactMap(\.statement.id)
        })
    }

    /// The research studies a persona rests on: those it names under `evidence:` and those
    /// that name it under `personas:`.
    static func research(of persona: Persona, in design: ServiceDesign) -> [ResearchStudy] {
        design.evidence.research.filter { persona.evidence.contains($0.id) || $0.personas.contains(persona.id) }
    }

    /// `design challenge "id"`, or the start of its statement when it has no id.
    static func describe(_ challenge: DesignChallenge) -> String {
        if let id = challenge.id { return "design challenge \"\(id)\"" }
        let words = challenge.statement.split(whereSeparator: \.isWhitespace)
        let start = words.prefix(6).joined(separator: " ")
        return "the design challenge \"\(start)\(words.count > 6 ? "…" : "")\""
    }
}
