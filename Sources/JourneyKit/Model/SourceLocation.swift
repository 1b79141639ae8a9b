/// A place in a journey file: the file's path as given, a 1-based line and a 1-based column
/// (counted in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as it was given to the reader, relative or absolute; not resolved.
    public var file: String
    /// The line, counted from 1.
    public var line: Int
    /// The column, counted from 1 in Unicode scalars (not bytes, not grapheme clusters) as the
    /// reader sees the line.
    public var column: Int

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - file: The file's path as given.
    ///   - line: The line, from 1.
    ///   - column: The column, from 1, in Unicode scalars.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders locations by file path, then line, then column, as a compiler lists its messages.
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
    /// Where the element itself starts; `nil` for an element built in code.
    public var location: SourceLocation?
    /// The places of the element's fields, keyed by field name (`"channel"`), of list items by
    /// field name and 0-based index (`"next.1"` is the second item), and of emotion readings by
    /// `"emotions."` and the persona id.
    public var fields: [String: SourceLocation]

    /// Creates an origin; with no arguments, the empty origin of an element built in code.
    ///
    /// - Parameters:
    ///   - location: Where the element starts.
    ///   - fields: The places of its fields and list items.
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

    /// Always true: an origin annotates a design and never makes two designs differ.
    public static func == (lhs: Self, rhs: Self) -> Bool { true }
    /// Adds nothing to the hash, in keeping with equality: every origin hashes alike.
    public func hash(into hasher: inout Hasher) {}
}
