import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing

/// The service blueprint's promises, checked on the scene's geometry: columns per customer
/// action, supporting steps under what they support, every `supportedBy` link drawn, flow from
/// card to card, and a key of only what is drawn.
@Suite("Service blueprint")
struct BlueprintTests {
    static let designs = ["clinic-outpatient.yaml", "residence-permit.yaml"]

    static func design(_ name: String) throws -> ServiceDesign {
        if name == "residence-permit.yaml" {
            let url = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/pictures/residence-permit.yaml")
            let decoded = JourneyFile.decode(try Data(contentsOf: url), name: name, format: nil)
            return try #require(decoded.design, "\(name): \(decoded.problems)")
        }
        return try Samples.design(name)
    }

    /// What a blueprint scene shows, read back from its items.
    struct Drawn {
        var cards: [Int: Rect] = [:]
        var badges: [Int: String] = [:]
        var supports: [[Point]] = []
        var arrows: [[Point]] = []
        var legend: [String] = []
        var texts: [TextBlock] = []
        var data: [(frame: Rect, text: String)] = []

        init(_ scene: Scene) {
            for item in scene.items { visit(item) }
        }

        private mutating func visit(_ item: SceneItem) {
            switch item {
            case .group(let items, _, let role?) where role.hasPrefix("touchpoint jk-tp jk-tp-"):
                let place = Int(role.split(separator: "-").last!)!
                if case .box(let box)? = items.first { cards[place] = box.frame }
                for case .text(let block) in items { badges[place] = block.lines.first; break }
            case .group(let items, _, "supports"):
                for case .path(let path) in items { supports.append(Self.points(path)) }
            case .group(let items, _, "data"):
                if case .box(let box)? = items.first {
                    var lines: [String] = []
                    for case .text(let block) in items { lines += block.lines }
                    data.append((box.frame, lines.joined(separator: " ")))
                }
            case .group(let items, _, "legend"):
                for case .text(let block) in items { legend.append(block.lines.joined(separator: " ")) }
            case .group(let items, _, _):
                for item in items { visit(item) }
            case .path(let path) where path.arrow:
                arrows.append(Self.points(path))
            case .text(let block):
                texts.append(block)
            default:
                break
            }
        }

        static func points(_ path: PathShape) -> [Point] {
            path.commands.compactMap { command -> Point? in
                switch command {
                case .move(let p), .line(let p): p
                case .quad(_, let p): p
                case .cubic(_, _, let p): p
                case .close: nil
                }
            }
        }

        /// Whether the point lies on the outline of the card (within half a pixel).
        static func onEdge(_ point: Point, _ card: Rect) -> Bool {
            let inX = point.x >= card.minX - 0.5 && point.x <= card.maxX + 0.5
            let inY = point.y >= card.minY - 0.5 && point.y <= card.maxY + 0.5
            let nearX = abs(point.x - card.minX) < 0.5 || abs(point.x - card.maxX) < 0.5
            let nearY = abs(point.y - card.minY) < 0.5 || abs(point.y - card.maxY) < 0.5
            return (inX && nearY) || (inY && nearX)
        }
    }

    static func placeOfID(_ design: ServiceDesign) -> [TouchpointID: Int] {
        var result: [TouchpointID: Int] = [:]
        for (place, touchpoint) in design.touchpoints.enumerated() where result[touchpoint.id] == nil { result[touchpoint.id] = place }
        return result
    }

    @Test("each supporting step sits in the column of the customer action it supports", arguments: designs)
    func supportersShareTheColumn(_ name: String) throws {
        let design = try Self.design(name)
        let drawn = Drawn(BlueprintLayout.scene(design))
        let places = Self.placeOfID(design)
        var checked = 0
        // Follow supportedBy up (supporter → what it supports, first in journey
        // order) until a customer action: the supporter's card must stand in its column.
        let numbers = TouchpointNumbers(design)
        let stageIndex = Dictionary(design.stages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func stage(_ place: Int) -> Int { stageIndex[design.touchpoints[place].stage] ?? design.stages.count }
        var supports: [Int: [Int]] = [:]
        for place in numbers.order {
            for id in design.touchpoints[place].supportedBy {
                // Stages in order: a step is drawn under what it supports in its own stage, or a
                // later one, never an earlier one.
                if let supporter = places[id], supporter != place, stage(place) >= stage(supporter) {
                    supports[supporter, default: []].append(place)
                }
            }
        }
        for (supporter, all) in supports {
            supports[supporter] = all.filter { stage($0) == stage(supporter) } + all.filter { stage($0) > stage(supporter) }
        }
        for (supporter, targets) in supports {
            // Under the first step it supports (its own stage first), and so under that step's
            // customer action.
            let card = try #require(drawn.cards[supporter]), supported = try #require(drawn.cards[targets[0]])
            #expect(card.minX == supported.minX, "\(design.touchpoints[supporter].id) is not under \(design.touchpoints[targets[0]].id)")
            var current = targets[0]
            var seen: Set<Int> = [supporter]
            while BlueprintLayout.lane(of: design.touchpoints[current], in: design) != .customer, let next = supports[current]?.first, seen.insert(current).inserted {
                current = next
            }
            if BlueprintLayout.lane(of: design.touchpoints[current], in: design) == .customer {
                let action = try #require(drawn.cards[current])
                #expect(card.minX == action.minX, "\(design.touchpoints[supporter].id) is not under \(design.touchpoints[current].id)")
            }
            checked += 1
        }
        #expect(checked >= 3, "too few supporting steps checked: \(checked)")
    }

    @Test("steps that support nothing sit under a customer action of their own stage", arguments: designs)
    func everyColumnIsACustomerAction(_ name: String) throws {
        let design = try Self.design(name)
        let drawn = Drawn(BlueprintLayout.scene(design))
        #expect(drawn.cards.count == design.touchpoints.count)
        // Every column (a distinct card x) of a stage with customer actions holds one.
        let customer = Set(design.touchpoints.indices.filter { BlueprintLayout.lane(of: design.touchpoints[$0], in: design) == .customer })
        let stagesWithActions = Set(customer.map { design.touchpoints[$0].stage })
        for stage in stagesWithActions {
            let inStage = design.touchpoints.indices.filter { design.touchpoints[$0].stage == stage }
            let columnsWithAction = Set(inStage.filter(customer.contains).compactMap { drawn.cards[$0]?.minX })
            for place in inStage {
                let x = try #require(drawn.cards[place]).minX
                let supportsOtherStage = design.touchpoints.contains { $0.stage != stage && $0.supportedBy.contains(design.touchpoints[place].id) }
                if !supportsOtherStage || columnsWithAction.contains(x) {
                    #expect(columnsWithAction.contains(x), "\(design.touchpoints[place].id) stands in a column without a customer action")
                }
            }
        }
        // Fewer columns than steps: no staircase.
        #expect(Set(drawn.cards.values.map(\.minX)).count < design.touchpoints.count * 2 / 3)
    }

    @Test("every supportedBy link is drawn from the supporting card to the supported card", arguments: designs)
    func supportLinksDrawn(_ name: String) throws {
        let design = try Self.design(name)
        let drawn = Drawn(BlueprintLayout.scene(design))
        let places = Self.placeOfID(design)
        var links = 0
        for (place, touchpoint) in design.touchpoints.enumerated() {
            for id in touchpoint.supportedBy {
                guard let supporter = places[id], supporter != place else { continue }
                let from = try #require(drawn.cards[supporter]), to = try #require(drawn.cards[place])
                let found = drawn.supports.contains { points in
                    guard let first = points.first, let last = points.last else { return false }
                    return Drawn.onEdge(first, from) && Drawn.onEdge(last, to)
                }
                #expect(found, "no link from \(id) to \(touchpoint.id)")
                links += 1
            }
        }
        #expect(links > 0)
        #expect(drawn.supports.count == links)
        #expect(drawn.legend.contains("supports (supportedBy)"))
    }

    @Test("flow arrows start and end on cards, one per flow", arguments: designs)
    func flowEndsOnCards(_ name: String) throws {
        let design = try Self.design(name)
        let drawn = Drawn(BlueprintLayout.scene(design))
        let graph = JourneyGraph(design)
        let places = Self.placeOfID(design)
        var expected = 0
        for (place, touchpoint) in design.touchpoints.enumerated() where places[touchpoint.id] == place {
            for successor in graph.successors(of: touchpoint.id) {
                guard let target = places[successor] else { continue }
                let from = try #require(drawn.cards[place]), to = try #require(drawn.cards[target])
                let found = drawn.arrows.contains { points in
                    guard let first = points.first, let last = points.last else { return false }
                    return Drawn.onEdge(first, from) && Drawn.onEdge(last, to)
                }
                #expect(found, "no arrow from \(touchpoint.id) to \(successor)")
                expected += 1
            }
        }
        #expect(drawn.arrows.count == expected)
        for arrow in drawn.arrows {
            let last = try #require(arrow.last)
            #expect(drawn.cards.values.contains { Drawn.onEdge(last, $0) }, "an arrow ends at \(last), not on a card")
        }
    }

    @Test("cards carry the touchpoint's number from TouchpointNumbers, whatever the column", arguments: designs)
    func cardNumbers(_ name: String) throws {
        let design = try Self.design(name)
        let drawn = Drawn(BlueprintLayout.scene(design))
        let numbers = TouchpointNumbers(design)
        for place in design.touchpoints.indices {
            #expect(drawn.badges[place] == numbers.number(atPlace: place).map { "\($0)" }, "card of \(design.touchpoints[place].id)")
        }
    }

    @Test("the key lists only what the blueprint draws: no persona lines, no faces", arguments: designs)
    func keyListsOnlyDrawnSymbols(_ name: String) throws {
        let design = try Self.design(name)
        let drawn = Drawn(BlueprintLayout.scene(design))
        #expect(!design.personas.isEmpty)
        for persona in design.personas {
            #expect(!drawn.legend.contains { !persona.name.isEmpty && $0.contains(persona.name) })
        }
        #expect(!drawn.legend.contains { $0.hasPrefix("low (") || $0.hasPrefix("high (") || $0.hasPrefix("neutral (") })
        #expect(!drawn.legend.contains { $0.hasPrefix("off the main path") || $0 == "pain point" || $0 == "opportunity" || $0 == "metric" })
        #expect(drawn.legend.contains("flow, branch"))
    }

    @Test("a journey without actors or lanes puts its steps under Customer actions, and the key has no support link")
    func withoutActors() throws {
        let design = ServiceDesign(
            id: "plain", title: "Plain",
            stages: [Stage(id: "a", name: "A"), Stage(id: "b", name: "B")],
            touchpoints: [
                Touchpoint(id: "find", title: "Find the shop", stage: "a", channel: .web),
                Touchpoint(id: "buy", title: "Buy", stage: "a"),
                Touchpoint(id: "use", title: "Use it", stage: "b", channel: .app),
            ]
        )
        #expect(design.touchpoints.map { BlueprintLayout.lane(of: $0, in: design) } == [.customer, .customer, .customer])
        let scene = BlueprintLayout.scene(design)
        let drawn = Drawn(scene)
        let customerRow = try #require(drawn.texts.first { $0.lines.joined(separator: " ") == "Customer actions" })
        let frontstageRow = try #require(drawn.texts.first { $0.lines.joined(separator: " ") == "Frontstage" })
        #expect(drawn.cards.count == 3)
        for card in drawn.cards.values {
            #expect(card.minY > customerRow.frame.minY - 12 && card.maxY < frontstageRow.frame.minY)
        }
        #expect(Set(drawn.cards.values.map(\.minX)).count == 3)
        #expect(drawn.supports.isEmpty)
        #expect(!drawn.legend.contains("supports (supportedBy)"))
    }

    @Test("each data point is drawn once, in its capture column, naming the cards that use it by number")
    func dataRow() throws {
        let design = try Samples.design("clinic-outpatient.yaml")
        let drawn = Drawn(BlueprintLayout.scene(design))
        let numbers = TouchpointNumbers(design)
        let places = Self.placeOfID(design)
        let captured = design.dataPoints.filter { $0.capturedAt != nil }
        #expect(!captured.isEmpty)
        #expect(drawn.data.count == design.dataPoints.count)
        for point in captured {
            let place = try #require(places[point.capturedAt!])
            let card = try #require(drawn.cards[place])
            let box = try #require(drawn.data.first { $0.text.hasPrefix(point.name.prefix(12)) && $0.frame.minX == card.minX }, "\(point.id)")
            let users = Set(point.usedBy.compactMap { numbers.number(of: $0) }).sorted()
            if !users.isEmpty {
                #expect(box.text.contains("used at " + users.map { "\($0)" }.joined(separator: ", ")), "\(point.id): \(box.text)")
            }
        }
    }
}
