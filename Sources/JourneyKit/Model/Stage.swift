/// A stage (phase) of the journey. Stages are kept in journey order.
public struct Stage: Hashable, Sendable {
    public var id: StageID
    public var name: String
    public var description: String?
    public var origin: SourceOrigin

    public init(id: StageID, name: String, description: String? = nil, origin: SourceOrigin = SourceOrigin()) {
        self.id = id
        self.name = name
        self.description = description
        self.origin = origin
    }
}
