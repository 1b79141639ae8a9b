import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import JourneyValidation
import Testing

/// STRUCT-MAIN-PATH-SHORT: a loop or an early exit listed first cuts the main path short, and
/// every picture then reads a fraction of the journey as the usual one.
@Suite("Main path covers the journey")
struct MainPathRuleTests {
    static let rule = "STRUCT-MAIN-PATH-SHORT"

    static func journey(_ check: String) -> String {
        """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: fill, title: Fill in, emotions: {anna: 3}}
              - {id: upload, title: Upload, emotions: {anna: 3}}
              - {id: check, title: Check, \(check), emotions: {anna: 3}}
              - {id: pay, title: Pay, emotions: {anna: 3}}
              - {id: wait, title: Wait, emotions: {anna: 3}}
              - {id: letter, title: Letter, emotions: {anna: 3}}
              - {id: archive, title: Archive, emotions: {anna: 3}}
              - {id: done, title: Done, end: true, emotions: {anna: 3}}
              - {id: gave-up, title: Gave up, end: true, emotions: {anna: 1}}

        """
    }

    @Test("a loop listed first: the finding names where the path stops, where it leads back, and the way on to list first")
    func loopFirst() throws {
        let found = try RuleHarness.findings(of: Self.rule, in: Self.journey("branches: [{if: incomplete, to: fill}, {if: complete, to: pay}, {if: gives up, to: gave-up}]"))
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("covers 3 of 9 touchpoints"))
        #expect(finding.message.contains("stops at \"check\", whose first way on leads back to \"fill\""))
        #expect(finding.hint?.contains("list the way on to \"pay\" first at \"check\"") == true, "\(finding.hint ?? "")")
        #expect(finding.location?.line == 11)
    }

    @Test("an early exit listed first: the finding names the end and the decision to reorder")
    func exitFirst() throws {
        let found = try RuleHarness.findings(of: Self.rule, in: Self.journey("branches: [{if: gives up, to: gave-up}, {if: complete, to: pay}]"))
        let finding = try #require(found.first)
        #expect(finding.message.contains("covers 4 of 9 touchpoints: it stops at \"gave-up\", an end reached early"), "\(finding.message)")
        #expect(finding.hint?.contains("at \"check\", list the usual branch first") == true, "\(finding.hint ?? "")")
    }

    @Test("the usual branch first: no finding")
    func usualFirst() throws {
        #expect(try RuleHarness.findings(of: Self.rule, in: Self.journey("branches: [{if: complete, to: pay}, {if: incomplete, to: fill}, {if: gives up, to: gave-up}]")).isEmpty)
    }

    @Test("no sample has the finding")
    func samples() throws {
        var checked = 0
        for url in TestPaths.sampleFiles where url.pathExtension == "yaml" {
            let design = try JourneyFile.load(String(decoding: try Data(contentsOf: url), as: UTF8.self), name: url.lastPathComponent)
            var configuration = ValidationConfiguration()
            configuration.enabled.insert(Self.rule)
            let found = Validator(configuration: configuration).validate(design, today: RuleHarness.today).diagnostics.filter { $0.ruleID == Self.rule }
            #expect(found.isEmpty, "\(url.lastPathComponent): \(found.map(\.message))")
            checked += 1
        }
        #expect(checked >= 3)
    }
}
