import Foundation
import JourneyTestSupport
import Testing

@Suite("journey conform")
struct ConformCommandTests {
    static let plan = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml").path
    static var actuals: [String] {
        let folder = TestPaths.samples.appendingPathComponent("actual")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }
    static let log = TestPaths.samples.appendingPathComponent("events/clinic-outpatient-events.csv").path

    @Test("the sample actual journeys: one block each, an overview, exit 0")
    func samples() throws {
        try #require(Self.actuals.count == 5)
        let result = try JourneyBinary.run(["conform", Self.plan] + Self.actuals)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.crashed)
        #expect(result.output.contains("5 actual journeys"))
        for file in Self.actuals { #expect(result.output.contains(file), "\(file) is not reported") }
        #expect(result.output.contains("skipped      Pre-visit health questionnaire"))
        #expect(result.output.contains("ad hoc       Patient phones the booking centre to chase the referral"))
        #expect(result.output.contains("Over all 5 journeys"))
    }

    @Test("--min-fitness fails the run when a journey falls below it")
    func minFitness() throws {
        let strict = try JourneyBinary.run(["conform", Self.plan, "--min-fitness", "0.99"] + Self.actuals)
        #expect(strict.status == 1, "the chasing call has fitness below 99 %")
        let lenient = try JourneyBinary.run(["conform", Self.plan, "--min-fitness", "0.9"] + Self.actuals)
        #expect(lenient.status == 0, "\(lenient.errors)")
        let bad = try JourneyBinary.run(["conform", Self.plan, "--min-fitness", "2"] + Self.actuals)
        #expect(bad.status == 2)
        let none = try JourneyBinary.run(["conform", Self.plan])
        #expect(none.status == 2, "no actual journeys and no log is a usage error")
    }

    @Test("--format json: every journey with its fitness and deviations, and the overview")
    func json() throws {
        let result = try JourneyBinary.run(["conform", Self.plan, "--format", "json"] + Self.actuals)
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["plan"] as? String == "clinic-outpatient")
        let journeys = try #require(object["journeys"] as? [[String: Any]])
        #expect(journeys.count == 5)
        let perfect = try #require(journeys.first { ($0["source"] as? String)?.hasSuffix("clinic-actual-perfect.yaml") == true })
        #expect(perfect["fitness"] as? Double == 1)
        #expect((perfect["skipped"] as? [String])?.isEmpty == true)
        let overview = try #require(object["overview"] as? [String: Any])
        #expect(overview["journeys"] as? Int == 5)
    }

    @Test("--log: the sample event log of 300 cases")
    func eventLog() throws {
        let result = try JourneyBinary.run(["conform", Self.plan, "--log", Self.log])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("300 actual journeys"))
        #expect(result.output.contains("dropped off after"))
        #expect(result.output.contains("loop"))
    }

    @Test("a malformed row is reported at its line; the rest is compared and the run exits 1")
    func malformedRow() throws {
        let workspace = CLIWorkspace("journey-conform")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try workspace.write("log.csv", """
            case,activity,timestamp,rating
            c1,gp-consultation,2026-03-01T09:00:00Z,3
            c1,referral-letter,not a time,2
            c2,gp-consultation,2026-03-02T09:00:00Z,4

            """)
        let result = try JourneyBinary.run(["conform", Self.plan, "--log", "log.csv"], in: workspace.folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("log.csv:3:"), "\(result.errors)")
        #expect(result.output.contains("2 actual journeys"))
        #expect(!result.crashed)
    }

    @Test("--svg writes a deviation diagram per journey and the lived emotion chart, never over an input")
    func pictures() throws {
        let workspace = CLIWorkspace("journey-conform")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let result = try JourneyBinary.run(["conform", Self.plan, "--svg", workspace.folder.path] + Self.actuals)
        #expect(result.status == 0, "\(result.errors)")
        let names = workspace.names()
        #expect(names.filter { $0.hasSuffix("-deviations.svg") }.count == 5, "\(names)")
        #expect(names.contains("clinic-outpatient-lived-emotion.svg"))
        for name in names where name.hasSuffix(".svg") {
            #expect(try workspace.text(name).hasPrefix("<?xml"))
        }
        if let rsvg = ExternalTool.find("rsvg-convert") {
            let out = workspace.url("check.png").path
            let run = try ExternalTool.run(rsvg, ["-o", out, workspace.url("clinic-actual-chasing-call-deviations.svg").path])
            #expect(run.status == 0 && run.errors.isEmpty, "\(run.errors)")
        }
        let notFolder = try JourneyBinary.run(["conform", Self.plan, "--svg", Self.plan] + Self.actuals)
        #expect(notFolder.status == 1)
    }

    @Test("an actual journey read from CJML gives the same comparison as its YAML")
    func fromCJML() throws {
        let workspace = CLIWorkspace("journey-conform")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let yaml = try #require(Self.actuals.first { $0.hasSuffix("clinic-actual-chasing-call.yaml") })
        let converted = try JourneyBinary.run(["convert", yaml, "chase.cjml.xml"], in: workspace.folder)
        #expect(converted.status == 0, "\(converted.errors)")
        let fromYAML = try JourneyBinary.run(["conform", Self.plan, yaml, "--format", "json"])
        let fromCJML = try JourneyBinary.run(["conform", Self.plan, "chase.cjml.xml", "--format", "json"], in: workspace.folder)
        #expect(fromCJML.status == 0, "\(fromCJML.errors)")
        func figures(_ output: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let journey = try #require((object["journeys"] as? [[String: Any]])?.first)
            return ["\(journey["fitness"] ?? "")", "\(journey["skipped"] ?? "")", "\(journey["adHoc"] ?? "")", "\(journey["reachedEnd"] ?? "")"]
        }
        #expect(try figures(fromCJML.output) == figures(fromYAML.output))
    }
}
