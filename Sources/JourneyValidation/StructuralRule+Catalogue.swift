import Foundation
import JourneyKit

extension StructuralRule {
    /// The structural rules, always on.
    public static let catalogue: [StructuralRule] = [
        integrity(.duplicateID, id: "STRUCT-DUPLICATE-ID", title: "Ids are unique",
            rationale: "A reference to an id used twice cannot say which element it means."),
        integrity(.danglingReference, id: "STRUCT-DANGLING-REF", title: "References point at elements that exist",
            rationale: "A reference to nothing is a typo or a removed element; the journey it describes is broken."),
        integrity(.scoreOutOfScale, id: "STRUCT-SCORE-RANGE", title: "Emotion scores lie on the declared scale",
            rationale: "A score off the scale cannot be drawn or compared (Mermaid's faces leave the plot)."),
        integrity(.invalidScale, id: "STRUCT-SCALE", title: "The emotion scale makes sense",
            rationale: "Every emotion score is read against the scale."),
        integrity(.invalidPyramidLevel, id: "STRUCT-PYRAMID-LEVEL", title: "Pyramid levels are 1 to 4",
            rationale: "ISO 23592's service-excellence pyramid has four levels."),
        noTouchpoints, unreachable, deadEnds, cyclesWithoutExit, personaWithoutEmotion, emptyStage,
        branchWithoutCondition, momentOfTruthWithoutOwner,
    ]

    static func integrity(_ kind: IntegrityProblem.Kind, id: String, title: String, rationale: String) -> StructuralRule {
        StructuralRule(id: id, title: title, severity: .error, rationale: rationale) { context in
            context.integrityProblems.filter { $0.kind == kind }.map { problem in
                Diagnostic(
                    ruleID: id, severity: .error, message: problem.message, location: problem.location,
                    notes: problem.relatedMessage.map { [Diagnostic.Note($0, at: problem.related)] } ?? [],
                    hint: problem.hint)
            }
        }
    }

    static let noTouchpoints = StructuralRule(
        id: "STRUCT-NO-TOUCHPOINTS", title: "The journey has touchpoints", severity: .error,
        rationale: "A journey without touchpoints describes no service."
    ) { context in
        let design = context.design
        guard design.touchpoints.isEmpty else { return [] }
        return [Diagnostic(
            ruleID: "STRUCT-NO-TOUCHPOINTS", severity: .error, message: "the journey has no touchpoints",
            location: design.origin.location(of: "stages") ?? design.origin.location,
            hint: "add stages with touchpoints under `stages:`")]
    }

    static let unreachable = StructuralRule(
        id: "STRUCT-UNREACHABLE", title: "Every touchpoint can be reached", severity: .error,
        rationale: "A touchpoint no path leads to is never experienced; the flow around it is wrong."
    ) { context in
        let graph = context.graph
        return graph.unreachable.map { id in
            let touchpoint = graph.index(of: id).map(graph.touchpoint(at:))
            return Diagnostic(
                ruleID: "STRUCT-UNREACHABLE", severity: .error,
                message: "touchpoint \"\(id)\" cannot be reached from the start of the journey",
                location: touchpoint?.origin.location,
                hint: "lead to it with `next:` or a branch from an earlier touchpoint, or mark it `entry: true`")
        }
    }

    static let deadEnds = StructuralRule(
        id: "STRUCT-DEAD-END", title: "No touchpoint leaves the customer stranded", severity: .error,
        rationale: "A touchpoint with no way on that is not an end leaves the customer with nothing to do."
    ) { context in
        let graph = context.graph
        // A way on that names a touchpoint that does not exist is reported as a dangling
        // reference; calling it a dead end as well would say the same thing twice.
        return graph.deadEnds.compactMap { id -> Diagnostic? in
            let touchpoint = graph.index(of: id).map(graph.touchpoint(at:))
            let written = (touchpoint?.next ?? []) + (touchpoint?.branches.map(\.target) ?? [])
            if written.contains(where: { graph.index(of: $0) == nil }) { return nil }
            return Diagnostic(
                ruleID: "STRUCT-DEAD-END", severity: .error,
                message: "touchpoint \"\(id)\" leads nowhere and is not an end of the journey",
                location: touchpoint?.origin.location(of: "next") ?? touchpoint?.origin.location,
                hint: "add `next:` to where the journey goes on, or `end: true` if it may end here")
        }
    }

    static let cyclesWithoutExit = StructuralRule(
        id: "STRUCT-CYCLE-NO-EXIT", title: "Every loop has a way out", severity: .error,
        rationale: "A customer caught in a loop with no exit can never finish the journey."
    ) { context in
        let graph = context.graph
        return graph.cyclesWithoutExit.map { cycle in
            let first = graph.index(of: cycle[0]).map(graph.touchpoint(at:))
            let names = cycle.map { "\"\($0)\"" }.joined(separator: " → ")
            return Diagnostic(
                ruleID: "STRUCT-CYCLE-NO-EXIT", severity: .error,
                message: "touchpoints \(names) form a loop with no way out",
                location: first?.origin.location,
                hint: "give one of them a branch out of the loop, or mark one `end: true`")
        }
    }

    static let personaWithoutEmotion = StructuralRule(
        id: "STRUCT-PERSONA-NO-EMOTION", title: "Every persona has an emotion somewhere", severity: .warning,
        rationale: "A persona with no emotion anywhere has no curve; the map says nothing about how they feel."
    ) { context in
        let design = context.design
        let felt = Set(design.touchpoints.flatMap { $0.emotions.map(\.persona) })
        return design.personas.filter { !felt.contains($0.id) }.map { persona in
            Diagnostic(
                ruleID: "STRUCT-PERSONA-NO-EMOTION", severity: .warning,
                message: "persona \"\(persona.id)\" has no emotion at any touchpoint",
                location: persona.origin.location,
                hint: "add `\(persona.id): <score>` under `emotions:` of the touchpoints they go through")
        }
    }

    static let emptyStage = StructuralRule(
        id: "STRUCT-EMPTY-STAGE", title: "Every stage has touchpoints", severity: .warning,
        rationale: "An empty stage shows as a gap in every view of the journey."
    ) { context in
        let design = context.design
        let used = Set(design.touchpoints.map(\.stage))
        return design.stages.filter { !used.contains($0.id) }.map { stage in
            Diagnostic(
                ruleID: "STRUCT-EMPTY-STAGE", severity: .warning, message: "stage \"\(stage.id)\" has no touchpoints",
                location: stage.origin.location, hint: "add touchpoints to it or remove it")
        }
    }

    static let branchWithoutCondition = StructuralRule(
        id: "STRUCT-BRANCH-NO-CONDITION", title: "Every branch says when it is taken", severity: .warning,
        rationale: "A branch without a condition cannot be told apart from the other ways on."
    ) { context in
        let design = context.design
        return design.touchpoints.flatMap { touchpoint in
            touchpoint.branches.filter { ($0.condition ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map { branch in
                Diagnostic(
                    ruleID: "STRUCT-BRANCH-NO-CONDITION", severity: .warning,
                    message: "the branch from \"\(touchpoint.id)\" to \"\(branch.target)\" has no condition",
                    location: branch.origin.location, hint: "say when it is taken with `if:`")
            }
        }
    }

    static let momentOfTruthWithoutOwner = StructuralRule(
        id: "STRUCT-MOT-NO-OWNER", title: "Every moment of truth has an owner", severity: .warning,
        rationale: "Someone must answer for the moments where the customer's view of the service is decided."
    ) { context in
        let design = context.design
        return design.touchpoints.compactMap { touchpoint in
            guard let moment = touchpoint.momentOfTruth, (moment.owner ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return Diagnostic(
                ruleID: "STRUCT-MOT-NO-OWNER", severity: .warning,
                message: "the moment of truth at \"\(touchpoint.id)\" has no owner",
                location: moment.origin.location ?? touchpoint.origin.location,
                hint: "name who answers for it with `owner:` under `momentOfTruth:`")
        }
    }
}

