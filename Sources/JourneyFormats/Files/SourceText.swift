import Foundation
import JourneyKit

/// The bytes of a journey file turned into text, or the reason they cannot be.
///
/// UTF-8 (with or without a byte-order mark) is the format's encoding; UTF-16 with a byte-order
/// mark is accepted too, because some Windows editors save it. Anything else is refused with
/// the line and column of the first byte that is not UTF-8.
enum SourceText {
    static func decode(_ data: Data, file: String) -> Result<String, FileProblem> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return .failure(.encoding(SourceLocation(file: file, line: 1, column: 1),
                detail: "the file is UTF-32, which journey files cannot be; save it as UTF-8"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(data: data.dropFirst(2), encoding: encoding) else {
                return .failure(.encoding(SourceLocation(file: file, line: 1, column: 1),
                    detail: "the file starts like UTF-16 but is not valid UTF-16; save it as UTF-8"))
            }
            return .success(text)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) {
            return .success(text)
        }
        if body.prefix(64).contains(0) {
            return .failure(.encoding(SourceLocation(file: file, line: 1, column: 1),
                detail: "the file looks like UTF-16 without a byte-order mark (it has NUL bytes); save it as UTF-8"))
        }
        let offset = firstInvalidUTF8(body)
        let location = self.location(ofByte: offset, in: body, file: file)
        let byte = String(body[offset], radix: 16, uppercase: true)
        var detail = "the file is not valid UTF-8: byte 0x\(byte) cannot start or continue a character"
        if body[offset] >= 0xA0 {
            detail += "; it looks like Latin-1 or Windows-1252, so save the file as UTF-8"
        } else {
            detail += "; save the file as UTF-8"
        }
        return .failure(.encoding(location, detail: detail))
    }

    /// The offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.endIndex else { return i }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return bytes.startIndex
    }

    /// Line and column (in characters) of a byte offset.
    static func location(ofByte offset: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        // Columns count characters: skip UTF-8 continuation bytes.
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Line and column of an offset in Unicode scalars, as libyaml reports reader errors.
    static func location(ofScalar offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
