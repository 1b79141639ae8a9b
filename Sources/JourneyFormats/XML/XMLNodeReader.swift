import XMLSupport
import Yams

/// Turns a JourneyKit XML element tree (already valid against the XSD) into the node tree a
/// YAML journey file gives, with every node placed at its element or attribute, so that the
/// one design reader checks both formats and reports `file:line:col` for both.
struct XMLNodeReader {
    /// One tag of each kind for every node this reader makes. `strTag` alone would build a
    /// new Yams `Constructor` (a table of closures) per node: a third of the time of reading a
    /// large XML file went there. The tags are the reader's own, never shared between threads.
    private let strTag: Tag
    private let seqTag: Tag
    private let mapTag: Tag

    init() {
        let constructor = Constructor.default
        strTag = Tag(.str, .basic, constructor)
        seqTag = Tag(.seq, .basic, constructor)
        mapTag = Tag(.map, .basic, constructor)
    }

    func node(_ element: XMLElement, _ type: XMLElementType) -> Node {
        if element.attributes.isEmpty, element.children.isEmpty {
            switch type.shorthand {
            case .text: return text(element.text, line: element.line, column: element.column)
            case .value(let value) where isBlank(element.text):
                return scalar(value, .plain, line: element.line, column: element.column)
            default: break
            }
        }
        var pairs: [(Node, Node)] = []
        func add(_ key: String, _ value: Node, line: Int, column: Int) {
            pairs.append((scalar(key, .plain, line: line, column: column), value))
        }
        for attribute in element.attributes where attribute.namespace == nil {
            guard let (key, field) = type.fields.first(where: { $0.field.isAttribute && $0.field.xmlName == attribute.name }) else { continue }
            if case .tokens = field {
                // Split on scalars, not Characters: a space followed by a combining mark is one Character.
                let tokens = attribute.value.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                let items = tokens.map { text(String(String.UnicodeScalarView($0)), line: attribute.line, column: attribute.column) }
                add(key, Node(items, seqTag, .flow), line: attribute.line, column: attribute.column)
            } else {
                add(key, text(attribute.value, line: attribute.line, column: attribute.column), line: attribute.line, column: attribute.column)
            }
        }
        for (key, field) in type.fields {
            switch field {
            case .attribute, .tokens:
                continue
            case .content:
                if !element.text.isEmpty { add(key, text(element.text, line: element.line, column: element.column), line: element.line, column: element.column) }
            case .text(let name):
                guard let child = element.child(name) else { continue }
                add(key, text(child.text, line: child.line, column: child.column), line: child.line, column: child.column)
            case .texts(let name):
                let children = element.children(name)
                guard let first = children.first else { continue }
                add(key, sequence(children.map { text($0.text, line: $0.line, column: $0.column) }), line: first.line, column: first.column)
            case .block(let name, let blockType):
                guard let child = element.child(name) else { continue }
                add(key, node(child, blockType), line: child.line, column: child.column)
            case .blocks(let name, let itemType):
                let children = element.children(name)
                guard let first = children.first else { continue }
                add(key, sequence(children.map { node($0, itemType) }), line: first.line, column: first.column)
            case .wrapped(let name, let itemName, let itemType):
                guard let wrapper = element.child(name) else { continue }
                add(key, sequence(wrapper.children(itemName).map { node($0, itemType) }), line: wrapper.line, column: wrapper.column)
            case .keyed(let itemName, let keyName, let itemType):
                let children = element.children(itemName)
                guard let first = children.first else { continue }
                let entries = children.map { child -> (Node, Node) in
                    let keyAttribute = child.attribute(keyName)
                    let keyNode = text(keyAttribute?.value ?? "", line: keyAttribute?.line ?? child.line, column: keyAttribute?.column ?? child.column)
                    let value = itemType.scalarKey == nil
                        ? text(child.text, line: child.line, column: child.column)
                        : node(child, itemType)
                    return (keyNode, value)
                }
                add(key, Node(entries, mapTag, .block), line: first.line, column: first.column)
            }
        }
        return .mapping(Node.Mapping(pairs, mapTag, .block, mark(line: element.line, column: element.column)))
    }

    private func sequence(_ items: [Node]) -> Node { Node(items, seqTag, .block) }

    /// Text as the scalar YAML would give for it: numbers and true/false plain (they are typed
    /// values), everything else quoted, so that text such as `null` or `~` stays text.
    private func text(_ value: String, line: Int, column: Int) -> Node {
        let typed = value == "true" || value == "false" || isNumber(value)
        return scalar(value, typed ? .plain : .doubleQuoted, line: line, column: column)
    }

    /// Digits in decimal or scientific notation (`4`, `-2.5`, `1e-05`); not `inf` or `nan`.
    private func isNumber(_ value: String) -> Bool {
        Double(value) != nil && value.allSatisfy { "0123456789.+-eE".contains($0) }
    }

    private func scalar(_ value: String, _ style: Node.Scalar.Style, line: Int, column: Int) -> Node {
        .scalar(Node.Scalar(value, strTag, style, mark(line: line, column: column)))
    }

    private func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// A Yams `Mark` for a place in the XML file. Yams has no public initializer for `Mark`
    /// (a struct of two `Int`s: line, column), so the pair is reinterpreted; the round-trip
    /// tests check that every place comes out as it went in.
    private func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }
}
