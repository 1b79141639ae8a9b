import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// The mistakes a new user makes in YAML, each told by its cause, at the right column, with
/// the source line and a fix that works.
@Suite("Syntax and value messages a designer understands")
struct SyntaxMessageTests {
    /// The file's one problem, with its source line.
    static func onlyProblem(_ text: String) throws -> (FileProblem, SourceExcerpt) {
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.count == 1, "\(decoded.problems)")
        let problem = try #require(decoded.problems.first)
        let excerpt = try #require(decoded.excerpt(for: problem))
        return (problem, excerpt)
    }

    /// The fixture's lines up to touchpoint "web" (line 11 is `        title: Website`), then `lines`.
    static func journey(then lines: [String]) -> String {
        InlineJourney.journey(touchpointLines: []) + lines.map { $0 + "\n" }.joined()
    }

    /// The fix applied: the file with line `number` replaced reads without problems.
    static func fixed(_ text: String, line number: Int, with replacement: String) -> DecodedDesign {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = replacement
        return InlineJourney.decode(lines.joined(separator: "\n"))
    }

    // MARK: Indentation

    @Test("a field indented one level too deep names the column of the field above it")
    func extraIndent() throws {
        let text = Self.journey(then: ["          channel: web"])
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.code == "FILE-SYNTAX")
        // The caret is under the field, not under its colon where libyaml stopped.
        #expect(problem.location == InlineJourney.at(12, 11))
        #expect(problem.message == "the file is not valid: \"channel\" is indented to column 11, deeper than \"title\" on line 11 (column 9)")
        #expect(problem.hint?.hasPrefix("start \"channel\" at column 9 (after 8 spaces), in line with \"title\"") == true)
        #expect(excerpt.line == 12 && excerpt.text == "          channel: web" && excerpt.caret == 11)
        #expect(!Self.fixed(text, line: 12, with: "        channel: web").hasProblems)
    }

    @Test("a field indented one space too little lies between two levels, and both are offered")
    func lessIndent() throws {
        let text = Self.journey(then: ["       channel: web"])
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.code == "FILE-SYNTAX")
        #expect(problem.location == InlineJourney.at(12, 8))
        #expect(problem.message.contains("\"channel\" is indented to column 8, between \"title\" on line 11 (column 9) and the \"-\" of the list on line 10 (column 7)"))
        #expect(problem.hint == "indent \"channel\" to column 9 (after 8 spaces) to put it beside \"title\", or start a new item of the list with \"- \" at column 7")
        #expect(excerpt.caret == 8)
        #expect(!problem.message.contains("did not find expected"))
        #expect(!Self.fixed(text, line: 12, with: "        channel: web").hasProblems)
    }

    @Test("a list item whose - is one space off is told the column of the other items' -")
    func misalignedListItem() throws {
        let text = "journey: demo\ntitle: Demo\npersonas:\n  - id: anna\n    name: Anna\n   - id: ben\n     name: Ben\n"
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.location == InlineJourney.at(6, 4))
        #expect(problem.message.contains("this item's \"-\" is at column 4, but the other items of the list (line 4) have theirs at column 3"))
        #expect(problem.hint == "move the \"-\" to column 3 (after 2 spaces)")
        #expect(excerpt.caret == 4)
    }

    @Test("a field between a block's fields and its parent's offers both columns")
    func betweenTwoFields() throws {
        let text = "journey: demo\ntitle: Demo\nproject:\n  owner: Anna\n scope: Forms\n"
        let (problem, _) = try Self.onlyProblem(text)
        #expect(problem.location == InlineJourney.at(5, 2))
        #expect(problem.hint == "indent \"scope\" to column 3 (after 2 spaces) to put it beside \"owner\", or to column 1 to put it beside \"project\" (line 3)")
    }

    // MARK: Colon and tab

    @Test("a colon and a space inside plain text: quote it, and the quoted line reads")
    func colonInPlainText() throws {
        let text = Self.journey(then: ["      - id: form", "        title: Step 2: finds the form"])
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.code == "FILE-SYNTAX")
        // Under the second colon: `        title: Step 2` is 21 characters.
        #expect(problem.location == InlineJourney.at(13, 22))
        #expect(problem.message.contains("the text of \"title\" holds a colon followed by a space (\": \")"))
        #expect(problem.hint == "put the text in quotes: title: \"Step 2: finds the form\"")
        #expect(excerpt.text == "        title: Step 2: finds the form" && excerpt.caret == 22)
        let quoted = Self.fixed(text, line: 13, with: "        title: \"Step 2: finds the form\"")
        #expect(!quoted.hasProblems)
        #expect(quoted.design?.touchpoints.last?.title == "Step 2: finds the form")
    }

    @Test("a text that holds a double quote is quoted with single quotes")
    func colonInTextWithQuote() throws {
        let (problem, _) = try Self.onlyProblem("journey: demo\ntitle: The \"easy\" way: a guide\n")
        #expect(problem.hint == "put the text in quotes: title: 'The \"easy\" way: a guide'")
    }

    @Test("a tab in the indentation: spaces, and how many")
    func tabIndent() throws {
        let text = Self.journey(then: ["\tchannel: web"])
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.code == "FILE-SYNTAX")
        #expect(problem.location == InlineJourney.at(12, 1))
        #expect(problem.message == "the file is not valid: a tab indents this line; YAML indents with spaces only")
        #expect(problem.hint == "replace the tab with spaces: start \"channel\" at column 9 (after 8 spaces), in line with \"title\" on line 11")
        // The tab shows as an arrow, one column wide, with the caret under it.
        #expect(excerpt.text == "→channel: web" && excerpt.caret == 1)
        #expect(!Self.fixed(text, line: 12, with: "        channel: web").hasProblems)
    }

    @Test("a tab before a list item: line it up with the other items' \"-\", not with the fields inside them")
    func tabBeforeListItem() throws {
        let text = Self.journey(then: ["\t- id: desk", "        title: Desk"])
        let (problem, _) = try Self.onlyProblem(text)
        #expect(problem.location == InlineJourney.at(12, 1))
        #expect(problem.hint == "replace the tab with spaces: start this item at column 7 (after 6 spaces), in line with the \"-\" of the list on line 10")
        #expect(!Self.fixed(text, line: 12, with: "      - id: desk").hasProblems)
    }

    @Test("a message libyaml gives that is not recognised keeps its words, with the line and caret")
    func unrecognisedKeepsWords() throws {
        let (problem, excerpt) = try Self.onlyProblem("journey: demo\ntitle: Demo\n@owner: Anna\n")
        #expect(problem.code == "FILE-SYNTAX")
        #expect(problem.message.contains("found character that cannot start any token"))
        #expect(problem.hint == nil)
        #expect(excerpt.line == 3 && excerpt.text == "@owner: Anna" && excerpt.caret == problem.location.column)
    }

    @Test("Windows line ends do not move the columns")
    func crlfLines() throws {
        let text = Self.journey(then: ["          channel: web"]).replacingOccurrences(of: "\n", with: "\r\n")
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.location == InlineJourney.at(12, 11))
        #expect(excerpt.text == "          channel: web")
    }

    // MARK: Values

    @Test("a text emotion score names the scale, and the score of a label it matches")
    func textScoreOnLabelledScale() throws {
        let labelled = "journey: demo\ntitle: Demo\nscale:\n  labels: {1: frustrated, 3: fine, 5: delighted}\n"
            + Self.journey(then: ["        emotions:", "          anna: happy"]).dropFirst("journey: demo\ntitle: Demo\n".count)
        let (problem, excerpt) = try Self.onlyProblem(labelled)
        #expect(problem.code == "FILE-WRONG-TYPE")
        #expect(problem.message == "\"emotions.anna\" should be a score from 1 to 5, but is the text \"happy\"")
        #expect(problem.hint == "write a number from 1 to 5, on the design's scale: 1 = frustrated, 3 = fine, 5 = delighted")
        #expect(excerpt.line == 15 && excerpt.caret == 17)

        let label = labelled.replacingOccurrences(of: "anna: happy", with: "anna: Delighted")
        let (named, _) = try Self.onlyProblem(label)
        #expect(named.hint == "write 5: the design's scale names 5 \"delighted\"; a score is a number from 1 to 5")
    }

    @Test("a text emotion score on a scale without labels says how to name the points")
    func textScoreOnPlainScale() throws {
        let (problem, _) = try Self.onlyProblem(Self.journey(then: ["        emotions: {anna: {score: happy}}"]))
        #expect(problem.message == "\"score\" should be a score from 1 to 5, but is the text \"happy\"")
        #expect(problem.hint == "write a number from 1 to 5 (3 is neutral); to name the points of the scale, add `labels:` under `scale:`")
    }

    @Test("a number in quotes: remove the quotes")
    func quotedNumber() throws {
        let text = Self.journey(then: ["        emotions:", "          anna: \"4\""])
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.code == "FILE-WRONG-TYPE")
        #expect(problem.location == InlineJourney.at(13, 17))
        #expect(problem.hint == "remove the quotes: write 4, not \"4\"; a number in quotes is text")
        #expect(excerpt.caret == 17)
        #expect(!Self.fixed(text, line: 13, with: "          anna: 4").hasProblems)
    }

    @Test("a missing id suggests one made from the title")
    func missingID() throws {
        let text = Self.journey(then: ["      - title: Finds the form"])
        let (problem, excerpt) = try Self.onlyProblem(text)
        #expect(problem.code == "FILE-MISSING-FIELD")
        #expect(problem.message == "a touchpoint is missing its \"id\"")
        #expect(problem == .missingField("id", element: "a touchpoint", InlineJourney.at(12, 9), suggestion: "finds-the-form"))
        #expect(problem.hint?.hasPrefix("add a line `id: finds-the-form`") == true)
        #expect(excerpt.text == "      - title: Finds the form" && excerpt.caret == 9)
    }

    @Test("an element with nothing to make an id from still gets a help line")
    func missingIDWithoutTitle() throws {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\npersonas:\n  - description: someone\n")
        let problem = try #require(decoded.problems.first { $0.code == "FILE-MISSING-FIELD" && $0.message.contains("\"id\"") })
        #expect(problem.hint?.hasPrefix("add a line `id: a-name`") == true)
        #expect(decoded.excerpt(for: problem)?.caret == 5)
    }

    // MARK: The excerpt

    @Test("a long line is cut to a window around the caret, and the caret stays under its column")
    func longLineWindow() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let excerpt = SourceExcerpt(line: 7, lineText: line, column: 301)
        #expect(excerpt.text.count <= SourceExcerpt.width + 2)
        #expect(excerpt.text.hasPrefix("…") && excerpt.text.hasSuffix("…"))
        let characters = Array(excerpt.text)
        #expect(characters[excerpt.caret - 1] == "X")
        let rendered = excerpt.rendered()
        #expect(rendered.count == 2)
        #expect(rendered[0].hasPrefix("    7 | "))
        // The caret line's ^ is under the X.
        let caretOffset = rendered[1].distance(from: rendered[1].startIndex, to: rendered[1].firstIndex(of: "^")!)
        let xOffset = rendered[0].distance(from: rendered[0].startIndex, to: rendered[0].firstIndex(of: "X")!)
        #expect(caretOffset == xOffset)
    }

    @Test("control characters in the line are shown one column wide")
    func controlCharacters() {
        let excerpt = SourceExcerpt(line: 1, lineText: "a\u{1B}[31mb: c", column: 8)
        #expect(!excerpt.text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(excerpt.text == "a\u{FFFD}[31mb: c")
        #expect(Array(excerpt.text)[excerpt.caret - 1] == ":")
    }
}
