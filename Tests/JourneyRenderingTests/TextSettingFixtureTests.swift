import Foundation
import JourneyFormats
import JourneyKit
@testable import JourneyRendering
import JourneyTestSupport
import Testing

/// The stress fixture's German, Japanese and Arabic labels as the SVG draws them: no word
/// broken without a hyphen, no line starting with a closing mark.
@Suite("Text setting in the stress fixture")
struct TextSettingFixtureTests {
    static let path = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pictures/residence-permit.yaml")

    static func design() throws -> ServiceDesign {
        let data = try Data(contentsOf: path)
        let decoded = JourneyFile.decode(data, name: path.lastPathComponent, format: nil)
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        return try #require(decoded.design)
    }

    /// One drawn line: its `<text>` attributes and its characters.
    struct Line {
        var x: String
        var y: Double
        var size: Double
        var text: String
    }

    /// The `<text>` elements of an SVG, in document order.
    static func lines(in svg: String) -> [Line] {
        let pattern = try! NSRegularExpression(pattern: #"<text x="([^"]*)" y="([^"]*)" font-size="([^"]*)"[^>]*>([^<]*)</text>"#)
        let range = NSRange(svg.startIndex..., in: svg)
        return pattern.matches(in: svg, range: range).map { match in
            func group(_ k: Int) -> String { String(svg[Range(match.range(at: k), in: svg)!]) }
            let text = group(4).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            return Line(x: group(1), y: Double(group(2)) ?? 0, size: Double(group(3)) ?? 0, text: text)
        }
    }

    /// Pairs of lines of one text block: the same x and size, the next baseline one line down.
    static func continuations(_ lines: [Line]) -> [(Line, Line)] {
        zip(lines, lines.dropFirst()).filter { a, b in
            a.x == b.x && a.size == b.size && b.y - a.y >= a.size * 1.1 - 0.01 && b.y - a.y <= a.size * 1.45
        }
    }

    /// The fixture's text with runs of white space as one space: what the labels say.
    static let source: String = {
        let raw = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }()

    static func isLetter(_ c: Character?) -> Bool {
        guard let scalar = c?.unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic && TextBreaking.usesHyphen(scalar)
    }

    @Test("the fixture is written in German, and the SVG root says so", arguments: JourneyView.allCases)
    func language(_ view: JourneyView) throws {
        let design = try Self.design()
        #expect(design.language == "de")
        let svg = JourneyRenderer.svg(design, view: view)
        #expect(svg.contains(#"lang="de""#))
    }

    @Test("no word is broken without a hyphen", arguments: JourneyView.allCases)
    func noWordBrokenWithoutHyphen(_ view: JourneyView) throws {
        let svg = JourneyRenderer.svg(try Self.design(), view: view)
        let pairs = Self.continuations(Self.lines(in: svg))
        #expect(pairs.count > 20, "the view has wrapped text")
        var hyphenated = 0
        for (a, b) in pairs {
            if a.text.hasSuffix("-") || a.text.hasSuffix("…") {
                hyphenated += a.text.hasSuffix("-") ? 1 : 0
                continue
            }
            guard Self.isLetter(a.text.last), Self.isLetter(b.text.first) else { continue }
            // Both sides are letters: the line must have ended between two words of the label,
            // not inside one (the two pieces written together, with no space, in the labels).
            let last = a.text.split(separator: " ").last.map(String.init) ?? ""
            let first = b.text.split(separator: " ").first.map(String.init) ?? ""
            let insideWord = Self.source.contains(last + first) && !Self.source.contains(last + " " + first)
            #expect(!insideWord, "\(view): \"\(a.text)\" / \"\(b.text)\" breaks inside a word without a hyphen")
        }
        #expect(hyphenated > 0 || view == .emotion, "\(view): some long German word was hyphenated")
    }

    @Test("no line starts with a closing mark, full stop or other character that may not start a line", arguments: JourneyView.allCases)
    func noLineStartsWithClosingMark(_ view: JourneyView) throws {
        let svg = JourneyRenderer.svg(try Self.design(), view: view)
        let lines = Self.lines(in: svg)
        if view == .map {
            #expect(lines.contains { $0.text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) } }, "the map draws Japanese")
        }
        for (_, b) in Self.continuations(lines) {
            guard let first = b.text.unicodeScalars.first else { continue }
            #expect(!TextBreaking.mayNotStartLine(first), "\(view): a line starts with \(first): \"\(b.text)\"")
        }
    }

    @Test("card titles are not cut")
    func cardTitles() throws {
        let design = try Self.design()
        let scene = JourneyRenderer.scene(design, view: .map)
        let titles = Set(design.touchpoints.map { TextWrap.displayText($0.title) })
        let cut = scene.textBlocks.filter { block in
            block.style == Styles.cardTitle && block.fullText.map { titles.contains($0) } == true
        }
        #expect(cut.isEmpty, "\(cut.map { $0.fullText ?? "" })")
    }
}
