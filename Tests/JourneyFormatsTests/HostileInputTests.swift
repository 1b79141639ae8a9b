import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// Bytes that are not UTF-8, files nested or expanded far beyond any honest journey, and
/// very large values: each is refused (or read) with a place, quickly, and without a crash.
@Suite("Encodings")
struct EncodingTests {
    static let header = Array("journey: demo\ntitle: ok\n".utf8)

    @Test("a byte that is not UTF-8 is refused at its line and column")
    func invalidByte() throws {
        let decoded = InlineJourney.decode(bytes: Self.header + Array("owner: ab".utf8) + [0xFF] + Array("\n".utf8))
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(problem.location == InlineJourney.at(3, 10))
        #expect(problem.message.contains("0xFF"))
    }

    @Test("columns count characters, not bytes, before the bad byte")
    func columnCountsCharacters() throws {
        // "owner: é☕" is 9 characters but 12 bytes.
        let decoded = InlineJourney.decode(bytes: Self.header + Array("owner: é☕".utf8) + [0x80] + Array(" more\n".utf8))
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(problem.location == InlineJourney.at(3, 10))
    }

    @Test("a character cut off at the end of the file is refused where it starts")
    func truncatedSequence() throws {
        let decoded = InlineJourney.decode(bytes: Array("journey: demo\ntitle: ".utf8) + [0xE2, 0x82])
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(decoded.problems.first?.location == InlineJourney.at(2, 8))
    }

    @Test("overlong and surrogate encodings are not UTF-8", arguments: [[UInt8]([0xC0, 0xAF]), [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80]])
    func malformedSequences(_ bad: [UInt8]) throws {
        let decoded = InlineJourney.decode(bytes: Self.header + Array("owner: x".utf8) + bad + Array("\n".utf8))
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(decoded.problems.first?.location == InlineJourney.at(3, 9))
    }

    @Test("a Latin-1 file is refused at its first accented letter, with advice to save as UTF-8")
    func latin1() throws {
        let text = "journey: demo\ntitle: Café au lait\n"
        let bytes = try #require(text.data(using: .isoLatin1))
        #expect(bytes.count == text.unicodeScalars.count)
        let decoded = JourneyFile.decode(bytes, name: InlineJourney.name)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(problem.location == InlineJourney.at(2, 11))
        #expect(problem.message.contains("Latin-1"))
        #expect(problem.message.contains("UTF-8"))
    }

    /// A valid journey with a non-ASCII title and one typo (line 6, column 5).
    static let international = """
        journey: café
        title: Café ☕ – naïve 😀 journey
        personas:
          - id: zoë
            name: Zoë
            nmae: typo
        stages:
          - id: s
            name: Ståge
            touchpoints:
              - id: a
                title: Ä
                emotions: {zoë: 4}

        """

    @Test("UTF-16 with a byte-order mark decodes to the same design and places as UTF-8",
        arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16(_ encoding: String.Encoding) throws {
        let body = try #require(Self.international.data(using: encoding))
        let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let decoded = JourneyFile.decode(Data(bom) + body, name: InlineJourney.name)
        let reference = InlineJourney.decode(Self.international)
        #expect(decoded.design?.title == "Café ☕ – naïve 😀 journey")
        #expect(decoded.design == reference.design)
        #expect(decoded.problems == [.unknownField("nmae", element: "persona \"zoë\"", InlineJourney.at(6, 5), suggestion: "name")])
        #expect(decoded.problems == reference.problems)
    }

    @Test("UTF-16 with an odd number of bytes is refused")
    func oddUTF16() {
        let decoded = InlineJourney.decode(bytes: [0xFF, 0xFE] + Array("journey: demo\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0x41])
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(decoded.problems.first?.location == InlineJourney.at(1, 1))
    }

    @Test("UTF-32 is refused with its name")
    func utf32() throws {
        let decoded = InlineJourney.decode(bytes: [0xFF, 0xFE, 0x00, 0x00] + [0x6A, 0, 0, 0])
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(problem.location == InlineJourney.at(1, 1))
        #expect(problem.message.contains("UTF-32"))
    }

    @Test("a UTF-8 byte-order mark is skipped and does not shift columns")
    func utf8BOM() {
        let decoded = InlineJourney.decode(bytes: [0xEF, 0xBB, 0xBF] + Array("journey: demo\ntitel: Demo\n".utf8))
        #expect(decoded.problems.contains(.unknownField("titel", element: "the journey", InlineJourney.at(2, 1), suggestion: "title")))
        #expect(decoded.design?.id == "demo")
    }

    @Test("a NUL byte in the text is refused at its place")
    func nulByte() throws {
        let decoded = InlineJourney.decode(bytes: Array("journey: demo\ntitle: a".utf8) + [0x00] + Array("b\n".utf8))
        let problem = try #require(decoded.problems.first)
        #expect(decoded.design == nil)
        #expect(decoded.problemCodes == ["FILE-ENCODING"])
        #expect(problem.location == InlineJourney.at(2, 9))
    }
}

@Suite("Nesting and expansion limits")
struct ComplexityTests {
    /// Runs `body`, returning its result and the seconds it took.
    static func timed<T>(_ body: () -> T) -> (T, Double) {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = clock.measure { result = body() }
        return (result!, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test("10,000 nested flow lists are refused as too complex at the 201st bracket, quickly")
    func deepFlow() throws {
        let text = "journey: demo\ntitle: " + InlineJourney.repeated("[", 10_000) + InlineJourney.repeated("]", 10_000) + "\n"
        let (decoded, seconds) = Self.timed { InlineJourney.decode(text) }
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        // "title: " takes 7 columns; the 201st bracket is at column 7 + 201.
        #expect(problem.location == InlineJourney.at(2, 208))
        #expect(seconds < 5)
    }

    @Test("10,000 nested flow mappings are refused as too complex")
    func deepFlowMappings() {
        let text = "journey: demo\ntitle: " + String(repeating: "{a: ", count: 10_000) + "b" + InlineJourney.repeated("}", 10_000) + "\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        #expect(decoded.problems.first?.location.line == 2)
    }

    @Test("200 nested lists are within the limit; 201 are not")
    func nestingBoundary() {
        let within = InlineJourney.decode("journey: demo\ntitle: " + InlineJourney.repeated("[", 200) + InlineJourney.repeated("]", 200) + "\n")
        #expect(within.problems == [.wrongType(field: "title", expected: "text", found: "a list", InlineJourney.at(2, 8))])
        let beyond = InlineJourney.decode("journey: demo\ntitle: " + InlineJourney.repeated("[", 201) + InlineJourney.repeated("]", 201) + "\n")
        #expect(beyond.problems.map(\.code) == ["FILE-TOO-COMPLEX"])
        #expect(beyond.problems.first?.location == InlineJourney.at(2, 208))
    }

    @Test("10,000 nested lists in a JSON file are refused as too complex")
    func deepJSON() {
        let text = #"{"journey": "demo", "title": "# + InlineJourney.repeated("[", 10_000) + InlineJourney.repeated("]", 10_000) + "}\n"
        let decoded = JourneyFile.decode(Data(text.utf8), name: "test.json")
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        // The object's brace is the first level, so the 200th bracket is one too many.
        #expect(decoded.problems.first?.location == InlineJourney.at(1, 229, file: "test.json"))
    }

    @Test("1,000 levels of block nesting are refused as too complex where the indentation passes 800")
    func deepBlock() throws {
        var lines = ["journey: demo", "title: Demo", "description:"]
        for level in 1..<1_000 { lines.append(String(repeating: "  ", count: level) + "k:") }
        lines.append(String(repeating: "  ", count: 1_000) + "k: v")
        let (decoded, seconds) = Self.timed { InlineJourney.decode(lines.joined(separator: "\n") + "\n") }
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        // Level 401 (line 404) is the first indented by more than 800 spaces.
        #expect(problem.location == InlineJourney.at(404, 801))
        #expect(seconds < 5)
    }

    @Test("1,000 nested block lists on one line (`- - - …`) are refused as too complex")
    func deepCompactBlockLists() {
        let text = "journey: demo\ntitle: Demo\ndescription:\n" + String(repeating: "- ", count: 1_000) + "x\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        #expect(decoded.problems.first?.location == InlineJourney.at(4, 801))
    }

    @Test("10,000 nested lists behind tags are refused as too complex")
    func deepTaggedFlow() {
        let text = "journey: demo\ntitle: " + String(repeating: "!!seq [", count: 10_000) + InlineJourney.repeated("]", 10_000) + "\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.design == nil)
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        #expect(decoded.problems.first?.location.line == 2)
    }

    @Test("300 nested lists behind tags or anchors (`!!seq [`, `! [`, `&x [`) are refused as too complex")
    func taggedNestingBypassesLimit() {
        for opener in ["!!seq [", "! [", "&x ["] {
            let text = "journey: demo\ntitle: " + String(repeating: opener, count: 300) + InlineJourney.repeated("]", 300) + "\n"
            let decoded = InlineJourney.decode(text)
            #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"], "opener \(opener)")
        }
    }

    @Test("a billion-laughs bomb (9 levels of 9 aliases) under a persona's goals is refused item by item, unexpanded, quickly")
    func aliasBombInGoals() throws {
        var lines = ["journey: demo", "title: Demo", "personas:", "  - id: p", "    name: P", "    goals:"]
        lines += AliasBomb.anchors().map { line in
            // "lN: &lN [...]" becomes the list item "- &lN [...]".
            "      - " + line.drop { $0 != "&" }
        }
        lines.append("      - " + AliasBomb.top())
        let (decoded, seconds) = Self.timed { InlineJourney.decode(lines.joined(separator: "\n") + "\n") }
        #expect(seconds < 5)
        // Ten items, each a list where a goal's text belongs; none is walked into.
        #expect(decoded.problems.count == 10)
        #expect(decoded.problems.allSatisfy {
            if case .wrongType(field: "goals", expected: "text", found: "a list", _, hint: nil) = $0 { true } else { false }
        })
        #expect(decoded.problems.map(\.location.line) == Array(7...16))
        #expect(decoded.design?.personas.first?.goals == [])
    }

    @Test("an alias bomb the decoder walks (stages × touchpoints × readings × evidence) ends with FILE-TOO-COMPLEX, quickly")
    func walkedAliasBomb() throws {
        let text = AliasBomb.walked(width: 20)
        #expect(text.utf8.count < 2_000)
        let (decoded, seconds) = Self.timed { InlineJourney.decode(text) }
        #expect(seconds < 5)
        #expect(decoded.design == nil)
        let last = try #require(decoded.problems.last)
        #expect(decoded.problemCodes == ["FILE-TOO-COMPLEX"])
        #expect(last.message.contains("alias"))
        // Every evidence list is the one written on line 33, the first reading.
        #expect(last.location.line == 33)
    }

    @Test("moderate use of aliases (9 × 9 × 9 × 9) stays within the budget and decodes")
    func moderateAliases() throws {
        let decoded = InlineJourney.decode(AliasBomb.walked(width: 9))
        #expect(decoded.problems.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.stages.count == 9)
        #expect(design.touchpoints.count == 81)
        #expect(design.touchpoints.allSatisfy { $0.emotions.count == 9 && $0.emotions.allSatisfy { $0.evidence.count == 9 } })
    }

    @Test("an alias inside the block it names is refused as a syntax error at the alias")
    func recursiveAlias() throws {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\npersonas: &a\n  - *a\n")
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-SYNTAX"])
        #expect(problem.location == InlineJourney.at(4, 5))
        #expect(problem.message.contains("alias"))
    }

    @Test("a mapping that aliases itself is refused as a syntax error")
    func recursiveMappingAlias() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nvalue: &v {statement: *v}\n")
        #expect(decoded.design == nil)
        #expect(decoded.problemCodes == ["FILE-SYNTAX"])
        #expect(decoded.problems.first?.location == InlineJourney.at(3, 23))
    }

    @Test("an alias to an anchor never defined is a syntax error at the alias")
    func undefinedAlias() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: *nowhere\n")
        #expect(decoded.problemCodes == ["FILE-SYNTAX"])
        #expect(decoded.problems.first?.location == InlineJourney.at(2, 8))
    }

    @Test("a 16 MiB title is read whole")
    func hugeScalar() throws {
        let size = 16 * 1024 * 1024
        let text = "journey: demo\ntitle: " + InlineJourney.repeated("a", size) + "\n"
        let (decoded, seconds) = Self.timed { InlineJourney.decode(text) }
        #expect(decoded.problems.isEmpty)
        let design = try #require(decoded.design)
        #expect(design.title.utf8.count == size)
        #expect(design.title.allSatisfy { $0 == "a" })
        #expect(seconds < 60)
    }

    @Test("a 16 MiB quoted score is refused with a short message at its place")
    func hugeScalarAsScore() throws {
        let size = 16 * 1024 * 1024
        let text = InlineJourney.journey(touchpointLines: ["emotions: {anna: \"" + InlineJourney.repeated("9", size) + "\"}"])
        let decoded = InlineJourney.decode(text)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problemCodes == ["FILE-WRONG-TYPE"])
        #expect(problem.location == InlineJourney.at(12, 26))
        #expect(problem.description.utf8.count < 300)
    }
}
