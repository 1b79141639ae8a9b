import JourneyKit
import PropertyBased

/// The whole design: metadata, scale, project, people, the journey, improvements, measures,
/// evidence and suppressions.
extension DesignGenerator {
    /// A whole service design in the writers' shape (see ``DesignGenerator``).
    static let design: AnyGenerator<ServiceDesign> = zip(
        metadata, scale, project.optional(valueRate: 0.3), persona.array(of: 0...2), actor.array(of: 0...2),
        challenge.array(of: 0...1), valueProposition.optional(valueRate: 0.3), stage.array(of: 0...2),
        zip(painPoint.array(of: 0...1), opportunity.array(of: 0...1), metric.array(of: 0...1), dataPoint.array(of: 0...1)),
        zip(evidence.optional(valueRate: 0.5).map { $0 ?? DesignEvidence() }, suppression.array(of: 0...2))
    ).map { metadata, scale, project, personas, actors, challenges, value, stages, improvements, evidence in
        var design = metadata
        design.scale = scale
        design.project = project
        design.personas = personas
        design.actors = actors
        design.challenges = challenges
        design.valueProposition = value
        (design.painPoints, design.opportunities, design.metrics, design.dataPoints) = improvements
        (design.evidence, design.suppressions) = evidence
        // Unique stage ids, each stage's touchpoints right after the previous stage's: the order
        // the writers nest them in.
        var stageIDs = Set<StageID>()
        for (stage, touchpoints) in stages {
            var stage = stage
            while !stageIDs.insert(stage.id).inserted { stage.id = StageID(stage.id.rawValue + "-2") }
            design.stages.append(stage)
            design.touchpoints += touchpoints.map { touchpoint in
                var touchpoint = touchpoint
                touchpoint.stage = stage.id
                return touchpoint
            }
        }
        return onScale(design)
    }.eraseToAny()

    /// The design with its scores, generated as fractions, put on its scale.
    static func onScale(_ design: ServiceDesign) -> ServiceDesign {
        var design = design
        let scale = design.scale
        func score(_ fraction: Double) -> Double {
            Swift.min(scale.max, Swift.max(scale.min, scale.min + fraction * (scale.max - scale.min)))
        }
        for index in design.touchpoints.indices {
            for reading in design.touchpoints[index].emotions.indices {
                design.touchpoints[index].emotions[reading].score = score(design.touchpoints[index].emotions[reading].score)
            }
            if let target = design.touchpoints[index].momentOfTruth?.target {
                design.touchpoints[index].momentOfTruth?.target = score(target)
            }
        }
        return design
    }

    /// Id, title, version, owner, status, kind, planned journey, proposition, summary, description.
    static let metadata: AnyGenerator<ServiceDesign> = zip(
        id(ServiceDesign.self), requiredText, Gen.frequency((weight: 1, gen: choose(["1.0", "1.10", "2", "0.9-beta"])), (weight: 1, gen: text)).optional(valueRate: 0.5),
        optionalText, oneCase(DesignStatus.self).optional(valueRate: 0.5), oneCase(JourneyKind.self),
        optionalID(ServiceDesign.self, rate: 0.3), optionalText, optionalText, optionalText
    ).map { id, title, version, owner, status, kind, planned, proposition, summary, description in
        var design = ServiceDesign(
            id: id, title: title, version: version, owner: owner, status: status, kind: kind,
            coreProposition: proposition, description: description)
        design.plannedJourney = planned
        design.summary = summary
        return design
    }.eraseToAny()

    // MARK: Scale

    /// The standard scale, a common other one (-3…3, 0…10, 0…1 …), an awkward one (0.1…0.7,
    /// 1e-9…3e-9, ±1e16) or any with quarter steps; labels at distinct points of it.
    static let scale: AnyGenerator<EmotionScale> = zip(
        Gen.frequency(
            (weight: 3, gen: Gen.always((1.0, 5.0, 3.0))),
            (weight: 2, gen: choose([
                (-3.0, 3.0, 0.0), (-2, 2, 0), (0, 10, 5), (1, 7, 4), (0, 1, 0.5), (-1.5, 2.5, 0.25), (1, 5, 2.5),
                (-100, 100, 0), (0.5, 4.5, 2.5), (1, 5, 3.75),
                // Steps without a short spelling (0.17500000000000002), and numbers written with exponents.
                (0.1, 0.7, 0.3), (1e-9, 3e-9, 2e-9), (-1e16, 1e16, 0),
            ])),
            (weight: 1, gen: zip(Gen.int(in: -20...10), Gen.int(in: 1...40), Gen.int(in: 0...8)).map { low, width, neutral in
                let min = Double(low) / 4, max = Double(low + width) / 4
                return (min, max, min + (max - min) * Double(neutral) / 8)
            })
        ),
        zip(Gen.int(in: 0...8), requiredText).array(of: 0...4)
    ).map { bounds, labels in
        let (min, max, neutral) = bounds
        var seen = Set<Int>()
        let points = labels.filter { seen.insert($0.0).inserted }.map { step, text in
            EmotionScale.Label(score: min + (max - min) * Double(step) / 8, text: text)
        }
        return EmotionScale(min: min, max: max, neutral: neutral, labels: points)
    }.eraseToAny()

    // MARK: Project and people

    static let project: AnyGenerator<DesignProject> = zip(
        optionalText, optionalText, teamMember.array(of: 0...2), ids(Persona.self),
        Gen.frequency((weight: 4, gen: Gen.int(in: 1...4)), (weight: 1, gen: choose([0, 5, -1, 12]))).array(of: 0...3),
        ids(Metric.self), zip(id(Objective.self), requiredText).array(of: 0...2)
    ).map { owner, scope, team, personas, levels, success, objectives in
        DesignProject(
            owner: owner, scope: scope, team: team, personas: personas, pyramidLevels: levels, successMetrics: success,
            objectives: objectives.map { Objective(id: $0.0, text: $0.1) })
    }.eraseToAny()

    static let teamMember: AnyGenerator<TeamMember> = zip(requiredText, optionalText, flag())
        .map { name, function, frontline in TeamMember(name: name, function: function, frontline: frontline) }
        .eraseToAny()

    static let persona: AnyGenerator<Persona> = zip(
        id(Persona.self), requiredText, optionalText, texts(), optionalText,
        statement.array(of: 0...2), statement.array(of: 0...1), statement.array(of: 0...1), ids(ResearchStudy.self)
    ).map { id, name, description, goals, quote, needs, expectations, desires, evidence in
        Persona(
            id: id, name: name, description: description, goals: goals, quote: quote, needs: needs,
            expectations: expectations, desires: desires, evidence: evidence)
    }.eraseToAny()

    /// Plain text (no id, no evidence) about half the time, else with an id or evidence.
    static let statement: AnyGenerator<PersonaStatement> = zip(
        requiredText, optionalID(PersonaStatement.self), ids(ResearchStudy.self, 0...2)
    ).map { text, id, evidence in PersonaStatement(text, id: id, evidence: evidence) }.eraseToAny()

    /// An actor; its name may be any text (the format's `name` is optional, so even a blank one stays).
    static let actor: AnyGenerator<Actor> = zip(id(Actor.self), text, oneCase(Actor.Kind.self), optionalText)
        .map { id, name, kind, description in Actor(id: id, name: name, kind: kind, description: description) }
        .eraseToAny()

    static let challenge: AnyGenerator<DesignChallenge> = zip(
        requiredText, optionalID(DesignChallenge.self), ids(Persona.self), ids(PainPoint.self), ids(Opportunity.self),
        ids(PersonaStatement.self)
    ).map { statement, id, personas, painPoints, opportunities, answers in
        DesignChallenge(
            statement, id: id, personas: personas, painPoints: painPoints, opportunities: opportunities, answers: answers)
    }.eraseToAny()

    static let valueProposition: AnyGenerator<ValueProposition> = zip(
        requiredText, ids(PersonaStatement.self), ids(Objective.self), optionalText, texts()
    ).map { statement, serves, objectives, distinctive, alternatives in
        ValueProposition(statement, serves: serves, objectives: objectives, distinctive: distinctive, alternatives: alternatives)
    }.eraseToAny()

    // MARK: Improvements and measures

    static let painPoint: AnyGenerator<PainPoint> = zip(
        requiredText, optionalID(PainPoint.self), optionalText, ids(Touchpoint.self), ids(Persona.self), ids(Actor.self),
        oneCase(PainPoint.Severity.self).optional(valueRate: 0.6), ids(ResearchStudy.self, 0...2)
    ).map { title, id, description, touchpoints, personas, actors, severity, evidence in
        PainPoint(
            title, id: id, description: description, touchpoints: touchpoints, personas: personas, actors: actors,
            severity: severity, evidence: evidence)
    }.eraseToAny()

    static let opportunity: AnyGenerator<Opportunity> = zip(
        requiredText, optionalID(Opportunity.self), optionalText, oneCase(Opportunity.Status.self).optional(valueRate: 0.6),
        optionalText, ids(Touchpoint.self), ids(PainPoint.self)
    ).map { title, id, description, status, owner, touchpoints, painPoints in
        Opportunity(
            title, id: id, description: description, status: status, owner: owner, touchpoints: touchpoints,
            painPoints: painPoints)
    }.eraseToAny()

    static let metric: AnyGenerator<Metric> = zip(
        id(Metric.self), requiredText, oneCase(Metric.Kind.self).optional(valueRate: 0.6), optionalText, optionalText,
        optionalText, optionalText, ids(Touchpoint.self), Gen.frequency(
            (weight: 1, gen: choose(["7.3.3", "7.4", "10"])), (weight: 1, gen: text)
        ).optional(valueRate: 0.5)
    ).map { id, name, kind, method, target, owner, frequency, touchpoints, element in
        Metric(
            id: id, name: name, kind: kind, method: method, target: target, owner: owner, frequency: frequency,
            touchpoints: touchpoints, element: element)
    }.eraseToAny()

    static let dataPoint: AnyGenerator<DataPoint> = zip(
        id(DataPoint.self), requiredText, oneCase(DataPoint.Purpose.self).optional(valueRate: 0.6),
        optionalID(Touchpoint.self), ids(Touchpoint.self), ids(Metric.self), flag(), optionalText,
        zip(optionalText, optionalText, optionalText)
    ).map { id, name, purpose, capturedAt, usedBy, metrics, personal, legalBasis, measurement in
        DataPoint(
            id: id, name: name, purpose: purpose, capturedAt: capturedAt, usedBy: usedBy, metrics: metrics,
            personal: personal, legalBasis: legalBasis, method: measurement.0, target: measurement.1, owner: measurement.2)
    }.eraseToAny()

    // MARK: Evidence and suppressions

    static let evidence: AnyGenerator<DesignEvidence> = zip(research.array(of: 0...2), session.array(of: 0...1), test.array(of: 0...1))
        .map { research, sessions, tests in DesignEvidence(research: research, sessions: sessions, tests: tests) }
        .eraseToAny()

    static let research: AnyGenerator<ResearchStudy> = zip(
        id(ResearchStudy.self), requiredText, date.optional(valueRate: 0.6),
        Gen.frequency((weight: 3, gen: Gen.int(in: 0...40)), (weight: 1, gen: Gen.int(in: 0...Int(Int32.max)))).optional(valueRate: 0.5),
        ids(Persona.self), optionalText
    ).map { id, method, date, sampleSize, personas, findings in
        ResearchStudy(id: id, method: method, date: date, sampleSize: sampleSize, personas: personas, findings: findings)
    }.eraseToAny()

    static let session: AnyGenerator<CoCreationSession> = zip(
        requiredText, date.optional(valueRate: 0.6), optionalText, ids(Persona.self), optionalText
    ).map { title, date, participants, personas, outcome in
        CoCreationSession(title, date: date, participants: participants, personas: personas, outcome: outcome)
    }.eraseToAny()

    static let test: AnyGenerator<PrototypeTest> = zip(
        requiredText, optionalText, date.optional(valueRate: 0.6), ids(Touchpoint.self),
        oneCase(PrototypeTest.Result.self).optional(valueRate: 0.6), optionalText, optionalText
    ).map { prototype, method, date, touchpoints, result, findings, revision in
        PrototypeTest(
            prototype, method: method, date: date, touchpoints: touchpoints, result: result, findings: findings,
            revision: revision)
    }.eraseToAny()

    /// A suppression covering nothing, one element (`at: id`) or several (`at: [ids]`).
    static let suppression: AnyGenerator<Suppression> = zip(
        Gen.frequency((weight: 2, gen: choose(["DFES-4.4-02", "STRUCT-DEAD-END", "EMO-03"])), (weight: 1, gen: requiredText)),
        optionalText, idText.array(of: 0...3)
    ).map { rule, reason, elements in Suppression(rule: rule, reason: reason, elements: elements) }.eraseToAny()
}
