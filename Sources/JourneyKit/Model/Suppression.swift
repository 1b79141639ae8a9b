/// A validator finding the design team has looked at and accepted, written in the design file
/// itself. A suppression must say why; the validator reports one that does not.
public struct Suppression: Hashable, Sendable {
    /// The rule id, such as `DFES-4.4-02`.
    public var rule: String
    /// Why the finding does not apply. Without a reason (`nil`, or only white space) the suppression
    /// suppresses nothing and is itself reported.
    public var reason: String?
    /// Ids of the elements it covers (a touchpoint, a persona…); empty covers the whole design.
    public var elements: [String]
    /// Where the suppression was written in the journey file; empty when built in code.
    public var origin: SourceOrigin

    /// Creates a suppression.
    ///
    /// - Parameters:
    ///   - rule: The id of the validator rule whose findings it accepts.
    ///   - reason: Why the finding does not apply; required for the suppression to take effect.
    ///   - elements: The ids of the elements it covers; empty covers the whole design.
    ///   - origin: Where it was written; the default means "built in code".
    public init(rule: String, reason: String? = nil, elements: [String] = [], origin: SourceOrigin = SourceOrigin()) {
        self.rule = rule
        self.reason = reason
        self.elements = elements
        self.origin = origin
    }
}
