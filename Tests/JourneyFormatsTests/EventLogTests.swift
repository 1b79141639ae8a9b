import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// Event logs (CSV) read into actual journeys of a plan.
@Suite("EventLog")
struct EventLogTests {
    static let clinic: ServiceDesign = {
        let url = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml")
        return try! JourneyFile.load(try! Data(contentsOf: url), name: "clinic-outpatient.yaml")
    }()

    static func read(_ text: String, columns: EventLog.Columns = .init(), plan: ServiceDesign? = clinic)
        -> (journeys: [ServiceDesign], problems: [FileProblem], warnings: [FileProblem])
    {
        EventLog.read(Data(text.utf8), name: "log.csv", columns: columns, plan: plan)
    }

    @Test("a perfect log gives one actual journey per case, in first-appearance order, events sorted by time")
    func perfect() throws {
        let (journeys, problems, warnings) = Self.read("""
            case,activity,timestamp,persona,rating,comment
            B-7,gp-consultation,2026-03-02T09:00:00+01:00,ben,3,Another check-up.
            A 1,referral-letter,2026-03-01T10:00:00Z,,2,"Six weeks, or six months?"
            A 1,GP decides to refer to cardiology,2026-03-01T09:00:00Z,,,
            A 1,  consultant TRIAGES the referral ,2026-03-03 08:00,anna,4,
            A 1,Patient phones to chase,2026-03-04 12:30:15,,1,On hold for ages

            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(journeys.map(\.id) == ["case-b-7", "case-a-1"])
        let a = journeys[1]
        #expect(a.title == "Case A 1")
        #expect(a.kind == .actual)
        #expect(a.plannedJourney == "clinic-outpatient")
        #expect(a.touchpoints.map(\.id) == ["gp-consultation", "referral-letter", "referral-triage", "patient-phones-to-chase"])
        #expect(a.touchpoints.map(\.compliance) == [.completed, .completed, .completed, .adhoc])
        // The ad hoc step joins the stage of the step before it.
        #expect(a.touchpoints.map(\.stage) == ["referral", "referral", "referral", "referral"])
        #expect(a.touchpoints[3].title == "Patient phones to chase")
        #expect(a.touchpoints[1].times?.completed == "2026-03-01T10:00:00Z")
        #expect(a.touchpoints[2].times?.completed == "2026-03-03 08:00")
        let reading = try #require(a.touchpoints[1].emotions.first)
        #expect(reading.persona == "anna" && reading.score == 2 && reading.basis == .observed)
        #expect(reading.thought == "Six weeks, or six months?")
        #expect(a.touchpoints[0].emotions.isEmpty)
        #expect(a.touchpoints[3].emotions.first?.thought == "On hold for ages")
        #expect(a.stages.map(\.id) == ["referral"])
        #expect(a.personas.map(\.id) == ["anna"])
        #expect(journeys[0].touchpoints.first?.emotions.first?.persona == "ben")
    }

    @Test("a step taken twice (the returned referral) keeps the planned title; its id gets -2")
    func loop() {
        let (journeys, problems, _) = Self.read("""
            case,activity,timestamp
            c,referral-triage,2026-03-01 09:00
            c,referral-returned,2026-03-02 09:00
            c,referral-triage,2026-03-05 09:00
            c,booking-invite,2026-03-06 09:00
            """)
        #expect(problems.isEmpty)
        #expect(journeys[0].touchpoints.map(\.id) == ["referral-triage", "referral-returned", "referral-triage-2", "booking-invite"])
        #expect(journeys[0].touchpoints[2].title == "Consultant triages the referral")
    }

    @Test("aliases, case-insensitive, and configured names")
    func aliases() {
        let aliased = Self.read("""
            Case_ID,Touchpoint,TIME,Score,Notes
            x,gp-consultation,2026-03-01 09:00,4,fine
            """)
        #expect(aliased.problems.isEmpty, "\(aliased.problems)")
        #expect(aliased.journeys.first?.touchpoints.first?.emotions.first?.thought == "fine")
        let camel = Self.read("caseId,event,datetime\nx,gp-consultation,2026-03-01T09:00\n")
        #expect(camel.problems.isEmpty && camel.journeys.count == 1)
        let columns = EventLog.Columns(caseID: "Patient", activity: "Step", timestamp: "At", rating: "Stars")
        let custom = Self.read("patient,step,at,stars\nx,gp-consultation,2026-03-01 09:00,5\n", columns: columns)
        #expect(custom.problems.isEmpty && custom.journeys.first?.touchpoints.first?.emotions.first?.score == 5)
    }

    @Test("a missing required column is a problem at line 1 naming it and the columns found")
    func missingColumn() {
        let (journeys, problems, _) = Self.read("case,what,when_it_was\nx,a,b\n")
        #expect(journeys.isEmpty)
        #expect(problems.count == 2)
        #expect(problems.first?.location.description == "log.csv:1:1")
        let message = problems.first?.message ?? ""
        #expect(message.contains("\"activity\"") && message.contains("\"case\", \"what\", \"when_it_was\""), "\(message)")
    }

    @Test("semicolons, quoted commas and line breaks, BOM and CRLF")
    func dialects() throws {
        let semicolons = Self.read("case;activity;timestamp;comment;rating\nx;gp-consultation;2026-03-01 09:00;\"a; b, c\";3\n")
        #expect(semicolons.problems.isEmpty, "\(semicolons.problems)")
        #expect(semicolons.journeys.first?.touchpoints.first?.emotions.first?.thought == "a; b, c")

        let text = "case,activity,timestamp,rating,comment\r\nx,gp-consultation,2026-03-01 09:00,2,\"first line\r\nsecond, line\"\r\nx,\"Patient, confused\",2026-03-01 10:00,x,\r\n"
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data(text.utf8))
        let (journeys, problems, _) = EventLog.read(bytes, name: "bom.csv", plan: Self.clinic)
        // The bad rating is on the record after the quoted line break: line 4, not 3.
        #expect(problems.map(\.location.description) == ["bom.csv:4:1"])
        #expect(problems.first?.code == "FILE-WRONG-TYPE")
        let thought = try #require(journeys.first?.touchpoints.first?.emotions.first?.thought)
        #expect(thought == "first line\r\nsecond, line" || thought == "first line\nsecond, line")
    }

    @Test("each kind of malformed row is a problem at its file:line; the row is left out")
    func malformedRows() {
        let (journeys, problems, warnings) = Self.read("""
            case,activity,timestamp,rating
            c1,gp-consultation,2026-03-02T09:00
            ,gp-consultation,2026-03-02T09:00,3
            c1,,2026-03-02T09:00,3
            c1,referral-letter,yesterday,3
            c1,referral-letter,2026-03-02 10:00,great
            c1,referral-letter,2026-03-02 10:00,7
            "c2","a quoted
            activity",2026-03-02,x
            c1,referral-triage,2026-13-02 10:00,4
            c1,referral-triage,2026-03-02 10:00,4,extra

            c1,referral-triage,2026-03-02 25:00,4
            """)
        #expect(problems.map(\.location.line) == [2, 3, 4, 5, 6, 8, 10, 11, 13])
        #expect(problems.map(\.code) == [
            "FILE-SYNTAX", "FILE-MISSING-FIELD", "FILE-MISSING-FIELD", "FILE-INVALID-VALUE", "FILE-WRONG-TYPE",
            "FILE-WRONG-TYPE", "FILE-INVALID-VALUE", "FILE-SYNTAX", "FILE-INVALID-VALUE",
        ])
        #expect(problems.allSatisfy { $0.location.file == "log.csv" })
        #expect(problems[0].message.contains("3 fields, the header has 4"))
        #expect(warnings.map(\.location.description) == ["log.csv:7:1"])
        #expect(warnings.first?.message.contains("outside the plan's scale 1…5") == true)
        // Only the row with the out-of-scale rating is read (without its rating).
        #expect(journeys.map(\.touchpoints.count) == [1])
        #expect(journeys.first?.touchpoints.first?.emotions.isEmpty == true)
    }

    @Test("quotes: an unclosed quoted field and a stray quote are problems at their line")
    func quoteProblems() {
        let unclosed = Self.read("case,activity,timestamp\nx,a,2026-03-01\nx,\"never closed,2026-03-02\ny,b,2026-03-03\n")
        #expect(unclosed.problems.map(\.location.description) == ["log.csv:3:1"])
        let stray = Self.read("case,activity,timestamp\nx,a,2026-03-01\nx,\"quoted\"then,2026-03-02\n")
        #expect(stray.problems.map(\.location.description) == ["log.csv:3:1"])
        #expect(Self.read("").problems.map(\.code) == ["FILE-EMPTY"])
    }

    @Test("timestamps: ISO 8601 with and without zone, with a space, fractions; zones order correctly")
    func timestamps() {
        let (journeys, problems, _) = Self.read("""
            case,activity,timestamp
            c,third,2026-03-02T10:30:00+01:00
            c,first,2026-03-02T08:00:00.5Z
            c,second,2026-03-02 09:15
            c,fourth,2026-03-02T09:45:00Z
            c,fifth,2026-03-03
            """, plan: nil)
        #expect(problems.isEmpty, "\(problems)")
        #expect(journeys[0].touchpoints.map(\.id) == ["first", "second", "third", "fourth", "fifth"])
        #expect(journeys[0].touchpoints.allSatisfy { $0.compliance == nil })
        #expect(journeys[0].plannedJourney == nil)
    }
}
