import JourneyKit
import PropertyBased

/// Stages and their touchpoints, with every touchpoint field.
///
/// Scores come out as fractions of the scale (0…1); ``DesignGenerator/design`` puts them on the
/// design's scale once the scale is chosen.
extension DesignGenerator {
    /// A stage with its touchpoints, which still name no stage (the design assigns it).
    static let stage: AnyGenerator<(Stage, [Touchpoint])> = zip(
        id(Stage.self), requiredText, optionalText, touchpoint.array(of: 0...3)
    ).map { id, name, description, touchpoints in
        (Stage(id: id, name: name, description: description), touchpoints)
    }.eraseToAny()

    static let channel: AnyGenerator<Channel?> = Gen.frequency(
        (weight: 3, gen: choose(Channel.known)),
        (weight: 1, gen: text.map { Channel(rawValue: $0) })
    ).optional(valueRate: 0.6).eraseToAny()

    static let touchpoint: AnyGenerator<Touchpoint> = zip(touchpointCore, touchpointDesign, touchpointFlow)
        .map { core, design, flow in
            var touchpoint = core
            design(&touchpoint)
            flow(&touchpoint)
            return touchpoint
        }.eraseToAny()

    /// Id, title, description, channel, kind, initiator, receiver, actors, personas, lane.
    static let touchpointCore: AnyGenerator<Touchpoint> = zip(
        id(Touchpoint.self), requiredText, optionalText, channel, oneCase(TouchpointKind.self),
        optionalID(Actor.self, rate: 0.3), optionalID(Actor.self, rate: 0.3), ids(Actor.self), ids(Persona.self),
        oneCase(Lane.self).optional(valueRate: 0.5)
    ).map { id, title, description, channel, kind, initiator, receiver, actors, personas, lane in
        Touchpoint(
            id: id, title: title, stage: "", description: description, channel: channel, kind: kind,
            initiator: initiator, receiver: receiver, actors: actors, personas: personas, lane: lane)
    }.eraseToAny()

    /// Owner, emotional design, personalized, adaptive, adaptation, co-creation, core,
    /// supportedBy, accessibility, feedback.
    static let touchpointDesign: AnyGenerator<@Sendable (inout Touchpoint) -> Void> = zip(
        optionalText, emotionalDesign.optional(valueRate: 0.25), zip(flag(), flag(), optionalText),
        flag(), texts(0...2), flag(), ids(Touchpoint.self, 0...2), texts(0...2), flag()
    ).map { owner, emotional, adapt, coCreated, coCreationSupport, core, supportedBy, accessibility, feedback in
        { (touchpoint: inout Touchpoint) in
            touchpoint.owner = owner
            touchpoint.emotional = emotional
            (touchpoint.personalized, touchpoint.adaptive, touchpoint.adaptation) = adapt
            touchpoint.coCreated = coCreated
            touchpoint.coCreationSupport = coCreationSupport
            touchpoint.deliversCore = core
            touchpoint.supportedBy = supportedBy
            touchpoint.accessibility = accessibility
            touchpoint.feedbackChannel = feedback
        }
    }.eraseToAny()

    /// Moment of truth, emotions, next, branches, entry, end, receiver label, compliance, times.
    static let touchpointFlow: AnyGenerator<@Sendable (inout Touchpoint) -> Void> = zip(
        momentOfTruth.optional(valueRate: 0.3), emotion.array(of: 0...2), ids(Touchpoint.self, 0...2),
        branch.array(of: 0...2), flag(0.2), flag(0.2), optionalText,
        oneCase(Compliance.self).optional(valueRate: 0.3), times.optional(valueRate: 0.25)
    ).map { moment, emotions, next, branches, entry, end, receiverLabel, compliance, times in
        { (touchpoint: inout Touchpoint) in
            touchpoint.momentOfTruth = moment
            // One reading per persona: a persona written twice under `emotions` is a duplicate key.
            var seen = Set<PersonaID>()
            touchpoint.emotions = emotions.filter { seen.insert($0.persona).inserted }
            touchpoint.next = next
            touchpoint.branches = branches
            touchpoint.isEntry = entry
            touchpoint.isEnd = end
            touchpoint.receiverLabel = receiverLabel
            touchpoint.compliance = compliance
            touchpoint.times = times
        }
    }.eraseToAny()

    static let emotionalDesign: AnyGenerator<EmotionalDesign> = zip(
        requiredText, optionalText, oneCase(EmotionalDesign.Kind.self).optional(valueRate: 0.6), texts(0...2)
    ).map { target, mechanism, kind, enablers in
        EmotionalDesign(target: target, mechanism: mechanism, kind: kind, enablers: enablers)
    }.eraseToAny()

    /// `true` alone, or a block; its target is a fraction of the scale.
    static let momentOfTruth: AnyGenerator<MomentOfTruth> = Gen.frequency(
        (weight: 1, gen: Gen.always(MomentOfTruth())),
        (weight: 3, gen: zip(optionalText, fraction.optional(valueRate: 0.6), ids(Metric.self, 0...2)).map {
            owner, target, metrics in
            MomentOfTruth(owner: owner, target: target, metrics: metrics)
        })
    ).eraseToAny()

    /// A reading whose score is a fraction of the scale: short form (score only) about half the time.
    static let emotion: AnyGenerator<EmotionReading> = zip(
        id(Persona.self), fraction, optionalText, oneCase(EmotionReading.Basis.self), ids(ResearchStudy.self, 0...2),
        flag(0.5)
    ).map { persona, score, thought, basis, evidence, short in
        short
            ? EmotionReading(persona: persona, score: score)
            : EmotionReading(persona: persona, score: score, thought: thought, basis: basis, evidence: evidence)
    }.eraseToAny()

    static let branch: AnyGenerator<Branch> = zip(text.optional(valueRate: 0.7), id(Touchpoint.self))
        .map { condition, target in Branch(if: condition, to: target) }.eraseToAny()

    /// Recorded times, at least one of them (the reader reads an empty `time:` as none).
    static let times: AnyGenerator<TouchpointTimes> = zip(
        moment.optional(valueRate: 0.5), moment.optional(valueRate: 0.3), moment.optional(valueRate: 0.3),
        moment.optional(valueRate: 0.3), moment.optional(valueRate: 0.3)
    ).map { originated, received, consumed, started, completed in
        let times = TouchpointTimes(
            originated: originated, received: received, consumed: consumed, started: started, completed: completed)
        return times.isEmpty ? TouchpointTimes(started: "2026-03-02T09:15:00+01:00") : times
    }.eraseToAny()
}
