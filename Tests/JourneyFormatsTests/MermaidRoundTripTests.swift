import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// Every sample exports to Mermaid and reads back with the same stages, touchpoints, personas
/// and scores: names as the writer escapes them, scores as one rounded mean per task on 1–5.
@Suite("Mermaid journey: samples round trip")
struct MermaidRoundTripTests {
    @Test("a sample exports to Mermaid and reads back with its journey intact", arguments: TestPaths.sampleFiles)
    func sample(_ url: URL) throws {
        let original = try #require(JourneyFile.decode(try Data(contentsOf: url), name: url.path).design)
        let export = MermaidJourney.encode(original)
        #expect(export.text.hasPrefix("journey\n  title "))
        #expect(export.text.hasSuffix("\n"))
        #expect(MermaidJourney.encode(original).text == export.text)
        let name = url.deletingPathExtension().lastPathComponent + ".mmd"
        let decoded = MermaidJourney.decode(Data(export.text.utf8), name: name)
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        #expect(decoded.warnings.isEmpty, "\(decoded.warnings)")
        let back = try #require(decoded.design)

        #expect(back.title == original.title.replacingOccurrences(of: "#", with: "＃").replacingOccurrences(of: ";", with: "；"))
        #expect(back.scale == .standard)
        // Stages, and each stage's touchpoints in order.
        #expect(back.stages.map(\.name) == original.stages.map { MermaidTest.escapedName($0.name) })
        for (stage, backStage) in zip(original.stages, back.stages) {
            let titles = original.touchpoints(in: stage.id).map { MermaidTest.escapedName($0.title) }
            #expect(back.touchpoints(in: backStage.id).map(\.title) == titles, "\(stage.name)")
        }
        #expect(back.touchpoints.count == original.touchpoints.count)

        // Personas: those with a score somewhere, by their escaped names, as customer actors.
        let scale = original.scale
        let scored = original.personas.filter { persona in
            original.touchpoints.contains { $0.emotions.contains { $0.persona == persona.id && scale.contains($0.score) } }
        }
        let unscored = original.touchpoints.contains { !$0.emotions.contains { scale.contains($0.score) } }
        #expect(Set(back.personas.map(\.name)) == Set(scored.map { MermaidTest.escapedActor($0.name) } + (unscored ? ["Everyone"] : [])))
        #expect(Set(back.actors.map(\.name)) == Set(scored.map { MermaidTest.escapedActor($0.name) }))

        // Scores: each touchpoint's one score on 1–5, for every persona that had one.
        for (stage, backStage) in zip(original.stages, back.stages) {
            for (touchpoint, backTouchpoint) in zip(original.touchpoints(in: stage.id), back.touchpoints(in: backStage.id)) {
                let readings = touchpoint.emotions.filter { scale.contains($0.score) }
                let personas = Set(readings.map(\.persona))
                var expected: [String: Double] = ["Everyone": Self.onFive(scale.neutral, scale).rounded(.toNearestOrAwayFromZero)]
                if !personas.isEmpty {
                    // One reading per persona (the target one on a planned journey), rescaled, then the mean.
                    let chosen = personas.map { persona in
                        let own = readings.filter { $0.persona == persona }
                        return own.first { $0.basis == (original.kind == .actual ? .observed : .target) } ?? own[0]
                    }
                    let mean = chosen.map { Self.onFive($0.score, scale) }.reduce(0, +) / Double(chosen.count)
                    let score = mean.rounded(.toNearestOrAwayFromZero)
                    // Undone, the score is back on the design's scale (within half a step of 1–5).
                    let undone = scale.min + (score - 1) * (scale.max - scale.min) / 4
                    #expect(abs(Self.onFive(undone, scale) - mean) <= 0.5)
                    expected = Dictionary(uniqueKeysWithValues: chosen.map {
                        (MermaidTest.escapedActor(original.persona($0.persona)?.name ?? $0.persona.rawValue), score)
                    })
                }
                #expect(back.scores(of: backTouchpoint) == expected, "\(touchpoint.id)")
            }
        }
        // Notes say what was left out, among them the pain points and the branches when there are any.
        if !original.painPoints.isEmpty {
            #expect(export.notes.contains("pain points (\(original.painPoints.count)) are not part of a Mermaid journey"))
        }
        let branches = original.touchpoints.reduce(0) { $0 + $1.branches.count }
        if branches > 0 {
            #expect(export.notes.contains { $0.hasPrefix("branches (\(branches))") })
        }
    }

    /// The writer's rescaling onto Mermaid's 1–5.
    static func onFive(_ score: Double, _ scale: EmotionScale) -> Double {
        scale == .standard || (scale.min == 1 && scale.max == 5) ? score : 1 + (score - scale.min) * 4 / (scale.max - scale.min)
    }

    @Test("a design read from Mermaid, written and read again, is equal, and the second export is the same text")
    func mermaidFirst() throws {
        let text = """
            journey
              title Trip
              accTitle: A short trip
              accDescr {
                Two lines
                of description
              }
              Before: 3
              section Go
                Pack: 4: Ann, Bo
                Leave: 2
              section Back
                Return: 5: Bo
            """
        let first = try #require(MermaidTest.read(text, name: "trip.mmd").design)
        let export = MermaidJourney.encode(first)
        let second = MermaidJourney.decode(Data(export.text.utf8), name: "trip.mmd")
        #expect(second.problems.isEmpty)
        #expect(second.warnings.isEmpty)
        #expect(second.design == first)
        #expect(MermaidJourney.encode(try #require(second.design)).text == export.text)
        #expect(export.notes.isEmpty)
    }
}
