import Foundation
import JourneyFormats
import JourneyKit
@testable import JourneyRendering
import JourneyTestSupport
import Testing

/// The compact map, the map on paper as pages, and the stage summary, checked on the geometry.
@Suite("Map pages and stage summary")
struct MapPagesTests {
    /// The stress fixture of the pictures issue (8 stages, ~60 touchpoints, 4 personas).
    static func fixture() throws -> ServiceDesign {
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pictures/residence-permit.yaml")
        let decoded = JourneyFile.decode(try Data(contentsOf: url), name: url.lastPathComponent, format: nil)
        return try #require(decoded.design)
    }

    /// Every text block's size in picture units, smallest first.
    static func sizes(_ scene: Scene) -> [Double] { scene.textBlocks.flatMap { block in block.lines.map { _ in block.style.size } }.sorted() }

    @Test("the clinic map takes at least 30 % less area than 8,272 × 1,936 at the same text sizes")
    func compactClinic() throws {
        let scene = JourneyRenderer.scene(try Samples.design("clinic-outpatient.yaml"), view: .map)
        let area = scene.width * scene.height
        #expect(area <= 0.7 * 8_272 * 1_936, "\(scene.width) × \(scene.height) is \(Int(100 * area / (8_272 * 1_936))) % of the old area")
        // The same styles as before: card details, thoughts and boxes at 11 units and more.
        let sizes = Self.sizes(scene)
        #expect(sizes[sizes.count / 2] >= 11, "median line size \(sizes[sizes.count / 2])")
        #expect(sizes[sizes.count / 10] >= 10)
    }

    @Test("pages break between stages, and split a stage only when it alone is wider than a page", arguments: [Paper.a3, .a4])
    func breaksBetweenStages(_ paper: Paper) throws {
        for design in [try Samples.design("clinic-outpatient.yaml"), try Self.fixture()] {
            let columns = MapLayout.columns(design)
            let pages = MapPages.scenes(design, paper: paper)
            #expect(pages.count > 1)
            let widths = Set(pages.map { "\($0.width)x\($0.height)" })
            #expect(widths.count == 1, "pages differ in size: \(widths)")
            // Every page has the paper's proportions (landscape or portrait).
            let (w, h) = paper.millimetres
            let ratio = max(pages[0].width, pages[0].height) / min(pages[0].width, pages[0].height)
            #expect(abs(ratio - w / h) < 1e-6)
            // The plan: every page boundary is a stage boundary, unless the stage is too wide.
            let plan = MapPages.plan(columns, width: 1_600)
            #expect(plan.first?.lowerBound == 0 && plan.last?.upperBound == columns.columns.count - 1)
            for (a, b) in zip(plan, plan.dropFirst()) {
                #expect(a.upperBound + 1 == b.lowerBound)
                let stage = columns.columns[b.lowerBound].stage
                if columns.columns[a.upperBound].stage == stage {
                    let span = try #require(columns.spans.first { $0.first <= b.lowerBound && $0.last >= b.lowerBound })
                    let extent = columns.columns[span.last].x + columns.width - columns.columns[span.first].x
                    #expect(extent > 1_600, "stage \(span.index) was split though it fits a page")
                }
            }
        }
    }

    @Test("every page repeats the title, the row labels and a key, and holds only its own touchpoints")
    func pagesRepeatTitleAndLabels() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let title = Design.name(design.title, fallback: design.id)
        let pages = MapPages.scenes(design, paper: .a3)
        var seen: [String] = []
        for (index, page) in pages.enumerated() {
            let texts = page.textBlocks.map { $0.lines.joined(separator: " ") }
            #expect(texts.contains(title), "page \(index + 1) has no title")
            for label in ["Stages", "Touchpoints", "Thoughts", "Emotion", "Key"] {
                #expect(texts.contains(label), "page \(index + 1) has no \(label)")
            }
            #expect(texts.contains { $0.hasPrefix("Page \(index + 1) of \(pages.count)") })
            // Nothing outside the page.
            for item in page.items {
                #expect(item.bounds.minX >= -1 && item.bounds.maxX <= page.width + 1, "page \(index + 1): an item at \(item.bounds)")
            }
            // The number badges on the page's cards.
            let badges = page.textBlocks.filter { $0.style == Styles.label && $0.anchor == .middle }.compactMap { Int($0.lines.joined()) }
            seen += badges.map(String.init)
        }
        // Each touchpoint's card is on exactly one page.
        #expect(seen.count == design.touchpoints.count)
        #expect(Set(seen).count == design.touchpoints.count)
    }

    @Test("body text is at least 7 pt on A3 and 6 pt on A4", arguments: [Paper.a3, .a4])
    func bodySize(_ paper: Paper) throws {
        var designs = Samples.names.compactMap { try? Samples.design($0) }
        designs.append(try Self.fixture())
        for design in designs {
            let pages = MapPages.scenes(design, paper: paper)
            let points = MapPages.bodyPoints(pages, paper: paper)
            #expect(points >= MapPages.bodyMinimum(on: paper) - 0.005, "\(design.id) on \(paper): body text \(points) pt")
        }
    }

    @Test("the stage summary has one column per stage and names the moments of truth")
    func summary() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let scene = JourneyRenderer.scene(design, view: .summary)
        #expect(scene.width == 1_600 && scene.height == 900)
        let texts = scene.textBlocks.map { $0.lines.joined(separator: " ") }
        for stage in design.stages {
            #expect(texts.filter { $0 == Design.name(stage.name, fallback: stage.id) }.count == 1, "\(stage.name)")
        }
        let numbers = TouchpointNumbers(design)
        for touchpoint in design.touchpoints where touchpoint.momentOfTruth != nil {
            let number = try #require(numbers.number(of: touchpoint.id))
            #expect(texts.contains { $0.hasPrefix("\(number) · ") }, "moment of truth \(number) is not named")
        }
        #expect(texts.contains("Top pain points") || texts.contains("Top pain points"))
        let a4 = StageSummaryLayout.scene(design, paper: .a4)
        #expect(abs(a4.width / a4.height - 297.0 / 210.0) < 1e-6)
    }
}
