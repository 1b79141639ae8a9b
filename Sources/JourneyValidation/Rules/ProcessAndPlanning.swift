import Foundation
import JourneyKit

extension Rule {
    /// ISO/TS 24082 5.1, the overall process, and 5.2, planning a design project for excellent
    /// service.
    static let processAndPlanning: [Rule] = [
        dfes51Coverage01, dfes51Iteration02, dfes52Project01, dfes52Team02, dfes52Levels03,
    ]

    // MARK: 5.1 Overall process

    static let dfes51Coverage01 = Rule(
        id: "DFES-5.1-01", title: "While designing: which process records are still to come",
        clause: .iso24082("5.1", .confirmed), basis: .standard, purpose: .processSummary, severity: .info,
        rationale: "Clause 5 defines the set of design activities; while designing, one note says which of them have left no record yet, and the `audit` profile checks each before rollout.",
        hint: "record them as the work happens; `journey validate --profile audit` checks each before rollout",
        satisfiedBy: "Runs under the `design` profile only (the `audit` profile reports each record with its own rule). Each activity that leaves a record has one: 5.2 a `project:` (DFES-5.2-01); 5.3 a persona with research (persona `evidence:`, or a study under `evidence: research:` that lists it under `personas:`; DFES-5.3-02); 4.4 a co-creation session under `evidence: sessions:` (DFES-4.4-01); 5.6+ a test under `evidence: tests:` (DFES-5.1-02). Nothing is reported when all have one.",
        example: """
            project: {owner: Head of service, scope: Outpatient visit, personas: [anna]}
            evidence:
              research:
                - {id: interviews, method: Interviews, date: 2026-02, sampleSize: 12, personas: [anna]}
              sessions:
                - {title: Co-design workshop, date: 2026-03, personas: [anna]}
              tests:
                - {prototype: Paper letter, result: passed, revision: Plan on one page}
            """,
        areas: [.activity("5.1")]
    ) { context in
        let design = context.design
        var missing: [String] = []
        if design.project == nil { missing.append("a project record (5.2)") }
        if !design.personas.contains(where: { !DFESRuleSupport.research(of: $0, in: design).isEmpty }) {
            missing.append("research on the personas (5.3)")
        }
        if design.evidence.sessions.isEmpty { missing.append("co-creation sessions with customers (4.4)") }
        if design.evidence.tests.isEmpty { missing.append("prototype tests (5.6+)") }
        guard !missing.isEmpty else { return [] }
        return [Finding(
            "not recorded yet: \(DFESRuleSupport.series(missing, "and")); they are not needed to design, but an audit before rollout asks for them",
            at: context.designLocation())]
    }

    static let dfes51Iteration02 = Rule(
        id: "DFES-5.1-02", title: "A test led to a revision of the design",
        clause: .iso24082("5.1", .confirmed), basis: .heuristic,
        restsOn: "iterative design practice", purpose: .processRecord,
        severity: .warning,
        rationale: "Design is iterative: testing is worth little unless what was learnt changes the design.",
        hint: "record what each test changed under `revision:` of `evidence: tests:`",
        satisfiedBy: "At least one test under `evidence: tests:` has a non-empty `revision:`.",
        example: """
            evidence:
              tests:
                - {prototype: Paper letter, result: failed, revision: Plan moved to one page}
            """,
        areas: [.activity("5.1")]
    ) { context in
        let tests = context.design.evidence.tests
        if tests.isEmpty {
            return [Finding("the design records no prototype test, so no test has led to a revision", at: context.designLocation("evidence"))]
        }
        guard !tests.contains(where: { !DFESRuleSupport.isBlank($0.revision) }) else { return [] }
        return [Finding(
            "none of the \(tests.count) prototype test\(tests.count == 1 ? "" : "s") records a revision of the design",
            at: tests[0].origin.location)]
    }

    // MARK: 5.2 Planning a design project

    static let dfes52Project01 = Rule(
        id: "DFES-5.2-01", title: "The design has a project record",
        clause: .iso24082("5.2", .inferred), basis: .standard, purpose: .processRecord, severity: .error,
        rationale: "Activity 5.2 sets up a project specifically for excellent service.",
        hint: "add `project:` with `owner:`, `scope:` and the target `personas:`",
        satisfiedBy: "A `project:` with a non-empty `owner:`, a non-empty `scope:` and at least one persona under `personas:`.",
        example: """
            project:
              owner: Head of patient experience
              scope: From the referral to the first follow-up
              personas: [anna]
            """,
        areas: [.activity("5.2")]
    ) { context in
        guard let project = context.design.project else {
            return [Finding("the design has no project record", at: context.designLocation("project"))]
        }
        var missing: [String] = []
        if DFESRuleSupport.isBlank(project.owner) { missing.append("owner") }
        if DFESRuleSupport.isBlank(project.scope) { missing.append("scope") }
        if project.personas.isEmpty { missing.append("target persona") }
        guard !missing.isEmpty else { return [] }
        return [Finding("the design project has no \(DFESRuleSupport.series(missing, "or"))", at: project.origin.location)]
    }

    static let dfes52Team02 = Rule(
        id: "DFES-5.2-02", title: "The project team is cross-functional and includes the frontline",
        clause: .iso24082("5.2", .inferred), basis: .heuristic,
        restsOn: "cross-functional management read as a mixed team", purpose: .processRecord,
        severity: .warning,
        rationale: "ISO 23592 asks for cross-functional management; the frontline knows what can be delivered.",
        hint: "add team members from another function, with `frontline: true` for those who serve customers",
        satisfiedBy: "`project: team:` lists members of at least two different `function:`s, and at least one member has `frontline: true`. A design without a project is left to DFES-5.2-01.",
        example: """
            project:
              team:
                - {name: Maria, function: Patient experience}
                - {name: Tom, function: Reception, frontline: true}
            """,
        areas: [.activity("5.2")]
    ) { context in
        guard let project = context.design.project else { return [] }
        let functions = Set(project.team.compactMap { member -> String? in
            DFESRuleSupport.isBlank(member.function) ? nil : member.function!.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        })
        var missing: [String] = []
        if functions.count < 2 { missing.append("members from two organizational functions") }
        if !project.team.contains(where: \.frontline) { missing.append("frontline member") }
        guard !missing.isEmpty else { return [] }
        return [Finding(
            "the project team has no \(missing.joined(separator: " and no "))",
            at: project.origin.location(of: "team"))]
    }

    static let dfes52Levels03 = Rule(
        id: "DFES-5.2-03", title: "The project states its pyramid levels and success metrics",
        clause: .iso24082("5.2", .inferred), basis: .heuristic,
        restsOn: "DfES targets pyramid levels 3 and 4",
        purpose: .processRecord, severity: .info,
        rationale: "DfES targets levels 3 and 4 of the service-excellence pyramid; success has to be measurable.",
        hint: "list the targeted levels under `project: levels:` (3, 4) and metric ids under `project: success:`",
        satisfiedBy: "`project: levels:` includes 3 or 4, and `project: success:` names at least one metric. A design without a project is left to DFES-5.2-01.",
        example: """
            project:
              levels: [3, 4]
              success: [nps-visit]
            """,
        areas: [.activity("5.2")]
    ) { context in
        guard let project = context.design.project else { return [] }
        var missing: [String] = []
        var field = "levels"
        if !project.pyramidLevels.contains(where: { $0 == 3 || $0 == 4 }) {
            missing.append(project.pyramidLevels.isEmpty ? "targets no pyramid level" : "targets neither pyramid level 3 nor 4")
        }
        if project.successMetrics.isEmpty {
            if missing.isEmpty { field = "success" }
            missing.append("names no success metric")
        }
        guard !missing.isEmpty else { return [] }
        return [Finding("the design project \(missing.joined(separator: " and "))", at: project.origin.location(of: field))]
    }
}
