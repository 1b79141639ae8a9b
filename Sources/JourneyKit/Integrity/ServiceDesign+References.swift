extension ServiceDesign {
    /// Every element that carries an id, in file order.
    public var identifiedElements: [IdentifiedElement] {
        var all: [IdentifiedElement] = []
        func add(_ kind: ElementKind, _ id: String, _ origin: SourceOrigin) {
            all.append(IdentifiedElement(kind: kind, id: id, location: origin.location(of: "id")))
        }
        for objective in project?.objectives ?? [] { add(.objective, objective.id.rawValue, objective.origin) }
        for persona in personas {
            add(.persona, persona.id.rawValue, persona.origin)
            for (_, statement) in persona.statements {
                if let id = statement.id { add(.statement, id.rawValue, statement.origin) }
            }
        }
        for actor in actors { add(.actor, actor.id.rawValue, actor.origin) }
        for challenge in challenges { if let id = challenge.id { add(.challenge, id.rawValue, challenge.origin) } }
        for stage in stages { add(.stage, stage.id.rawValue, stage.origin) }
        for touchpoint in touchpoints { add(.touchpoint, touchpoint.id.rawValue, touchpoint.origin) }
        for pain in painPoints { if let id = pain.id { add(.painPoint, id.rawValue, pain.origin) } }
        for opportunity in opportunities { if let id = opportunity.id { add(.opportunity, id.rawValue, opportunity.origin) } }
        for metric in metrics { add(.metric, metric.id.rawValue, metric.origin) }
        for dataPoint in dataPoints { add(.dataPoint, dataPoint.id.rawValue, dataPoint.origin) }
        for study in evidence.research { add(.research, study.id.rawValue, study.origin) }
        return all
    }

    /// Every reference from one element to another, in file order: the one list that
    /// resolution and the integrity check walk.
    public var references: [ElementReference] {
        var all: [ElementReference] = []
        func add<T>(_ kind: ElementKind, _ ids: [Identifier<T>], _ holder: String, _ field: String, _ origin: SourceOrigin) {
            for (index, id) in ids.enumerated() {
                all.append(ElementReference(
                    kind: kind, id: id.rawValue, holder: holder, field: field,
                    location: origin.location(of: field, item: index)))
            }
        }
        func add<T>(_ kind: ElementKind, _ id: Identifier<T>?, _ holder: String, _ field: String, _ origin: SourceOrigin) {
            guard let id else { return }
            all.append(ElementReference(kind: kind, id: id.rawValue, holder: holder, field: field, location: origin.location(of: field)))
        }

        if let project {
            add(.persona, project.personas, "the design project", "personas", project.origin)
            add(.metric, project.successMetrics, "the design project", "success", project.origin)
        }
        for persona in personas {
            let holder = "persona \"\(persona.id)\""
            add(.research, persona.evidence, holder, "evidence", persona.origin)
            for (category, statement) in persona.statements {
                add(.research, statement.evidence, "\(category.rawValue) \"\(statement.text)\"", "evidence", statement.origin)
            }
        }
        for challenge in challenges {
            let holder = challenge.id.map { "design challenge \"\($0)\"" } ?? "a design challenge"
            add(.persona, challenge.personas, holder, "personas", challenge.origin)
            add(.painPoint, challenge.painPoints, holder, "painPoints", challenge.origin)
            add(.opportunity, challenge.opportunities, holder, "opportunities", challenge.origin)
            add(.statement, challenge.answers, holder, "answers", challenge.origin)
        }
        if let value = valueProposition {
            add(.statement, value.serves, "the value proposition", "serves", value.origin)
            add(.objective, value.objectives, "the value proposition", "objectives", value.origin)
        }
        for touchpoint in touchpoints {
            let holder = "touchpoint \"\(touchpoint.id)\""
            let origin = touchpoint.origin
            add(.stage, touchpoint.stage, holder, "stage", origin)
            add(.actor, touchpoint.initiator, holder, "initiator", origin)
            add(.actor, touchpoint.receiver, holder, "receiver", origin)
            add(.actor, touchpoint.actors, holder, "actors", origin)
            add(.persona, touchpoint.personas, holder, "personas", origin)
            add(.touchpoint, touchpoint.supportedBy, holder, "supportedBy", origin)
            if let moment = touchpoint.momentOfTruth {
                add(.metric, moment.metrics, "the moment of truth at \(holder)", "metrics", moment.origin)
            }
            for reading in touchpoint.emotions {
                all.append(ElementReference(
                    kind: .persona, id: reading.persona.rawValue, holder: holder, field: "emotions",
                    location: origin.location(of: "emotions.\(reading.persona)")))
                add(.research, reading.evidence, "the emotion of \"\(reading.persona)\" at \(holder)", "evidence", reading.origin)
            }
            add(.touchpoint, touchpoint.next, holder, "next", origin)
            for branch in touchpoint.branches {
                add(.touchpoint, branch.target, holder, "to", branch.origin)
            }
        }
        for pain in painPoints {
            let holder = pain.id.map { "pain point \"\($0)\"" } ?? "pain point \"\(pain.title)\""
            add(.touchpoint, pain.touchpoints, holder, "touchpoints", pain.origin)
            add(.persona, pain.personas, holder, "personas", pain.origin)
            add(.actor, pain.actors, holder, "actors", pain.origin)
            add(.research, pain.evidence, holder, "evidence", pain.origin)
        }
        for opportunity in opportunities {
            let holder = opportunity.id.map { "opportunity \"\($0)\"" } ?? "opportunity \"\(opportunity.title)\""
            add(.touchpoint, opportunity.touchpoints, holder, "touchpoints", opportunity.origin)
            add(.painPoint, opportunity.painPoints, holder, "painPoints", opportunity.origin)
        }
        for metric in metrics {
            add(.touchpoint, metric.touchpoints, "metric \"\(metric.id)\"", "touchpoints", metric.origin)
        }
        for dataPoint in dataPoints {
            let holder = "data point \"\(dataPoint.id)\""
            add(.touchpoint, dataPoint.capturedAt, holder, "capturedAt", dataPoint.origin)
            add(.touchpoint, dataPoint.usedBy, holder, "usedBy", dataPoint.origin)
            add(.metric, dataPoint.metrics, holder, "metrics", dataPoint.origin)
        }
        for study in evidence.research {
            add(.persona, study.personas, "research study \"\(study.id)\"", "personas", study.origin)
        }
        for session in evidence.sessions {
            add(.persona, session.personas, "co-creation session \"\(session.title)\"", "personas", session.origin)
        }
        for test in evidence.tests {
            add(.touchpoint, test.touchpoints, "test of \"\(test.prototype)\"", "touchpoints", test.origin)
        }
        return all
    }
}
