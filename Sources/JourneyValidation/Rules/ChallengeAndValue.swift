import Foundation
import JourneyKit

extension Rule {
    /// ISO/TS 24082 5.4, defining a design challenge and a unique value proposition.
    static let challengeAndValue: [Rule] = [dfes54Challenge01, dfes54Desire02, dfes54Distinctive03, dfes54Grounded04]

    static let dfes54Challenge01 = Rule(
        id: "DFES-5.4-01", title: "A design challenge names whom it is for",
        clause: .iso24082("5.4", .inferred), basis: .standard, severity: .error,
        rationale: "Activity 5.4 frames the problem to solve, for the customers it concerns.",
        hint: "add `challenges:` with a `statement:` and the `personas:` it concerns",
        satisfiedBy: "At least one item under `challenges:` names at least one persona under `personas:`. When none does, each challenge is reported.",
        example: """
            challenges:
              - {id: tell-once, statement: How might we make patients tell their story once?, personas: [anna]}
            """,
        areas: [.activity("5.4")],
        summary: { "\($0) design challenges name no persona" }
    ) { context in
        let challenges = context.design.challenges
        if challenges.isEmpty {
            return [Finding("the design states no design challenge", at: context.designLocation("challenges"))]
        }
        guard !challenges.contains(where: { !$0.personas.isEmpty }) else { return [] }
        return challenges.map { challenge in
            Finding(
                "\(DFESRuleSupport.describe(challenge)) names no persona",
                at: challenge.origin.location, element: challenge.id?.rawValue)
        }
    }

    static let dfes54Desire02 = Rule(
        id: "DFES-5.4-02", title: "The value proposition serves a persona's desire",
        clause: .iso24082("5.4", .inferred), basis: .standard, severity: .error,
        rationale: "Unique value aims at delight, which comes from desires, not only needs.",
        hint: "give a persona's desire an `id:` and list it under `value: serves:`",
        satisfiedBy: "The `value:` names under `serves:` at least one statement id listed under a persona's `desires:`. A design without a value proposition is left to DFES-4.5-01, which reports it.",
        example: """
            personas:
              - id: anna
                name: Anna
                desires:
                  - {id: warm-welcome, text: Be recognised as a person}
            value:
              statement: We know you before you arrive.
              serves: [warm-welcome]
            """,
        areas: [.activity("5.4")]
    ) { context in
        let design = context.design
        // No value proposition at all is DFES-4.5-01's finding; one cause, one finding.
        guard let value = design.valueProposition else { return [] }
        let desires = DFESRuleSupport.statementIDs(design, [.desire])
        guard !value.serves.contains(where: desires.contains) else { return [] }
        return [Finding(
            value.serves.isEmpty ? "the value proposition serves no persona desire" : "the value proposition serves no persona desire, only needs or expectations",
            at: value.origin.location(of: "serves"))]
    }

    static let dfes54Distinctive03 = Rule(
        id: "DFES-5.4-03", title: "The value proposition says what makes it distinctive",
        clause: .iso24082("5.4", .inferred), basis: .heuristic,
        restsOn: "\"unique\" asks for a comparison", severity: .warning,
        rationale: "\"Unique\" requires a comparison with what else the customer could choose.",
        hint: "say what sets it apart under `value: distinctive:` or list the customer's `alternatives:`",
        satisfiedBy: "The `value:` has a non-empty `distinctive:` or at least one item under `alternatives:`. A design without a value proposition is left to DFES-5.4-02.",
        example: """
            value:
              statement: We know you before you arrive.
              distinctive: Private-clinic communication in a public hospital
              alternatives: [Private clinic]
            """,
        areas: [.activity("5.4")]
    ) { context in
        guard let value = context.design.valueProposition else { return [] }
        let compared = !DFESRuleSupport.isBlank(value.distinctive) || value.alternatives.contains { !DFESRuleSupport.isBlank($0) }
        guard !compared else { return [] }
        return [Finding("the value proposition records neither what is distinctive about it nor the alternatives", at: value.origin.location)]
    }

    static let dfes54Grounded04 = Rule(
        id: "DFES-5.4-04", title: "Every design challenge traces to the research",
        clause: .iso24082("5.4", .inferred), basis: .heuristic,
        restsOn: "a challenge grounded in research",
        severity: .warning,
        rationale: "Tracing a challenge to pain points, opportunities or unmet expectations keeps it grounded in 5.3.",
        hint: "list the pain points under `painPoints:`, the opportunities under `opportunities:` or expectation ids under `answers:`",
        satisfiedBy: "Every item under `challenges:` names at least one pain point (`painPoints:`) or opportunity (`opportunities:`), or lists under `answers:` the id of a persona's expectation.",
        example: """
            challenges:
              - {statement: How might we make waiting plannable?, personas: [anna], painPoints: [silent-delays]}
            """,
        areas: [.activity("5.4")],
        summary: { "\($0) design challenges trace to no pain point, opportunity or expectation" }
    ) { context in
        let expectations = DFESRuleSupport.statementIDs(context.design, [.expectation])
        return context.design.challenges.compactMap { challenge in
            let grounded = !challenge.painPoints.isEmpty || !challenge.opportunities.isEmpty
                || challenge.answers.contains(where: expectations.contains)
            guard !grounded else { return nil }
            return Finding(
                "\(DFESRuleSupport.describe(challenge)) traces to no pain point, opportunity or expectation",
                at: challenge.origin.location, element: challenge.id?.rawValue)
        }
    }
}
