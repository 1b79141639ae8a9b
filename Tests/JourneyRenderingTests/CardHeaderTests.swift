import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import Testing

/// What a touchpoint card says beside and under its number: the channel when it is known
/// (nothing rather than "no channel"), the lane in full (never cut), and for a card with
/// branches, its usual way on as well as the branches.
@Suite("Card header")
struct CardHeaderTests {
    static let yaml = """
        journey: headers
        title: Card headers
        stages:
          - id: s1
            name: Stage
            touchpoints:
              - {id: a, title: Imported step without a channel}
              - {id: b, title: Check-in at the desk, channel: in-person, lane: frontstage}
              - id: c
                title: Chooses a slot
                channel: web
                next: e
                branches:
                  - {if: No slot within six weeks, to: d}
              - {id: d, title: Waiting list, channel: letter, lane: backstage}
              - {id: e, title: Confirmation, channel: sms, lane: support}

        """

    static func design() throws -> ServiceDesign {
        let decoded = JourneyFile.decode(Data(yaml.utf8), name: "headers.yaml", format: nil)
        #expect(decoded.problems.isEmpty, "\(decoded.problems)")
        return try #require(decoded.design)
    }

    /// Every line of text on the card of touchpoint `index` in a scene.
    static func cardText(_ scene: Scene, _ index: Int) -> [String] {
        func find(_ items: [SceneItem]) -> SceneItem? {
            for item in items {
                if case .group(let inner, _, let role) = item {
                    if role?.split(separator: " ").contains("jk-tp-\(index)") == true { return item }
                    if let found = find(inner) { return found }
                }
            }
            return nil
        }
        return find(scene.items)?.textBlocks.flatMap(\.lines) ?? []
    }

    @Test("no card says \"no channel\"; a card without a channel has no channel text", arguments: [JourneyView.map, .blueprint])
    func noChannelNoise(_ view: JourneyView) throws {
        let scene = JourneyRenderer.scene(try Self.design(), view: view)
        #expect(!scene.textBlocks.flatMap(\.lines).contains { $0.contains("no channel") })
        let first = Self.cardText(scene, 0)
        #expect(first.contains { $0.contains("Imported step") }, "\(first)")
        #expect(!first.contains { $0.contains("in-person") || $0.contains("web") }, "\(first)")
    }

    @Test("the lane is never cut: in-person · frontstage is set in full, on one line or two")
    func laneInFull() throws {
        let scene = JourneyRenderer.scene(try Self.design(), view: .map)
        let card = Self.cardText(scene, 1)
        let header = card.filter { $0.contains("in-person") || $0.contains("frontstage") }
        #expect(header.joined(separator: " ").contains("frontstage"), "\(card)")
        #expect(header.allSatisfy { !$0.contains("…") }, "\(header)")
        for index in [3, 4] {
            let lines = Self.cardText(scene, index)
            #expect(lines.contains { $0.contains("backstage") || $0.contains("support") }, "\(lines)")
            #expect(!lines.contains { $0.hasSuffix("·…") || $0.hasSuffix("· …") }, "\(lines)")
        }
    }

    @Test("a card with branches shows its usual way on first, then each branch")
    func usualWayOn() throws {
        let scene = JourneyRenderer.scene(try Self.design(), view: .map)
        let lines = Self.cardText(scene, 2)
        let ways = lines.filter { $0.hasPrefix("→") }
        #expect(ways.first == "→ 5 usually", "\(lines)")
        #expect(ways.dropFirst().first?.hasPrefix("→ 4 if No slot") == true, "\(lines)")
    }
}
