import Testing
import JourneyKit

@Suite("Result-builder DSL: designs, stages, touchpoints and personas in Swift code")
struct DSLTests {
    static let coffee = ServiceDesign(id: "coffee", title: "Morning coffee", owner: "Cafe", status: .draft) {
        JourneyKit.Actor(id: "guest", name: "Guest", kind: .customer)
        Persona(id: "sam", name: "Sam, commuter", goals: ["Catch the 8:05"]) {
            Need("Coffee in under three minutes", id: "fast")
            JourneyKit.Expectation("The usual order is remembered")
            Desire("A barista who knows their name", id: "known", evidence: ["visits"])
            Need("A lid that fits")
        }
        JourneyStage("order", "Order", description: "From the door to the till") {
            Touchpoint("queue", "Joins the queue", channel: .store, actors: ["guest"], lane: .customer) {
                Emotion("sam", 2, "Will I make my train?")
                Next("pay")
            }
            Touchpoint("pay", "Pays at the till", channel: .store, lane: .frontstage) {
                Emotion("sam", 4, basis: .observed, evidence: ["visits"])
                Branch(if: "card declined", to: "queue")
                Branch(if: nil, to: "collect")
                MomentOfTruth(owner: "Barista", target: 4)
            }
        }
        JourneyStage("collect", "Collect") {
            Touchpoint("collect", "Collects the cup", isEnd: true) {
                EmotionalDesign(target: "recognized", kind: .individual)
                EmotionReading(persona: "sam", score: 5, thought: "They wrote my name right")
            }
        }
        ResearchStudy(id: "visits", method: "observation", date: CalendarDate(year: 2025, month: 9), sampleSize: 12)
    }

    @Test("stages are kept in order and every touchpoint gets its stage filled in")
    func stagesAndTouchpoints() {
        let design = Self.coffee
        #expect(design.id == "coffee")
        #expect(design.title == "Morning coffee")
        #expect(design.owner == "Cafe")
        #expect(design.status == .draft)
        #expect(design.stages.map(\.id) == ["order", "collect"])
        #expect(design.stages.map(\.name) == ["Order", "Collect"])
        #expect(design.stages[0].description == "From the door to the till")
        #expect(design.touchpoints.map(\.id) == ["queue", "pay", "collect"])
        #expect(design.touchpoints.map(\.stage) == ["order", "order", "collect"])
        #expect(design.touchpoints(in: "order").map(\.id) == ["queue", "pay"])
        #expect(design.touchpoints(in: "collect").map(\.id) == ["collect"])
        #expect(design.integrityProblems() == [])
    }

    @Test("touchpoint arguments and content land in the right fields")
    func touchpointContent() throws {
        let queue = try #require(Self.coffee.touchpoint("queue"))
        #expect(queue.title == "Joins the queue")
        #expect(queue.channel == .store)
        #expect(queue.lane == .customer)
        #expect(queue.actors == ["guest"])
        #expect(queue.next == ["pay"])
        #expect(queue.branches == [])
        #expect(queue.emotions == [EmotionReading(persona: "sam", score: 2, thought: "Will I make my train?")])
        #expect(queue.hasExplicitFlow)

        let pay = try #require(Self.coffee.touchpoint("pay"))
        #expect(pay.next == [])
        #expect(pay.branches.map(\.target) == ["queue", "collect"])
        #expect(pay.branches.map(\.condition) == ["card declined", nil])
        #expect(pay.emotion(of: "sam")?.basis == .observed)
        #expect(pay.emotion(of: "sam")?.evidence == ["visits"])
        #expect(pay.momentOfTruth?.owner == "Barista")
        #expect(pay.momentOfTruth?.target == 4)

        let collect = try #require(Self.coffee.touchpoint("collect"))
        #expect(collect.isEnd)
        #expect(!collect.hasExplicitFlow)
        #expect(collect.emotional?.target == "recognized")
        #expect(collect.emotional?.kind == .individual)
        #expect(collect.emotion(of: "sam")?.thought == "They wrote my name right")
        #expect(collect.emotion(of: "nobody") == nil)
    }

    @Test("a persona keeps needs, expectations and desires apart, each in order")
    func personaStatements() throws {
        let sam = try #require(Self.coffee.persona("sam"))
        #expect(sam.name == "Sam, commuter")
        #expect(sam.goals == ["Catch the 8:05"])
        #expect(sam.needs.map(\.text) == ["Coffee in under three minutes", "A lid that fits"])
        #expect(sam.needs.map(\.id) == ["fast", nil])
        #expect(sam.expectations.map(\.text) == ["The usual order is remembered"])
        #expect(sam.desires.map(\.text) == ["A barista who knows their name"])
        #expect(sam.desires.first?.evidence == ["visits"])
        #expect(sam.statements.map(\.category) == [.need, .need, .expectation, .desire])
    }

    @Test("other parts go to their own lists")
    func otherParts() {
        #expect(Self.coffee.actors.map(\.id) == ["guest"])
        #expect(Self.coffee.actors.first?.kind == .customer)
        #expect(Self.coffee.evidence.research.map(\.id) == ["visits"])
        #expect(Self.coffee.evidence.research.first?.sampleSize == 12)
        #expect(Self.coffee.scale == .standard)
        #expect(Self.coffee.project == nil)

        let more = ServiceDesign(id: "m", title: "More") {
            EmotionScale(min: -2, max: 2, neutral: 0)
            DesignProject(owner: "Ops", pyramidLevels: [1, 2])
            Metric(id: "nps", name: "NPS", kind: .perceived)
            DataPoint(id: "email", name: "E-mail address", purpose: .individualize)
            PainPoint("Long queue", id: "queue-pain", severity: .high)
            Opportunity("Order ahead", id: "ahead", painPoints: ["queue-pain"])
            DesignChallenge("How might we shorten the wait?", id: "wait")
            ValueProposition("Coffee before the train")
            CoCreationSession("Workshop")
            PrototypeTest("Paper app", result: .passed)
        }
        #expect(more.scale == EmotionScale(min: -2, max: 2, neutral: 0))
        #expect(more.project?.owner == "Ops")
        #expect(more.project?.pyramidLevels == [1, 2])
        #expect(more.metrics.map(\.id) == ["nps"])
        #expect(more.dataPoints.map(\.id) == ["email"])
        #expect(more.painPoints.map(\.id) == ["queue-pain"])
        #expect(more.opportunities.map(\.id) == ["ahead"])
        #expect(more.challenges.map(\.id) == ["wait"])
        #expect(more.valueProposition?.statement == "Coffee before the train")
        #expect(more.evidence.sessions.map(\.title) == ["Workshop"])
        #expect(more.evidence.tests.map(\.result) == [.passed])
        #expect(more.stages == [])
        #expect(more.touchpoints == [])
    }

    @Test("if, if-else and for work inside the builders")
    func controlFlow() {
        func build(express: Bool, extraSteps: Int) -> ServiceDesign {
            ServiceDesign(id: "flow", title: "Flow") {
                if express {
                    Persona(id: "hurried", name: "Hurried") {
                        if extraSteps > 0 { Need("Speed") }
                    }
                } else {
                    Persona(id: "relaxed", name: "Relaxed") {}
                }
                JourneyStage("main", "Main") {
                    Touchpoint("start", "Start") {
                        if express { Next("done") } else { Emotion("relaxed", 4) }
                    }
                    for i in 0..<extraSteps {
                        Touchpoint(TouchpointID("extra\(i)"), "Extra \(i)")
                    }
                    if !express { Touchpoint("linger", "Lingers") }
                    Touchpoint("done", "Done")
                }
            }
        }
        let express = build(express: true, extraSteps: 2)
        #expect(express.personas.map(\.id) == ["hurried"])
        #expect(express.personas.first?.needs.map(\.text) == ["Speed"])
        #expect(express.touchpoints.map(\.id) == ["start", "extra0", "extra1", "done"])
        #expect(express.touchpoints.map(\.stage) == ["main", "main", "main", "main"])
        #expect(express.touchpoint("start")?.next == ["done"])
        #expect(JourneyGraph(express).unreachable == ["extra0", "extra1"])

        let relaxed = build(express: false, extraSteps: 0)
        #expect(relaxed.personas.map(\.id) == ["relaxed"])
        #expect(relaxed.touchpoints.map(\.id) == ["start", "linger", "done"])
        #expect(relaxed.touchpoint("start")?.next == [])
        #expect(relaxed.touchpoint("start")?.emotions.map(\.score) == [4])
        #expect(JourneyGraph(relaxed).mainPath == ["start", "linger", "done"])
    }

    @Test("Next with several targets and repeated Next add up in order")
    func severalNexts() {
        let touchpoint = Touchpoint("hub", "Hub") {
            Next("a", "b")
            Next("c")
        }
        #expect(touchpoint.next == ["a", "b", "c"])
        // Outside a stage the DSL leaves the stage empty.
        #expect(touchpoint.stage == "")
    }

    @Test("a design built with the DSL equals the same design built with plain initializers")
    func dslEqualsPlain() {
        let dsl = ServiceDesign(id: "p", title: "Plain") {
            Persona(id: "anna", name: "Anna") { Need("Quick") }
            JourneyStage("s", "S") {
                Touchpoint("a", "A", channel: .web) { Emotion("anna", 2); Next("b") }
                Touchpoint("b", "B")
            }
        }
        let plain = ServiceDesign(
            id: "p", title: "Plain",
            personas: [Persona(id: "anna", name: "Anna", needs: [PersonaStatement("Quick")])],
            stages: [Stage(id: "s", name: "S")],
            touchpoints: [
                Touchpoint(id: "a", title: "A", stage: "s", channel: .web, emotions: [EmotionReading(persona: "anna", score: 2)], next: ["b"]),
                Touchpoint(id: "b", title: "B", stage: "s"),
            ])
        #expect(dsl == plain)
        var changed = plain
        changed.touchpoints[1].stage = "elsewhere"
        #expect(dsl != changed)
    }
}
