/// A place in a journey file: the file's path as given, a 1-based line and a 1-based column
/// (counted in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// Where an element of a design was written: the element itself and, by field name, the
/// places of its fields and list items (`"next"`, `"next.1"`, `"emotions.anna"`).
///
/// An origin is an annotation, not part of what a design says: two origins are always equal,
/// so a design read from a file equals the same design built in Swift code.
public struct SourceOrigin: Hashable, Sendable {
    public var location: SourceLocation?
    public var fields: [String: SourceLocation]

    public init(_ location: SourceLocation? = nil, fields: [String: SourceLocation] = [:]) {
        self.location = location
        self.fields = fields
    }

    /// The place of a field, or of the element when the field's own place is unknown.
    public func location(of field: String) -> SourceLocation? { fields[field] ?? location }

    /// The place of item `index` of a list field, falling back to the field, then the element.
    public func location(of field: String, item index: Int) -> SourceLocation? {
        fields["\(field).\(index)"] ?? location(of: field)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
