import Foundation
import JourneyKit

extension Rule {
    /// ISO/TS 24082 activity 5.5, customer experience with touchpoints and data points:
    /// documenting the experience (DOC), emotional touchpoints (EMO) and data points (DAT).
    static let touchpointsAndDataPoints: [Rule] = [
        dfes55Doc01, dfes55Doc02, dfes55Doc03, dfes55Emo01, dfes55Emo02, dfes55Emo03, dfes55Emo04,
        dfes55Dat01, dfes55Dat02, dfes55Dat03, dfes55Dat04,
    ]

    // MARK: Documenting the experience to be delivered

    static let dfes55Doc01 = Rule(
        id: "DFES-5.5-DOC-01", title: "The future-state journey is documented",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "service-blueprint practice",
        severity: .warning,
        rationale: "Activity 5.5 documents the experience to be delivered: where, through what and by whom each touchpoint happens.",
        hint: "give every touchpoint a `channel:`, an actor (`actors:`, `initiator:` or `receiver:`) and a `lane:`",
        satisfiedBy: "At least one stage; every touchpoint has a `lane`; every touchpoint the customer meets (no lane, `customer`, `frontstage`, `evidence`) has a `channel`; every touchpoint outside the customer's own lane has at least one of `initiator`, `receiver` or `actors` (in `lane: customer` the customer is the actor). Backstage and support steps need no channel. (A stage without touchpoints is reported by STRUCT-EMPTY-STAGE.)",
        example: """
            actors:
              - {id: clerk, name: Clerk, kind: employee}
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - {id: desk, title: Desk, channel: in-person, actors: [clerk], lane: frontstage}
            """,
        areas: [.activity("5.5")],
        summary: { "\($0) touchpoints lack a channel, an actor or a blueprint lane" }
    ) { context in
        let design = context.design
        var findings: [Finding] = []
        if design.stages.isEmpty {
            findings.append(Finding("the journey has no stages", at: context.designLocation("stages"),
                hint: "add the stages of the future-state journey under `stages:`"))
        }
        for touchpoint in design.touchpoints {
            var missing: [String] = []
            var keys: [String] = []
            if ExperienceRules.isBlank(touchpoint.channel?.rawValue), DFESRuleSupport.isCustomerFacing(touchpoint) {
                missing.append("channel")
                keys.append("`channel:`")
            }
            if touchpoint.initiator == nil, touchpoint.receiver == nil, touchpoint.actors.isEmpty, touchpoint.lane != .customer {
                missing.append("actor")
                keys.append("`actors:`")
            }
            if touchpoint.lane == nil {
                missing.append("lane")
                keys.append("`lane:`")
            }
            guard !missing.isEmpty else { continue }
            findings.append(Finding(
                "touchpoint \"\(touchpoint.id)\" has no \(ExperienceRules.series(missing, "or"))",
                at: touchpoint.origin.location, element: touchpoint.id.rawValue,
                hint: "add \(ExperienceRules.series(keys, "and"))"))
        }
        return findings
    }

    static let dfes55Doc02 = Rule(
        id: "DFES-5.5-DOC-02", title: "Each persona's emotion curve covers every stage",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "emotion curves, a service-design practice",
        severity: .warning,
        rationale: "The documented experience includes its emotional course; a stage without a score is a gap in the curve.",
        hint: "add the persona's score under `emotions:` of a touchpoint of each stage named",
        satisfiedBy: "For every persona and every stage with touchpoints serving that persona (`personas:` empty means all), at least one of those touchpoints has an `emotions:` score for the persona. One finding per persona names the stages without. Personas with no score anywhere are left to STRUCT-PERSONA-NO-EMOTION.",
        example: """
            stages:
              - id: book
                name: Book
                touchpoints:
                  - {id: call, title: Call, emotions: {anna: 2}}
              - id: visit
                name: Visit
                touchpoints:
                  - {id: desk, title: Desk, emotions: {anna: 4}}
            """,
        areas: [.activity("5.5")],
        summary: { "\($0) personas have stages with no emotion score" }
    ) { context in
        let design = context.design
        return design.personas.compactMap { persona in
            let felt = design.touchpoints.contains { $0.emotion(of: persona.id) != nil }
            guard felt else { return nil }
            let gaps = design.stages.filter { stage in
                let serving = context.touchpoints(in: stage.id).filter { $0.serves(persona.id) }
                return !serving.isEmpty && !serving.contains(where: { $0.emotion(of: persona.id) != nil })
            }
            guard let first = gaps.first else { return nil }
            let names = ExperienceRules.series(gaps.map { "\"\($0.id)\"" }, "and")
            return Finding(
                "persona \"\(persona.id)\" has no emotion score in \(gaps.count == 1 ? "stage" : "stages") \(names)",
                at: first.origin.location, element: persona.id.rawValue,
                hint: "add `\(persona.id): <score>` under `emotions:` of a touchpoint of \(gaps.count == 1 ? "that stage" : "each of those stages")")
        }
    }

    static let dfes55Doc03 = Rule(
        id: "DFES-5.5-DOC-03", title: "Moments of truth are marked and have an emotional target",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "moments of truth, a service-design practice", severity: .warning,
        rationale: "Design effort belongs where the customer's view of the service is decided.",
        hint: "set the score the design aims for with `target:` under `momentOfTruth:`",
        satisfiedBy: "At least one touchpoint has `momentOfTruth`, and every `momentOfTruth` has a `target` score. (A missing `owner` is reported by STRUCT-MOT-NO-OWNER.)",
        example: "      - {id: result, title: Result, momentOfTruth: {owner: Head nurse, target: 4}}",
        areas: [.activity("5.5")],
        summary: { "\($0) moments of truth have no emotional target" }
    ) { context in
        let moments = context.design.touchpoints.filter { $0.momentOfTruth != nil }
        guard !moments.isEmpty else {
            return [Finding("the journey has no moment of truth", at: context.designLocation("stages"),
                hint: "mark the touchpoints where the customer's view is decided with `momentOfTruth: {owner: …, target: …}`")]
        }
        return moments.compactMap { touchpoint in
            guard let moment = touchpoint.momentOfTruth, moment.target == nil else { return nil }
            return Finding(
                "moment of truth \"\(touchpoint.id)\" has no emotional target",
                at: moment.origin.location ?? touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }

    // MARK: Deploying emotional touchpoints

    static let dfes55Emo01 = Rule(
        id: "DFES-5.5-EMO-01", title: "The journey deploys an emotional touchpoint",
        clause: .iso24082("5.5", .inferred), basis: .standard, severity: .error,
        rationale: "Activity 5.5 deploys emotional touchpoints: touchpoints designed to evoke a feeling, and how.",
        hint: "add `emotional: {target: <feeling>, mechanism: <how>}` to the touchpoint designed to evoke it",
        satisfiedBy: "At least one touchpoint has an `emotional` block with a `target` and a `mechanism`.",
        example: """
                  - id: welcome
                    title: Welcome by name
                    emotional: {target: feeling known, mechanism: The nurse greets the patient by name}
            """,
        areas: [.activity("5.5"), .principle("4.2")]
    ) { context in
        let emotional = context.design.touchpoints.filter { $0.emotional != nil }
        let complete = emotional.contains { touchpoint in
            guard let design = touchpoint.emotional else { return false }
            return !ExperienceRules.isBlank(design.target) && !ExperienceRules.isBlank(design.mechanism)
        }
        guard !complete else { return [] }
        let notes = emotional.map { touchpoint in
            let missing = ExperienceRules.isBlank(touchpoint.emotional?.target) ? "target emotion" : "mechanism"
            return Diagnostic.Note(
                "emotional touchpoint \"\(touchpoint.id)\" has no \(missing)",
                at: touchpoint.emotional?.origin.location ?? touchpoint.origin.location)
        }
        return [Finding(
            "no touchpoint is an emotional touchpoint with a target emotion and a mechanism",
            at: context.designLocation("stages"), notes: notes)]
    }

    static let dfes55Emo02 = Rule(
        id: "DFES-5.5-EMO-02", title: "Moments of truth are designed for feeling",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "moments of truth, a service-design practice", severity: .warning,
        rationale: "The moments where the customer's view is decided should be designed for how they feel.",
        hint: "make it an emotional touchpoint (`emotional:`), or aim at neutral or better with `target:` under `momentOfTruth:`",
        satisfiedBy: "Every touchpoint with `momentOfTruth` also has `emotional`, or has a `momentOfTruth.target` at or above the scale's neutral point. A moment of truth with no target at all is left to DFES-5.5-DOC-03, which reports it.",
        example: "      - {id: result, title: Result, momentOfTruth: {owner: Head nurse, target: 4}}",
        areas: [.activity("5.5"), .principle("4.2")],
        summary: { "\($0) moments of truth aim below neutral and are not emotional touchpoints" }
    ) { context in
        let neutral = context.design.scale.neutral
        return context.design.touchpoints.compactMap { touchpoint in
            // No target at all is DFES-5.5-DOC-03's finding.
            guard let moment = touchpoint.momentOfTruth, touchpoint.emotional == nil, let target = moment.target,
                target < neutral else { return nil }
            return Finding(
                "moment of truth \"\(touchpoint.id)\" aims below neutral (target \(target.scoreText), neutral \(neutral.scoreText)) and is not an emotional touchpoint",
                at: moment.origin.location(of: "target") ?? touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }

    static let dfes55Emo03 = Rule(
        id: "DFES-5.5-EMO-03", title: "Emotional touchpoints include individual service, and surprise where level 4 is targeted",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "DfES targets pyramid levels 3 and 4",
        severity: .warning,
        rationale: "Individual (level 3) and surprisingly excellent service (level 4) are what DfES aims at.",
        hint: "set `kind: individual` under `emotional:` of a touchpoint tailored to the individual customer",
        satisfiedBy: "At least one touchpoint has `emotional: {kind: individual}`; and when `project.levels` includes 4, at least one has `emotional: {kind: surprise}`. A journey with no emotional touchpoint at all is left to DFES-5.5-EMO-01. (The catalogue gives a missing surprise as advice; one rule has one severity, so it is checked only where the project itself targets level 4.)",
        example: """
                  - id: welcome
                    title: Welcome by name
                    emotional: {target: feeling known, mechanism: Greeted by name, kind: individual}
                  - id: birthday-card
                    title: A card on the first anniversary
                    emotional: {target: joy, mechanism: Unexpected handwritten card, kind: surprise}
            """,
        areas: [.activity("5.5"), .principle("4.2"), .pyramidLevel(3), .pyramidLevel(4)]
    ) { context in
        let emotional = context.design.touchpoints.filter { $0.emotional != nil }
        let notes = emotional.map { touchpoint in
            Diagnostic.Note(
                "emotional touchpoint \"\(touchpoint.id)\" is of kind \(touchpoint.emotional?.kind?.rawValue ?? "(none)")",
                at: touchpoint.emotional?.origin.location(of: "kind") ?? touchpoint.origin.location)
        }
        var findings: [Finding] = []
        // No emotional touchpoint at all is DFES-5.5-EMO-01's finding; one cause, one finding.
        guard !emotional.isEmpty else { return [] }
        if !emotional.contains(where: { $0.emotional?.kind == .individual }) {
            findings.append(Finding("no emotional touchpoint is of kind individual", at: context.designLocation("stages"), notes: notes))
        }
        if let project = context.design.project, project.pyramidLevels.contains(4),
            !emotional.contains(where: { $0.emotional?.kind == .surprise }) {
            findings.append(Finding(
                "the project targets pyramid level 4, but no emotional touchpoint is of kind surprise",
                at: project.origin.location(of: "levels") ?? context.designLocation("project"), notes: notes,
                hint: "set `kind: surprise` under `emotional:` of a touchpoint designed to exceed expectations"))
        }
        return findings
    }

    static let dfes55Emo04 = Rule(
        id: "DFES-5.5-EMO-04", title: "Negative pain points at moments of truth have an opportunity",
        clause: .iso24082("5.5", .inferred), basis: .heuristic,
        restsOn: "moments of truth, a service-design practice",
        severity: .warning,
        rationale: "An unresolved failure at a key moment blocks delight.",
        hint: "add an opportunity that lists the pain point under `painPoints:` or the touchpoint under `touchpoints:`",
        satisfiedBy: "For every pain point at a moment of truth where a persona it hurts (its `personas`, or any) scores in the negative band, some opportunity lists the pain point's id in `painPoints` or that touchpoint in `touchpoints`.",
        example: """
            painPoints:
              - {id: long-wait, title: Long wait, touchpoints: [result]}
            opportunities:
              - {id: live-board, title: Live delay board, painPoints: [long-wait]}
            """,
        areas: [.activity("5.5"), .principle("4.2")],
        summary: { "\($0) pain points at moments of truth hurt in the negative band and have no opportunity" }
    ) { context in
        let design = context.design
        return design.painPoints.compactMap { pain -> Finding? in
            var hurting: [(TouchpointID, PersonaID, Double)] = []
            for id in pain.touchpoints {
                guard let touchpoint = context.touchpointsByID[id], touchpoint.momentOfTruth != nil else { continue }
                let scored = touchpoint.emotions.first { reading in
                    (pain.personas.isEmpty || pain.personas.contains(reading.persona)) && context.isNegative(reading.score)
                }
                if let scored { hurting.append((id, scored.persona, scored.score)) }
            }
            guard let first = hurting.first else { return nil }
            let relieved = design.opportunities.contains { opportunity in
                pain.id.map(opportunity.painPoints.contains) == true
                    || hurting.contains { opportunity.touchpoints.contains($0.0) }
            }
            guard !relieved else { return nil }
            let name = pain.id.map { "pain point \"\($0)\"" } ?? "pain point \"\(pain.title)\""
            return Finding(
                "\(name) at moment of truth \"\(first.0)\" (\(first.1) scores \(first.2.scoreText)) has no opportunity",
                at: pain.origin.location, element: pain.id?.rawValue ?? first.0.rawValue)
        }
    }
}

/// Small helpers the 5.5, 5.6+ and model-level rules share.
enum ExperienceRules {
    /// True for nil and for text made only of white space.
    static func isBlank(_ text: String?) -> Bool {
        (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// True when no item of the list has text.
    static func isBlank(_ texts: [String]) -> Bool { texts.allSatisfy { isBlank($0) } }

    /// `a`, `a or b`, `a, b or c`.
    static func series(_ items: [String], _ conjunction: String) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// Emotional touchpoints and moments of truth: the touchpoints the design claims most of.
    static func designedTouchpoints(_ design: ServiceDesign) -> [Touchpoint] {
        design.touchpoints.filter { $0.emotional != nil || $0.momentOfTruth != nil }
    }

    /// `emotional touchpoint "x"`, `moment of truth "x"` or both.
    static func role(of touchpoint: Touchpoint) -> String {
        switch (touchpoint.emotional != nil, touchpoint.momentOfTruth != nil) {
        case (true, true): "emotional touchpoint and moment of truth \"\(touchpoint.id)\""
        case (true, false): "emotional touchpoint \"\(touchpoint.id)\""
        case (false, true): "moment of truth \"\(touchpoint.id)\""
        case (false, false): "touchpoint \"\(touchpoint.id)\""
        }
    }
}
