import JourneyKit
import Yams

extension DesignEncoder {
    func touchpoint(_ touchpoint: Touchpoint) -> Node {
        var m = MappingBuilder()
        m.id("id", touchpoint.id)
        m.text("title", touchpoint.title)
        m.text("description", touchpoint.description)
        m.text("channel", touchpoint.channel?.rawValue)
        if touchpoint.kind != .action { m.text("kind", touchpoint.kind.rawValue) }
        m.id("initiator", touchpoint.initiator)
        m.id("receiver", touchpoint.receiver)
        m.ids("actors", touchpoint.actors)
        m.ids("personas", touchpoint.personas)
        m.text("lane", touchpoint.lane?.rawValue)
        m.text("owner", touchpoint.owner)
        if let emotional = touchpoint.emotional {
            var e = MappingBuilder()
            e.text("target", emotional.target)
            e.text("mechanism", emotional.mechanism)
            e.text("kind", emotional.kind?.rawValue)
            e.strings("enablers", emotional.enablers)
            m.mapping("emotional", e)
        }
        m.flag("personalized", touchpoint.personalized)
        m.flag("adaptive", touchpoint.adaptive)
        m.text("adaptation", touchpoint.adaptation)
        m.flag("coCreated", touchpoint.coCreated)
        m.strings("coCreationSupport", touchpoint.coCreationSupport)
        m.flag("core", touchpoint.deliversCore)
        m.ids("supportedBy", touchpoint.supportedBy)
        m.strings("accessibility", touchpoint.accessibility)
        m.flag("feedback", touchpoint.feedbackChannel)
        if let moment = touchpoint.momentOfTruth {
            var t = MappingBuilder()
            t.text("owner", moment.owner)
            t.number("target", moment.target)
            t.ids("metrics", moment.metrics)
            m.add("momentOfTruth", t.isEmpty ? Node("true", Tag(.bool), .plain) : t.node)
        }
        if !touchpoint.emotions.isEmpty {
            m.add("emotions", Node(touchpoint.emotions.map { (textNode($0.persona.rawValue), emotion($0)) }, Tag(.map), .block))
        }
        if touchpoint.next.count == 1 { m.id("next", touchpoint.next[0]) } else { m.ids("next", touchpoint.next) }
        m.list("branches", touchpoint.branches.map { branch in
            var b = MappingBuilder()
            b.text("if", branch.condition)
            b.id("to", branch.target)
            return b.flowNode
        })
        m.flag("entry", touchpoint.isEntry)
        m.flag("end", touchpoint.isEnd)
        m.text("receiverLabel", touchpoint.receiverLabel)
        m.text("compliance", touchpoint.compliance?.rawValue)
        if let times = touchpoint.times {
            var t = MappingBuilder()
            for (name, value) in times.moments { t.text(name, value) }
            m.mapping("time", t)
        }
        return m.node
    }

    func emotion(_ reading: EmotionReading) -> Node {
        if reading.thought == nil, reading.basis == .target, reading.evidence.isEmpty {
            return numberNode(reading.score)
        }
        var m = MappingBuilder()
        m.number("score", reading.score)
        m.text("thought", reading.thought)
        if reading.basis != .target { m.text("basis", reading.basis.rawValue) }
        m.ids("evidence", reading.evidence)
        return m.flowNode
    }

    func painPoint(_ pain: PainPoint) -> Node {
        var m = MappingBuilder()
        m.id("id", pain.id)
        m.text("title", pain.title)
        m.text("description", pain.description)
        m.ids("touchpoints", pain.touchpoints)
        m.ids("personas", pain.personas)
        m.ids("actors", pain.actors)
        m.text("severity", pain.severity?.rawValue)
        m.ids("evidence", pain.evidence)
        return m.node
    }

    func opportunity(_ opportunity: Opportunity) -> Node {
        var m = MappingBuilder()
        m.id("id", opportunity.id)
        m.text("title", opportunity.title)
        m.text("description", opportunity.description)
        m.text("status", opportunity.status?.rawValue)
        m.text("owner", opportunity.owner)
        m.ids("touchpoints", opportunity.touchpoints)
        m.ids("painPoints", opportunity.painPoints)
        return m.node
    }

    func metric(_ metric: Metric) -> Node {
        var m = MappingBuilder()
        m.id("id", metric.id)
        m.text("name", metric.name)
        m.text("kind", metric.kind?.rawValue)
        m.text("method", metric.method)
        m.text("target", metric.target)
        m.text("owner", metric.owner)
        m.text("frequency", metric.frequency)
        m.ids("touchpoints", metric.touchpoints)
        m.text("element", metric.element)
        return m.node
    }

    func dataPoint(_ dataPoint: DataPoint) -> Node {
        var m = MappingBuilder()
        m.id("id", dataPoint.id)
        m.text("name", dataPoint.name)
        m.text("purpose", dataPoint.purpose?.rawValue)
        m.id("capturedAt", dataPoint.capturedAt)
        m.ids("usedBy", dataPoint.usedBy)
        m.ids("metrics", dataPoint.metrics)
        m.flag("personal", dataPoint.personal)
        m.text("legalBasis", dataPoint.legalBasis)
        m.text("method", dataPoint.method)
        m.text("target", dataPoint.target)
        m.text("owner", dataPoint.owner)
        return m.node
    }

    func evidence(_ evidence: DesignEvidence) -> Node {
        var m = MappingBuilder()
        m.list("research", evidence.research.map { study in
            var r = MappingBuilder()
            r.id("id", study.id)
            r.text("method", study.method)
            r.text("date", study.date?.description)
            r.integer("sampleSize", study.sampleSize)
            r.ids("personas", study.personas)
            r.text("findings", study.findings)
            return r.node
        })
        m.list("sessions", evidence.sessions.map { session in
            var s = MappingBuilder()
            s.text("title", session.title)
            s.text("date", session.date?.description)
            s.text("participants", session.participants)
            s.ids("personas", session.personas)
            s.text("outcome", session.outcome)
            return s.node
        })
        m.list("tests", evidence.tests.map { test in
            var t = MappingBuilder()
            t.text("prototype", test.prototype)
            t.text("method", test.method)
            t.text("date", test.date?.description)
            t.ids("touchpoints", test.touchpoints)
            t.text("result", test.result?.rawValue)
            t.text("findings", test.findings)
            t.text("revision", test.revision)
            return t.node
        })
        return m.node
    }
}
