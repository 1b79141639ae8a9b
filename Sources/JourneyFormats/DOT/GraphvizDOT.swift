import JourneyKit

/// Graphviz DOT: stages as clusters, touchpoints as nodes, the flow as edges (see docs/dot.md).
///
/// The edges are `JourneyGraph`'s: written `next` and `branches`, and the fall-through from a
/// touchpoint to the one listed after it. A branch's condition labels its edge; every way on but
/// the first (the usual case, which the main path takes) is dashed. Moments of truth are drawn
/// bold with a double border. The output depends only on the design, so it is the same on every
/// run and every machine.
public enum GraphvizDOT {
    /// The design as a DOT `digraph`, ending in a newline: what `journey convert --to dot` writes.
    public static func encode(_ design: ServiceDesign) -> String {
        let graph = JourneyGraph(design)
        // A touchpoint whose id an earlier one already has is left out, as the graph leaves it
        // out of references: DOT would merge the two into one node anyway.
        let drawn = graph.nodes.indices.filter { graph.index(of: graph.nodes[$0]) == $0 }
        var lines = [
            "digraph \(quoted(design.id.rawValue)) {",
            "  graph [label=\(quoted(design.title)), labelloc=t, rankdir=LR];",
            "  node [shape=box];",
        ]
        var placed = Set<Int>()
        // The drawn nodes of each stage id, in order, and the first stage with each id: one pass
        // each, not a pass over every node per stage.
        var nodesByStage: [StageID: [Int]] = [:]
        for node in drawn { nodesByStage[graph.touchpoint(at: node).stage, default: []].append(node) }
        var firstStage: [StageID: Int] = [:]
        for (number, stage) in design.stages.enumerated() where firstStage[stage.id] == nil { firstStage[stage.id] = number }
        for (number, stage) in design.stages.enumerated() {
            lines.append("")
            lines.append("  subgraph cluster_\(number) {")
            lines.append("    label=\(quoted(stage.name));")
            // Touchpoints name their stage by id; with two stages of one id, the first takes them.
            let isFirstWithID = firstStage[stage.id] == number
            for node in isFirstWithID ? nodesByStage[stage.id] ?? [] : [] {
                lines.append("    " + statement(for: graph.touchpoint(at: node)))
                placed.insert(node)
            }
            lines.append("  }")
        }
        let loose = drawn.filter { !placed.contains($0) }
        if !loose.isEmpty {
            lines.append("")
            for node in loose { lines.append("  " + statement(for: graph.touchpoint(at: node))) }
        }
        let flow = drawn.flatMap { edges(from: $0, in: graph) }
        if !flow.isEmpty {
            lines.append("")
            lines += flow.map { "  " + $0 }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The node statement of a touchpoint: its id, its title as label, and the marks of a
    /// moment of truth.
    static func statement(for touchpoint: Touchpoint) -> String {
        var attributes = ["label=\(quoted(touchpoint.title))"]
        if touchpoint.momentOfTruth != nil { attributes += ["style=bold", "peripheries=2"] }
        return "\(quoted(touchpoint.id.rawValue)) [\(attributes.joined(separator: ", "))];"
    }

    /// The edge statements from one node, in the graph's order (next first, then branches).
    static func edges(from node: Int, in graph: JourneyGraph) -> [String] {
        let touchpoint = graph.touchpoint(at: node)
        let source = quoted(touchpoint.id.rawValue)
        return graph.successors[node].enumerated().map { (position, successor) in
            let target = graph.nodes[successor]
            var attributes: [String] = []
            // Reached by `next` (or by falling through) unless only a branch names the target.
            if !touchpoint.next.contains(target), let branch = touchpoint.branches.first(where: { $0.target == target }) {
                if let condition = branch.condition { attributes.append("label=\(quoted(condition))") }
                if position > 0 { attributes.append("style=dashed") }
            }
            let tail = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            return "\(source) -> \(quoted(target.rawValue))\(tail);"
        }
    }

    /// A DOT quoted string: `"` and `\` escaped, line breaks as `\n` (a centred line in a
    /// label), other control characters as spaces.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n":
                if previous != "\r" { result += "\\n" }
            case "\r", "\u{2028}", "\u{2029}", "\u{85}": result += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
