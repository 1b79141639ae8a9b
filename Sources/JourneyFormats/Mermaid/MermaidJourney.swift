import Foundation
import JourneyKit

/// Mermaid's `journey` diagram (<https://mermaid.js.org/syntax/userJourney.html>): import and export.
///
/// A Mermaid journey has a title, sections and tasks; each task has one score (1 to 5) and the
/// actors it concerns:
///
/// ```text
/// journey
///   title My working day
///   section Go to work
///     Make tea: 5: Me
///     Do work: 1: Me, Cat
/// ```
///
/// The reader accepts the diagrams people really write (front matter, indented or unindented
/// text, aligned colons, CRLF, tabs, the old `accDescription` spelling) and reports each line it
/// reads past as a warning with its place, and each line it cannot read as a problem with its
/// line and column. The writer writes a diagram Mermaid reads, replacing the characters that
/// would break its unquoted fields, and says what a journey diagram cannot carry. The mapping is
/// described in `docs/mermaid.md`.
public enum MermaidJourney {
    /// Reads a Mermaid journey diagram as a design.
    ///
    /// The design is nil only when the file holds no journey diagram at all (it is empty, not
    /// text, or does not start with `journey`). Lines that cannot be read are in
    /// ``DecodedDesign/problems``; lines that were read past in ``DecodedDesign/warnings``.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the file's path as the user gave it, for `file:line:col` in messages and as the
    ///     design's title when the diagram has none.
    public static func decode(_ data: Data, name: String) -> DecodedDesign {
        let text: String
        switch SourceText.decode(data, file: name) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return DecodedDesign(design: nil, problems: [problem])
        }
        let parser = MermaidParser(file: name, text: text)
        guard let diagram = parser.parse() else {
            return DecodedDesign(design: nil, problems: parser.problems, warnings: parser.sortedWarnings)
        }
        var builder = MermaidDesignBuilder(file: name, diagram: diagram)
        let design = builder.build()
        let warnings = (parser.warnings + builder.warnings).enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
        return DecodedDesign(design: design, problems: parser.problems.sorted { $0.location < $1.location }, warnings: warnings)
    }

    /// Writes a design as a Mermaid journey diagram, with notes on what Mermaid cannot carry.
    ///
    /// One `section` per stage and one task per touchpoint, in the design's order; each task
    /// has one score (the mean of its personas' scores, rescaled to 1–5 and rounded) and names
    /// those personas as its actors.
    public static func encode(_ design: ServiceDesign) -> CJML.Export {
        MermaidWriter(design: design).export()
    }
}
