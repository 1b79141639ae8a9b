import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// The design's `language`: a BCP 47 tag, read and written in YAML, JSON and XML.
@Suite("Language field")
struct LanguageFieldTests {
    static let yaml = """
        journey: permit
        title: Aufenthaltserlaubnis
        language: de-AT
        stages:
          - id: apply
            name: Antrag
            touchpoints:
              - id: form
                title: Formular ausfüllen
        """

    @Test("well-formed tags pass, others do not", arguments: [
        ("de", true), ("en-GB", true), ("ja", true), ("zh-Hant-TW", true), ("sr-Latn-RS", true), ("es-419", true),
        ("de-CH-1996", true), ("en-US-x-twain", true), ("x-klingon", true), ("EN-gb", true), ("en-a-bbb-x-a-ccc", true),
        ("", false), ("de_DE", false), ("German", true), ("e", false), ("de-", false), ("-de", false), ("de--AT", false),
        ("en-GB-toolongsubtag", false), ("12", false), ("de DE", false), ("de-x", false), ("en-a", false), ("ja-JP-ü", false),
    ])
    func wellFormed(_ tag: String, _ expected: Bool) {
        #expect(LanguageTag.isWellFormed(tag) == expected, "\(tag)")
    }

    @Test("the language goes through YAML, JSON and XML unchanged", arguments: [JourneyFormat.yaml, .json, .xml])
    func roundTrip(_ format: JourneyFormat) throws {
        let design = try JourneyFile.load(Self.yaml)
        #expect(design.language == "de-AT")
        let text = JourneyFile.encode(design, as: format)
        let again = try JourneyFile.load(Data(text.utf8), name: "again", format: format)
        #expect(again.language == "de-AT", "\(text)")
        #expect(again == design || format != .yaml)
    }

    @Test("a malformed tag is an error at its place, with the fix for an underscore")
    func malformed() throws {
        let text = Self.yaml.replacingOccurrences(of: "language: de-AT", with: "language: de_AT")
        let decoded = JourneyFile.decode(Data(text.utf8), name: "bad.yaml")
        let problem = try #require(decoded.problems.first)
        #expect(problem.code == "FILE-INVALID-VALUE")
        #expect(problem.location.line == 3)
        #expect(problem.message.contains("BCP 47"))
        #expect(problem.hint?.contains("de-AT") == true, "\(problem.hint ?? "")")
    }

    @Test("without the field there is no language")
    func absent() throws {
        let design = try JourneyFile.load(Self.yaml.replacingOccurrences(of: "language: de-AT\n", with: ""))
        #expect(design.language == nil)
    }
}
