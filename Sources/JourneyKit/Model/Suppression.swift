/// A validator finding the design team has looked at and accepted, written in the design file
/// itself. A suppression must say why; the validator reports one that does not.
public struct Suppression: Hashable, Sendable {
    /// The rule id, such as `DFES-4.4-02`.
    public var rule: String
    public var reason: String?
    /// Ids of the elements it covers (a touchpoint, a persona…); empty covers the whole design.
    public var elements: [String]
    public var origin: SourceOrigin

    public init(rule: String, reason: String? = nil, elements: [String] = [], origin: SourceOrigin = SourceOrigin()) {
        self.rule = rule
        self.reason = reason
        self.elements = elements
        self.origin = origin
    }
}
