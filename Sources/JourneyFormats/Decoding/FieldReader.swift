import Foundation
import JourneyKit
import Yams

/// Reads the fields of one YAML mapping: typed accessors that report wrong types with the
/// value's place, and a closing check that reports unknown fields with a suggestion.
struct FieldReader {
    let session: DecodingSession
    /// The element in prose: `touchpoint "pay"`, `persona "anna"`.
    var element: String
    let location: SourceLocation
    private var values: [String: Node] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    private var order: [String] = []
    private(set) var fields: [String: SourceLocation] = [:]

    /// Nil (after reporting) when the node is not a mapping.
    init?(_ node: Node, element: String, field: String, session: DecodingSession) throws(DecodingSession.Stop) {
        try session.visit(node)
        self.session = session
        self.element = element
        self.location = session.location(node)
        guard case .mapping(let mapping) = node else {
            session.report(.wrongType(field: field, expected: "a block of fields (a mapping)", found: describe(node), session.location(node)))
            return nil
        }
        for (keyNode, value) in mapping {
            try session.checkTag(keyNode)
            guard case .scalar(let key) = keyNode else {
                session.report(.wrongType(field: field, expected: "field names as plain words", found: describe(keyNode), session.location(keyNode)))
                continue
            }
            // Yams reports duplicate keys before we get here; the first one wins.
            if values[key.string] == nil {
                values[key.string] = value
                keyLocations[key.string] = session.location(keyNode)
                order.append(key.string)
            }
        }
    }

    var origin: SourceOrigin { SourceOrigin(location, fields: fields) }

    /// The element's field names as written, in order.
    var keys: [String] { order }

    /// Reports every field not in `known`, with the closest known name.
    func rejectUnknown(_ known: [String]) {
        for key in order where !known.contains(key) {
            session.report(.unknownField(key, element: element, keyLocations[key] ?? location,
                suggestion: Suggestion.closest(to: key, among: known)))
        }
    }

    /// The value of a field; nil when absent or written as null (`~`, `null`, nothing).
    mutating func node(_ key: String) throws(DecodingSession.Stop) -> Node? {
        guard let node = values[key] else { return nil }
        try session.visit(node)
        fields[key] = session.location(node)
        if isNull(node) { return nil }
        return node
    }

    mutating func record(_ key: String, _ location: SourceLocation) { fields[key] = location }

    // MARK: Typed accessors

    mutating func string(_ key: String) throws(DecodingSession.Stop) -> String? {
        guard let node = try node(key) else { return nil }
        return text(node, field: key)
    }

    mutating func requiredString(_ key: String) throws(DecodingSession.Stop) -> String? {
        guard let value = try string(key) else {
            if values[key] == nil || isNull(values[key]!) {
                session.report(.missingField(key, element: element, location))
            }
            return nil
        }
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            session.report(.invalidValue(field: key, value: value, reason: "it must not be empty", fields[key] ?? location, suggestion: nil))
            return nil
        }
        return value
    }

    mutating func id<T>(_ key: String, required: Bool = false) throws(DecodingSession.Stop) -> Identifier<T>? {
        if required, values[key].map(isNull) ?? true {
            _ = try node(key)
            session.report(.missingField(key, element: element, location, suggestion: key == "id" ? suggestedID() : nil))
            return nil
        }
        let value = required ? try requiredString(key) : try string(key)
        guard let value else { return nil }
        guard checkID(value, field: key, at: fields[key] ?? location) else { return nil }
        return Identifier(value)
    }

    mutating func bool(_ key: String) throws(DecodingSession.Stop) -> Bool? {
        guard let node = try node(key) else { return nil }
        return boolValue(node, field: key)
    }

    /// A number; with a `scale`, an emotion score (whose messages name the scale).
    mutating func number(_ key: String, scale: EmotionScale? = nil) throws(DecodingSession.Stop) -> Double? {
        guard let node = try node(key) else { return nil }
        return numberValue(node, field: key, scale: scale)
    }

    mutating func integer(_ key: String) throws(DecodingSession.Stop) -> Int? {
        guard let node = try node(key) else { return nil }
        return wholeNumberValue(node, field: key)
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type = E.self) throws(DecodingSession.Stop) -> E?
    where E.RawValue == String {
        guard let value = try string(key) else { return nil }
        if let choice = E(rawValue: value) { return choice }
        let allowed = E.allCases.map(\.rawValue)
        session.report(.invalidValue(field: key, value: value,
            reason: "it must be one of " + allowed.map { "`\($0)`" }.joined(separator: ", "),
            fields[key] ?? location, suggestion: Suggestion.closest(to: value, among: allowed)))
        return nil
    }

    /// A BCP 47 language tag (`de`, `en-GB`), reported with its place when it is not one.
    mutating func languageTag(_ key: String) throws(DecodingSession.Stop) -> String? {
        guard let value = try string(key) else { return nil }
        if LanguageTag.isWellFormed(value) { return value }
        let hyphened = value.replacingOccurrences(of: "_", with: "-")
        session.report(.invalidValue(field: key, value: value,
            reason: "it must be a BCP 47 language tag such as `de`, `en-GB` or `ja`",
            fields[key] ?? location, suggestion: LanguageTag.isWellFormed(hyphened) ? hyphened : nil))
        return nil
    }

    mutating func date(_ key: String) throws(DecodingSession.Stop) -> CalendarDate? {
        guard let value = try string(key) else { return nil }
        switch CalendarDate.parse(value) {
        case .success(let date):
            return date
        case .failure(let problem):
            session.report(.invalidValue(field: key, value: value, reason: problem.description, fields[key] ?? location, suggestion: nil))
            return nil
        }
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func strings(_ key: String) throws(DecodingSession.Stop) -> [String] {
        guard let node = try node(key) else { return [] }
        return try items(node, field: key).compactMap { (index, item) in
            fields["\(key).\(index)"] = session.location(item)
            return text(item, field: key)
        }
    }

    /// A list of ids; a single id counts as a list of one. Each item's place is kept.
    mutating func ids<T>(_ key: String) throws(DecodingSession.Stop) -> [Identifier<T>] {
        guard let node = try node(key) else { return [] }
        var result: [Identifier<T>] = []
        for (_, item) in try items(node, field: key) {
            let location = session.location(item)
            guard let value = text(item, field: key), checkID(value, field: key, at: location) else { continue }
            fields["\(key).\(result.count)"] = location
            result.append(Identifier(value))
        }
        return result
    }

    /// The items of a list field as nodes (a single value counts as a list of one).
    mutating func list(_ key: String) throws(DecodingSession.Stop) -> [Node] {
        guard let node = try node(key) else { return [] }
        return try items(node, field: key).map(\.1)
    }

    // MARK: Helpers

    func items(_ node: Node, field: String) throws(DecodingSession.Stop) -> [(Int, Node)] {
        switch node {
        case .sequence(let sequence):
            var result: [(Int, Node)] = []
            for (index, item) in sequence.enumerated() {
                try session.visit(item)
                if !isNull(item) { result.append((index, item)) }
            }
            return result
        case .mapping:
            session.report(.wrongType(field: field, expected: "a list", found: "a block of fields", session.location(node)))
            return []
        default:
            return [(0, node)]
        }
    }

    func text(_ node: Node, field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            session.report(.wrongType(field: field, expected: "text", found: describe(node), session.location(node)))
            return nil
        }
        return scalar.string
    }

    func boolValue(_ node: Node, field: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch scalar.string.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        session.report(.wrongType(field: field, expected: "`true` or `false`", found: describe(node), session.location(node)))
        return nil
    }

    /// A plain decimal number (see ``NumberText``) that is finite; anything else is reported,
    /// with a hint for a score (the scale and its labels) or a quoted number.
    func numberValue(_ node: Node, field: String, scale: EmotionScale? = nil) -> Double? {
        let expected = scale.map { "a score from \($0.min.scoreText) to \($0.max.scoreText)" } ?? "a number"
        guard case .scalar(let scalar) = node, scalar.style == .plain else {
            session.report(.wrongType(field: field, expected: expected, found: describe(node), session.location(node),
                hint: ValueHint.number(for: node, scale: scale)))
            return nil
        }
        if NumberText.isNonFiniteSpelling(scalar.string) {
            session.report(.invalidValue(field: field, value: scalar.string, reason: "a number here must be finite; write a plain number such as 4",
                session.location(node), suggestion: nil))
            return nil
        }
        guard let value = NumberText.value(scalar.string) else {
            session.report(.wrongType(field: field, expected: expected, found: describe(node), session.location(node),
                hint: ValueHint.number(for: node, scale: scale)))
            return nil
        }
        guard value.isFinite else {
            session.report(.invalidValue(field: field, value: scalar.string, reason: "it is too large to be a number", session.location(node), suggestion: nil))
            return nil
        }
        return value
    }

    /// A plain number without a fraction: `12`, and also `12.0` or `1.2e1`, since JSON Schema
    /// (and JSON writers such as Python's) count those as the integer 12. Anything else,
    /// including a number too large for an `Int`, is reported.
    func wholeNumberValue(_ node: Node, field: String, expected: String = "a whole number") -> Int? {
        if case .scalar(let scalar) = node, scalar.style == .plain, let value = NumberText.value(scalar.string) {
            if let exact = Int(scalar.string) { return exact }
            if let whole = Int(exactly: value) { return whole }
            if !value.isFinite || value == value.rounded() {
                session.report(.invalidValue(field: field, value: scalar.string, reason: "it is too large to be a whole number", session.location(node), suggestion: nil))
                return nil
            }
        }
        session.report(.wrongType(field: field, expected: expected, found: describe(node), session.location(node)))
        return nil
    }

    /// The id the element's title or name would make (`Finds the form` → `finds-the-form`),
    /// for the message about a missing id.
    func suggestedID() -> String? {
        for field in ["title", "name"] {
            if let node = values[field], case .scalar(let scalar) = node, let id = ValueHint.slug(scalar.string) { return id }
        }
        return nil
    }

    /// Ids are one word: no spaces, no control characters.
    func checkID(_ value: String, field: String, at location: SourceLocation) -> Bool {
        if value.isEmpty || value.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            let suggestion = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-")
            session.report(.invalidValue(field: field, value: value, reason: "an id is one word without spaces (use - or _ between words)",
                location, suggestion: suggestion.isEmpty ? nil : suggestion))
            return false
        }
        return true
    }
}

func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
    switch scalar.string {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
}

/// A null as written, for "cannot be …": `~`, `null`, or `` for nothing at all.
func nullText(_ node: Node) -> String {
    guard case .scalar(let scalar) = node else { return "" }
    return scalar.string
}

/// A node in prose, for "should be a number, but is …".
func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a block of fields"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
        let text = scalar.string.count > 40 ? String(scalar.string.prefix(37)) + "…" : scalar.string
        if scalar.style == .plain, NumberText.isDecimal(scalar.string) { return "the number \(text)" }
        if scalar.style == .plain, ["true", "false"].contains(scalar.string.lowercased()) { return "`\(text)`" }
        return "the text \"\(text)\""
    }
}

