import Foundation
import JourneyKit
import Yams

/// Text to a YAML node tree with a place on every node, through Yams (libyaml).
///
/// JSON is read the same way, since a JSON document is a YAML flow document; it is first
/// checked by Foundation's strict JSON parser, so that YAML-only syntax in a `.json` file is an
/// error there too.
enum YAMLDocument {
    /// Deeper nesting than this is refused before Yams sees it: Yams builds its node tree
    /// recursively, and no journey file nests more than a dozen levels.
    static let maximumDepth = 200

    static func compose(_ text: String, file: String, format: JourneyFormat) -> Result<Node, FileProblem> {
        if let problem = nestingProblem(text, file: file) { return .failure(problem) }
        if format == .json, let problem = jsonProblem(text, file: file) { return .failure(problem) }
        let text = format == .json ? joinedSurrogateEscapes(text) : text
        do {
            // The basic resolver: the design reader looks at each scalar's text and style itself,
            // and the default resolver's regular expressions (run again for every mapping key
            // when Yams checks for duplicates) were half the time of reading a large file.
            guard let node = try Yams.compose(yaml: text, .basic), !isNull(node) else {
                return .failure(.empty(SourceLocation(file: file, line: 1, column: 1)))
            }
            return .success(node)
        } catch let error as YamlError {
            return .failure(problem(from: error, text: text, file: file, format: format))
        } catch {
            return .failure(.syntax(SourceLocation(file: file, line: 1, column: 1), problem: "\(error)", context: nil))
        }
    }

    static func problem(from error: YamlError, text: String, file: String, format: JourneyFormat = .yaml) -> FileProblem {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            if format == .yaml, let explained = SyntaxExplanation.explain(
                problem: problem, mark: (mark.line, mark.column), contextMark: context.map { ($0.mark.line, $0.mark.column) },
                lines: text.sourceLines, file: file)
            {
                return .syntax(explained.location, problem: explained.problem, context: nil, hint: explained.hint)
            }
            return .syntax(at(mark), problem: problem, context: context.map { "\($0.text) at line \($0.mark.line)" })
        case .composer(let context, let problem, let mark, _):
            if context?.text == "expected a single document in the stream" { return .multipleDocuments(at(mark)) }
            if problem == "found undefined alias" {
                return .syntax(at(mark), problem: "an alias (*name) refers to an anchor (&name) that is not defined before it; an alias cannot refer to the block it is in", context: nil)
            }
            return .syntax(at(mark), problem: problem, context: context?.text)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .duplicateKey(duplicates.joined(separator: "\", \""), at(context.mark))
        case .reader(let problem, let offset, _, _):
            let location = SourceText.location(ofScalar: offset ?? 0, in: text, file: file)
            return .encoding(location, detail: "the file contains a character YAML does not allow: \(problem)")
        default:
            return .syntax(SourceLocation(file: file, line: 1, column: 1), problem: "\(error)", context: nil)
        }
    }

    /// Refuses nesting deeper than ``maximumDepth``, counting flow brackets and block indentation.
    ///
    /// Brackets and quotes count only where a flow collection or a quoted scalar can start
    /// (after `:`, `-`, `,`, `[`, `{` or at the start of a line), so that `Don't` or `see [1`
    /// inside plain text do not count.
    static func nestingProblem(_ text: String, file: String) -> FileProblem? {
        var depth = 0
        var line = 1
        var column = 0
        var indent = 0
        var atLineStart = true
        var quote: Unicode.Scalar?
        // After a backslash inside a double-quoted scalar: `\"` does not end the scalar.
        var escaped = false
        var inComment = false
        var previous: Unicode.Scalar = "\n"
        var immediate: Unicode.Scalar = "\n"
        // Inside a tag or anchor (`!!seq`, `&a`) written before a value: the value after it
        // can still start a collection, so `previous` is left as it was before the property.
        var inProperty = false
        func tooDeep() -> FileProblem {
            .tooComplex(SourceLocation(file: file, line: line, column: column),
                detail: "the file is nested more than \(maximumDepth) levels deep; a journey file never needs that")
        }
        for scalar in text.unicodeScalars {
            column += 1
            defer { immediate = scalar }
            if scalar == "\n" {
                line += 1
                column = 0
                indent = 0
                atLineStart = true
                inComment = false
                escaped = false
                if quote == nil { previous = "\n" }
                continue
            }
            if inComment { continue }
            if let open = quote {
                if escaped { escaped = false; continue }
                if open == "\"", scalar == "\\" { escaped = true; continue }
                if scalar == open { quote = nil; previous = "x" }
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "-" || scalar == "?" {
                    indent += 1
                    if indent > maximumDepth * 4 { return tooDeep() }
                } else {
                    atLineStart = false
                }
            }
            if inProperty {
                if scalar == " " || scalar == "\t" { inProperty = false }
                continue
            }
            if scalar == " " || scalar == "\t" { continue }
            let canStart = previous == ":" || previous == "-" || previous == "," || previous == "["
                || previous == "{" || previous == "\n" || previous == "?"
            if canStart, scalar == "!" || scalar == "&" {
                inProperty = true
                continue
            }
            switch scalar {
            case "\"" where canStart, "'" where canStart: quote = scalar
            case "#" where immediate == " " || immediate == "\t" || immediate == "\n": inComment = true
            case "[", "{":
                if canStart {
                    depth += 1
                    if depth > maximumDepth { return tooDeep() }
                }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
            previous = scalar
        }
        return nil
    }

    /// Foundation's verdict on a `.json` file, with the place it names.
    static func jsonProblem(_ text: String, file: String) -> FileProblem? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return nil
        } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            var location = SourceLocation(file: file, line: 1, column: 1)
            var problem = detail
            if let index = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int {
                location = SourceText.location(ofByte: index, in: Array(text.utf8)[...], file: file)
            } else if let range = detail.range(of: " around character ") {
                let digits = detail[range.upperBound...].prefix { $0.isNumber }
                if let offset = Int(digits) {
                    location = SourceText.location(ofByte: min(offset, text.utf8.count), in: Array(text.utf8)[...], file: file)
                }
                problem = String(detail[..<range.lowerBound])
            } else if let found = lineAndColumn(in: detail) {
                location = SourceLocation(file: file, line: found.line, column: found.column)
            }
            if let first = problem.first { problem = first.lowercased() + problem.dropFirst() }
            return .syntax(location, problem: "not JSON here (\(problem)); a .json journey file must be strict JSON", context: nil)
        }
    }

    /// JSON writes characters beyond U+FFFF as two escapes (`\\ud83d\\ude00`, as Python's
    /// `json.dumps` does); libyaml refuses those, so each pair inside a JSON string becomes
    /// the character itself. Runs only on text Foundation already accepted as JSON.
    static func joinedSurrogateEscapes(_ text: String) -> String {
        guard text.contains("\\u") || text.contains("\\U") || text.unicodeScalars.contains(where: isYAMLLineBreak) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inString = false
        var i = 0
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= scalars.count else { return nil }
            return UInt32(String(String.UnicodeScalarView(scalars[at..<(at + 4)])), radix: 16)
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if !inString {
                if scalar == "\"" { inString = true }
                out.append(scalar)
                i += 1
                continue
            }
            if isYAMLLineBreak(scalar) {
                // Raw NEL, LS and PS are text in JSON but line breaks to YAML: escape them.
                out.append(contentsOf: "\\u\(String(scalar.value, radix: 16).leftPadded(to: 4))".unicodeScalars)
                i += 1
            } else if scalar == "\"" {
                inString = false
                out.append(scalar)
                i += 1
            } else if scalar == "\\", i + 1 < scalars.count {
                if scalars[i + 1] == "u", let high = hex(i + 2), (0xD800...0xDBFF).contains(high),
                    i + 7 < scalars.count, scalars[i + 6] == "\\", scalars[i + 7] == "u",
                    let low = hex(i + 8), (0xDC00...0xDFFF).contains(low),
                    let joined = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                {
                    out.append(joined)
                    i += 12
                } else {
                    out.append(scalar)
                    out.append(scalars[i + 1])
                    i += 2
                }
            } else {
                out.append(scalar)
                i += 1
            }
        }
        return String(out)
    }

    static func isYAMLLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Reads "line 3, column 5" out of a message.
    static func lineAndColumn(in message: String) -> (line: Int, column: Int)? {
        let words = message.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ".", with: " ")
            .split(separator: " ")
        guard let l = words.firstIndex(of: "line"), l + 1 < words.count, let line = Int(words[l + 1]) else { return nil }
        var column = 1
        if let c = words.firstIndex(of: "column"), c + 1 < words.count, let value = Int(words[c + 1]) { column = value }
        return (line, column)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
