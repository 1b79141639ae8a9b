internal import CLibXML2

/// Moves libxml2's tree into ``XMLElement`` values, in document order, turning the element
/// offsets that `ReadSession` stored in `_private` into lines and columns. Each converted node
/// is freed at once, so libxml2's tree and ours are not both whole in memory at the same time.
struct TreeBuilder {
    private var locator: SourceLocator
    private let dictionary: xmlDictPtr?
    private var interned: [UnsafePointer<xmlChar>: String] = [:]

    init(bytes: UnsafeRawBufferPointer, document: xmlDocPtr) {
        locator = SourceLocator(bytes)
        dictionary = document.pointee.dict
    }

    /// The byte offset of an element's `<`, as `ReadSession` stored it.
    static func offset(of node: xmlNodePtr) -> Int? {
        guard let raw = node.pointee._private else { return nil }
        return Int(bitPattern: raw) - 1
    }

    /// The element and everything below it; the children are freed, the element itself is not.
    /// Elements without a recorded position (from entity content or XInclude) take their parent's.
    mutating func take(_ node: xmlNodePtr, parentPosition: (line: Int, column: Int) = (0, 0)) -> XMLElement {
        let offset = TreeBuilder.offset(of: node)
        let position = offset.map { locator.position(at: $0) } ?? parentPosition
        var element = XMLElement(
            name: intern(node.pointee.name), namespace: intern(node.pointee.ns?.pointee.href),
            line: position.line, column: position.column)
        element.attributes = attributes(of: node, tagOffset: offset, fallback: position)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(take(current, parentPosition: position))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
            forgetNamespaces(declaredBy: current)
            xmlUnlinkNode(current)
            xmlFreeNode(current)
        }
        return element
    }

    private mutating func attributes(
        of node: xmlNodePtr, tagOffset: Int?, fallback: (line: Int, column: Int)
    ) -> [XMLAttribute] {
        guard node.pointee.properties != nil else { return [] }
        let written = tagOffset.map { locator.attributeNames(inTagAt: $0) } ?? []
        var result: [XMLAttribute] = []
        var property = node.pointee.properties
        while let attribute = property {
            var position = fallback
            if result.count < written.count,
               locator.isName(written[result.count], endingWith: attribute.pointee.name) {
                position = locator.position(at: written[result.count].lowerBound)
            }
            result.append(XMLAttribute(
                name: intern(attribute.pointee.name), namespace: intern(attribute.pointee.ns?.pointee.href),
                value: value(of: attribute), line: position.line, column: position.column))
            property = attribute.pointee.next
        }
        return result
    }

    /// Names and namespace URIs are converted once per pointer: names live in libxml2's
    /// dictionary until the document is freed; a namespace URI belongs to its declaration, and is
    /// forgotten when that is freed (its address could then be reused for another URI).
    private mutating func intern(_ pointer: UnsafePointer<xmlChar>?, isName: Bool = false) -> String? {
        guard let pointer else { return nil }
        if let known = interned[pointer] { return known }
        let converted = String(cString: pointer)
        if !isName || xmlDictOwns(dictionary, pointer) == 1 { interned[pointer] = converted }
        return converted
    }

    private mutating func intern(_ pointer: UnsafePointer<xmlChar>) -> String {
        intern(Optional(pointer), isName: true) ?? ""
    }

    private mutating func forgetNamespaces(declaredBy node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        var declaration = node.pointee.nsDef
        while let current = declaration {
            if let href = current.pointee.href { interned[href] = nil }
            declaration = current.pointee.next
        }
    }

    private func value(of attribute: xmlAttrPtr) -> String {
        if let only = attribute.pointee.children, only.pointee.next == nil,
           only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content {
            return String(cString: content)
        }
        guard let joined = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else {
            return ""
        }
        defer { clibxml2_free(joined) }
        return String(cString: joined)
    }

    /// The column of the first element on each of `lines`, found in one walk of the tree.
    static func firstColumns(
        onLines lines: Set<Int>, below root: xmlNodePtr, in bytes: UnsafeRawBufferPointer
    ) -> [Int: Int] {
        var locator = SourceLocator(bytes)
        var found: [Int: Int] = [:]
        let last = lines.max() ?? 0
        func visit(_ node: xmlNodePtr) {
            guard found.count < lines.count, node.pointee.type == XML_ELEMENT_NODE else { return }
            if let offset = offset(of: node) {
                let position = locator.position(at: offset)
                if position.line > last { return }
                if lines.contains(position.line), found[position.line] == nil {
                    found[position.line] = position.column
                }
            }
            var child = node.pointee.children
            while let current = child {
                visit(current)
                child = current.pointee.next
            }
        }
        visit(root)
        return found
    }
}
