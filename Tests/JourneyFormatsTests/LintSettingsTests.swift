import Foundation
import JourneyFormats
import JourneyKit
import Testing

@Suite("Lint settings files")
struct LintSettingsTests {
    func decode(_ text: String) -> (LintSettings?, [FileProblem]) {
        LintSettings.decode(Data(text.utf8), name: ".journeylint.yaml")
    }

    @Test("every setting is read, with the place of each rule line")
    func full() throws {
        let (settings, problems) = decode("""
            profile: iso24082
            strict: true
            rules:
              DFES-5.3-04: off
              DFES-4.4-02: error
            thresholds: {delight: 1.5, negative: -0.5, staleResearchMonths: 12}
            today: 2026-11-23
            clauses:
              DFES-5.5-DAT-01: {clause: "5.5.3", confidence: confirmed}
            """)
        #expect(problems.isEmpty, "\(problems)")
        let s = try #require(settings)
        #expect(s.profile == "iso24082")
        #expect(s.strict == true)
        #expect(s.rules.map(\.rule) == ["DFES-5.3-04", "DFES-4.4-02"])
        #expect(s.rules.map(\.value) == ["off", "error"])
        #expect(s.rules.map(\.location.line) == [4, 5])
        #expect(s.delight == 1.5)
        #expect(s.negative == -0.5)
        #expect(s.staleResearchMonths == 12)
        #expect(s.today == CalendarDate(year: 2026, month: 11, day: 23))
        #expect(s.clauses.first?.clause == "5.5.3")
        #expect(s.clauses.first?.confidence == "confirmed")
    }

    @Test("an empty file means the defaults")
    func empty() {
        let (settings, problems) = decode("# nothing here\n")
        #expect(problems.isEmpty)
        #expect(settings == LintSettings())
    }

    @Test("a wrong profile, rule value, threshold and unknown field are each reported with their line")
    func problems() {
        let (_, problems) = decode("""
            profile: everything
            rules:
              DFES-5.3-04: maybe
            thresholds: {delight: 5}
            colour: true
            """)
        let lines = problems.map { $0.location.line }
        #expect(problems.count == 4, "\(problems)")
        #expect(lines.contains(1) && lines.contains(3) && lines.contains(4) && lines.contains(5))
        #expect(problems.contains { $0.message.contains("everything") })
        #expect(problems.contains { $0.message.contains("maybe") })
    }

    @Test("a settings file that is not YAML is a syntax problem with its place")
    func syntax() {
        let (settings, problems) = decode("rules: [unclosed\n")
        #expect(settings == nil)
        #expect(problems.first?.code == "FILE-SYNTAX")
        #expect(problems.first?.location.file == ".journeylint.yaml")
    }
}
