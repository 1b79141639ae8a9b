import JourneyKit
import JourneyRendering
import Testing

/// Cutting a long journey into pages: windows that cover the picture exactly, each narrow
/// enough and light enough for a renderer, cut between cards.
@Suite("Pages")
struct PagesTests {
    /// 400 touchpoints in 20 stages, two personas with readings, some branches.
    static let design: ServiceDesign = {
        let stages = (0..<20).map { Stage(id: StageID("s\($0)"), name: "Stage \($0 + 1)") }
        let personas = [Persona(id: "p1", name: "Anna"), Persona(id: "p2", name: "Ben")]
        var touchpoints: [Touchpoint] = []
        for i in 0..<400 {
            var touchpoint = Touchpoint(
                id: TouchpointID("t\(i)"), title: "Step \(i + 1): check the documents and tell the applicant", stage: stages[i / 20].id,
                channel: Channel.known[i % Channel.known.count],
                emotions: [EmotionReading(persona: "p1", score: Double(1 + i % 5)), EmotionReading(persona: "p2", score: Double(1 + (i * 7) % 5))])
            if i % 37 == 5, i + 3 < 400 {
                touchpoint.branches = [Branch(if: "complete", to: TouchpointID("t\(i + 1)")), Branch(if: "incomplete", to: TouchpointID("t\(i + 3)"))]
            }
            touchpoints.append(touchpoint)
        }
        return ServiceDesign(id: "long", title: "A long journey", personas: personas, stages: stages, touchpoints: touchpoints,
                             painPoints: [PainPoint("Waiting", touchpoints: ["t10", "t11", "t12", "t200"])])
    }()

    static let scenes: [JourneyView: Scene] = Dictionary(uniqueKeysWithValues: JourneyView.allCases.map { ($0, JourneyRenderer.scene(design, view: $0)) })

    /// The elements of the items that a window overlaps.
    static func count(_ scene: Scene, in window: Rect) -> Int {
        scene.items.reduce(0) { $0 + Pages.elementCount($1, in: window) }
    }

    /// The windows cover 0...width without gaps or overlaps, each as tall as the scene.
    static func checkCover(_ windows: [Rect], _ scene: Scene, maxWidth: Double) {
        #expect(windows.first?.minX == 0)
        #expect(abs((windows.last?.maxX ?? 0) - scene.width) < 1e-6, "last window ends at \(windows.last?.maxX ?? 0), not \(scene.width)")
        for (a, b) in zip(windows, windows.dropFirst()) {
            #expect(abs(a.maxX - b.minX) < 1e-6, "gap or overlap between \(a) and \(b)")
        }
        for window in windows {
            #expect(window.width > 0 && window.width <= maxWidth + 1e-6, "\(window)")
            #expect(window.minY == 0 && window.height == scene.height)
        }
    }

    @Test("the synthetic design is as long as meant")
    func size() throws {
        let scene = try #require(Self.scenes[.map])
        #expect(Self.design.touchpoints.count == 400 && Self.design.stages.count == 20)
        #expect(scene.width > 4 * 19_200, "\(scene.width)")
        SceneCheck.expectSound(scene, "400 touchpoints")
    }

    @Test("windows of at most 19,200 units cover the picture without gaps or overlaps, cut between cards", arguments: JourneyView.allCases)
    func widthLimit(_ view: JourneyView) throws {
        let scene = try #require(Self.scenes[view])
        let windows = Pages.windows(scene, maxWidth: 19_200)
        #expect(windows.count >= Int((scene.width / 19_200).rounded(.up)))
        Self.checkCover(windows, scene, maxWidth: 19_200)
        // Every cut but the picture's end falls where the scene allows one.
        for window in windows.dropLast() {
            #expect(scene.cuts.contains { abs($0 - window.maxX) < 1e-9 }, "cut at \(window.maxX) is not between cards")
        }
        // No window is needlessly small: the next cut would not have fitted.
        for (window, next) in zip(windows, windows.dropFirst()) {
            let later = scene.cuts.filter { $0 > window.maxX + 1e-9 && $0 <= next.maxX }
            #expect(later.allSatisfy { $0 - window.minX > 19_200 }, "window \(window) could have reached \(later.first ?? 0)")
        }
    }

    // The stage summary is one slide of fixed size, whatever the journey's length: nothing to cut.
    @Test("with a small element budget, each window holds at most that many elements", arguments: JourneyView.allCases.filter { $0 != .summary })
    func elementLimit(_ view: JourneyView) throws {
        let scene = try #require(Self.scenes[view])
        let total = scene.items.reduce(0) { $0 + Pages.elementCount($1) }
        // The densest slice of 420 units: budgets above twice it can always be met.
        let densest = stride(from: 0.0, to: scene.width, by: 50).map { Self.count(scene, in: Rect(x: $0, y: 0, width: 420, height: scene.height)) }.max() ?? 0
        let budget = max(2 * densest, total / 6)
        try #require(budget < total / 2, "the budget \(budget) should force several windows (total \(total))")
        let windows = Pages.windows(scene, maxWidth: 1_000_000, maxElements: budget)
        #expect(windows.count >= 2)
        Self.checkCover(windows, scene, maxWidth: 1_000_000)
        for window in windows {
            let count = Self.count(scene, in: window)
            #expect(count <= budget, "window \(window) holds \(count) elements, more than \(budget)")
        }
        // Both limits at once.
        let both = Pages.windows(scene, maxWidth: 6_000, maxElements: budget)
        Self.checkCover(both, scene, maxWidth: 6_000)
        #expect(both.allSatisfy { Self.count(scene, in: $0) <= budget })
    }

    @Test("a picture that fits is one window, the whole scene")
    func oneWindow() throws {
        let scene = try #require(Self.scenes[.map])
        #expect(Pages.windows(scene, maxWidth: scene.width + 1) == [scene.frame])
    }

    @Test("element counts match what the writer writes")
    func elementCounts() throws {
        let scene = JourneyRenderer.scene(Hostile.design(), view: .map)
        let total = scene.items.reduce(0) { $0 + Pages.elementCount($1) }
        let root = try SVGTree.parse(SVGWriter.write(scene))
        // The root, its title and desc, the defs with their markers and arrowheads, and the background.
        let written = SVGTree.elements(root).count
        let frame = SVGTree.elements(root).filter { ["svg", "defs", "marker"].contains($0.name) || $0.name == "path" && $0.attribute("d")?.value == "M0 0L10 5L0 10z" }.count + 3
        #expect(written == total + frame, "the writer wrote \(written) elements, the count says \(total) + \(frame)")
    }

    @Test("a page's SVG shows only its window", arguments: [0, 1, 2])
    func pageSVG(_ index: Int) throws {
        let scene = try #require(Self.scenes[.map])
        let windows = Pages.windows(scene, maxWidth: 19_200)
        let window = try #require(windows.dropFirst(index).first)
        let root = try SVGTree.parse(SVGWriter.write(scene, options: SVGOptions(idPrefix: "page", window: window)))
        let box = try #require(root.attribute("viewBox")?.value).split(separator: " ").compactMap { Double($0) }
        #expect(box.count == 4)
        #expect(abs(box[0] - window.minX) < 0.01 && abs(box[2] - window.width) < 0.01 && abs(box[3] - window.height) < 0.01)
        let written = SVGTree.elements(root).count
        #expect(written <= Self.count(scene, in: window) + 3 + 2 * 2 + 1 + 1, "more elements than the window holds")
        #expect(written < scene.items.reduce(0) { $0 + Pages.elementCount($1) } / 2)
    }
}
