import Foundation
import JourneyKit
import Yams

/// Builds one YAML mapping in the order fields are added, leaving out what is empty, so that
/// written files stay short. Scalars carry their type as a tag, which the JSON writer reads.
struct MappingBuilder {
    private(set) var pairs: [(Node, Node)] = []

    var isEmpty: Bool { pairs.isEmpty }

    var node: Node { Node(pairs, Tag(.map), .block) }
    var flowNode: Node { Node(pairs, Tag(.map), .flow) }

    mutating func add(_ key: String, _ value: Node?) {
        guard let value else { return }
        pairs.append((Node(key, Tag(.str), .plain), value))
    }

    mutating func text(_ key: String, _ value: String?) {
        guard let value else { return }
        add(key, textNode(value))
    }

    mutating func id<T>(_ key: String, _ value: Identifier<T>?) {
        text(key, value?.rawValue)
    }

    mutating func number(_ key: String, _ value: Double?) {
        guard let value else { return }
        add(key, numberNode(value))
    }

    mutating func integer(_ key: String, _ value: Int?) {
        guard let value else { return }
        add(key, Node(String(value), Tag(.int), .plain))
    }

    /// Written only when true: false is the default.
    mutating func flag(_ key: String, _ value: Bool) {
        if value { add(key, Node("true", Tag(.bool), .plain)) }
    }

    mutating func ids<T>(_ key: String, _ values: [Identifier<T>]) {
        guard !values.isEmpty else { return }
        add(key, Node(values.map { textNode($0.rawValue) }, Tag(.seq), .flow))
    }

    mutating func strings(_ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        add(key, Node(values.map(textNode), Tag(.seq), .block))
    }

    mutating func list(_ key: String, _ values: [Node], style: Node.Sequence.Style = .block) {
        guard !values.isEmpty else { return }
        add(key, Node(values, Tag(.seq), style))
    }

    mutating func mapping(_ key: String, _ builder: MappingBuilder) {
        if !builder.isEmpty { add(key, builder.node) }
    }
}

/// Text as a YAML scalar that reads back as the same text: quoted when it would otherwise
/// read as a number, a boolean, null or a date, or when spaces at its ends would be lost.
func textNode(_ value: String) -> Node {
    // A literal block keeps line breaks but turns \r\n into \n: text with \r is quoted.
    if value.contains("\n"), !value.unicodeScalars.contains("\r") { return Node(value, Tag(.str), .literal) }
    return Node(value, Tag(.str), needsQuotes(value) ? .doubleQuoted : .any)
}

func numberNode(_ value: Double) -> Node {
    let text = value.scoreText
    return Node(text, Tag(text.contains(".") || text.contains("e") ? .float : .int), .plain)
}

func needsQuotes(_ value: String) -> Bool {
    if value.isEmpty || value != value.trimmingCharacters(in: .whitespacesAndNewlines) { return true }
    if Resolver.default.resolveTag(of: Node(value)) != .str { return true }
    switch value.lowercased() {
    case "yes", "no", "on", "off", "y", "n", "~": return true
    default: break
    }
    // Dates, times and numbers in other spellings read as non-text in other YAML tools.
    if let first = value.unicodeScalars.first, ("0"..."9").contains(first) || first == "." || first == "+" || first == "-" {
        return value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ".-+:_eE ".unicodeScalars.contains($0) }
    }
    return false
}
