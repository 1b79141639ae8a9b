import Foundation
import JourneyTestSupport
import Testing

/// `journey render --paper`: the map as PDF pages and as one SVG per page, measured in the PDF
/// with `pdftotext -bbox` (poppler-utils).
///
/// Body text, defined: pdftotext gives each word a box whose height is the font size times the
/// font's ascent plus descent (1.164 for DejaVu Sans, the font the pictures are drawn in), so a
/// word's font size is its height / 1.164. Left out: glyphs pdftotext cannot map to text (it
/// writes them as hex codes, "5F"; here the Japanese of the stress fixture, set in a fallback
/// font with other metrics) and numbers (card badges and scores). The body size of a page is
/// the median of the rest; and the 10th percentile, which falls on the 10-unit labels (the view
/// name, the grid's scale) where body text is 11 units, must be at least 10/11 of the minimum.
@Suite("journey render --paper")
struct PaperPagesCLITests {
    static let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pictures/residence-permit.yaml")
    static let clinic = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml")

    struct Word {
        var text: String
        var height: Double
    }

    /// The words of each page, from `pdftotext -bbox`.
    static func pages(_ pdf: URL) throws -> [[Word]]? {
        guard let tool = ExternalTool.find("pdftotext") else {
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("pdftotext is missing; CI must have it (apt-get install poppler-utils)") }
            return nil
        }
        let result = try ExternalTool.run(tool, ["-bbox", pdf.path, "-"])
        #expect(result.status == 0, "\(result.errors)")
        var pages: [[Word]] = []
        for page in result.output.components(separatedBy: "<page ").dropFirst() {
            var words: [Word] = []
            for line in page.split(separator: "\n") where line.contains("<word ") {
                func value(_ name: String) -> Double? {
                    guard let start = line.range(of: "\(name)=\"") else { return nil }
                    return Double(line[start.upperBound...].prefix { $0 != "\"" })
                }
                guard let top = value("yMin"), let bottom = value("yMax"), let open = line.range(of: "\">"),
                      let close = line.range(of: "</word>", range: open.upperBound..<line.endIndex) else { continue }
                words.append(Word(text: String(line[open.upperBound..<close.lowerBound]), height: bottom - top))
            }
            pages.append(words)
        }
        return pages
    }

    /// The font sizes of a page's words in points, smallest first (see the suite's note).
    static func sizes(_ words: [Word]) -> [Double] {
        func isCode(_ text: String) -> Bool { text.count <= 4 && text.allSatisfy(\.isHexDigit) }
        return words.filter { !isCode($0.text) }.map { $0.height / 1.164 }.sorted()
    }

    @Test("A3 and A4 PDF pages of the clinic and the stress fixture: title and row labels on every page, body text at least 7 pt (A3) and 6 pt (A4)",
          arguments: [("a3", 7.0), ("a4", 6.0)])
    func pdfPages(_ paper: String, _ minimum: Double) throws {
        try #require(JourneyBinary.url != nil)
        guard RenderCommandTests.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-paper")
        defer { workspace.remove() }
        for (input, title) in [(Self.clinic, "Outpatient"), (Self.fixture, "")] {
            let result = try workspace.run(["render", input.path, "--format", "pdf", "--paper", paper, "-o", "map.pdf", "--force"])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 0, "\(result.allText)")
            guard let pages = try Self.pages(workspace.url("map.pdf")) else { return }
            #expect(pages.count > 1, "\(input.lastPathComponent) on \(paper): \(pages.count) page(s)")
            for (index, words) in pages.enumerated() {
                let text = Set(words.map(\.text))
                if !title.isEmpty { #expect(text.contains(title), "page \(index + 1) has no title") }
                for label in ["Stages", "Touchpoints", "Emotion", "Key", "Page"] {
                    #expect(text.contains(label), "\(input.lastPathComponent) \(paper) page \(index + 1) has no \(label)")
                }
                let sizes = Self.sizes(words)
                let body = sizes.isEmpty ? 0 : sizes[sizes.count / 2]
                let small = sizes.isEmpty ? 0 : sizes[sizes.count / 10]
                #expect(body >= minimum - 0.01, "\(input.lastPathComponent) \(paper) page \(index + 1): body text \(body) pt")
                #expect(small >= minimum * 10 / 11 - 0.01, "\(input.lastPathComponent) \(paper) page \(index + 1): 10th percentile \(small) pt")
            }
        }
    }

    @Test("--paper writes one SVG per page, NAME-p1.svg and on, each on the paper")
    func svgPages() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-paper")
        defer { workspace.remove() }
        try workspace.copy(Self.clinic, as: "clinic.yaml")
        let result = try workspace.run(["render", "clinic.yaml", "--paper", "a3"])
        RenderCommandTests.expectClean(result)
        #expect(result.status == 0, "\(result.allText)")
        let pages = workspace.names().filter { $0.hasPrefix("clinic-map-p") }
        #expect(pages.count == 6, "\(workspace.names())")
        for page in pages {
            let svg = try workspace.text(page)
            #expect(RenderCommandTests.rootAttribute(svg, "width") == "420mm")
            #expect(svg.contains("Page "))
            try RenderCommandTests.expectWellFormedSVG(workspace.url(page))
        }
        #expect(!workspace.exists("clinic-map.svg"))
    }

    /// The blueprint now has a column per customer action, so the clinic's fits one A3 sheet; the
    /// stress fixture's does not, and is cut between columns rather than shrunk.
    @Test("a blueprint too wide for one sheet is cut into pages between columns, not shrunk onto one sheet")
    func blueprintPages() throws {
        try #require(JourneyBinary.url != nil)
        guard RenderCommandTests.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-paper")
        defer { workspace.remove() }
        let result = try workspace.run(["render", Self.fixture.path, "--view", "blueprint", "--format", "pdf", "--paper", "a3", "-o", "bp.pdf"])
        #expect(result.status == 0, "\(result.allText)")
        #expect(RenderCommandTests.pageCount(try workspace.read("bp.pdf")) > 1)
    }
}
