import Foundation
import JourneyFormats
import JourneyKit
import Testing

/// One fixture per CJML producer, written the way that producer's code writes CJML (see
/// `Tests/Fixtures/cjml/README.md`): each imports with warnings that name their lines, or, when
/// the producer writes XML that is not well-formed, fails with the line of the first fault.
@Suite("CJML dialects")
struct CJMLDialectTests {
    @Test("every importable fixture imports without problems; each warning is FILE-TOLERATED with a line", arguments: CJMLFixture.importable)
    func importsWithWarnings(_ name: String) throws {
        let decoded = try CJMLFixture.decode(name)
        #expect(decoded.problems == [], "\(decoded.problems)")
        #expect(decoded.design != nil)
        #expect(!decoded.warnings.isEmpty)
        for warning in decoded.warnings {
            #expect(warning.code == "FILE-TOLERATED")
            #expect(warning.location.file == name)
            #expect(warning.location.line >= 1 && warning.location.column >= 1)
            #expect(!warning.message.isEmpty)
        }
    }

    @Test("the official cjml.no sample shape: Company A becomes an id, the dangling Bookis an added actor")
    func officialSample() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.officialSample)
        #expect(decoded.warningLines == [
            "22:24: the actorID \"Company A\" has spaces, but an id is one word; read as \"company-a\"",
            "47:21: the actor \"Bookis\" is not declared in <actors>; it was added as a service provider so that the journey stays whole",
        ])
        let design = try #require(decoded.design)
        #expect(design.id == "PJ1")
        #expect(design.title == "Buying a book online")
        #expect(design.kind == .planned)
        #expect(design.summary == "A customer orders a book and picks it up")
        #expect(design.description?.hasPrefix("The planned journey for a web order") == true)
        #expect(design.stages.map(\.id) == ["P1", "P2"])
        #expect(design.stages.map(\.name) == ["Ordering", "Delivery"])
        #expect(design.stages.first?.description == "The customer finds the book and orders it")
        #expect(design.actors.map(\.id) == ["Customer", "company-a", "Bookis"])
        #expect(design.actors.map(\.kind) == [.customer, .employee, .employee])
        #expect(design.actors[1].name == "Company A")
        #expect(design.actors[1].description == "Online bookstore")
        #expect(design.personas.map(\.id) == ["Customer"])
        #expect(design.touchpoints.map(\.id) == ["T1", "T2", "T3", "T4", "T5"])
        #expect(design.touchpoints.map(\.kind) == [.action, .communication, .communication, .communication, .action])
        #expect(design.touchpoints.map(\.stage) == ["P1", "P1", "P1", "P2", "P2"])
        #expect(design.touchpoints.map(\.channel) == [.web, .web, .email, .sms, .store])

        let order = try #require(design.touchpoint("T2"))
        #expect(order.title == "Orders and pays")
        #expect(order.initiator == "Customer")
        #expect(order.receiver == "Bookis")
        #expect(order.receiverLabel == "Receives the order")
        #expect(order.description == "Payment by card or invoice")
        #expect(order.emotions == [EmotionReading(persona: "Customer", score: 4, thought: "Quick and simple", basis: .target)])
        #expect(design.touchpoint("T3")?.initiator == "company-a")
        #expect(design.touchpoint("T4")?.emotions.map(\.score) == [5])
        #expect(design.touchpoint("T1")?.emotions == [])
        #expect(design.touchpoints.allSatisfy { $0.compliance == nil && $0.times == nil })
    }

    @Test("CJMLExcel: stray spaces in phaseID, empty phaseIDref, receiver first, D3 as an ad hoc step")
    func cjmlExcel() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.cjmlExcel)
        #expect(decoded.warningLines(containing: "spaces around the value") == [7])
        #expect(decoded.warningLines(containing: "journeyStatus \"Completed\"") == [18])
        #expect(decoded.warningLines(containing: "<receiver> comes before <initiator> in 4 touchpoints") == [29])
        #expect(decoded.warningLines(containing: "empty phaseIDref") == [56])
        #expect(decoded.warningLines(containing: "\"D3\" has a deviation id") == [74])
        #expect(decoded.warnings.count == 5, "\(decoded.warningLines)")

        let design = try #require(decoded.design)
        #expect(design.id == "AJ1")
        #expect(design.title == "Renewing a prescription")
        #expect(design.kind == .actual)
        #expect(design.plannedJourney == "PJ1")
        #expect(design.status == nil)
        #expect(design.summary == "Kari renews her blood pressure prescription")
        #expect(design.stages.map(\.id) == ["Contact", "unphased", "Pickup"])
        #expect(design.stages.map(\.name) == ["Contact", "Not in a phase", "Pickup"])
        #expect(design.actors.map(\.id) == ["Patient", "GPOffice", "Pharmacy"])
        #expect(design.actors.map(\.kind) == [.customer, .employee, .employee])
        // CJMLExcel writes display names only in comments, which are not read.
        #expect(design.actors.map(\.name) == ["Patient", "GPOffice", "Pharmacy"])
        #expect(design.personas.map(\.id) == ["Patient"])

        #expect(design.touchpoints.map(\.id) == ["T1", "1", "T3", "D3", "T5"])
        #expect(design.touchpoints.map(\.kind) == [.communication, .action, .communication, .communication, .communication])
        #expect(design.touchpoints.map(\.stage) == ["Contact", "Contact", "unphased", "Pickup", "Pickup"])
        #expect(design.touchpoints.map(\.compliance) == [nil, nil, nil, .adhoc, nil])
        #expect(design.touchpoints.map(\.channel) == [.web, nil, .sms, .inPerson, .inPerson])

        let first = try #require(design.touchpoint("T1"))
        #expect(first.title == "Requests a renewal")
        #expect(first.initiator == "Patient")
        #expect(first.receiver == "GPOffice")
        #expect(first.receiverLabel == "Receives the request")
        #expect(first.description == "Via the Helsenorge portal")
        #expect(first.times == TouchpointTimes(originated: "2024-02-12 08:14", received: "2024-02-12 08:14"))
        #expect(first.emotions == [EmotionReading(persona: "Patient", score: 4, thought: "Easy to find the form", basis: .observed)])
        #expect(design.touchpoint("1")?.initiator == "GPOffice")
        #expect(design.touchpoint("1")?.receiver == nil)
        #expect(design.touchpoint("T3")?.times == TouchpointTimes(originated: "2024-02-13 11:02", consumed: "2024-02-13 17:40"))
        #expect(design.touchpoint("T3")?.description == nil)
        // An empty experienceRating is no experience; CJMLExcel writes none for actions.
        #expect(design.touchpoint("T3")?.emotions == [])
        #expect(design.touchpoint("1")?.emotions == [])
        #expect(design.touchpoint("D3")?.emotions.map(\.score) == [1])
        // The receiver is the end user: the experience is the patient's.
        #expect(design.touchpoint("T5")?.emotions.map(\.persona) == ["Patient"])
    }

    @Test("CJMLExcel with an unescaped & in a label: not well-formed, the error names its line")
    func cjmlExcelAmpersand() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.cjmlExcelAmpersand)
        #expect(decoded.design == nil)
        let problem = try #require(decoded.problems.first)
        #expect(decoded.problems.count == 1)
        #expect(problem.code == "FILE-SYNTAX")
        #expect(problem.location.line == 35)
        #expect(problem.location.file == CJMLFixture.cjmlExcelAmpersand)
        #expect(problem.message.contains("&amp;"))
    }

    @Test("UIOMaster planned journey: one line, a journey name as id, T… ids and bare action ids")
    func uioMasterPlanned() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.uioMasterPlanned)
        #expect(decoded.warningLines == [
            "1:37: journeyID \"Planned Journey 1\" is a name, not an id (UIOMaster writes the journey's name there); read as the id \"planned-journey-1\"",
        ])
        let design = try #require(decoded.design)
        #expect(design.id == "planned-journey-1")
        #expect(design.title == "Planned Journey 1")
        #expect(design.kind == .planned)
        #expect(design.actors.map(\.id) == ["1", "2", "6"])
        #expect(design.actors.map(\.name) == ["Customer", "Bank", "Online Bank"])
        #expect(design.actors.map(\.kind) == [.customer, .employee, .employee])
        #expect(design.stages.map(\.id) == ["unphased"])
        #expect(design.touchpoints.map(\.id) == ["T3", "4", "T5", "T7"])
        #expect(design.touchpoints.map(\.kind) == [.communication, .action, .communication, .communication])
        #expect(design.touchpoints.map(\.channel) == [.web, nil, .email, .app])
        #expect(design.touchpoints.map(\.initiator) == ["1", "2", "2", "1"])
        #expect(design.touchpoints.map(\.receiver) == ["6", nil, "1", "6"])
        #expect(design.touchpoint("T5")?.receiverLabel == "Reads the offer")
    }

    @Test("UIOMaster actual journey: compliance in lower case, timeConsumed and timeCompleted as written")
    func uioMasterActual() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.uioMasterActual)
        #expect(decoded.warningLines(containing: "journeyID \"Actual Journey 2\"") == [3])
        #expect(decoded.warningLines(containing: "plannedReference \"Planned Journey 1\"") == [5])
        #expect(decoded.warnings.count == 2, "\(decoded.warningLines)")
        let design = try #require(decoded.design)
        #expect(design.id == "actual-journey-2")
        #expect(design.kind == .actual)
        // The planned file's id is made the same way, so the reference still finds it.
        #expect(design.plannedJourney == "planned-journey-1")
        #expect(design.touchpoints.map(\.id) == ["T3", "4", "D8", "T5", "T7"])
        #expect(design.touchpoints.map(\.compliance) == [.completed, nil, .adhoc, .failing, .missing])
        #expect(design.touchpoint("T3")?.times == TouchpointTimes(consumed: "1709629212345"))
        #expect(design.touchpoint("4")?.times == TouchpointTimes(completed: "1709632800000"))
        #expect(design.touchpoint("T7")?.times == nil)
        #expect(design.touchpoint("T5")?.receiverLabel == "Offer lands in spam")
    }

    @Test("UIOMaster file with both journeys: the first is read, the warning names the other's place")
    func uioMasterBoth() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.uioMasterBoth)
        let several = decoded.warnings.filter { $0.message.contains("holds 2 journeys") }
        #expect(several.count == 1)
        #expect(several.first?.location.line == 1)
        #expect(several.first?.message.contains("<actualJourney> at 1:1597") == true)
        let design = try #require(decoded.design)
        #expect(design.kind == .planned)
        #expect(design.id == "planned-journey-1")
        #expect(design.touchpoints.map(\.id) == ["T3", "4", "T5", "T7"])
    }

    @Test("aika0725/CJML: lower-case <cjml>, no journey element, `undefined` in the text, actors by name")
    func aika() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.aika)
        #expect(decoded.warningLines(containing: "lower-case <cjml>") == [1])
        #expect(decoded.warningLines(containing: "without a <plannedJourney> or <actualJourney>") == [1])
        #expect(decoded.warningLines(containing: "no journeyID") == [1])
        #expect(decoded.warningLines(containing: "text \"undefined undefined\" directly inside <cjml>") == [1])
        #expect(decoded.warningLines(containing: "name their actors instead of referring to an actorID") == [14])
        #expect(decoded.warnings.count == 5, "\(decoded.warningLines)")

        let design = try #require(decoded.design)
        #expect(design.id == "aika-cjml")
        #expect(design.kind == .planned)
        #expect(design.actors.map(\.id) == ["4821", "377", "9150"])
        #expect(design.actors.map(\.name) == ["Bob", "Pizza Place", "Payment system"])
        #expect(design.actors.map(\.kind) == [.customer, .employee, .system])
        #expect(design.actors.map(\.description) == [nil, "store", nil])
        #expect(design.personas.map(\.id) == ["4821"])
        #expect(design.touchpoints.map(\.id) == ["2290", "6605", "7714", "1038"])
        #expect(design.touchpoints.map(\.kind) == [.communication, .communication, .action, .communication])
        #expect(design.touchpoints.map(\.initiator) == ["4821", "4821", "377", "377"])
        #expect(design.touchpoints.map(\.receiver) == ["377", "9150", nil, "4821"])
        #expect(design.touchpoints.map(\.channel) == [.web, "Payment", nil, .inPerson])
        #expect(design.touchpoints.map(\.title) == ["Orders a pizza on the website", "Pays by card", "Bakes the pizza", "Hands over the pizza"])
        #expect(design.touchpoint("2290")?.receiverLabel == "Receives the order")
        #expect(design.touchpoint("2290")?.times == TouchpointTimes(originated: "2023-04-18T18:05"))
        // `<time>null</time>` is no time.
        #expect(design.touchpoint("7714")?.times == nil)
    }

    @Test("aika0725/remake-cjml-tool: unquoted attribute values are not XML; the error names line 4 and the tool")
    func remakeTool() throws {
        let decoded = try CJMLFixture.decode(CJMLFixture.remake)
        #expect(decoded.design == nil)
        #expect(decoded.problems.count == 1)
        let problem = try #require(decoded.problems.first)
        #expect(problem.code == "FILE-SYNTAX")
        #expect(problem.location.line == 4)
        #expect(problem.message.contains("not well-formed XML"))
        #expect(problem.message.contains("remake-cjml-tool"))
        #expect(problem.description.hasPrefix("remake-cjml-tool.cjml.xml:4:"))
    }
}
