import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// The sample event log and a large generated one.
@Suite("EventLog samples")
struct EventLogSampleTests {
    @Test("the sample log reads with no problems into ~300 journeys of the clinic plan")
    func sample() throws {
        let url = TestPaths.samples.appendingPathComponent("events/clinic-outpatient-events.csv")
        let start = ContinuousClock.now
        let (journeys, problems, warnings) = EventLog.read(
            try Data(contentsOf: url), name: "clinic-outpatient-events.csv", plan: EventLogTests.clinic)
        print("EventLog: sample log (\(journeys.reduce(0) { $0 + $1.touchpoints.count }) events) read in \(ContinuousClock.now - start)")
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(warnings.isEmpty, "\(warnings.prefix(5))")
        #expect(journeys.count == 300)
        #expect(journeys.allSatisfy { $0.kind == .actual && $0.plannedJourney == "clinic-outpatient" })
        // Each journey's ids are unique, and every planned id or title was recognised.
        for journey in journeys {
            #expect(Set(journey.touchpoints.map(\.id)).count == journey.touchpoints.count)
        }
        let adHoc = journeys.flatMap(\.touchpoints).filter { $0.compliance == .adhoc }
        #expect(!adHoc.isEmpty)
        #expect(adHoc.allSatisfy { $0.stage != "unplanned" && ($0.title.contains("phones") || $0.title.contains("emails")) })
        // A journey read from the log is a plain design: it writes as YAML and reads back clean.
        let yaml = JourneyFile.encode(journeys[0], as: .yaml)
        #expect(JourneyFile.decode(Data(yaml.utf8), name: "case.yaml").problems.isEmpty)
        let rated = journeys.flatMap(\.touchpoints).flatMap(\.emotions)
        #expect(rated.count > 1000 && rated.allSatisfy { (1...5).contains($0.score) && $0.basis == .observed })
    }

    @Test("a 100,000-event log generated here reads without problems")
    func large() {
        let plan = EventLogTests.clinic
        let ids = plan.touchpoints.map(\.id.rawValue)
        var text = "case,activity,timestamp,persona,rating,comment\n"
        text.reserveCapacity(8_000_000)
        var generator = SplitMix(seed: 42)
        var events = 0
        var caseNumber = 0
        while events < 100_000 {
            caseNumber += 1
            var minute = Int(generator.next() % 100_000)
            let length = min(100_000 - events, 10 + Int(generator.next() % 20))
            for step in 0..<length {
                minute += 1 + Int(generator.next() % 2_000)
                let (day, rest) = minute.quotientAndRemainder(dividingBy: 1_440)
                let date = String(format: "2026-%02d-%02dT%02d:%02d:00+01:00", 1 + day / 28 % 12, 1 + day % 28, rest / 60, rest % 60)
                let activity = step % 9 == 8 ? "Patient phones, again" : ids[step % ids.count]
                let rating = generator.next() % 2 == 0 ? String(1 + generator.next() % 5) : ""
                text += "C\(caseNumber),\"\(activity)\",\(date),anna,\(rating),\(rating.isEmpty ? "" : "\"ok, \"\"fine\"\"\"")\n"
            }
            events += length
        }
        let data = Data(text.utf8)
        let start = ContinuousClock.now
        let (journeys, problems, _) = EventLog.read(data, name: "large.csv", plan: plan)
        let elapsed = ContinuousClock.now - start
        print("EventLog: 100,000 events (\(data.count / 1024) KiB, \(journeys.count) cases) read in \(elapsed)")
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        #expect(journeys.count == caseNumber)
        #expect(journeys.reduce(0) { $0 + $1.touchpoints.count } == 100_000)
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
