import XMLSupport
import Yams

/// Writes the node tree of a journey file (the one YAML and JSON are written from) as
/// JourneyKit XML, following ``XMLVocabulary``.
struct XMLNodeWriter {
    private let writer = XMLWriter(indent: true)

    func document(_ root: Node) -> String {
        writer.startElement(XMLVocabulary.rootName, namespace: XMLVocabulary.namespace)
        body(root, XMLVocabulary.design)
        writer.endElement()
        return writer.finish()
    }

    /// Attributes first, then the content or the child elements, in the vocabulary's order.
    private func body(_ node: Node, _ type: XMLElementType) {
        guard case .mapping(let mapping) = node else {
            // A shorthand: a statement's text, or `momentOfTruth: true`.
            if case .text = type.shorthand, let text = node.string { writer.text(text) }
            return
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            if let key = key.string, values[key] == nil { values[key] = value }
        }
        for (key, field) in type.fields {
            guard let value = values[key] else { continue }
            switch field {
            case .attribute(let name): writer.attribute(name, value.string ?? "")
            case .tokens(let name): writer.attribute(name, items(value).compactMap(\.string).joined(separator: " "))
            default: break
            }
        }
        for (key, field) in type.fields {
            guard let value = values[key] else { continue }
            switch field {
            case .attribute, .tokens: break
            case .content: writer.text(value.string ?? "")
            case .text(let name): writer.element(name, text: value.string ?? "")
            case .texts(let name):
                for item in items(value) { writer.element(name, text: item.string ?? "") }
            case .block(let name, let blockType): element(name, value, blockType)
            case .blocks(let name, let itemType):
                for item in items(value) { element(name, item, itemType) }
            case .wrapped(let name, let itemName, let itemType):
                writer.startElement(name)
                for item in items(value) { element(itemName, item, itemType) }
                writer.endElement()
            case .keyed(let itemName, let keyName, let itemType):
                guard case .mapping(let entries) = value else { continue }
                for (entryKey, entryValue) in entries { keyedElement(itemName, keyName, entryKey, entryValue, itemType) }
            }
        }
    }

    private func element(_ name: String, _ value: Node, _ type: XMLElementType) {
        writer.startElement(name)
        body(value, type)
        writer.endElement()
    }

    /// `anna: 4` as `<emotion persona="anna" score="4"/>`; `1: Very bad` as `<label score="1">Very bad</label>`.
    private func keyedElement(_ name: String, _ keyName: String, _ key: Node, _ value: Node, _ type: XMLElementType) {
        writer.startElement(name)
        writer.attribute(keyName, key.string ?? "")
        if case .scalar(let scalar) = value {
            if let scalarKey = type.scalarKey { writer.attribute(scalarKey, scalar.string) } else { writer.text(scalar.string) }
        } else {
            body(value, type)
        }
        writer.endElement()
    }

    /// A list's items; a single value counts as a list of one (`next: pay`).
    private func items(_ node: Node) -> [Node] {
        if case .sequence(let sequence) = node { return Array(sequence) }
        return [node]
    }
}
