import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing

/// The emotion layer tells the truth about a branching journey: each persona's line goes through
/// every one of its readings in journey order, off-path readings look different in a style no
/// persona uses, peak-end labels name their persona and never stack, and every view gives a
/// touchpoint the same number.
@Suite("Emotion layer")
struct EmotionLayerTests {
    /// The clinic sample, the other samples, and the permit stress fixture when it is there.
    static var designs: [(name: String, design: ServiceDesign)] {
        var result: [(String, ServiceDesign)] = []
        for name in Samples.names.sorted() {
            if let design = Samples.decoded[name]?.design { result.append((name, design)) }
        }
        let fixture = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pictures/residence-permit.yaml")
        if let data = try? Data(contentsOf: fixture), let design = JourneyFile.decode(data, name: "residence-permit.yaml", format: nil).design {
            result.append(("residence-permit.yaml", design))
        }
        return result
    }

    /// A journey whose first way on at `check` loops back: its main path stops after three of
    /// eight touchpoints, and four readings of Anna sit off it; `complain` is reached from
    /// `pay`, three columns to its left.
    static let loopFirst = """
        journey: loop-first
        title: Loop listed first
        personas:
          - {id: anna, name: Anna}
          - {id: ben, name: Ben}
        stages:
          - id: s1
            name: Apply
            touchpoints:
              - {id: fill, title: Fill in the form, emotions: {anna: 3, ben: 4}}
              - {id: upload, title: Upload documents, emotions: {anna: 2}}
              - {id: check, title: Check, branches: [{if: incomplete, to: fill}, {if: complete, to: pay}], emotions: {anna: 4, ben: 2}}
          - id: s2
            name: Pay
            touchpoints:
              - {id: pay, title: Pay, branches: [{if: paid, to: receipt}, {if: refused, to: complain}], emotions: {anna: 1, ben: 5}}
              - {id: receipt, title: Receipt, emotions: {anna: 5}}
              - {id: survey, title: Survey, emotions: {ben: 3}}
              - {id: done, title: Done, end: true, emotions: {anna: 4, ben: 4}}
              - {id: complain, title: Complain, end: true, emotions: {anna: 1}}

        """

    // MARK: Reading the scene

    static func groups(_ items: [SceneItem], where matches: (String) -> Bool) -> [[SceneItem]] {
        var found: [[SceneItem]] = []
        for item in items {
            // The key draws each persona too; it is not a curve.
            guard case .group(let inner, _, let role) = item, role != "legend" else { continue }
            if let role, matches(role) { found.append(inner) }
            found += groups(inner, where: matches)
        }
        return found
    }

    static func texts(_ items: [SceneItem]) -> [TextBlock] {
        items.flatMap { item -> [TextBlock] in
            switch item {
            case .text(let block): [block]
            case .group(let inner, _, _): texts(inner)
            default: []
            }
        }
    }

    static func paths(_ items: [SceneItem]) -> [PathShape] {
        items.flatMap { item -> [PathShape] in
            switch item {
            case .path(let path): [path]
            case .group(let inner, _, _): paths(inner)
            default: []
            }
        }
    }

    /// The knots of a path: where each of its pieces ends.
    static func knots(_ path: PathShape) -> [Point] {
        path.commands.compactMap { command in
            switch command {
            case .move(let p), .line(let p), .cubic(_, _, let p), .quad(_, let p): p
            case .close: nil
            }
        }
    }

    /// The centre of a persona marker: its first shape (the face is drawn over it).
    static func center(_ item: SceneItem) -> Point? {
        switch item {
        case .circle(let circle): return circle.center
        case .box(let box): return Point(box.frame.midX, box.frame.midY)
        case .path(let path): return Point(path.bounds.midX, path.bounds.midY)
        case .group(let inner, _, _): return inner.first.flatMap(center)
        case .text: return nil
        }
    }

    /// Per persona: the knots of its line and the centres of its markers, in the emotion
    /// curves of the scene (the groups classed exactly `jk-p jk-p-N`).
    static func curves(_ scene: Scene, personas: Int) -> [(line: [Point], markers: [Point])] {
        (0..<personas).map { index in
            let mine = groups(scene.items) { $0 == "jk-p jk-p-\(index)" }
            var line: [Point] = []
            var markers: [Point] = []
            for group in mine {
                // The line is drawn in pieces: full on the main path, thin through detours.
                for path in paths(group) where path.stroke?.width == EmotionLine.width || path.stroke?.width == EmotionLine.detourWidth {
                    for knot in knots(path) where !(line.last.map { Self.close($0, knot) } ?? false) { line.append(knot) }
                }
                for item in group { if case .group = item, let c = center(item) { markers.append(c) } }
            }
            return (line, markers)
        }
    }

    static func close(_ a: Point, _ b: Point) -> Bool { abs(a.x - b.x) < 0.01 && abs(a.y - b.y) < 0.01 }

    // MARK: Lines

    @Test("every persona's line passes through every one of its readings, in journey order, on the map and the chart")
    func linesThroughEveryReading() throws {
        var checked = 0
        for (name, design) in Self.designs + [("loop-first", try JourneyFile.load(Self.loopFirst, name: "loop-first.yaml"))] {
            for view in [JourneyView.map, .emotion] {
                let scene = JourneyRenderer.scene(design, view: view)
                for (index, persona) in design.personas.enumerated() {
                    let readings = design.touchpoints.filter { $0.emotion(of: persona.id)?.score.isFinite == true }.count
                    let (line, markers) = Self.curves(scene, personas: design.personas.count)[index]
                    #expect(markers.count == readings, "\(name) \(view) \(persona.id): \(markers.count) markers for \(readings) readings")
                    for marker in markers {
                        #expect(line.contains { Self.close($0, marker) } || markers.count == 1, "\(name) \(view) \(persona.id): the line misses the reading at \(marker)")
                    }
                    // The line's knots are its markers, left to right: it never crosses a column
                    // where the persona has a reading it does not go through.
                    let xs = line.map(\.x)
                    #expect(xs == xs.sorted(), "\(name) \(view) \(persona.id): the line goes back")
                    #expect(Set(xs.map { Int(($0 * 100).rounded()) }) == Set(markers.map { Int(($0.x * 100).rounded()) }) || markers.count < 2,
                            "\(name) \(view) \(persona.id): the line has a knot that is not a reading")
                    checked += markers.count
                }
            }
        }
        #expect(checked > 100)
    }

    @Test("a loop listed first no longer ends the curves: readings after it are on the line, hollow, with a stub")
    func loopFirst() throws {
        let design = try JourneyFile.load(Self.loopFirst, name: "loop-first.yaml")
        #expect(JourneyGraph(design).mainPath == ["fill", "upload", "check"])
        let scene = JourneyRenderer.scene(design, view: .map)
        let anna = Self.curves(scene, personas: 2)[0]
        #expect(anna.markers.count == 7)
        #expect(Set(anna.line.map(\.x)).count == 7)
        // Hollow markers: filled with the background, outlined in the persona's colour.
        let annaGroups = Self.groups(scene.items) { $0 == "jk-p jk-p-0" }
        let hollow = annaGroups.flatMap { $0 }.filter { item in
            guard case .group(let inner, _, _) = item, case .circle(let c) = inner.first else { return false }
            return c.fill == Theme.light.background && c.stroke?.color == Theme.light.personaColor(0)
        }
        #expect(hollow.count == 4)
        // Stubs and, on request, the branches: dotted, in no persona's dash.
        let dotted = Self.paths(annaGroups.flatMap { $0 }).filter { $0.stroke?.roundCaps == true && $0.stroke?.dash.isEmpty == false }
        // One stub, short, coming into `complain` (the last marker) from the left, where `pay` is.
        #expect(dotted.count == 1)
        if let stub = dotted.first, let complain = anna.markers.max(by: { $0.x < $1.x }) {
            let points = Self.knots(stub)
            #expect(points.allSatisfy { $0.x < complain.x && complain.x - $0.x < 40 }, "\(points) for \(complain)")
            #expect(points.first!.x < points.last!.x)
        }
        let withBranches = JourneyRenderer.scene(design, view: .map, branches: true)
        let branchPaths = Self.paths(Self.groups(withBranches.items) { $0 == "jk-p jk-p-0" }.flatMap { $0 }).filter { $0.stroke?.roundCaps == true && $0.stroke?.dash.isEmpty == false }
        // check → fill (the loop back) and pay → complain (over receipt and done).
        #expect(branchPaths.count == 2)
        for path in dotted + branchPaths {
            #expect(!(0..<6).map(Theme.personaDash).contains(path.stroke!.dash))
            #expect(path.stroke!.color == Theme.light.muted)
        }
    }

    @Test("no persona's dash is the dotted style of branches, and the dashes differ")
    func personaDashes() {
        let dashes = (0..<6).map(Theme.personaDash)
        #expect(Set(dashes.map { $0.map { Int($0 * 10) } }).count == 6)
        for dash in dashes { #expect(dash.allSatisfy { $0 >= 3 }, "\(dash) reads as dotted") }
    }

    // MARK: Peak-end labels

    @Test("peak-end labels name their persona and never overlap, even when the values are equal")
    func peakEndLabels() throws {
        // Four personas with the same value: in the middle, and at the bottom of the scale
        // (where the labels have to move up).
        var same: [(String, ServiceDesign)] = []
        for score in [3.0, 1.0] {
            var design = try JourneyFile.load(Self.loopFirst, name: "loop-first.yaml")
            design.personas += [Persona(id: "cem", name: "Cem, who has a rather long persona name to wrap"), Persona(id: "dana", name: "Dana")]
            for index in design.touchpoints.indices {
                for persona in ["anna", "ben", "cem", "dana"] {
                    design.touchpoints[index].emotions.removeAll { $0.persona.rawValue == persona }
                    design.touchpoints[index].emotions.append(EmotionReading(persona: PersonaID(persona), score: score))
                }
            }
            same.append(("all at \(score)", design))
        }
        for (name, design) in Self.designs + same {
            let scene = JourneyRenderer.scene(design, view: .emotion)
            let labels = Self.groups(scene.items) { $0.hasPrefix("peak-end ") }
            let curves = design.emotionCurves().filter { $0.peakEnd != nil }
            #expect(labels.count == curves.count, "\(name)")
            let blocks = labels.flatMap(Self.texts)
            for persona in design.personas where curves.contains(where: { $0.persona == persona.id }) {
                let name = persona.name.isEmpty ? persona.id.rawValue : persona.name
                #expect(blocks.contains { ($0.fullText ?? $0.lines.joined(separator: " ")).contains(String(name.prefix(12))) }, "\(name): no label names \(persona.id)")
            }
            // Nor anything else on the chart (the key of titles begins under the plot).
            let clashes = SceneCheck.overlaps(Self.texts(scene.items)).filter { pair in blocks.contains(pair.0) || blocks.contains(pair.1) }
            #expect(clashes.isEmpty, "\(name): \(clashes.map { SceneCheck.describe($0.0) + " on " + SceneCheck.describe($0.1) })")
            for i in blocks.indices {
                for j in blocks.indices where j > i {
                    #expect(!blocks[i].frame.overlaps(blocks[j].frame), "\(name): \(SceneCheck.describe(blocks[i])) overlaps \(SceneCheck.describe(blocks[j]))")
                }
            }
        }
    }

    // MARK: Titles under the chart

    @Test("the chart's touchpoint titles are readable: almost none cut short")
    func chartTitles() {
        for (name, design) in Self.designs {
            let scene = JourneyRenderer.scene(design, view: .emotion)
            let titles = Self.groups(scene.items) { $0.hasPrefix("jk-tp-ref ") }.flatMap(Self.texts).filter { !$0.lines.joined().allSatisfy(\.isNumber) }
            let scored = design.touchpoints.filter { !$0.emotions.isEmpty }.count
            #expect(titles.count == scored, "\(name): \(titles.count) titles for \(scored) touchpoints with readings")
            let cut = titles.filter { $0.fullText != nil }
            #expect(cut.count * 10 <= titles.count, "\(name): \(cut.count) of \(titles.count) titles cut: \(cut.prefix(3).map(SceneCheck.describe))")
        }
    }
}
