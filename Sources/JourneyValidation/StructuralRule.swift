import JourneyKit

/// A check of a design's structure: an id, a default severity, why it matters, and a function
/// that finds where the design breaks it.
public struct StructuralRule: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var severity: Severity
    public var rationale: String
    public var check: @Sendable (ValidationContext) -> [Diagnostic]

    public init(
        id: String, title: String, severity: Severity, rationale: String,
        check: @escaping @Sendable (ValidationContext) -> [Diagnostic]
    ) {
        self.id = id
        self.title = title
        self.severity = severity
        self.rationale = rationale
        self.check = check
    }
}

/// What every rule may look at, computed once per validation.
public struct ValidationContext: Sendable {
    public let design: ServiceDesign
    public let graph: JourneyGraph
    public let integrityProblems: [IntegrityProblem]

    public init(_ design: ServiceDesign) {
        self.design = design
        self.graph = JourneyGraph(design)
        self.integrityProblems = design.integrityProblems()
    }
}

/// Runs the structural rules over a design: the integrity of ids, references and scores, and
/// the shape of the journey graph.
public struct StructuralValidator: Sendable {
    public var rules: [StructuralRule]

    public init(rules: [StructuralRule] = StructuralRule.catalogue) {
        self.rules = rules
    }

    /// Every finding, ordered by place in the file.
    public func validate(_ design: ServiceDesign) -> [Diagnostic] {
        let context = ValidationContext(design)
        let findings = rules.flatMap { $0.check(context) }
        return findings.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
