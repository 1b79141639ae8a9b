import Yams

/// YAML text through Yams' emitter (libyaml): block style, Unicode in the Basic Multilingual
/// Plane kept as written; libyaml writes characters beyond it (emoji) as `\U` escapes.
enum YAMLText {
    static func serialize(_ node: Node) -> String {
        do {
            return try Yams.serialize(node: node, indent: 2, width: 100, allowUnicode: true, sortKeys: false)
        } catch {
            // The node tree is ours and always representable; reaching here is a bug.
            preconditionFailure("YAML emitter refused a design: \(error)")
        }
    }
}

/// JSON text from the same node tree, two-space indented, keys in the order written.
enum JSONText {
    static func serialize(_ node: Node, indent: String = "") -> String {
        let inner = indent + "  "
        switch node {
        case .mapping(let mapping):
            if mapping.isEmpty { return "{}" }
            let members = mapping.map { key, value in
                inner + quoted(key.string ?? "") + ": " + serialize(value, indent: inner)
            }
            return "{\n" + members.joined(separator: ",\n") + "\n" + indent + "}"
        case .sequence(let sequence):
            if sequence.isEmpty { return "[]" }
            if sequence.allSatisfy({ if case .scalar = $0 { true } else { false } }) {
                return "[" + sequence.map { serialize($0, indent: inner) }.joined(separator: ", ") + "]"
            }
            return "[\n" + sequence.map { inner + serialize($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .scalar(let scalar):
            switch scalar.tag.rawValue {
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue, Tag.Name.bool.rawValue: return scalar.string
            default: return quoted(scalar.string)
            }
        case .alias:
            return "null"
        }
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{85}": out += "\\u0085"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                // Control characters (C0, DEL, C1) and the non-characters U+FFFE, U+FFFF as escapes:
                // libyaml, which reads JSON here, refuses them written raw.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
