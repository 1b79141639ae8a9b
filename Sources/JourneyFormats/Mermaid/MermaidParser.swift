import Foundation
import JourneyKit
import Yams

/// Reads the lines of a Mermaid journey into a ``MermaidDiagram``, following Mermaid's grammar
/// (`journey.jison`) where it is clear and reading past the rest with a warning: front matter and
/// `%%{…}%%` directives before `journey`, then one statement per line. Keywords are read in any
/// letter case, as Mermaid does. Tasks are read in `MermaidParser+Tasks.swift`.
final class MermaidParser {
    let file: String
    let lines: [String]
    private(set) var problems: [FileProblem] = []
    private(set) var warnings: [FileProblem] = []
    var diagram = MermaidDiagram(keyword: SourceLocation(file: "", line: 1, column: 1))

    /// An `accDescr {` block being read: where it opened and its lines so far.
    private var block: (location: SourceLocation, lines: [Substring])?
    // Deviations reported once per file, at their first place, with how often they occur.
    private var tallied = DeviationTally()
    /// The last column counted: see ``at(_:_:in:)``.
    private var lastColumn: (line: Int, position: String.Index, column: Int)?

    init(file: String, text: String) {
        self.file = file
        lines = MermaidText.lines(text)
    }

    var sortedWarnings: [FileProblem] { warnings.sorted { $0.location < $1.location } }

    // MARK: Reading

    /// The diagram, or nil when the file holds none (the problem says why).
    func parse() -> MermaidDiagram? {
        var index = 0
        var first = true
        while index < lines.count {
            let text = MermaidText.trimmed(lines[index])
            if text.isEmpty {
                index += 1
            } else if text.hasPrefix("%%{") {
                index = directive(at: index)
            } else if text.hasPrefix("%%") {
                index += 1
            } else if text == "---", first {
                index = frontMatter(at: index)
            } else {
                break
            }
            if !text.isEmpty { first = false }
        }
        guard index < lines.count else {
            let detail = first
                ? "the file is empty: a Mermaid journey starts with the line `journey`"
                : "there is no `journey` line: a Mermaid journey starts with the keyword `journey` (after its front matter, if it has one)"
            let last = lines.lastIndex { !MermaidText.trimmed($0).isEmpty } ?? 0
            // An unclosed front matter has said what is wrong already.
            if problems.isEmpty { problems.append(.syntax(at(first ? 0 : last, column: 1), problem: detail, context: nil)) }
            return nil
        }
        guard start(at: index) else { return nil }
        index += 1
        while index < lines.count {
            index = line(at: index)
        }
        if let block {
            problems.append(.syntax(block.location, problem: "the `accDescr {` block is never closed with `}`, so the rest of the file would be its text", context: nil))
        }
        flushTallies()
        return diagram
    }

    /// The `journey` line; false (with a problem) when the diagram starts with something else.
    private func start(at index: Int) -> Bool {
        let line = lines[index]
        let text = MermaidText.trimmed(line)
        diagram.keyword = at(index, text.startIndex, in: line)
        guard let rest = MermaidText.afterKeyword("journey", in: text) else {
            var detail = "the diagram starts with \"\(MermaidText.shown(text))\", not with the keyword `journey`: JourneyKit reads Mermaid's journey diagrams only"
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                detail = "\"\(MermaidText.shown(text))\" is a Markdown fence: a .mmd file holds only the diagram, from its `journey` line"
            } else if let rest = MermaidText.after("journey", in: text), rest.drop(while: MermaidText.isSpace).first == ":" {
                detail = "`journey:` starts a JourneyKit YAML file, not a Mermaid diagram; name the file .yaml, or start the diagram with the line `journey`"
            }
            problems.append(.syntax(diagram.keyword, problem: detail, context: nil))
            return false
        }
        if !rest.isEmpty { statement(rest, index) }
        return true
    }

    /// Reads one line of the body; returns the index of the next line to read.
    private func line(at index: Int) -> Int {
        let line = lines[index]
        if block != nil {
            guard let close = line.firstIndex(of: "}") else {
                block?.lines.append(line[...])
                return index + 1
            }
            block?.lines.append(line[..<close])
            finishBlock()
            let rest = line[line.index(after: close)...].drop(while: MermaidText.isSpace)
            if !rest.isEmpty { statement(rest, index) }
            return index + 1
        }
        let text = line.drop(while: MermaidText.isSpace)
        if text.hasPrefix("%%{") { return directive(at: index) }
        if !text.isEmpty { statement(text, index) }
        return index + 1
    }

    /// One statement, `text` starting at its first character that is not white space.
    func statement(_ text: Substring, _ index: Int) {
        let line = lines[index]
        let location = at(index, text.startIndex, in: line)
        if text.hasPrefix("%%") { return }
        if text.hasPrefix("#") {
            warn(location, "\"\(MermaidText.shown(text))\" was read as a comment, as Mermaid reads a line that starts with #; Mermaid's comments start with %%")
            return
        }
        if text.hasPrefix("//") {
            problems.append(.syntax(location, problem: "\"\(MermaidText.shown(text))\": // does not start a comment in Mermaid; write %% instead", context: nil))
            return
        }
        if let rest = MermaidText.afterKeyword("journey", in: text), MermaidText.trimmed(rest).isEmpty {
            warn(location, "a second `journey` line was ignored")
            return
        }
        if let rest = MermaidText.afterKeyword("title", in: text) {
            title(rest, location: location, index)
        } else if let rest = MermaidText.afterKeyword("section", in: text) {
            section(rest, location: location, index)
        } else if let rest = MermaidText.after("acctitle", in: text), let value = valueAfterColon(rest) {
            accessibility(\.accTitle, value, index, "accTitle", location)
        } else if let rest = MermaidText.after("accdescription", in: text) {
            warn(location, "`accDescription` is Mermaid's old spelling, which its grammar no longer reads; read as `accDescr:`")
            let value = rest.first == ":" ? rest.dropFirst() : rest
            accessibility(\.accDescription, MermaidText.trimmed(value), index, "accDescr", location)
        } else if let rest = MermaidText.after("accdescr", in: text), let value = valueAfterColon(rest) {
            accessibility(\.accDescription, value, index, "accDescr", location)
        } else if let rest = MermaidText.after("accdescr", in: text), rest.drop(while: MermaidText.isSpace).first == "{" {
            let opened = rest.drop(while: MermaidText.isSpace).dropFirst()
            block = (location, [])
            if let close = opened.firstIndex(of: "}") {
                block?.lines.append(opened[..<close])
                finishBlock()
                let after = opened[opened.index(after: close)...].drop(while: MermaidText.isSpace)
                if !after.isEmpty { statement(after, index) }
            } else {
                block?.lines.append(opened)
            }
        } else {
            task(text, index)
        }
    }

    private func valueAfterColon(_ rest: Substring) -> Substring? {
        let text = rest.drop(while: MermaidText.isSpace)
        guard text.first == ":" else { return nil }
        return MermaidText.trimmed(text.dropFirst())
    }

    private func title(_ rest: Substring, location: SourceLocation, _ index: Int) {
        let value = MermaidText.trimmed(rest)
        guard !value.isEmpty else {
            warn(location, "`title` without a text was ignored")
            return
        }
        checkCharacters(value, index, allowColon: true)
        if let previous = diagram.title {
            warn(location, "a second title \"\(MermaidText.shown(value))\" replaces \"\(MermaidText.shown(previous.value))\" (line \(previous.location.line)), as in Mermaid")
        }
        diagram.title = .init(value: String(value), location: location)
    }

    private func section(_ rest: Substring, location: SourceLocation, _ index: Int) {
        let value = MermaidText.trimmed(rest)
        guard !value.isEmpty else {
            problems.append(.syntax(location, problem: "`section` needs a name, as in `section Go to work`", context: nil))
            return
        }
        checkCharacters(value, index, allowColon: false)
        let name = MermaidText.lineBreaks(String(value))
        diagram.sections.append(.init(name: .init(value: name, location: at(index, value.startIndex, in: lines[index]))))
    }

    private func accessibility(_ field: WritableKeyPath<MermaidDiagram, MermaidDiagram.Text?>, _ value: Substring, _ index: Int,
                               _ keyword: String, _ location: SourceLocation) {
        guard !value.isEmpty else {
            warn(location, "`\(keyword)` without a text was ignored")
            return
        }
        if diagram[keyPath: field] != nil {
            warn(location, "a second `\(keyword)` replaces the first, as in Mermaid")
        }
        diagram[keyPath: field] = .init(value: String(value), location: location)
    }

    /// The text of an `accDescr { … }` block: each line without the white space around it, and
    /// without the blank lines at its start and end (blank lines inside are kept).
    private func finishBlock() {
        guard let block else { return }
        self.block = nil
        var texts = block.lines.map { String(MermaidText.trimmed($0)) }
        while texts.first?.isEmpty == true { texts.removeFirst() }
        while texts.last?.isEmpty == true { texts.removeLast() }
        guard !texts.isEmpty else {
            warn(block.location, "an empty `accDescr { }` block was ignored")
            return
        }
        if diagram.accDescription != nil {
            warn(block.location, "a second `accDescr` replaces the first, as in Mermaid")
        }
        diagram.accDescription = .init(value: texts.joined(separator: "\n"), location: block.location)
    }

    // MARK: Front matter and directives

    private func directive(at index: Int) -> Int {
        let line = lines[index]
        let text = MermaidText.trimmed(line)
        var end = index
        while end < lines.count, !lines[end].contains("}%%") { end += 1 }
        if end == lines.count { end = index }
        let span = end > index ? " (lines \(index + 1)–\(end + 1))" : ""
        warn(at(index, text.startIndex, in: line),
             "the directive \"\(MermaidText.shown(text))\"\(span) was ignored: it sets Mermaid's own drawing options, which JourneyKit does not use")
        return end + 1
    }

    private func frontMatter(at index: Int) -> Int {
        let opening = at(index, MermaidText.trimmed(lines[index]).startIndex, in: lines[index])
        guard let end = lines.indices.dropFirst(index + 1).first(where: { MermaidText.trimmed(lines[$0]) == "---" }) else {
            problems.append(.syntax(opening, problem: "the front matter that starts here is never closed with `---`", context: nil))
            return lines.count
        }
        let inner = lines[(index + 1)..<end]
        guard inner.contains(where: { !MermaidText.trimmed($0).isEmpty }) else { return end + 1 }
        // Blank lines before the block keep YAML's line numbers those of the file.
        let yaml = String(repeating: "\n", count: index + 1) + inner.joined(separator: "\n") + "\n"
        switch YAMLDocument.compose(yaml, file: file, format: .yaml) {
        case .failure(let problem): problems.append(problem)
        case .success(let node): readFrontMatter(node, opening: opening)
        }
        return end + 1
    }

    private func readFrontMatter(_ node: Node, opening: SourceLocation) {
        func place(_ node: Node) -> SourceLocation {
            node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? opening
        }
        guard let mapping = node.mapping else {
            warn(place(node), "the front matter is not a block of `key: value` fields; it was ignored")
            return
        }
        for (key, value) in mapping {
            let name = key.string ?? "?"
            switch name {
            case "title":
                if let text = value.scalar?.string, !MermaidText.trimmed(text).isEmpty {
                    diagram.frontMatterTitle = .init(value: String(MermaidText.trimmed(text)), location: place(value))
                } else {
                    warn(place(key), "the front matter's `title` is not a text; it was ignored")
                }
            case "config":
                let keys = value.mapping.map { $0.keys.compactMap(\.string).joined(separator: ", ") } ?? ""
                warn(place(key), "the front matter's `config`\(keys.isEmpty ? "" : " (\(keys))") was ignored: it sets Mermaid's own drawing options, which JourneyKit does not use")
            default:
                warn(place(key), "the front matter's `\(name)` was ignored: JourneyKit reads only `title` there")
            }
        }
    }

    // MARK: Reporting

    /// A place on line `index` (0-based), at a column counted in Unicode scalars.
    func at(_ index: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: index + 1, column: column)
    }

    /// The place of a character of a line. Columns are counted on from the last one asked for
    /// on the same line, so that a line with thousands of actors is not counted over and over.
    func at(_ index: Int, _ position: String.Index, in line: String) -> SourceLocation {
        let scalars = line.unicodeScalars
        var column: Int
        if let last = lastColumn, last.line == index, last.position <= position {
            column = last.column + scalars.distance(from: last.position, to: position)
        } else {
            column = scalars.distance(from: line.startIndex, to: position) + 1
        }
        lastColumn = (index, position, column)
        return at(index, column: column)
    }

    func warn(_ location: SourceLocation, _ detail: String) {
        warnings.append(.tolerated(location, detail: detail))
    }

    func report(_ problem: FileProblem) {
        problems.append(problem)
    }

    /// Counts a deviation that is reported once per file, at its first place.
    func tally(_ key: String, at location: SourceLocation, detail: @escaping (Int) -> String) {
        tallied.add(key, at: location, detail: detail)
    }

    private func flushTallies() {
        for (location, detail) in tallied.drain() { warn(location, detail) }
    }
}
