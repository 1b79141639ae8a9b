/// An attribute of an ``XMLElement`` (never an `xmlns` declaration), with where its name starts.
public struct XMLAttribute: Hashable, Sendable {
    /// The local name, without prefix.
    public var name: String
    /// The namespace URI; nil when the attribute has no prefix.
    public var namespace: String?
    /// The value, with references resolved and whitespace normalized as XML requires.
    public var value: String
    /// The 1-based line where the attribute's name starts.
    public var line: Int
    /// The 1-based column (in characters) where the attribute's name starts.
    public var column: Int

    /// Creates an attribute.
    public init(name: String, namespace: String? = nil, value: String, line: Int = 0, column: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.value = value
        self.line = line
        self.column = column
    }
}
