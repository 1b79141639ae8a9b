import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing

/// The layouts' geometry on the real samples: texts never collide, stay in their boxes, and
/// nothing is drawn outside the picture.
@Suite("Geometry")
struct GeometryTests {
    @Test("the samples are there and decode without problems")
    func samplesDecode() throws {
        #expect(Samples.names.count >= 4, "found \(Samples.names)")
        for name in Samples.names {
            let design = try Samples.design(name)
            #expect(!design.touchpoints.isEmpty, "\(name) has no touchpoints")
        }
    }

    @Test("texts do not overlap, stay in their containers, and items stay in the picture", arguments: RenderCase.all())
    func invariants(_ render: RenderCase) throws {
        let design = try Samples.design(render.sample)
        let scene = JourneyRenderer.scene(design, view: render.view, theme: render.theme)
        // Something was drawn: a view of a sample is never just a frame.
        #expect(scene.textBlocks.count > 10, "only \(scene.textBlocks.count) texts")
        SceneCheck.expectSound(scene, render.testDescription)
    }

    @Test("the emotion chart of an actual journey against the planned one keeps the same promises")
    func emotionAgainstPlanned() throws {
        let actual = try Samples.design("clinic-outpatient.yaml")
        let planned = try Samples.design("clinic-outpatient-before.yaml")
        let scene = JourneyRenderer.scene(actual, view: .emotion, planned: planned)
        SceneCheck.expectSound(scene, "clinic-outpatient emotion against planned")
    }

    @Test("the overlap sweep finds exactly the pairs a full comparison finds", arguments: Samples.names)
    func sweepMatchesBruteForce(_ sample: String) throws {
        let design = try Samples.design(sample)
        var blocks = JourneyRenderer.scene(design, view: .map).textBlocks
        // Shifted copies of some blocks, so that there is something to find.
        let style = TextStyle(size: 12)
        for (index, block) in blocks.enumerated() where index % 7 == 0 {
            var copy = block
            copy.frame.x += Double(index % 5) * 3
            copy.frame.y += Double(index % 3) * 2
            blocks.append(copy)
        }
        blocks.append(TextBlock(lines: ["thin"], frame: Rect(x: 500, y: 0, width: 0, height: 2_000), container: Rect(x: 0, y: 0, width: 1, height: 1), style: style, color: .none))
        func key(_ a: TextBlock, _ b: TextBlock) -> String {
            let (x, y) = ("\(a.frame)\(a.lines)", "\(b.frame)\(b.lines)")
            return x < y ? x + "|" + y : y + "|" + x
        }
        var expected: [String] = []
        for i in blocks.indices {
            for j in blocks.indices where j > i && blocks[i].frame.overlaps(blocks[j].frame) { expected.append(key(blocks[i], blocks[j])) }
        }
        let found = SceneCheck.overlaps(blocks).map { key($0.0, $0.1) }
        #expect(expected.count > 10)
        #expect(found.sorted() == expected.sorted())
    }

    @Test("the checks catch a broken scene")
    func checksCatchFaults() {
        let style = TextStyle(size: 12)
        let box = Rect(x: 10, y: 10, width: 100, height: 40)
        let a = TextBlock(lines: ["first"], frame: Rect(x: 12, y: 12, width: 40, height: 15), container: box, style: style, color: .none)
        let b = TextBlock(lines: ["second"], frame: Rect(x: 40, y: 20, width: 40, height: 15), container: box, style: style, color: .none)
        let c = TextBlock(lines: ["third"], frame: Rect(x: 90, y: 12, width: 40, height: 15), container: box, style: style, color: .none)
        let touching = TextBlock(lines: ["fourth"], frame: Rect(x: 12, y: 35, width: 28, height: 15), container: box, style: style, color: .none)
        let sound = Scene(width: 200, height: 100, title: "t", summary: "s", background: .none, fontFamily: "f", items: [.text(a), .text(touching)])
        #expect(SceneCheck.problems(sound).isEmpty, "touching edges are fine: \(SceneCheck.problems(sound))")
        let broken = Scene(width: 120, height: 100, title: " ", summary: "", background: .none, fontFamily: "f",
                           items: [.text(a), .group([.text(b), .text(c)], tooltip: nil, role: nil)])
        let problems = SceneCheck.problems(broken)
        #expect(problems.contains { $0.contains("no title") })
        #expect(problems.contains { $0.contains("no summary") })
        #expect(problems.contains { $0.hasPrefix("overlap:") && $0.contains("first") && $0.contains("second") })
        #expect(problems.contains { $0.hasPrefix("outside its container") && $0.contains("third") })
        #expect(problems.contains { $0.hasPrefix("item at") && $0.contains("second") })
        #expect(problems.count == 5, "\(problems)")
    }

    @Test("the theme changes colours, not geometry", arguments: Samples.names)
    func themesShareGeometry(_ sample: String) throws {
        let design = try Samples.design(sample)
        for view in JourneyView.allCases {
            let light = JourneyRenderer.scene(design, view: view, theme: .light)
            let dark = JourneyRenderer.scene(design, view: view, theme: .dark)
            #expect(light.width == dark.width && light.height == dark.height, "\(view)")
            #expect(light.textBlocks.map(\.frame) == dark.textBlocks.map(\.frame), "\(view)")
            #expect(light.background != dark.background)
        }
    }

    @Test("a theme override changes the colours it names and refuses what is not a colour")
    func themeOverride() throws {
        let theme = try Theme.light.applying(colors: ["ink": "#123", "background": "#010203"], personas: ["#abcdef"], font: "Inter")
        #expect(theme.ink == Color("#112233"))
        #expect(theme.background == Color("#010203"))
        #expect(theme.personas == [Color("#abcdef")])
        #expect(theme.fontFamily.hasPrefix("Inter, "))
        #expect(theme.fontFamily.hasSuffix("sans-serif"))
        #expect(throws: Theme.OverrideError.self) { try Theme.light.applying(colors: ["ink": "red"]) }
        #expect(throws: Theme.OverrideError.self) { try Theme.light.applying(colors: ["sparkle": "#ffffff"]) }
        #expect(throws: Theme.OverrideError.self) { try Theme.light.applying(colors: [:], font: " \" <> ") }
        let hostile = try Theme.light.applying(colors: [:], font: "Evil\" onload=\"alert(1)<script>")
        #expect(!hostile.fontFamily.contains("\"") && !hostile.fontFamily.contains("<"))
    }

    @Test("the blueprint puts a touchpoint in its own lane, else by its actors and channel")
    func blueprintLanes() {
        let design = ServiceDesign(
            id: "lanes", title: "Lanes",
            stages: [Stage(id: "s", name: "S")],
            touchpoints: [
                Touchpoint(id: "own", title: "Own lane", stage: "s", channel: .system, actors: ["c"], lane: .support),
                Touchpoint(id: "customer", title: "Customer", stage: "s", channel: .system, actors: ["staff", "c"]),
                Touchpoint(id: "system", title: "System", stage: "s", channel: .system, actors: ["staff"]),
                Touchpoint(id: "desk", title: "Desk", stage: "s", channel: .inPerson, actors: ["staff"]),
            ],
            actors: [Actor(id: "c", name: "Customer", kind: .customer), Actor(id: "staff", name: "Staff", kind: .employee)]
        )
        let lanes = design.touchpoints.map { BlueprintLayout.lane(of: $0, in: design) }
        #expect(lanes == [.support, .customer, .backstage, .frontstage])
    }
}
