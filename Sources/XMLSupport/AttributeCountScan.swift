#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A linear pre-scan of the raw bytes that counts the attributes of each start tag, skipping
/// comments, CDATA sections, processing instructions, declarations and quoted values.
///
/// libxml2 2.9.14 checks an element's attributes for duplicates pairwise: 100,000 attributes on
/// one element take minutes. This scan refuses such an element before libxml2 sees it, in about
/// 2 ms for that case. Malformed markup just ends the count; libxml2 reports it afterwards.
struct AttributeCountScan {
    let bytes: UnsafeRawBufferPointer

    /// The offset of the `<` of the first start tag with more than `limit` attributes.
    func firstTag(withMoreThan limit: Int) -> Int? {
        var index = 0
        while let open = find(UInt8(ascii: "<"), from: index) {
            if matches("<!--", at: open) {
                guard let end = find("-->", from: open + 4) else { return nil }
                index = end + 3
            } else if matches("<![CDATA[", at: open) {
                guard let end = find("]]>", from: open + 9) else { return nil }
                index = end + 3
            } else if matches("<?", at: open) {
                guard let end = find("?>", from: open + 2) else { return nil }
                index = end + 2
            } else if matches("<!", at: open) || matches("</", at: open) {
                index = endOfDeclaration(from: open + 2)
            } else {
                let (count, end) = countAttributes(from: open + 1, stoppingAbove: limit)
                if count > limit { return open }
                index = end
            }
        }
        return nil
    }

    private func countAttributes(from start: Int, stoppingAbove limit: Int) -> (count: Int, end: Int) {
        var index = start
        var count = 0
        func byte() -> UInt8? { index < bytes.count ? bytes[index] : nil }
        func skipSpace() { while let b = byte(), b.isXMLSpace { index += 1 } }
        while let b = byte(), !b.isXMLSpace, b != UInt8(ascii: ">"), b != UInt8(ascii: "/") { index += 1 }
        while true {
            skipSpace()
            guard let b = byte(), b != UInt8(ascii: ">"), b != UInt8(ascii: "/"), b != UInt8(ascii: "<") else { break }
            count += 1
            if count > limit { break }
            while let b = byte(), !b.isXMLSpace, b != UInt8(ascii: "="), b != UInt8(ascii: ">"), b != UInt8(ascii: "<") {
                index += 1
            }
            skipSpace()
            guard byte() == UInt8(ascii: "=") else { break }
            index += 1
            skipSpace()
            guard let quote = byte(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { break }
            guard let close = find(quote, from: index + 1) else { return (count, bytes.count) }
            index = close + 1
        }
        return (count, index)
    }

    /// Just past the `>` that ends a declaration or end tag, skipping quoted strings.
    private func endOfDeclaration(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = find(byte, from: index + 1) else { return bytes.count }
                index = close
            }
            index += 1
        }
        return bytes.count
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    private func find(_ pattern: StaticString, from start: Int) -> Int? {
        var index = start
        while let candidate = find(pattern.utf8Start.pointee, from: index) {
            if matches(pattern, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private func matches(_ pattern: StaticString, at offset: Int) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard offset + length <= bytes.count, let base = bytes.baseAddress else { return false }
        return memcmp(base + offset, pattern.utf8Start, length) == 0
    }
}
