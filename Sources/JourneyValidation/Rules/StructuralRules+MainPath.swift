import JourneyKit

extension Rule {
    /// The main path is the journey as it usually goes: from the first touchpoint, always the
    /// first way on. Every view reads it as the usual journey (the emotion curves' peak-end and
    /// lowest points, the map's off-path markers), so when a loop or an early exit is listed
    /// first it stops early and the pictures and numbers describe a fraction of the journey.
    static let mainPathShort = Rule(
        id: "STRUCT-MAIN-PATH-SHORT", title: "The main path covers most of the journey", basis: .heuristic,
        restsOn: "JourneyKit's own reading of the flow, the first way on as the usual one",
        severity: .warning,
        rationale: "The main path (always the first way on) is read as the usual journey: peak-end, lowest points and off-path markers rest on it. A loop or an exit listed first cuts it short.",
        hint: "list the usual branch first where the main path turns back or off",
        satisfiedBy: "The main path, from the first touchpoint always along the first way on, reaches at least half of the touchpoints.",
        example: """
                  - {id: check, title: Check the form, branches: [{if: complete, to: pay}, {if: incomplete, to: fill}]}
            """
    ) { context in
        let graph = context.graph
        let path = graph.mainPath
        let total = graph.nodes.count
        guard total >= 4, path.count * 2 < total, let last = path.last, let lastIndex = graph.index(of: last) else { return [] }
        let onPath = Set(path)
        let touchpoint = graph.touchpoint(at: lastIndex)
        let covered = "the main path (always the first way on) covers \(path.count) of \(total) touchpoints"
        func firstWayLocation(_ touchpoint: Touchpoint) -> SourceLocation? {
            touchpoint.origin.location(of: touchpoint.next.isEmpty ? "branches" : "next") ?? touchpoint.origin.location
        }
        if let first = graph.successors(of: last).first, onPath.contains(first), !graph.isEnd(last) {
            // The first way on leads back to a touchpoint already on the path: a loop listed first.
            let forward = graph.successors(of: last).first { !onPath.contains($0) }
            let fix = forward.map { "list the way on to \"\($0)\" first at \"\(last)\"" } ?? "at \"\(last)\", list the usual way on first"
            return [Finding(
                "\(covered): it stops at \"\(last)\", whose first way on leads back to \"\(first)\"",
                at: firstWayLocation(touchpoint), element: last.rawValue,
                hint: fix + " (a `next:` comes before every branch)")]
        }
        // It reached an end early: the last decision on the path took a way that ends.
        let decision = path.dropLast().last { graph.successors(of: $0).count > 1 }
        let where_ = decision.map { "at \"\($0)\", list the usual branch first" } ?? "list the usual branch first where the path turns towards it"
        let decisionTouchpoint = decision.flatMap(graph.index(of:)).map(graph.touchpoint(at:))
        return [Finding(
            "\(covered): it stops at \"\(last)\", an end reached early",
            at: decisionTouchpoint.map(firstWayLocation) ?? touchpoint.origin.location, element: (decision ?? last).rawValue,
            hint: where_ + " (a `next:` comes before every branch)")]
    }
}
