import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// Values of the right place but not right: a null where a score or a label's name belongs,
/// an impossible date, numbers that are not finite or not whole. Each is an error with the
/// value as written and at its line; the rest of the file is still read.
@Suite("Values the reader refuses: nulls under emotions and labels, dates, numbers")
struct ValueProblemTests {
    // MARK: A null where the line promises a value

    @Test("`anna: ~` under emotions is an error at its line, and no reading is made", arguments: ["~", "null", "NULL", ""])
    func nullScore(_ null: String) throws {
        let text = InlineJourney.journey(touchpointLines: ["emotions:", "  anna: \(null)"])
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems == [
            .invalidValue(field: "emotions.anna", value: null, reason: "there is no score for anna; give a score, or remove the line",
                InlineJourney.at(13, 11), suggestion: nil),
        ])
        #expect(decoded.problems.first?.code == "FILE-INVALID-VALUE")
        let touchpoint = try #require(decoded.design?.touchpoints.first)
        #expect(touchpoint.emotions.isEmpty)
    }

    @Test("a null score beside real ones: only that persona's line is reported")
    func nullScoreBesideOthers() throws {
        let text = """
            journey: demo
            title: Demo
            personas: [{id: anna, name: Anna}, {id: ben, name: Ben}]
            stages:
              - id: visit
                name: Visit
                touchpoints:
                  - {id: web, title: Website, emotions: {anna: 4, ben: ~}}

            """
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.map(\.location.line) == [8])
        #expect(decoded.problems.first?.message.contains("no score for ben") == true)
        #expect(decoded.design?.touchpoints.first?.emotions.map(\.persona) == [PersonaID("anna")])
    }

    @Test("`\"anna\": null` in a JSON file is the same error")
    func nullScoreInJSON() {
        let text = """
            {"journey": "demo", "title": "Demo", "personas": [{"id": "anna", "name": "Anna"}],
             "stages": [{"id": "visit", "name": "Visit", "touchpoints": [
               {"id": "web", "title": "Website", "emotions": {"anna": null}}]}]}
            """
        let decoded = InlineJourney.decode(text, name: "t.json")
        #expect(decoded.problems.map(\.code) == ["FILE-INVALID-VALUE"])
        #expect(decoded.problems.first?.location == InlineJourney.at(3, 51, file: "t.json"))
    }

    @Test("`emotions: ~` as a whole is still absent, not an error")
    func nullEmotionsBlock() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions: ~"]))
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.touchpoints.first?.emotions.isEmpty == true)
    }

    @Test("`0: ~` under labels is an error at its line; the other labels are read", arguments: ["~", "null"])
    func nullLabel(_ null: String) throws {
        let text = "journey: demo\ntitle: Demo\nscale:\n  labels:\n    -2: Angry\n    0: \(null)\n    2: Delighted\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems == [
            .invalidValue(field: "labels.0", value: null, reason: "the point 0 has no name; give it one, or remove the line",
                InlineJourney.at(6, 5), suggestion: nil),
        ])
        let labels = try #require(decoded.design?.scale.labels)
        #expect(labels.map(\.score) == [-2, 2])
        #expect(labels.map(\.text) == ["Angry", "Delighted"])
    }

    @Test("a label written \"~\" in quotes names the point \"~\"")
    func quotedTildeLabel() throws {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nscale: {labels: {0: \"~\"}}\n")
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.scale.labels.map(\.text) == ["~"])
    }

    // MARK: Dates

    @Test("an impossible date says what is impossible about it", arguments: [
        ("2026-02-30", "there is no February 30 in 2026; February 2026 has 28 days"),
        ("2025-02-29", "there is no February 29 in 2025; February 2025 has 28 days"),
        ("2026-04-31", "there is no April 31 in 2026; April 2026 has 30 days"),
        ("2026-13-01", "there is no month 13; months run from 01 to 12"),
        ("2026-13", "there is no month 13; months run from 01 to 12"),
        ("2026-03-00", "days run from 01 to 31"),
        ("2026-3-1", "a date is written YYYY-MM-DD or YYYY-MM"),
    ])
    func impossibleDate(_ date: String, _ reason: String) {
        let text = "journey: demo\ntitle: Demo\nevidence:\n  research:\n    - id: r\n      method: Talks\n      date: \(date)\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems == [.invalidValue(field: "date", value: date, reason: reason, InlineJourney.at(7, 13), suggestion: nil)])
        #expect(decoded.design?.evidence.research.first?.date == nil)
    }

    @Test("29 February of a leap year and a month alone are dates")
    func realDates() throws {
        let text = "journey: demo\ntitle: Demo\nevidence:\n  research:\n    - {id: a, method: Talks, date: 2024-02-29}\n    - {id: b, method: Talks, date: 2026-03}\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.evidence.research.map(\.date) == [CalendarDate(year: 2024, month: 2, day: 29), CalendarDate(year: 2026, month: 3)])
    }

    // MARK: Whole numbers

    @Test("a whole number may be written with a zero fraction or an exponent", arguments: [("12", 12), ("12.0", 12), ("1.2e1", 12), ("+12", 12), ("0", 0)])
    func wholeNumbers(_ written: String, _ value: Int) {
        let text = "journey: demo\ntitle: Demo\nevidence:\n  research:\n    - {id: r, method: Talks, sampleSize: \(written)}\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.evidence.research.first?.sampleSize == value)
    }

    @Test("not a whole number: a fraction, text, or too large for an Int", arguments: [
        ("12.5", "FILE-WRONG-TYPE"), ("\"12\"", "FILE-WRONG-TYPE"), ("0x0C", "FILE-WRONG-TYPE"), (".inf", "FILE-WRONG-TYPE"),
        ("9223372036854775808", "FILE-INVALID-VALUE"), ("1e300", "FILE-INVALID-VALUE"), ("1e400", "FILE-INVALID-VALUE"),
    ])
    func notWholeNumbers(_ written: String, _ code: String) {
        let text = "journey: demo\ntitle: Demo\nevidence:\n  research:\n    - id: r\n      method: Talks\n      sampleSize: \(written)\n"
        let decoded = InlineJourney.decode(text)
        #expect(decoded.problems.map(\.code) == [code])
        #expect(decoded.problems.first?.location == InlineJourney.at(7, 19))
        #expect(decoded.design?.evidence.research.first?.sampleSize == nil)
    }

    @Test("pyramid levels read 2.0 as 2 and refuse 2.5")
    func levels() {
        let decoded = InlineJourney.decode("journey: demo\ntitle: Demo\nproject: {levels: [2.0, 3, 2.5]}\n")
        #expect(decoded.design?.project?.pyramidLevels == [2, 3])
        #expect(decoded.problems.map(\.code) == ["FILE-WRONG-TYPE"])
        #expect(decoded.problems.first?.location == InlineJourney.at(3, 28))
    }

    // MARK: Numbers

    @Test("infinity and NaN as a score are refused with a reason, not as text", arguments: [".inf", "-.Inf", ".nan", ".NaN", "inf", "nan"])
    func nonFiniteSpellings(_ score: String) {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions: {anna: \(score)}"]))
        #expect(decoded.problems == [
            .invalidValue(field: "emotions.anna", value: score, reason: "a number here must be finite; write a plain number such as 4",
                InlineJourney.at(12, 26), suggestion: nil),
        ])
    }

    @Test("hexadecimal is text where a number belongs, as YAML 1.2 and the JSON Schema read it")
    func hexadecimalIsText() {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions: {anna: 0x4}"]))
        #expect(decoded.problems == [
            .wrongType(field: "emotions.anna", expected: "a score from 1 to 5", found: "the text \"0x4\"", InlineJourney.at(12, 26),
                hint: "write a number from 1 to 5 (3 is neutral); to name the points of the scale, add `labels:` under `scale:`"),
        ])
    }

    @Test("decimal numbers in every YAML 1.2 spelling are read", arguments: [("4", 4.0), ("-2", -2), ("+3.5", 3.5), (".5", 0.5), ("5.", 5), ("1e0", 1), ("2.5E-1", 0.25)])
    func decimalSpellings(_ written: String, _ value: Double) {
        let decoded = InlineJourney.decode(InlineJourney.journey(touchpointLines: ["emotions: {anna: \(written)}"]))
        #expect(decoded.problems.isEmpty)
        #expect(decoded.design?.touchpoints.first?.emotions.first?.score == value)
    }
}
