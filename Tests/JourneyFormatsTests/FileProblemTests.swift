import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// Each kind of ``FileProblem``, found in a small inline file, with its exact place.
@Suite("File problems with their places")
struct FileProblemTests {
    // MARK: Syntax

    // libyaml stops at the colon ("mapping values are not allowed in this context"); the
    // message names the cause, so the place is the over-indented field.
    @Test("a field indented deeper than the one above is a syntax error at the field, with the column it belongs at")
    func syntaxErrorAtColon() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\n  bad: indent\n")
        #expect(decoded.design == nil)
        #expect(decoded.problemCodes == ["FILE-SYNTAX"])
        #expect(decoded.problems.first?.location == InlineJourney.at(3, 3))
        #expect(decoded.problems.first?.hint?.hasPrefix("start \"bad\" at column 1") == true)
    }

    @Test("an unclosed flow list is a syntax error that names the line it was opened on")
    func unclosedFlowList() throws {
        let decoded = InlineJourney.decode("journey: demo\ntitle: [unclosed\n")
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problems.count == 1)
        guard case .syntax(let location, _, let context, _) = problem else {
            Issue.record("expected a syntax problem, got \(problem)")
            return
        }
        #expect(location == InlineJourney.at(3, 1))
        #expect(context?.contains("line 2") == true)
        #expect(problem.description.hasPrefix("test.yaml:3:1: error: "))
    }

    // MARK: Fields

    @Test("a misspelt field is unknown, at its key, with the field it was meant to be")
    func unknownFieldWithSuggestion() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["chanel: web", "emotions: {anna: 3}"]))
        #expect(decoded.problems == [
            .unknownField("chanel", element: "touchpoint \"web\"", InlineJourney.at(12, 9), suggestion: "channel"),
        ])
        #expect(decoded.problems.first?.hint == "did you mean \"channel\"?")
        // The rest of the file is still read.
        #expect(decoded.design?.touchpoints.map(\.id) == ["web"])
    }

    @Test("a misspelt top-level field is suggested from the journey's fields")
    func unknownTopLevelField() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nowenr: Someone\n")
        #expect(decoded.problems == [
            .unknownField("owenr", element: "the journey", InlineJourney.at(3, 1), suggestion: "owner"),
        ])
    }

    @Test("a field nothing resembles is unknown without a suggestion")
    func unknownFieldWithoutSuggestion() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["xyzzyplugh: 1", "emotions: {anna: 3}"]))
        #expect(decoded.problems == [
            .unknownField("xyzzyplugh", element: "touchpoint \"web\"", InlineJourney.at(12, 9), suggestion: nil),
        ])
    }

    @Test("a touchpoint without its title is missing a field, at the touchpoint")
    func missingTouchpointTitle() {
        let text = """
            journey: demo
            title: Demo
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - id: web
                    channel: web

            """
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems == [.missingField("title", element: "touchpoint \"web\"", InlineJourney.at(7, 9))])
    }

    @Test("a journey without its title is missing a field, at the start of the file")
    func missingJourneyTitle() {
        let decoded = InlineJourney.decode("journey: demo\nowner: Someone\n")
        #expect(decoded.problems == [.missingField("title", element: "the journey", InlineJourney.at(1, 1))])
    }

    @Test("an actor without its kind is missing a field, at the actor")
    func missingActorKind() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nactors:\n  - {id: clerk, name: Clerk}\n")
        #expect(decoded.problems == [.missingField("kind", element: "actor \"clerk\"", InlineJourney.at(4, 5))])
    }

    // MARK: Types

    @Test("a quoted \"4\" as a score is text, not a number, at the value")
    func quotedScore() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions: {anna: \"4\"}"]))
        #expect(decoded.problems == [
            .wrongType(field: "emotions.anna", expected: "a score from 1 to 5", found: "the text \"4\"", InlineJourney.at(12, 26),
                hint: "remove the quotes: write 4, not \"4\"; a number in quotes is text"),
        ])
        #expect(decoded.design?.touchpoints.first?.emotions.isEmpty == true)
    }

    @Test("a quoted \"4\" as the score of a reading block is text, at the value")
    func quotedScoreInBlock() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions:", "  anna: {score: \"4\", thought: Fine}"]))
        #expect(decoded.problems == [
            .wrongType(field: "score", expected: "a score from 1 to 5", found: "the text \"4\"", InlineJourney.at(13, 25),
                hint: "remove the quotes: write 4, not \"4\"; a number in quotes is text"),
        ])
    }

    @Test("a list where text belongs is the wrong type, at the list")
    func listWhereTextBelongs() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["channel: [web, app]", "emotions: {anna: 3}"]))
        #expect(decoded.problems == [
            .wrongType(field: "channel", expected: "text", found: "a list", InlineJourney.at(12, 18)),
        ])
        #expect(decoded.design?.touchpoints.first?.channel == nil)
    }

    @Test("`yes` where true or false belongs is the wrong type")
    func yesIsNotABoolean() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["personalized: yes", "emotions: {anna: 3}"]))
        #expect(decoded.problems == [
            .wrongType(field: "personalized", expected: "`true` or `false`", found: "the text \"yes\"", InlineJourney.at(12, 23)),
        ])
    }

    @Test("a misspelt lane is an invalid value, at the value, with the lane it was meant to be")
    func invalidLaneWithSuggestion() throws {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["lane: frontstge", "emotions: {anna: 3}"]))
        #expect(decoded.problems.count == 1)
        let problem = try #require(decoded.problems.first)
        guard case .invalidValue(let field, let value, let reason, let location, let suggestion) = problem else {
            Issue.record("expected an invalid value, got \(problem)")
            return
        }
        #expect(field == "lane")
        #expect(value == "frontstge")
        #expect(location == InlineJourney.at(12, 15))
        #expect(suggestion == "frontstage")
        #expect(reason.contains("`frontstage`") && reason.contains("`backstage`"))
        #expect(problem.hint == "did you mean \"frontstage\"?")
        #expect(decoded.design?.touchpoints.first?.lane == nil)
    }

    @Test("an id with a space is an invalid value with the id spelt as one word")
    func idWithSpace() {
        let decoded = InlineJourney.decode("journey: my demo\ntitle: Demo\n")
        #expect(decoded.problems == [
            .invalidValue(field: "journey", value: "my demo",
                reason: "an id is one word without spaces (use - or _ between words)", InlineJourney.at(1, 10), suggestion: "my-demo"),
        ])
    }

    // MARK: Keys, tags, documents

    @Test("a key written twice is a duplicate key, placed at the repetition")
    func duplicateKey() throws {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\ntitle: Again\n")
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-DUPLICATE-KEY"])
        guard case .duplicateKey(let key, let location) = problem else { return }
        #expect(key == "title")
        #expect([2, 3].contains(location.line) && location.column == 1)
        withKnownIssue("the place given is the first `title` (2:1), which is fine, not the second (3:1), which is the one to remove") {
            #expect(location == InlineJourney.at(3, 1))
        }
    }

    @Test("a key written twice inside a touchpoint is a duplicate key at that touchpoint's key")
    func nestedDuplicateKey() throws {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["channel: web", "channel: app"]))
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-DUPLICATE-KEY"])
        guard case .duplicateKey(let key, let location) = problem else { return }
        #expect(key == "channel")
        #expect([12, 13].contains(location.line) && location.column == 9)
        withKnownIssue("the place given is the first `channel` (12:9), not the repetition (13:9)") {
            #expect(location == InlineJourney.at(13, 9))
        }
    }

    @Test("a Python tag that would run a command is refused at the tagged value")
    func pythonTag() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: !!python/object/apply:os.system [\"echo hi\"]\n")
        #expect(decoded.problems.first == .unsupportedTag("!!python/object/apply:os.system", InlineJourney.at(2, 8)))
        #expect(decoded.problems.first?.hint == "remove the tag and write the value plainly")
        // The tagged list is also not a title.
        #expect(decoded.problemCodes == ["FILE-UNSUPPORTED-TAG", "FILE-WRONG-TYPE"])
    }

    @Test("a tag on a scalar deep in a touchpoint is refused at that scalar")
    func tagOnNestedScalar() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["owner: !!python/object/apply:os.system rm", "emotions: {anna: 3}"]))
        #expect(decoded.problems == [.unsupportedTag("!!python/object/apply:os.system", InlineJourney.at(12, 16))])
    }

    @Test("a local Ruby tag is refused")
    func rubyTag() throws {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nowner: !ruby/object:Gem::Installer x\n")
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-UNSUPPORTED-TAG"])
        #expect(problem.location == InlineJourney.at(3, 8))
        #expect(problem.message.contains("ruby/object:Gem::Installer"))
    }

    @Test("the standard tags (!!str) are allowed and read as written")
    func standardTagAllowed() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: !!str 3\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.title == "3")
    }

    @Test("a tag on a field name is refused like a tag on a value")
    func tagOnKey() {
        let decoded = InlineJourney.decode("journey: demo\n!!python/object/apply:os.system title: Demo\n")
        #expect(decoded.problems == [.unsupportedTag("!!python/object/apply:os.system", InlineJourney.at(2, 1))])
    }

    @Test("a second document is reported at its `---`")
    func multipleDocuments() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\n---\njourney: other\ntitle: Other\n")
        #expect(decoded.design == nil)
        #expect(decoded.problems == [.multipleDocuments(InlineJourney.at(3, 1))])
    }

    @Test("one document with explicit start and end markers is fine")
    func explicitDocumentMarkers() {
        let decoded = InlineJourney.decode("---\njourney: demo\ntitle: Demo\n...\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.id == "demo")
    }

    // MARK: Empty

    @Test("a file with nothing in it is empty", arguments: [
        ("no bytes", ""),
        ("blank lines", "   \n\n \n"),
        ("only comments", "# a journey will go here\n# soon\n"),
        ("only a byte-order mark", "\u{FEFF}"),
    ])
    func empty(_ label: String, _ text: String) {
        let decoded = InlineJourney.decode(text)
        #expect(decoded.design == nil, "\(label)")
        #expect(decoded.problems == [.empty(InlineJourney.at(1, 1))], "\(label)")
    }

    @Test("a file holding only the document marker `---` (or `---` and `...`) is empty", arguments: ["---\n", "---\n...\n"])
    func onlyDocumentMarker(_ text: String) {
        let decoded = InlineJourney.decode(text)
        #expect(decoded.design == nil)
        #expect(decoded.problemCodes == ["FILE-EMPTY"])
        #expect(decoded.problems.first?.location.line == 1)
    }

    @Test("a file that is a list, not a block of fields, is the wrong type at its start")
    func rootIsList() {
        let decoded = InlineJourney.decode("- journey: demo\n- title: Demo\n")
        #expect(decoded.problems == [
            .wrongType(field: "the file", expected: "a block of fields (a mapping)", found: "a list", InlineJourney.at(1, 1)),
        ])
    }

    // MARK: Plain words that YAML 1.1 would read as something else

    @Test("`channel: no` is the text \"no\", not false", arguments: ["no", "yes", "off", "on", "y", "n", "true", "false", "No"])
    func channelWordIsText(_ word: String) throws {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["channel: \(word)", "emotions: {anna: 3}"]))
        #expect(decoded.problems.isEmpty)
        let touchpoint = try #require(decoded.design?.touchpoints.first)
        #expect(touchpoint.channel == Channel(rawValue: word))
    }

    @Test("`version: 1.3` unquoted is the text \"1.3\"")
    func versionNumberIsText() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nversion: 1.30\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.version == "1.30")
    }

    // MARK: Scores that are not finite

    @Test("a score that is not a finite number is refused at the value",
        arguments: [".nan", ".NaN", "nan", ".inf", ".Inf", "-.inf", "inf", "-inf", "infinity", "1e999", "-1e999"])
    func nonFiniteScore(_ score: String) throws {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions: {anna: \(score)}"]))
        #expect(decoded.problems.count == 1)
        let problem = try #require(decoded.problems.first)
        #expect(["FILE-WRONG-TYPE", "FILE-INVALID-VALUE"].contains(problem.code))
        #expect(problem.location == InlineJourney.at(12, 26))
        #expect(decoded.design?.touchpoints.first?.emotions.isEmpty == true)
    }

    @Test("1e999 as a score is an invalid value with the text as written")
    func hugeScore() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions:", "  anna: {score: 1e999}"]))
        #expect(decoded.problems == [
            .invalidValue(field: "score", value: "1e999", reason: "it is too large to be a number", InlineJourney.at(13, 25), suggestion: nil),
        ])
    }

    @Test("an infinite scale bound or moment-of-truth target is refused")
    func nonFiniteScaleAndTarget() {
        let text = """
            journey: demo
            title: Demo
            scale: {min: -.inf, max: 5}
            stages:
              - id: s
                name: S
                touchpoints:
                  - id: a
                    title: A
                    momentOfTruth: {owner: Someone, target: 1e400}

            """
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.map(\.location) == [InlineJourney.at(3, 14), InlineJourney.at(10, 49)])
        #expect(decoded.design?.scale.min.isFinite == true)
        #expect(decoded.design?.touchpoints.first?.momentOfTruth?.target == nil)
    }
}
