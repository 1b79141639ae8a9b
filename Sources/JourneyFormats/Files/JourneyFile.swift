import Foundation
import JourneyKit
import Yams

/// What reading a journey file gave: the design (when the file could be understood at all)
/// and every problem found on the way, each with its place.
public struct DecodedDesign: Sendable {
    /// Nil only when the file cannot be read at all.
    public var design: ServiceDesign?
    /// Errors: a design with problems must not be trusted or converted.
    public var problems: [FileProblem]
    /// Warnings: deviations the reader read past (a CJML producer's dialect, say); the design
    /// holds what the file says.
    public var warnings: [FileProblem] = []
    /// The source line under each problem and warning, by its place: see ``excerpt(for:)``.
    public var excerpts: [SourceLocation: SourceExcerpt] = [:]

    /// What a reader gave; ``excerpts`` starts empty.
    public init(design: ServiceDesign?, problems: [FileProblem], warnings: [FileProblem] = []) {
        self.design = design
        self.problems = problems
        self.warnings = warnings
    }

    /// True when the file has an error: then the design must not be trusted or converted.
    public var hasProblems: Bool { !problems.isEmpty }

    /// The line of the file where a problem is, with a caret under its column, for a report
    /// that shows the source (the text report of `journey validate` does); nil when the place
    /// is not a line of text the file has, or the line is blank, or the file is not YAML or JSON.
    public func excerpt(for problem: FileProblem) -> SourceExcerpt? {
        excerpts[problem.location]
    }

    /// The same, with the line of each problem and warning from the file's text. YAML and JSON
    /// files keep them; XML, CJML and Mermaid problems have none yet.
    func keepingExcerpts(of text: String) -> DecodedDesign {
        var copy = self
        let places = Set((problems + warnings).map(\.location))
        guard !places.isEmpty else { return copy }
        let wanted = Set(places.map(\.line))
        var lines: [Int: Substring] = [:]
        var number = 0
        for line in text.sourceLines {
            number += 1
            if wanted.contains(number) { lines[number] = line }
            if lines.count == wanted.count { break }
        }
        for place in places {
            guard let line = lines[place.line], line.contains(where: { $0 != " " && $0 != "\r\n" && $0 != "\r" }) else { continue }
            copy.excerpts[place] = SourceExcerpt(line: place.line, lineText: line, column: place.column)
        }
        return copy
    }
}

/// The error of a strict read: the file's problems.
public struct JourneyFileError: Error, Sendable, CustomStringConvertible {
    /// The problems of the file, in the order they were found.
    public var problems: [FileProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads and writes journey files in YAML, JSON, JourneyKit XML and CJML.
///
/// The file's name is used only in messages; reading and writing the bytes is the caller's job.
public enum JourneyFile {
    /// Reads a design, reporting every problem rather than stopping at the first one.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the file's path as the user gave it, for `file:line:col` in messages.
    ///   - format: by default taken from the name's extension, else YAML. XML (given or from
    ///     the extension) is read as JourneyKit XML or CJML by its root element.
    public static func decode(_ data: Data, name: String, format: JourneyFormat? = nil) -> DecodedDesign {
        var format = format ?? JourneyFormat(path: name) ?? .yaml
        if format == .xml, XMLRoot.name(in: data).map(CJML.isRootName) == true { format = .cjml }
        switch format {
        case .xml: return JourneyXML.decode(data, name: name)
        case .cjml: return CJML.decode(data, name: name)
        case .mermaid: return MermaidJourney.decode(data, name: name)
        case .dot:
            let problem = FileProblem.refused(SourceLocation(file: name, line: 1, column: 1), detail: "JourneyKit writes Graphviz DOT but does not read it; convert from YAML, JSON, XML, CJML or Mermaid")
            return DecodedDesign(design: nil, problems: [problem])
        case .yaml, .json: return decodeYAML(data, name: name, format: format)
        }
    }

    private static func decodeYAML(_ data: Data, name: String, format: JourneyFormat) -> DecodedDesign {
        let text: String
        switch SourceText.decode(data, file: name) {
        case .success(let decoded): text = decoded
        case .failure(let problem):
            // The bad bytes show as U+FFFD in the line under the message.
            return DecodedDesign(design: nil, problems: [problem]).keepingExcerpts(of: String(decoding: data, as: UTF8.self))
        }
        let root: Node
        switch YAMLDocument.compose(text, file: name, format: format) {
        case .success(let node): root = node
        case .failure(let problem): return DecodedDesign(design: nil, problems: [problem]).keepingExcerpts(of: text)
        }
        let session = DecodingSession(file: name, textSize: text.utf8.count)
        let design: ServiceDesign?
        do {
            design = try DesignDecoder(session: session).design(root)
        } catch {
            design = nil
        }
        return DecodedDesign(design: design, problems: session.problems).keepingExcerpts(of: text)
    }

    /// Reads a design that must be free of file problems; throws them all otherwise.
    public static func load(_ data: Data, name: String, format: JourneyFormat? = nil) throws(JourneyFileError) -> ServiceDesign {
        let decoded = decode(data, name: name, format: format)
        guard let design = decoded.design, decoded.problems.isEmpty else {
            throw JourneyFileError(problems: decoded.problems)
        }
        return design
    }

    /// Reads a design from text (YAML unless told otherwise).
    public static func load(_ text: String, name: String = "<text>", format: JourneyFormat = .yaml) throws(JourneyFileError) -> ServiceDesign {
        try load(Data(text.utf8), name: name, format: format)
    }

    /// Writes a design in a format, ending in a newline. For CJML and Mermaid,
    /// ``CJML/encode(_:)`` and ``MermaidJourney/encode(_:)`` also say what the format cannot carry.
    public static func encode(_ design: ServiceDesign, as format: JourneyFormat) -> String {
        switch format {
        case .yaml: return YAMLText.serialize(DesignEncoder().design(design))
        case .json: return JSONText.serialize(DesignEncoder().design(design)) + "\n"
        case .xml: return JourneyXML.encode(design)
        case .cjml: return CJML.encode(design).text
        case .mermaid: return MermaidJourney.encode(design).text
        case .dot: return GraphvizDOT.encode(design)
        }
    }
}
