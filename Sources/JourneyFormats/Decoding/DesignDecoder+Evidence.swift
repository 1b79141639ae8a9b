import JourneyKit
import Yams

extension DesignDecoder {
    func painPoint(_ node: Node) throws(DecodingSession.Stop) -> PainPoint? {
        guard var fields = try FieldReader(node, element: "a pain point", field: "painPoints", session: session) else { return nil }
        fields.rejectUnknown(["id", "title", "description", "touchpoints", "personas", "actors", "severity", "evidence"])
        let id: PainPointID? = try fields.id("id")
        guard let title = try fields.requiredString("title") else { return nil }
        return PainPoint(
            title, id: id, description: try fields.string("description"), touchpoints: try fields.ids("touchpoints"),
            personas: try fields.ids("personas"), actors: try fields.ids("actors"), severity: try fields.choice("severity"),
            evidence: try fields.ids("evidence"), origin: fields.origin)
    }

    func opportunity(_ node: Node) throws(DecodingSession.Stop) -> Opportunity? {
        guard var fields = try FieldReader(node, element: "an opportunity", field: "opportunities", session: session) else { return nil }
        fields.rejectUnknown(["id", "title", "description", "status", "owner", "touchpoints", "painPoints"])
        let id: OpportunityID? = try fields.id("id")
        guard let title = try fields.requiredString("title") else { return nil }
        return Opportunity(
            title, id: id, description: try fields.string("description"), status: try fields.choice("status"),
            owner: try fields.string("owner"), touchpoints: try fields.ids("touchpoints"),
            painPoints: try fields.ids("painPoints"), origin: fields.origin)
    }

    func metric(_ node: Node) throws(DecodingSession.Stop) -> Metric? {
        guard var fields = try FieldReader(node, element: "a metric", field: "metrics", session: session) else { return nil }
        fields.rejectUnknown(["id", "name", "kind", "method", "target", "owner", "frequency", "touchpoints", "element"])
        let id: MetricID? = try fields.id("id", required: true)
        let name = try fields.requiredString("name")
        guard let id else { return nil }
        return Metric(
            id: id, name: name ?? id.rawValue, kind: try fields.choice("kind"), method: try fields.string("method"),
            target: try fields.string("target"), owner: try fields.string("owner"),
            frequency: try fields.string("frequency"), touchpoints: try fields.ids("touchpoints"),
            element: try fields.string("element"), origin: fields.origin)
    }

    func dataPoint(_ node: Node) throws(DecodingSession.Stop) -> DataPoint? {
        guard var fields = try FieldReader(node, element: "a data point", field: "dataPoints", session: session) else { return nil }
        fields.rejectUnknown(["id", "name", "purpose", "capturedAt", "usedBy", "metrics", "personal", "legalBasis", "method", "target", "owner"])
        let id: DataPointID? = try fields.id("id", required: true)
        let name = try fields.requiredString("name")
        guard let id else { return nil }
        return DataPoint(
            id: id, name: name ?? id.rawValue, purpose: try fields.choice("purpose"), capturedAt: try fields.id("capturedAt"),
            usedBy: try fields.ids("usedBy"), metrics: try fields.ids("metrics"),
            personal: try fields.bool("personal") ?? false, legalBasis: try fields.string("legalBasis"),
            method: try fields.string("method"), target: try fields.string("target"), owner: try fields.string("owner"),
            origin: fields.origin)
    }

    func evidence(_ node: Node) throws(DecodingSession.Stop) -> DesignEvidence {
        guard var fields = try FieldReader(node, element: "the design evidence", field: "evidence", session: session) else { return DesignEvidence() }
        fields.rejectUnknown(["research", "sessions", "tests"])
        return DesignEvidence(
            research: try each(fields.list("research"), research),
            sessions: try each(fields.list("sessions"), session(_:)),
            tests: try each(fields.list("tests"), test))
    }

    func research(_ node: Node) throws(DecodingSession.Stop) -> ResearchStudy? {
        guard var fields = try FieldReader(node, element: "a research study", field: "research", session: session) else { return nil }
        fields.rejectUnknown(["id", "method", "date", "sampleSize", "personas", "findings"])
        let id: ResearchID? = try fields.id("id", required: true)
        let method = try fields.requiredString("method")
        guard let id else { return nil }
        let date = try fields.date("date")
        let sampleSize = try fields.integer("sampleSize")
        if let sampleSize, sampleSize < 0 {
            session.report(.invalidValue(field: "sampleSize", value: String(sampleSize), reason: "a sample size cannot be negative", fields.location(of: "sampleSize"), suggestion: nil))
        }
        return ResearchStudy(
            id: id, method: method ?? "", date: date, sampleSize: sampleSize, personas: try fields.ids("personas"),
            findings: try fields.string("findings"), origin: fields.origin)
    }

    func session(_ node: Node) throws(DecodingSession.Stop) -> CoCreationSession? {
        guard var fields = try FieldReader(node, element: "a co-creation session", field: "sessions", session: session) else { return nil }
        fields.rejectUnknown(["title", "date", "participants", "personas", "outcome"])
        guard let title = try fields.requiredString("title") else { return nil }
        return CoCreationSession(
            title, date: try fields.date("date"), participants: try fields.string("participants"),
            personas: try fields.ids("personas"), outcome: try fields.string("outcome"), origin: fields.origin)
    }

    func test(_ node: Node) throws(DecodingSession.Stop) -> PrototypeTest? {
        guard var fields = try FieldReader(node, element: "a prototype test", field: "tests", session: session) else { return nil }
        fields.rejectUnknown(["prototype", "method", "date", "touchpoints", "result", "findings", "revision"])
        guard let prototype = try fields.requiredString("prototype") else { return nil }
        return PrototypeTest(
            prototype, method: try fields.string("method"), date: try fields.date("date"),
            touchpoints: try fields.ids("touchpoints"), result: try fields.choice("result"),
            findings: try fields.string("findings"), revision: try fields.string("revision"), origin: fields.origin)
    }
}

extension FieldReader {
    func location(of field: String) -> SourceLocation { fields[field] ?? location }
}
