/// A stage (phase) of the journey. Stages are kept in journey order.
public struct Stage: Hashable, Sendable {
    /// The stage's id, which each of its touchpoints names as its ``Touchpoint/stage``.
    public var id: StageID
    /// The stage's name as the pictures' stage headings show it (`Start the return`).
    public var name: String
    /// What happens in this stage, as free text; `nil` when not given.
    public var description: String?
    /// Where the stage was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a stage. Its touchpoints are not part of it: they are in
    /// ``ServiceDesign/touchpoints``, each naming the stage by id.
    ///
    /// - Parameters:
    ///   - id: The stage's id.
    ///   - name: The stage's name.
    ///   - description: What happens in this stage.
    ///   - origin: Where it was written; the default means "built in code".
    public init(id: StageID, name: String, description: String? = nil, origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.name = name
        self.description = description
        self.origin = origin
    }
}
