/// A document read by ``XMLReader``.
public struct XMLDocument: Hashable, Sendable {
    /// The root element.
    public var root: XMLElement
    /// Warnings that did not stop the reading (errors always throw ``XMLReadFailure``).
    public var warnings: [XMLIssue]

    /// Creates a document.
    public init(root: XMLElement, warnings: [XMLIssue] = []) {
        self.root = root
        self.warnings = warnings
    }
}
