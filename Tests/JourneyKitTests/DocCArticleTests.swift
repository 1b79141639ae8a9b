import JourneyKit
import Testing

/// The design of the DocC article "Modelling a journey in Swift", copied verbatim, so that the
/// article's code keeps compiling and means what it says.
@Suite("DocC article examples")
struct DocCArticleTests {
    static let bikeRepair = ServiceDesign(id: "bike-repair", title: "Bike repair while you wait") {
        Actor(id: "rider", name: "Rider", kind: .customer)
        Actor(id: "mechanic", name: "Mechanic", kind: .employee)
        Persona(id: "commuter", name: "Commuter with a flat tyre") {
            Need("Ride home tonight")
            Expectation("A fixed price before work starts")
            Desire("Learn to fix it next time")
        }
        JourneyStage("arrive", "Arrive") {
            Touchpoint("drop-off", "Wheels the bike to the counter", channel: .store, actors: ["rider"], lane: .customer) {
                Emotion("commuter", 2)
            }
            Touchpoint("quote", "Mechanic gives a price", channel: .inPerson, actors: ["mechanic", "rider"], lane: .frontstage) {
                Emotion("commuter", 4, "Fair price, and I can wait.")
                MomentOfTruth(owner: "Workshop lead", target: 4)
                Branch(if: "Rider accepts the price", to: "repair")
                Branch(if: "Rider declines", to: "leave")
            }
            Touchpoint("leave", "Takes the bike home unrepaired", lane: .customer) {
                Emotion("commuter", 1)
            }
        }
        JourneyStage("repair", "Repair") {
            Touchpoint("repair", "Mechanic repairs the bike", lane: .backstage) {
                Emotion("commuter", 5)
            }
        }
    }

    @Test("the article's design is what it says: sound, four touchpoints, the usual case as the main path")
    func bikeRepairDesign() {
        let design = Self.bikeRepair
        #expect(design.integrityProblems().isEmpty)
        #expect(design.touchpoints.map(\.id.rawValue) == ["drop-off", "quote", "leave", "repair"])
        #expect(JourneyGraph(design).mainPath.map(\.rawValue) == ["drop-off", "quote", "repair"])
        #expect(design.touchpoint("quote")?.momentOfTruth?.target == 4)
        #expect(design.emotionCurves().first?.peakEnd == 5)
    }
}
