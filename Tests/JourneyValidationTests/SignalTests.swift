import Foundation
import JourneyFormats
import JourneyKit
import JourneyValidation
import Testing

/// What makes the validator's findings worth acting on: profiles by purpose, one finding per
/// idea, findings a file problem explains held back, rules that fire where they mean something,
/// and the basis on every line.
@Suite("Validator signal")
struct SignalTests {
    /// Two personas with different needs, three stages; no process records, no value.
    static let draft = """
        journey: j
        title: Test
        personas:
          - {id: anna, name: Anna Lind, needs: [Quick answers], expectations: [A call back], desires: [Be known]}
          - {id: ben, name: Ben Okafor, needs: [Plain words], expectations: [A letter], desires: [Feel safe]}
        stages:
          - id: s1
            name: One
            touchpoints:
              - {id: a, title: Calls the helpline, emotions: {anna: 3, ben: 3}}
              - {id: b, title: Gets a reference number, emotions: {anna: 3}}
          - id: s2
            name: Two
            touchpoints:
              - {id: c, title: Reads the letter, emotions: {anna: 4}}
              - {id: d, title: Pays online, emotions: {anna: 4}}

        """

    static func validate(
        _ yaml: String, profile: ValidationConfiguration.Profile = .design, grouped: Bool = true
    ) throws -> ValidationResult {
        let decoded = JourneyFile.decode(Data(yaml.utf8), name: "test.yaml")
        let design = try #require(decoded.design, "\(decoded.problems)")
        var configuration = ValidationConfiguration(profile: profile)
        configuration.groupsFindings = grouped
        return Validator(configuration: configuration)
            .validate(design, today: RuleHarness.today, fileProblems: decoded.problems.map(\.location))
    }

    @Test("several findings of one rule are one, with every place as a note; ungrouped, one per place")
    func groupsFindingsOfOneRule() throws {
        let grouped = try Self.validate(Self.draft).diagnostics.filter { $0.ruleID == "DFES-4.2-01" }
        #expect(grouped.count == 1)
        let finding = try #require(grouped.first)
        #expect(finding.message == "3 customer-facing touchpoints have no emotion score for a persona they serve")
        #expect(finding.notes.map(\.message) == [
            "touchpoint \"b\" has no emotion score for persona \"ben\"",
            "touchpoint \"c\" has no emotion score for persona \"ben\"",
            "touchpoint \"d\" has no emotion score for persona \"ben\"",
        ])
        #expect(finding.notes.map { $0.location?.line } == [11, 15, 16])
        #expect(finding.location == finding.notes.first?.location)

        let apart = try Self.validate(Self.draft, grouped: false).diagnostics.filter { $0.ruleID == "DFES-4.2-01" }
        #expect(apart.map(\.element) == ["b", "c", "d"])
    }

    @Test("structural findings are never grouped: each is a problem of its own")
    func structuralFindingsStayApart() throws {
        let yaml = Self.draft.replacingOccurrences(of: "{id: c, title: Reads the letter,", with: "{id: c, title: Reads the letter, next: [nowhere, elsewhere],")
        let dangling = try Self.validate(yaml).diagnostics.filter { $0.ruleID == "STRUCT-DANGLING-REF" }
        #expect(dangling.count == 2)
    }

    @Test("the design profile leaves process records to one note; audit reports each, without the note")
    func profilesByPurpose() throws {
        let design = try Self.validate(Self.draft).diagnostics.map(\.ruleID)
        for processRule in ["DFES-4.4-01", "DFES-5.2-01", "DFES-5.3-02", "DFES-5.3-03", "DFES-5.1-02"] {
            #expect(!design.contains(processRule), "\(processRule) ran while designing")
        }
        #expect(design.filter { $0 == "DFES-5.1-01" }.count == 1)
        let note = try #require(try Self.validate(Self.draft).diagnostics.first { $0.ruleID == "DFES-5.1-01" })
        #expect(note.severity == .info)
        #expect(note.message.contains("a project record (5.2), research on the personas (5.3), co-creation sessions with customers (4.4) and prototype tests (5.6+)"))

        let audit = try Self.validate(Self.draft, profile: .audit).diagnostics
        for processRule in ["DFES-4.4-01", "DFES-5.2-01", "DFES-5.3-02", "DFES-5.3-03", "DFES-5.1-02"] {
            #expect(audit.contains { $0.ruleID == processRule }, "\(processRule) did not run in the audit")
        }
        #expect(!audit.contains { $0.ruleID == "DFES-5.1-01" })
        #expect(audit.first { $0.ruleID == "DFES-5.2-01" }?.severity == .error)
        // `all` is the old name of `audit`.
        #expect(try Self.validate(Self.draft, profile: .all).diagnostics == audit)
    }

    @Test("research-backed emotion is one finding per persona, naming the stages, not one per stage and persona")
    func empathyOncePerPersona() throws {
        let findings = try Self.validate(Self.draft, profile: .audit, grouped: false).diagnostics.filter { $0.ruleID == "DFES-5.3-03" }
        #expect(findings.map(\.message) == [
            "persona \"anna\" has no observed emotion or research-backed pain point in any stage",
            "persona \"ben\" has no observed emotion or research-backed pain point in any stage",
        ])
    }

    @Test("a misspelt field is reported once, as the file problem, not again as a missing emotion score")
    func fileProblemHoldsBackItsFindings() throws {
        let yaml = Self.draft.replacingOccurrences(of: "{id: b, title: Gets a reference number, emotions: {anna: 3}}", with: "{id: b, title: Gets a reference number, emotion: {anna: 3, ben: 2}}")
        let result = try Self.validate(yaml, grouped: false)
        let scores = result.diagnostics.filter { $0.ruleID == "DFES-4.2-01" }.compactMap(\.element)
        #expect(!scores.contains("b"))
        #expect(scores.contains("c"))
        #expect(result.heldBack >= 1)
    }

    @Test("a misspelt field of the journey itself holds back the findings about the design as a whole")
    func topLevelProblemHoldsBackDesignFindings() throws {
        let yaml = Self.draft.replacingOccurrences(of: "title: Test\n", with: "title: Test\nvalu:\n  statement: We answer the first time\n")
        let result = try Self.validate(yaml)
        #expect(!result.diagnostics.contains { $0.ruleID == "DFES-4.5-01" }, "the value proposition may be the misspelt field")
        #expect(result.diagnostics.contains { $0.ruleID == "DFES-4.2-01" }, "findings about elements stay")
        #expect(result.heldBack > 0)
    }

    @Test("a research study with an impossible date holds back the finding that the persona's research is incomplete")
    func badDateHoldsBackResearchFinding() throws {
        let yaml = Self.draft + """
            evidence:
              research:
                - {id: calls, method: Listening to calls, date: 2026-02-30, sampleSize: 20, personas: [anna, ben]}

            """
        let decoded = JourneyFile.decode(Data(yaml.utf8), name: "test.yaml")
        #expect(decoded.problems.contains { $0.code == "FILE-INVALID-VALUE" || $0.code == "FILE-WRONG-TYPE" })
        let result = try Self.validate(yaml, profile: .audit)
        #expect(!result.diagnostics.contains { $0.ruleID == "DFES-5.3-02" })
        #expect(result.heldBack >= 1)
    }

    @Test("one cause, one finding: no value proposition is DFES-4.5-01 alone; a moment of truth without a target DOC-03 alone")
    func overlappingRulesDoNotBothFire() throws {
        let yaml = Self.draft.replacingOccurrences(of: "{id: d, title: Pays online,", with: "{id: d, title: Pays online, momentOfTruth: {owner: Lead},")
        let ids = try Self.validate(yaml).diagnostics.map(\.ruleID)
        #expect(ids.contains("DFES-4.5-01"))
        #expect(!ids.contains("DFES-5.4-02"))
        #expect(ids.contains("DFES-5.5-DOC-03"))
        #expect(!ids.contains("DFES-5.5-EMO-02"))
        // No emotional touchpoint at all: EMO-01 says so; EMO-03 (of which kind) waits.
        #expect(ids.contains("DFES-5.5-EMO-01"))
        #expect(!ids.contains("DFES-5.5-EMO-03"))
    }

    @Test("adaptation is asked for only where the personas' needs differ at that touchpoint")
    func adaptationWhereNeedsDiffer() throws {
        // Both personas at one touchpoint, different needs in general, nothing that differs there.
        let same = """
            journey: j
            title: Test
            personas:
              - {id: anna, name: Anna Lind, needs: [Quick answers], desires: [Be known]}
              - {id: ben, name: Ben Okafor, needs: [Plain words], desires: [Feel safe]}
            stages:
              - id: s1
                name: One
                touchpoints:
                  - {id: a, title: Opens the website, emotions: {anna: 3, ben: 4}}

            """
        #expect(try Self.validate(same).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }.isEmpty)

        // They feel far apart there: one below, one above neutral.
        let apart = same.replacingOccurrences(of: "emotions: {anna: 3, ben: 4}", with: "emotions: {anna: 1, ben: 4}")
        let found = try Self.validate(apart).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }
        #expect(found.map(\.message) == ["touchpoint \"a\" serves personas \"anna\" and \"ben\", whose needs differ there, but says nothing of how it adapts"])

        // A pain point there hurts one of them.
        let pain = same + """
            painPoints:
              - {id: jargon, title: Jargon on the first page, touchpoints: [a], personas: [ben]}

            """
        #expect(try Self.validate(pain).diagnostics.contains { $0.ruleID == "DFES-4.3-01" })

        // A need that shares a word with the title is no difference the design shows there.
        let topic = same.replacingOccurrences(of: "needs: [Plain words]", with: "needs: [A website that works on a phone]")
        #expect(try Self.validate(topic).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }.isEmpty)
        // A small gap across neutral is no difference either: 2 and 3 on 1–5.
        let close = same.replacingOccurrences(of: "emotions: {anna: 3, ben: 4}", with: "emotions: {anna: 2, ben: 3}")
        #expect(try Self.validate(close).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }.isEmpty)

        // An adaptation that says nothing persona-specific is no adaptation.
        let empty = apart.replacingOccurrences(of: "{id: a, title: Opens the website,", with: "{id: a, title: Opens the website, adaptation: The choice itself is the adaptation,")
        let hollow = try Self.validate(empty).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }
        #expect(hollow.map(\.message) == ["the adaptation of touchpoint \"a\" says nothing specific to personas \"anna\" and \"ben\", whose needs differ there"])
        let repeated = apart.replacingOccurrences(of: "{id: a, title: Opens the website,", with: "{id: a, title: Opens the website, adaptation: Opens the website,")
        #expect(try Self.validate(repeated).diagnostics.contains { $0.ruleID == "DFES-4.3-01" })

        // One that says what changes for whom passes.
        let real = apart.replacingOccurrences(of: "{id: a, title: Opens the website,", with: "{id: a, title: Opens the website, adaptation: Ben gets the plain-language page first,")
        #expect(try Self.validate(real).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }.isEmpty)
        let conditional = apart.replacingOccurrences(of: "{id: a, title: Opens the website,", with: "{id: a, title: Opens the website, adaptation: Returning visitors see their open case when they arrive,")
        #expect(try Self.validate(conditional).diagnostics.filter { $0.ruleID == "DFES-4.3-01" }.isEmpty)
    }

    @Test("the core proposition is asked of the journey once, not of every stage")
    func coreOncePerJourney() throws {
        let findings = try Self.validate(Self.draft).diagnostics.filter { $0.ruleID == "SE-PYR-L1-01" }
        #expect(findings.map(\.message).sorted() == [
            "no touchpoint is marked as delivering the core proposition", "the service states no core proposition",
        ])
        let marked = Self.draft.replacingOccurrences(of: "{id: c, title: Reads the letter,", with: "{id: c, title: Reads the letter, core: true,")
        #expect(try Self.validate(marked).diagnostics.filter { $0.ruleID == "SE-PYR-L1-01" }.count == 1)
    }

    @Test("every finding of the standards' rules ends with its basis; heuristic ones say so")
    func everyLineNamesItsBasis() throws {
        let result = try Self.validate(Self.draft, profile: .audit)
        for diagnostic in result.diagnostics where RuleFamily(ruleID: diagnostic.ruleID) != .structural {
            let rule = try #require(RuleCatalogue.standard.rule(diagnostic.ruleID))
            let basis = try #require(rule.provenance)
            #expect(diagnostic.fullMessage.hasSuffix("(\(basis))"), "\(diagnostic.fullMessage)")
            if rule.basis == .heuristic { #expect(diagnostic.fullMessage.contains("(heuristic: ")) }
        }
        let peakEnd = try #require(RuleCatalogue.standard.rule("DFES-4.2-03"))
        #expect(peakEnd.provenance == "heuristic: the peak-end rule, under ISO/TS 24082 4.2")
        #expect(RuleCatalogue.standard.rule("DFES-5.6+-TST-01")?.provenance?.hasSuffix("under ISO/TS 24082 5.6+, clause not known") == true)
        #expect(RuleCatalogue.standard.rule("SE-7.4.2-01")?.provenance?.hasSuffix("under ISO 23592 7.4.2, number not confirmed") == true)
        #expect(RuleCatalogue.standard.rule("DFES-5.3-01")?.provenance == "ISO/TS 24082 5.3, inferred")
    }
}
