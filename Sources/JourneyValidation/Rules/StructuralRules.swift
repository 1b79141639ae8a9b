import Foundation
import JourneyKit

extension Rule {
    /// The structural rules: the design's integrity and the shape of its journey graph. They
    /// run under every profile.
    public static let structural: [Rule] = [
        integrity(.duplicateID, id: "STRUCT-DUPLICATE-ID", title: "Ids are unique",
            rationale: "A reference to an id used twice cannot say which element it means.",
            hint: "rename one of the two", satisfiedBy: "Every id is used once among elements of its kind.",
            example: """
                personas:
                  - {id: anna, name: Anna}
                  - {id: ben, name: Ben}
                """),
        integrity(.danglingReference, id: "STRUCT-DANGLING-REF", title: "References point at elements that exist",
            rationale: "A reference to nothing is a typo or a removed element; the journey it describes is broken.",
            hint: "correct the id or add the element it names",
            satisfiedBy: "Every id a field names belongs to an element of the right kind.",
            example: """
                actors:
                  - {id: clerk, name: Clerk, kind: employee}
                stages:
                  - id: visit
                    name: Visit
                    touchpoints:
                      - {id: desk, title: Desk, actors: [clerk]}
                """),
        integrity(.scoreOutOfScale, id: "STRUCT-SCORE-RANGE", title: "Emotion scores lie on the declared scale",
            rationale: "A score off the scale cannot be drawn or compared (Mermaid's faces leave the plot).",
            hint: "use a score within the scale, or declare the scale under `scale:`",
            satisfiedBy: "Every emotion score and target lies between the scale's min and max.",
            example: """
                scale: {min: 1, max: 5, neutral: 3}
                # …
                      - {id: desk, title: Desk, emotions: {anna: 4}}
                """),
        integrity(.invalidScale, id: "STRUCT-SCALE", title: "The emotion scale makes sense",
            rationale: "Every emotion score is read against the scale.",
            hint: "make min lower than max, with neutral and every label between them",
            satisfiedBy: "min < max, neutral between them, every label on the scale.",
            example: "scale: {min: -2, max: 2, neutral: 0, labels: {-2: Awful, 0: Fine, 2: Delighted}}"),
        integrity(.invalidPyramidLevel, id: "STRUCT-PYRAMID-LEVEL", title: "Pyramid levels are 1 to 4",
            rationale: "ISO 23592's service-excellence pyramid has four levels.",
            hint: "use levels 1 to 4", satisfiedBy: "Every level under `project.levels` is 1, 2, 3 or 4.",
            example: "project: {owner: Head of service, levels: [3, 4]}"),
        noTouchpoints, unreachable, deadEnds, cyclesWithoutExit, personaWithoutEmotion, emptyStage,
        branchWithoutCondition, momentOfTruthWithoutOwner, mainPathShort,
    ]

    static func integrity(
        _ kind: IntegrityProblem.Kind, id: String, title: String, rationale: String, hint: String,
        satisfiedBy: String, example: String
    ) -> Rule {
        Rule(
            id: id, title: title, basis: .structure, severity: .error, rationale: rationale, hint: hint,
            satisfiedBy: satisfiedBy, example: example
        ) { context in
            context.integrityProblems.filter { $0.kind == kind }.map { problem in
                Finding(
                    problem.message, at: problem.location,
                    notes: problem.relatedMessage.map { [Diagnostic.Note($0, at: problem.related)] } ?? [],
                    hint: problem.hint)
            }
        }
    }

    static let noTouchpoints = Rule(
        id: "STRUCT-NO-TOUCHPOINTS", title: "The journey has touchpoints", basis: .structure, severity: .error,
        rationale: "A journey without touchpoints describes no service.",
        hint: "add stages with touchpoints under `stages:`",
        satisfiedBy: "At least one stage with at least one touchpoint.",
        example: """
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - {id: desk, title: Check in at the desk}
            """
    ) { context in
        guard context.design.touchpoints.isEmpty else { return [] }
        return [Finding("the journey has no touchpoints", at: context.designLocation("stages"))]
    }

    static let unreachable = Rule(
        id: "STRUCT-UNREACHABLE", title: "Every touchpoint can be reached", basis: .structure, severity: .error,
        rationale: "A touchpoint no path leads to is never experienced; the flow around it is wrong.",
        hint: "lead to it with `next:` or a branch from an earlier touchpoint, or mark it `entry: true`",
        satisfiedBy: "A path from an entry of the journey leads to every touchpoint.",
        example: """
                  - {id: ask, title: Ask, branches: [{if: urgent, to: call}, {if: not urgent, to: mail}]}
                  - {id: mail, title: Mail, next: done}
                  - {id: call, title: Call}
                  - {id: done, title: Done}
            """
    ) { context in
        let graph = context.graph
        return graph.unreachable.map { id in
            let touchpoint = graph.index(of: id).map(graph.touchpoint(at:))
            return Finding(
                "touchpoint \"\(id)\" cannot be reached from the start of the journey",
                at: touchpoint?.origin.location, element: id.rawValue)
        }
    }

    static let deadEnds = Rule(
        id: "STRUCT-DEAD-END", title: "No touchpoint leaves the customer stranded", basis: .structure, severity: .error,
        rationale: "A touchpoint with no way on that is not an end leaves the customer with nothing to do.",
        hint: "add `next:` to where the journey goes on, or `end: true` if it may end here",
        satisfiedBy: "Every touchpoint has a way on, or is an end of the journey.",
        example: """
                  - {id: pay, title: Pay, next: receipt}
                  - {id: receipt, title: Receipt, end: true}
            """
    ) { context in
        let graph = context.graph
        // A way on that names a touchpoint that does not exist is reported as a dangling
        // reference; calling it a dead end as well would say the same thing twice.
        return graph.deadEnds.compactMap { id -> Finding? in
            let touchpoint = graph.index(of: id).map(graph.touchpoint(at:))
            let written = (touchpoint?.next ?? []) + (touchpoint?.branches.map(\.target) ?? [])
            if written.contains(where: { graph.index(of: $0) == nil }) { return nil }
            return Finding(
                "touchpoint \"\(id)\" leads nowhere and is not an end of the journey",
                at: touchpoint?.origin.location(of: "next") ?? touchpoint?.origin.location, element: id.rawValue)
        }
    }

    static let cyclesWithoutExit = Rule(
        id: "STRUCT-CYCLE-NO-EXIT", title: "Every loop has a way out", basis: .structure, severity: .error,
        rationale: "A customer caught in a loop with no exit can never finish the journey.",
        hint: "give one of them a branch out of the loop, or mark one `end: true`",
        satisfiedBy: "Every loop in the flow has a touchpoint with a way out of it.",
        example: """
                  - {id: fill, title: Fill in the form}
                  - {id: check, title: Check, branches: [{if: complete, to: done}, {if: incomplete, to: fill}]}
                  - {id: done, title: Done}
            """
    ) { context in
        let graph = context.graph
        return graph.cyclesWithoutExit.map { cycle in
            let first = graph.index(of: cycle[0]).map(graph.touchpoint(at:))
            let names = cycle.map { "\"\($0)\"" }.joined(separator: " → ")
            return Finding("touchpoints \(names) form a loop with no way out", at: first?.origin.location, element: cycle[0].rawValue)
        }
    }

    static let personaWithoutEmotion = Rule(
        id: "STRUCT-PERSONA-NO-EMOTION", title: "Every persona has an emotion somewhere", basis: .structure, severity: .warning,
        rationale: "A persona with no emotion anywhere has no curve; the map says nothing about how they feel.",
        hint: "add `<persona>: <score>` under `emotions:` of the touchpoints they go through",
        satisfiedBy: "Each persona has an emotion score at one touchpoint at least.",
        example: "      - {id: desk, title: Desk, emotions: {anna: 4}}"
    ) { context in
        let design = context.design
        let felt = Set(design.touchpoints.flatMap { $0.emotions.map(\.persona) })
        return design.personas.filter { !felt.contains($0.id) }.map { persona in
            Finding(
                "persona \"\(persona.id)\" has no emotion at any touchpoint", at: persona.origin.location,
                element: persona.id.rawValue,
                hint: "add `\(persona.id): <score>` under `emotions:` of the touchpoints they go through")
        }
    }

    static let emptyStage = Rule(
        id: "STRUCT-EMPTY-STAGE", title: "Every stage has touchpoints", basis: .structure, severity: .warning,
        rationale: "An empty stage shows as a gap in every view of the journey.",
        hint: "add touchpoints to it or remove it",
        satisfiedBy: "Every stage holds one touchpoint at least.",
        example: """
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - {id: desk, title: Desk}
            """
    ) { context in
        let used = Set(context.design.touchpoints.map(\.stage))
        return context.design.stages.filter { !used.contains($0.id) }.map { stage in
            Finding("stage \"\(stage.id)\" has no touchpoints", at: stage.origin.location, element: stage.id.rawValue)
        }
    }

    static let branchWithoutCondition = Rule(
        id: "STRUCT-BRANCH-NO-CONDITION", title: "Every branch says when it is taken", basis: .structure, severity: .warning,
        rationale: "A branch without a condition cannot be told apart from the other ways on.",
        hint: "say when it is taken with `if:`",
        satisfiedBy: "Every branch has an `if:` condition.",
        example: "      - {id: ask, title: Ask, branches: [{if: urgent, to: call}, {if: not urgent, to: mail}]}"
    ) { context in
        context.design.touchpoints.flatMap { touchpoint in
            touchpoint.branches.filter { ($0.condition ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map { branch in
                Finding(
                    "the branch from \"\(touchpoint.id)\" to \"\(branch.target)\" has no condition",
                    at: branch.origin.location, element: touchpoint.id.rawValue)
            }
        }
    }

    static let momentOfTruthWithoutOwner = Rule(
        id: "STRUCT-MOT-NO-OWNER", title: "Every moment of truth has an owner", basis: .structure, severity: .warning,
        rationale: "Someone must answer for the moments where the customer's view of the service is decided.",
        hint: "name who answers for it with `owner:` under `momentOfTruth:`",
        satisfiedBy: "Every `momentOfTruth` has an `owner`.",
        example: "      - {id: result, title: Result, momentOfTruth: {owner: Head nurse, target: 4}}"
    ) { context in
        context.design.touchpoints.compactMap { touchpoint in
            guard let moment = touchpoint.momentOfTruth, (moment.owner ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return Finding(
                "the moment of truth at \"\(touchpoint.id)\" has no owner",
                at: moment.origin.location ?? touchpoint.origin.location, element: touchpoint.id.rawValue)
        }
    }
}
