/// A need of a persona, in a design built in Swift code.
///
/// `Need("…", id: "…", evidence: ["…"])` inside `Persona(id:name:…) { … }`.
public struct Need: PersonaContent {
    /// The statement this adds to the persona's needs.
    public var statement: PersonaStatement
    /// A need in the persona's own words.
    ///
    /// - Parameters:
    ///   - text: The statement, as the persona would put it.
    ///   - id: An id, needed only when something points at the statement (a design challenge's
    ///     `answers` or a value proposition's `serves`); nil when nothing does.
    ///   - evidence: Ids of the research studies the statement comes from; empty when it is not
    ///     backed by research (yet).
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = []) {
        statement = PersonaStatement(text, id: id, evidence: evidence)
    }
    /// Appends the statement to the persona's needs.
    public func add(to persona: inout Persona) { persona.needs.append(statement) }
}

/// An expectation of a persona, in a design built in Swift code.
///
/// `Expectation("…", id: "…", evidence: ["…"])` inside `Persona(id:name:…) { … }`.
public struct Expectation: PersonaContent {
    /// The statement this adds to the persona's expectations.
    public var statement: PersonaStatement
    /// An expectation in the persona's own words.
    ///
    /// - Parameters:
    ///   - text: The statement, as the persona would put it.
    ///   - id: An id, needed only when something points at the statement (a design challenge's
    ///     `answers` or a value proposition's `serves`); nil when nothing does.
    ///   - evidence: Ids of the research studies the statement comes from; empty when it is not
    ///     backed by research (yet).
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = []) {
        statement = PersonaStatement(text, id: id, evidence: evidence)
    }
    /// Appends the statement to the persona's expectations.
    public func add(to persona: inout Persona) { persona.expectations.append(statement) }
}

/// A desire of a persona, in a design built in Swift code.
///
/// `Desire("…", id: "…", evidence: ["…"])` inside `Persona(id:name:…) { … }`.
public struct Desire: PersonaContent {
    /// The statement this adds to the persona's desires.
    public var statement: PersonaStatement
    /// A desire in the persona's own words.
    ///
    /// - Parameters:
    ///   - text: The statement, as the persona would put it.
    ///   - id: An id, needed only when something points at the statement (a design challenge's
    ///     `answers` or a value proposition's `serves`); nil when nothing does.
    ///   - evidence: Ids of the research studies the statement comes from; empty when it is not
    ///     backed by research (yet).
    public init(_ text: String, id: StatementID? = nil, evidence: [ResearchID] = []) {
        statement = PersonaStatement(text, id: id, evidence: evidence)
    }
    /// Appends the statement to the persona's desires.
    public func add(to persona: inout Persona) { persona.desires.append(statement) }
}

/// A need, expectation or desire inside a ``Persona`` built in Swift code.
public protocol PersonaContent {
    /// Puts this part into `persona`, after the parts of its kind already there.
    func add(to persona: inout Persona)
}

/// The result builder behind the block of
/// ``Persona/init(id:name:description:goals:quote:evidence:_:)``: it collects the ``Need``,
/// ``Expectation`` and ``Desire`` statements written in the block, in the order written.
///
/// The block may use `if`, `if`–`else`, `switch` and `for`, so a persona can, for example, take
/// its needs from a list of interview findings. You do not call its methods yourself; the
/// compiler does.
@resultBuilder
public enum PersonaBuilder {
    /// Lets any ``PersonaContent`` value (a ``Need``, ``Expectation`` or ``Desire``) stand as a
    /// statement of the block.
    public static func buildExpression(_ content: any PersonaContent) -> [any PersonaContent] { [content] }
    /// Joins the statements of a block, keeping the order they are written in.
    public static func buildBlock(_ parts: [any PersonaContent]...) -> [any PersonaContent] { parts.flatMap { $0 } }
    /// Lets the block contain an `if` without `else`: its statements are added only when the condition holds.
    public static func buildOptional(_ part: [any PersonaContent]?) -> [any PersonaContent] { part ?? [] }
    /// Lets the block contain `if`–`else` or `switch`: the statements of the first branch, when it is taken.
    public static func buildEither(first part: [any PersonaContent]) -> [any PersonaContent] { part }
    /// Lets the block contain `if`–`else` or `switch`: the statements of the second branch, when it is taken.
    public static func buildEither(second part: [any PersonaContent]) -> [any PersonaContent] { part }
    /// Lets the block contain a `for` loop: the statements of every pass, in loop order.
    public static func buildArray(_ parts: [[any PersonaContent]]) -> [any PersonaContent] { parts.flatMap { $0 } }
}

extension Persona {
    /// A persona whose needs, expectations and desires are listed in the trailing block.
    ///
    /// ```swift
    /// Persona(id: "sam", name: "Sam, commuter", goals: ["Get to work on time"]) {
    ///     Need("Coffee in under three minutes")
    ///     Expectation("The usual order is remembered", id: "remembered")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - id: The persona's id, which emotion readings, pain points and challenges refer to.
    ///   - name: The persona's name, such as `Sam, commuter`.
    ///   - description: Free text about who the persona is.
    ///   - goals: What the persona wants to achieve with the service, in their words.
    ///   - quote: A sentence that sums the persona up, in their voice.
    ///   - evidence: Ids of the research studies the persona is based on.
    ///   - content: The persona's needs, expectations and desires, each kept in the order written.
    public init(
        id: PersonaID, name: String, description: String? = nil, goals: [String] = [],
        quote: String? = nil, evidence: [ResearchID] = [], @PersonaBuilder _ content: () -> [any PersonaContent]
    ) {
        self.init(id: id, name: name, description: description, goals: goals, quote: quote, evidence: evidence)
        for part in content() { part.add(to: &self) }
    }
}
