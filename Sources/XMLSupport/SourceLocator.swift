internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The input bytes as the parser saw them, and positions in them: byte offsets become 1-based
/// lines and columns in characters. Forward moves are incremental, so positions asked for in
/// document order cost one pass over the input in total.
struct SourceLocator {
    let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var line = 1
    private var column = 1

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The line and column of the byte at `target`.
    mutating func position(at target: Int) -> (line: Int, column: Int) {
        let target = min(max(target, 0), bytes.count)
        if target < offset { (offset, line, column) = (0, 1, 1) }
        guard target > offset, let base = bytes.baseAddress else { return (line, column) }
        var start = offset
        while let found = memchr(base + start, 0x0A, target - start) {
            line += 1
            column = 1
            start = base.distance(to: UnsafeRawPointer(found)) + 1
        }
        for index in start..<target where bytes[index] & 0xC0 != 0x80 { column += 1 }
        offset = target
        return (line, column)
    }

    /// The line and column of one offset, counted afresh from the start.
    static func position(at target: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        var locator = SourceLocator(bytes)
        return locator.position(at: target)
    }

    /// The offset of the `<` that starts the tag containing `offset` (a `<` cannot occur inside a
    /// tag of well-formed XML, not even in attribute values).
    func tagStart(before offset: Int) -> Int {
        var index = min(offset, bytes.count) - 1
        while index > 0, bytes[index] != UInt8(ascii: "<") { index -= 1 }
        return max(index, 0)
    }

    /// The offset where `pattern` last starts before `offset`, if anywhere.
    func lastOffset(of pattern: String, before offset: Int) -> Int? {
        let pattern = Array(pattern.utf8)
        var start = min(offset, bytes.count - pattern.count)
        while start >= 0 {
            if pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) { return start }
            start -= 1
        }
        return nil
    }

    /// The names of the attributes written in the start tag at `tagOffset`, in order, as byte
    /// ranges of their qualified names; `xmlns` declarations left out.
    func attributeNames(inTagAt tagOffset: Int) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var index = tagOffset + 1
        func at(_ i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }
        func skipSpace() { while let byte = at(index), byte.isXMLSpace { index += 1 } }
        while let byte = at(index), !byte.isXMLSpace, byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/") {
            index += 1
        }
        while true {
            skipSpace()
            let nameStart = index
            while let byte = at(index), !byte.isXMLSpace, !"=>/<".utf8.contains(byte) { index += 1 }
            guard index > nameStart else { break }
            let name = nameStart..<index
            skipSpace()
            guard at(index) == UInt8(ascii: "=") else { break }
            index += 1
            skipSpace()
            guard let quote = at(index), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { break }
            index += 1
            while let byte = at(index), byte != quote { index += 1 }
            index += 1
            if !(name.count == 5 && starts(name, with: "xmlns")), !starts(name, with: "xmlns:") { names.append(name) }
        }
        return names
    }

    /// True when the qualified name at `range` is `local` or ends in `:local`.
    func isName(_ range: Range<Int>, endingWith local: UnsafePointer<xmlChar>) -> Bool {
        let length = strlen(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self))
        guard range.count >= length, let base = bytes.baseAddress else { return false }
        let suffix = range.upperBound - length
        guard memcmp(base + suffix, local, length) == 0 else { return false }
        return suffix == range.lowerBound || bytes[suffix - 1] == UInt8(ascii: ":")
    }

    private func starts(_ range: Range<Int>, with prefix: String) -> Bool {
        range.count >= prefix.utf8.count && zip(range, prefix.utf8).allSatisfy { bytes[$0] == $1 }
    }
}

extension UInt8 {
    /// Space, tab, newline or carriage return: the white space of XML.
    var isXMLSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
