import Foundation
import JourneyKit

/// What ``RoundTripPropertyTests/generatorCoverage()`` asks of the generated designs: each
/// check must hold for at least one of them.
enum GeneratorCoverage {
    typealias Check = (String, @Sendable (ServiceDesign) -> Bool)

    static func check(_ name: String, _ check: @escaping @Sendable (ServiceDesign) -> Bool) -> Check { (name, check) }

    static func touchpoint(_ name: String, _ check: @escaping @Sendable (Touchpoint) -> Bool) -> Check {
        ("touchpoint " + name, { $0.touchpoints.contains(where: check) })
    }

    static let checks: [Check] = design + people + journey + improvements + evidence

    static let design: [Check] = [
        check("version") { $0.version != nil }, check("owner") { $0.owner != nil }, check("status") { $0.status != nil },
        check("kind actual") { $0.kind == .actual }, check("kind planned") { $0.kind == .planned },
        check("planned journey") { $0.plannedJourney != nil }, check("proposition") { $0.coreProposition != nil },
        check("summary") { $0.summary != nil }, check("description") { $0.description != nil },
        check("standard scale") { $0.scale == .standard }, check("other scale") { $0.scale != .standard },
        check("negative scale") { $0.scale.min < 0 }, check("fractional scale") { $0.scale.min != $0.scale.min.rounded() },
        check("fractional neutral") { $0.scale.neutral != $0.scale.neutral.rounded() },
        check("scale labels") { $0.scale.labels.count > 1 },
        check("project") { $0.project != nil }, check("project owner") { $0.project?.owner != nil },
        check("project scope") { $0.project?.scope != nil }, check("project personas") { $0.project?.personas.isEmpty == false },
        check("team") { $0.project?.team.isEmpty == false },
        check("team function") { $0.project?.team.contains { $0.function != nil } == true },
        check("team frontline") { $0.project?.team.contains { $0.frontline } == true },
        check("levels") { $0.project?.pyramidLevels.isEmpty == false },
        check("success") { $0.project?.successMetrics.isEmpty == false },
        check("objectives") { $0.project?.objectives.isEmpty == false },
        check("suppression") { !$0.suppressions.isEmpty }, check("suppression reason") { $0.suppressions.contains { $0.reason != nil } },
        check("suppression everywhere") { $0.suppressions.contains { $0.elements.isEmpty } },
        check("suppression at one") { $0.suppressions.contains { $0.elements.count == 1 } },
        check("suppression at several") { $0.suppressions.contains { $0.elements.count > 1 } },
    ]

    static let people: [Check] = [
        check("persona description") { $0.personas.contains { $0.description != nil } },
        check("goals") { $0.personas.contains { !$0.goals.isEmpty } }, check("quote") { $0.personas.contains { $0.quote != nil } },
        check("needs") { $0.personas.contains { !$0.needs.isEmpty } },
        check("expectations") { $0.personas.contains { !$0.expectations.isEmpty } },
        check("desires") { $0.personas.contains { !$0.desires.isEmpty } },
        check("persona evidence") { $0.personas.contains { !$0.evidence.isEmpty } },
        check("plain statement") { $0.personas.flatMap(\.needs).contains { $0.id == nil && $0.evidence.isEmpty } },
        check("statement with id") { $0.personas.flatMap(\.desires).contains { $0.id != nil } },
        check("statement with evidence") { $0.personas.flatMap(\.expectations).contains { !$0.evidence.isEmpty } },
        check("actor description") { $0.actors.contains { $0.description != nil } },
        check("blank actor name") { $0.actors.contains { $0.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } },
    ] + Actor.Kind.allCases.map { kind in check("actor \(kind)") { $0.actors.contains { $0.kind == kind } } } + [
        check("challenge id") { $0.challenges.contains { $0.id != nil } },
        check("challenge personas") { $0.challenges.contains { !$0.personas.isEmpty } },
        check("challenge pain points") { $0.challenges.contains { !$0.painPoints.isEmpty } },
        check("challenge opportunities") { $0.challenges.contains { !$0.opportunities.isEmpty } },
        check("challenge answers") { $0.challenges.contains { !$0.answers.isEmpty } },
        check("value serves") { $0.valueProposition?.serves.isEmpty == false },
        check("value objectives") { $0.valueProposition?.objectives.isEmpty == false },
        check("value distinctive") { $0.valueProposition?.distinctive != nil },
        check("value alternatives") { $0.valueProposition?.alternatives.isEmpty == false },
    ]

    static let journey: [Check] = [
        check("several stages") { $0.stages.count > 1 }, check("stage description") { $0.stages.contains { $0.description != nil } },
        check("stage without touchpoints") { design in design.stages.contains { stage in !design.touchpoints.contains { $0.stage == stage.id } } },
        touchpoint("description") { $0.description != nil }, touchpoint("known channel") { $0.channel.map(Channel.known.contains) == true },
        touchpoint("other channel") { $0.channel.map(Channel.known.contains) == false },
        touchpoint("communication") { $0.kind == .communication }, touchpoint("initiator") { $0.initiator != nil },
        touchpoint("receiver") { $0.receiver != nil }, touchpoint("actors") { !$0.actors.isEmpty },
        touchpoint("personas") { !$0.personas.isEmpty }, touchpoint("lane") { $0.lane != nil },
        touchpoint("owner") { $0.owner != nil }, touchpoint("emotional") { $0.emotional != nil },
        touchpoint("emotional mechanism") { $0.emotional?.mechanism != nil },
        touchpoint("emotional kind") { $0.emotional?.kind != nil },
        touchpoint("emotional enablers") { $0.emotional?.enablers.isEmpty == false },
        touchpoint("personalized") { $0.personalized }, touchpoint("adaptive") { $0.adaptive },
        touchpoint("adaptation") { $0.adaptation != nil }, touchpoint("co-created") { $0.coCreated },
        touchpoint("co-creation support") { !$0.coCreationSupport.isEmpty }, touchpoint("core") { $0.deliversCore },
        touchpoint("supported by") { !$0.supportedBy.isEmpty }, touchpoint("accessibility") { !$0.accessibility.isEmpty },
        touchpoint("feedback") { $0.feedbackChannel },
        touchpoint("moment of truth: true") { $0.momentOfTruth == MomentOfTruth() },
        touchpoint("moment of truth owner") { $0.momentOfTruth?.owner != nil },
        touchpoint("moment of truth target") { $0.momentOfTruth?.target != nil },
        touchpoint("moment of truth metrics") { $0.momentOfTruth?.metrics.isEmpty == false },
        touchpoint("short emotion") { $0.emotions.contains { $0.thought == nil && $0.basis == .target && $0.evidence.isEmpty } },
        touchpoint("emotion thought") { $0.emotions.contains { $0.thought != nil } },
        touchpoint("emotion observed") { $0.emotions.contains { $0.basis == .observed } },
        touchpoint("emotion evidence") { $0.emotions.contains { !$0.evidence.isEmpty } },
        touchpoint("fractional score") { $0.emotions.contains { $0.score != $0.score.rounded() } },
        touchpoint("several emotions") { $0.emotions.count > 1 },
        touchpoint("one next") { $0.next.count == 1 }, touchpoint("several next") { $0.next.count > 1 },
        touchpoint("branch with condition") { $0.branches.contains { $0.condition != nil } },
        touchpoint("branch without condition") { $0.branches.contains { $0.condition == nil } },
        touchpoint("entry") { $0.isEntry }, touchpoint("end") { $0.isEnd },
        touchpoint("receiver label") { $0.receiverLabel != nil }, touchpoint("compliance") { $0.compliance != nil },
        touchpoint("originated") { $0.times?.originated != nil }, touchpoint("received") { $0.times?.received != nil },
        touchpoint("consumed") { $0.times?.consumed != nil }, touchpoint("started") { $0.times?.started != nil },
        touchpoint("completed") { $0.times?.completed != nil },
        check("negative score") { $0.touchpoints.contains { $0.emotions.contains { $0.score < 0 } } },
    ]

    static let improvements: [Check] = [
        check("pain point id") { $0.painPoints.contains { $0.id != nil } },
        check("pain point description") { $0.painPoints.contains { $0.description != nil } },
        check("pain point touchpoints") { $0.painPoints.contains { !$0.touchpoints.isEmpty } },
        check("pain point personas") { $0.painPoints.contains { !$0.personas.isEmpty } },
        check("pain point actors") { $0.painPoints.contains { !$0.actors.isEmpty } },
        check("pain point severity") { $0.painPoints.contains { $0.severity != nil } },
        check("pain point evidence") { $0.painPoints.contains { !$0.evidence.isEmpty } },
        check("opportunity id") { $0.opportunities.contains { $0.id != nil } },
        check("opportunity description") { $0.opportunities.contains { $0.description != nil } },
        check("opportunity status") { $0.opportunities.contains { $0.status != nil } },
        check("opportunity owner") { $0.opportunities.contains { $0.owner != nil } },
        check("opportunity touchpoints") { $0.opportunities.contains { !$0.touchpoints.isEmpty } },
        check("opportunity pain points") { $0.opportunities.contains { !$0.painPoints.isEmpty } },
        check("metric kind") { $0.metrics.contains { $0.kind != nil } }, check("metric method") { $0.metrics.contains { $0.method != nil } },
        check("metric target") { $0.metrics.contains { $0.target != nil } }, check("metric owner") { $0.metrics.contains { $0.owner != nil } },
        check("metric frequency") { $0.metrics.contains { $0.frequency != nil } },
        check("metric touchpoints") { $0.metrics.contains { !$0.touchpoints.isEmpty } },
        check("metric element") { $0.metrics.contains { $0.element != nil } },
        check("data point purpose") { $0.dataPoints.contains { $0.purpose != nil } },
        check("data point captured at") { $0.dataPoints.contains { $0.capturedAt != nil } },
        check("data point used by") { $0.dataPoints.contains { !$0.usedBy.isEmpty } },
        check("data point metrics") { $0.dataPoints.contains { !$0.metrics.isEmpty } },
        check("data point personal") { $0.dataPoints.contains { $0.personal } },
        check("data point legal basis") { $0.dataPoints.contains { $0.legalBasis != nil } },
        check("data point method") { $0.dataPoints.contains { $0.method != nil } },
        check("data point target") { $0.dataPoints.contains { $0.target != nil } },
        check("data point owner") { $0.dataPoints.contains { $0.owner != nil } },
    ]

    static let evidence: [Check] = [
        check("research date YYYY-MM-DD") { $0.evidence.research.contains { $0.date?.day != nil } },
        check("research date YYYY-MM") { $0.evidence.research.contains { $0.date != nil && $0.date?.day == nil } },
        check("research sample size") { $0.evidence.research.contains { $0.sampleSize != nil } },
        check("research sample size 0") { $0.evidence.research.contains { $0.sampleSize == 0 } },
        check("research personas") { $0.evidence.research.contains { !$0.personas.isEmpty } },
        check("research findings") { $0.evidence.research.contains { $0.findings != nil } },
        check("session date") { $0.evidence.sessions.contains { $0.date != nil } },
        check("session participants") { $0.evidence.sessions.contains { $0.participants != nil } },
        check("session personas") { $0.evidence.sessions.contains { !$0.personas.isEmpty } },
        check("session outcome") { $0.evidence.sessions.contains { $0.outcome != nil } },
        check("test method") { $0.evidence.tests.contains { $0.method != nil } },
        check("test date") { $0.evidence.tests.contains { $0.date != nil } },
        check("test touchpoints") { $0.evidence.tests.contains { !$0.touchpoints.isEmpty } },
        check("test result") { $0.evidence.tests.contains { $0.result != nil } },
        check("test findings") { $0.evidence.tests.contains { $0.findings != nil } },
        check("test revision") { $0.evidence.tests.contains { $0.revision != nil } },
    ]

    /// Every text and id in a design, found by reflection.
    static func texts(_ value: Any) -> [String] {
        if let text = value as? String { return [text] }
        if let channel = value as? Channel { return [channel.rawValue] }
        return Mirror(reflecting: value).children.flatMap { texts($0.value) }
    }
}
