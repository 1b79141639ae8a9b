/// A need of a persona, in a design built in Swift code.
public struct Need: PersonaContent {
    public var statement: PersonaStatement
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = []) {
        statement = PersonaStatement(text, id: id, evidence: evidence)
    }
    public func add(to persona: inout Persona) { persona.needs.append(statement) }
}

/// An expectation of a persona, in a design built in Swift code.
public struct Expectation: PersonaContent {
    public var statement: PersonaStatement
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = []) {
        statement = PersonaStatement(text, id: id, evidence: evidence)
    }
    public func add(to persona: inout Persona) { persona.expectations.append(statement) }
}

/// A desire of a persona, in a design built in Swift code.
public struct Desire: PersonaContent {
    public var statement: PersonaStatement
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = []) {
        statement = PersonaStatement(text, id: id, evidence: evidence)
    }
    public func add(to persona: inout Persona) { persona.desires.append(statement) }
}

/// A need, expectation or desire inside a ``Persona`` built in Swift code.
public protocol PersonaContent {
    func add(to persona: inout Persona)
}

@resultBuilder
public enum PersonaBuilder {
    public static func buildExpression(_ content: any PersonaContent) -> [any PersonaContent] { [content] }
    public static func buildBlock(_ parts: [any PersonaContent]...) -> [any PersonaContent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any PersonaContent]?) -> [any PersonaContent] { part ?? [] }
    public static func buildEither(first part: [any PersonaContent]) -> [any PersonaContent] { part }
    public static func buildEither(second part: [any PersonaContent]) -> [any PersonaContent] { part }
    public static func buildArray(_ parts: [[any PersonaContent]]) -> [any PersonaContent] { parts.flatMap { $0 } }
}

extension Persona {
    /// A persona whose needs, expectations and desires are listed in the trailing block.
    public init(
        id: PersonaID, name: String, description: String? = nil, goals: [String] = [],
        quote: String? = nil, evidence: [ResearchID] = [], @PersonaBuilder _ content: () -> [any PersonaContent]
    ) {
        self.init(id: id, name: name, description: description, goals: goals, quote: quote, evidence: evidence)
        for part in content() { part.add(to: &self) }
    }
}
