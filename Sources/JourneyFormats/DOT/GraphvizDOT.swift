import JourneyKit

/// Graphviz DOT: stages as clusters, touchpoints as nodes, the flow as edges. (Being built.)
public enum GraphvizDOT {
    public static func encode(_ design: ServiceDesign) -> String {
        "digraph journey {}\n"
    }
}
