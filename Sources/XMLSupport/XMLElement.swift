/// An element read by ``XMLReader``: plain Swift values, no libxml2 behind it.
public struct XMLElement: Hashable, Sendable {
    /// The local name, without prefix.
    public var name: String
    /// The namespace URI; nil when none applies.
    public var namespace: String?
    /// The attributes in document order, without `xmlns` declarations.
    public var attributes: [XMLAttribute]
    /// The element children in order (text, comments and processing instructions are not here).
    public var children: [XMLElement]
    /// The text and CDATA directly inside this element (not inside its children), concatenated,
    /// with character and predefined entity references resolved.
    public var text: String
    /// The 1-based line of the `<` that starts the element, exact also beyond line 65535.
    public var line: Int
    /// The 1-based column of that `<`, in characters (not bytes).
    public var column: Int

    /// Creates an element.
    public init(
        name: String, namespace: String? = nil, attributes: [XMLAttribute] = [],
        children: [XMLElement] = [], text: String = "", line: Int = 0, column: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        self.column = column
    }

    /// The first attribute with this local name.
    public func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.name == name }
    }

    /// The first element child with this local name.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// All element children with this local name, in order.
    public func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }
}
