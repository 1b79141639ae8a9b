import JourneyKit

// Small builders shared by the tests: a touchpoint with only what the flow needs, and a design
// or graph made of such touchpoints in one stage.

/// A touchpoint of stage "main" (or `stage`), titled after its id. `branches` become branches
/// with a condition each, written after `next`.
func step(
    _ id: TouchpointID, stage: StageID = "main", next: [TouchpointID] = [], branches: [TouchpointID] = [],
    entry: Bool = false, end: Bool = false
) -> Touchpoint {
    Touchpoint(
        id: id, title: "Step \(id)", stage: stage, next: next,
        branches: branches.map { Branch(if: "goes to \($0)", to: $0) }, isEntry: entry, isEnd: end)
}

/// A design whose touchpoints are `touchpoints`, in that order, all in stage "main".
func design(_ touchpoints: [Touchpoint]) -> ServiceDesign {
    ServiceDesign(id: "test", title: "Test journey", stages: [Stage(id: "main", name: "Main")], touchpoints: touchpoints)
}

/// The graph of a design made of `touchpoints`.
func graph(_ touchpoints: Touchpoint...) -> JourneyGraph {
    JourneyGraph(design(touchpoints))
}

/// Swift Testing has a `SourceLocation` of its own; in these tests the name means JourneyKit's.
typealias SourceLocation = JourneyKit.SourceLocation
