import Foundation
import JourneyKit

extension Rule {
    /// ISO/TS 24082 5.3, understanding and empathizing with customer needs, expectations and
    /// desires.
    static let understanding: [Rule] = [dfes53Statements01, dfes53Research02, dfes53Empathy03, dfes53Stale04]

    static let dfes53Statements01 = Rule(
        id: "DFES-5.3-01", title: "Every persona has needs, expectations and desires",
        clause: .iso24082("5.3", .inferred), basis: .standard, severity: .error,
        rationale: "The activity's title names all three; desires are the route to delight.",
        hint: "add the missing lists to the persona: `needs:`, `expectations:`, `desires:`",
        satisfiedBy: "Every persona has at least one item under each of `needs:`, `expectations:` and `desires:`.",
        example: """
            personas:
              - id: anna
                name: Anna
                needs: [Know what happens next]
                expectations: [Be seen on time]
                desires: [Be recognised as a person]
            """,
        areas: [.activity("5.3")],
        summary: { "\($0) personas lack needs, expectations or desires" }
    ) { context in
        context.design.personas.compactMap { persona in
            var missing: [String] = []
            if persona.needs.isEmpty { missing.append("need") }
            if persona.expectations.isEmpty { missing.append("expectation") }
            if persona.desires.isEmpty { missing.append("desire") }
            guard !missing.isEmpty else { return nil }
            return Finding(
                "persona \"\(persona.id)\" has no \(DFESRuleSupport.series(missing, "or"))",
                at: persona.origin.location, element: persona.id.rawValue,
                hint: "add \(DFESRuleSupport.series(missing.map { "`\($0)s:`" }, "and")) to persona \"\(persona.id)\"")
        }
    }

    static let dfes53Research02 = Rule(
        id: "DFES-5.3-02", title: "Every persona rests on research",
        clause: .iso24082("5.3", .inferred), basis: .standard, purpose: .processRecord, severity: .error,
        rationale: "Understanding customers needs evidence, not assumptions only.",
        hint: "add a study under `evidence: research:` with `method:`, `date:` and `sampleSize:`, and name it under the persona's `evidence:`",
        satisfiedBy: "Every persona is linked to at least one research study (its id under the persona's `evidence:`, or the persona under the study's `personas:`) that has a `method:`, a `date:` and a `sampleSize:`.",
        example: """
            personas:
              - {id: anna, name: Anna, evidence: [interviews-2026]}
            evidence:
              research:
                - {id: interviews-2026, method: Interviews, date: 2026-02, sampleSize: 12}
            """,
        areas: [.activity("5.3")],
        summary: { "\($0) personas rest on no complete research record" }
    ) { context in
        let design = context.design
        return design.personas.compactMap { persona in
            let studies = DFESRuleSupport.research(of: persona, in: design)
            let complete = studies.contains { !DFESRuleSupport.isBlank($0.method) && $0.date != nil && $0.sampleSize != nil }
            guard !complete else { return nil }
            let message = studies.isEmpty
                ? "persona \"\(persona.id)\" rests on no research"
                : "persona \"\(persona.id)\" rests only on research without method, date and sample size (\(DFESRuleSupport.series(studies.map { "\"\($0.id)\"" }, "and")))"
            return Finding(
                message, at: persona.origin.location(of: "evidence"), element: persona.id.rawValue,
                notes: studies.map { Diagnostic.Note("research \"\($0.id)\" is recorded here", at: $0.origin.location) })
        }
    }

    static let dfes53Empathy03 = Rule(
        id: "DFES-5.3-03", title: "Each persona's feelings rest on research, stage by stage",
        clause: .iso24082("5.3", .inferred), basis: .standard, purpose: .processRecord, severity: .warning,
        rationale: "Empathizing means capturing how customers feel; DfES stresses emotions.",
        hint: "add an observed emotion (`{score: …, basis: observed, evidence: [study]}`) or a pain point with `evidence:` for a touchpoint of each stage named",
        satisfiedBy: "For every persona, every stage with a touchpoint serving the persona has, at one of those touchpoints, an emotion for the persona with `basis: observed` and a non-empty `evidence:`, or a pain point with a non-empty `evidence:` that names a touchpoint of the stage under `touchpoints:` and the persona under `personas:` (or no personas, meaning all). One finding per persona names the stages without.",
        example: """
                  - id: wait
                    title: Wait
                    emotions:
                      anna: {score: 2, basis: observed, evidence: [shadowing-2026]}
            """,
        areas: [.activity("5.3")],
        summary: { "\($0) personas have stages with no research-backed emotion or pain point" }
    ) { context in
        let design = context.design
        var gaps: [PersonaID: [Stage]] = [:]
        for stage in design.stages {
            let inStage = context.touchpoints(in: stage.id)
            let stageIDs = Set(inStage.map(\.id))
            let painPoints = design.painPoints.filter { !$0.evidence.isEmpty && !stageIDs.isDisjoint(with: $0.touchpoints) }
            for persona in design.personas where inStage.contains(where: { $0.serves(persona.id) }) {
                let observed = inStage.contains { touchpoint in
                    guard let reading = touchpoint.emotion(of: persona.id) else { return false }
                    return reading.basis == .observed && !reading.evidence.isEmpty
                }
                let hurts = painPoints.contains { $0.personas.isEmpty || $0.personas.contains(persona.id) }
                if !observed, !hurts { gaps[persona.id, default: []].append(stage) }
            }
        }
        return design.personas.compactMap { persona in
            guard let stages = gaps[persona.id] else { return nil }
            let served = design.stages.filter { stage in context.touchpoints(in: stage.id).contains { $0.serves(persona.id) } }
            let which = stages.count == served.count
                ? "in any stage"
                : "in \(stages.count == 1 ? "stage" : "stages") \(DFESRuleSupport.series(stages.map { "\"\($0.id)\"" }, "and"))"
            return Finding(
                "persona \"\(persona.id)\" has no observed emotion or research-backed pain point \(which)",
                at: persona.origin.location, element: persona.id.rawValue)
        }
    }

    static let dfes53Stale04 = Rule(
        id: "DFES-5.3-04", title: "Research on each persona is recent",
        clause: .iso24082("5.3", .inferred), basis: .heuristic,
        restsOn: "research goes stale",
        purpose: .processRecord, severity: .info,
        rationale: "Expectations shift; old research may no longer describe today's customers.",
        hint: "repeat or add research for the persona and record it under `evidence: research:`",
        satisfiedBy: "For every persona with dated research, the newest linked study (`date:`) is at most the staleness threshold old (24 months by default, measured in calendar months to today).",
        example: """
            evidence:
              research:
                - {id: interviews-2026, method: Interviews, date: 2026-02, sampleSize: 12, personas: [anna]}
            """,
        areas: [.activity("5.3")]
    ) { context in
        let design = context.design
        let limit = context.configuration.thresholds.staleResearchMonths
        return design.personas.compactMap { persona in
            let dated = DFESRuleSupport.research(of: persona, in: design).filter { $0.date != nil }
            guard let newest = dated.max(by: { $0.date! < $1.date! }), let date = newest.date else { return nil }
            let age = date.months(until: context.today)
            guard age > limit else { return nil }
            return Finding(
                "the newest research on persona \"\(persona.id)\" is from \(date), \(age) months ago",
                at: persona.origin.location, element: persona.id.rawValue,
                notes: [Diagnostic.Note("research \"\(newest.id)\" is dated here", at: newest.origin.location(of: "date"))])
        }
    }
}
