/// JourneyKit XML as a description of how each field of a journey file appears in XML.
///
/// JourneyKit XML says exactly what the YAML format says, so both formats share one reader
/// and one writer of the model: XML is turned into the same node tree a YAML file gives (and
/// back), following this table. Field names are the YAML keys; lists inside an element are
/// repeated child elements named in the singular; short, atomic values (ids, kinds, numbers,
/// true/false) are attributes, lists of ids are space-separated attributes, and prose is
/// element text. The shipped XSD (``JourneyXSD``) describes the same vocabulary.
enum XMLField: Sendable {
    /// A single value as an attribute.
    case attribute(String)
    /// A list of ids or numbers as one space-separated attribute (a single value counts as a list of one).
    case tokens(String)
    /// A single text as a child element.
    case text(String)
    /// A single text as the element's own content (`<need id="n1">text</need>`).
    case content
    /// A list of texts as repeated child elements (a single text counts as a list of one).
    case texts(String)
    /// A block of fields as a child element.
    case block(String, XMLElementType)
    /// A list of blocks as repeated child elements.
    case blocks(String, XMLElementType)
    /// A list of blocks inside a wrapper element: `<stages><stage …/></stages>`.
    case wrapped(String, item: String, XMLElementType)
    /// A block whose keys are data (`emotions: {anna: 4}`) as repeated child elements carrying
    /// the key as an attribute: `<emotion persona="anna" score="4"/>`.
    case keyed(item: String, key: String, XMLElementType)

    /// The XML names this field uses at its own level (attribute or element), for reading.
    var xmlName: String? {
        switch self {
        case .attribute(let name), .tokens(let name), .text(let name), .texts(let name), .block(let name, _),
            .blocks(let name, _), .wrapped(let name, _, _):
            name
        case .keyed(let item, _, _): item
        case .content: nil
        }
    }

    var isAttribute: Bool {
        switch self {
        case .attribute, .tokens: true
        default: false
        }
    }
}

/// The fields of one kind of element, in the order the XSD asks for them.
struct XMLElementType: Sendable {
    let fields: [(key: String, field: XMLField)]
    /// The YAML shorthand this element may stand for when it has no attributes and no
    /// children: its text (`needs: [Text]`) or a fixed value (`momentOfTruth: true`).
    var shorthand: Shorthand = .none
    /// For `keyed` items: the field that a plain value stands for (`anna: 4` is `score`),
    /// or nil when the value is the element's content (`1: Very bad`).
    var scalarKey: String? = nil

    enum Shorthand: Sendable {
        case none
        case text
        case value(String)
    }

    init(_ fields: [(String, XMLField)], shorthand: Shorthand = .none, scalarKey: String? = nil) {
        self.fields = fields.map { (key: $0.0, field: $0.1) }
        self.shorthand = shorthand
        self.scalarKey = scalarKey
    }

    func field(forKey key: String) -> XMLField? { fields.first { $0.key == key }?.field }
}

/// The vocabulary itself: one element type per block of the journey format (docs/format.md).
enum XMLVocabulary {
    static let namespace = "urn:journeykit:design:1"
    static let rootName = "journey"

    static let design = XMLElementType([
        ("journey", .attribute("id")), ("version", .attribute("version")), ("status", .attribute("status")),
        ("kind", .attribute("kind")), ("planned", .attribute("planned")),
        ("language", .attribute("language")),
        ("title", .text("title")), ("owner", .text("owner")), ("proposition", .text("proposition")),
        ("summary", .text("summary")), ("description", .text("description")),
        ("scale", .block("scale", scale)), ("project", .block("project", project)),
        ("personas", .wrapped("personas", item: "persona", persona)),
        ("actors", .wrapped("actors", item: "actor", actor)),
        ("challenges", .wrapped("challenges", item: "challenge", challenge)),
        ("value", .block("value", value)),
        ("stages", .wrapped("stages", item: "stage", stage)),
        ("painPoints", .wrapped("painPoints", item: "painPoint", painPoint)),
        ("opportunities", .wrapped("opportunities", item: "opportunity", opportunity)),
        ("metrics", .wrapped("metrics", item: "metric", metric)),
        ("dataPoints", .wrapped("dataPoints", item: "dataPoint", dataPoint)),
        ("evidence", .block("evidence", evidence)),
        ("suppress", .wrapped("suppressions", item: "suppress", suppression)),
    ])

    static let scale = XMLElementType([
        ("min", .attribute("min")), ("max", .attribute("max")), ("neutral", .attribute("neutral")),
        ("labels", .keyed(item: "label", key: "score", XMLElementType([("text", .content)]))),
    ])

    static let project = XMLElementType([
        ("personas", .tokens("personas")), ("levels", .tokens("levels")), ("success", .tokens("success")),
        ("owner", .text("owner")), ("scope", .text("scope")),
        ("team", .blocks("member", XMLElementType([
            ("name", .attribute("name")), ("function", .attribute("function")), ("frontline", .attribute("frontline")),
        ]))),
        ("objectives", .blocks("objective", XMLElementType([("id", .attribute("id")), ("text", .content)]))),
    ])

    static let statement = XMLElementType(
        [("id", .attribute("id")), ("evidence", .tokens("evidence")), ("text", .content)], shorthand: .text)

    static let persona = XMLElementType([
        ("id", .attribute("id")), ("name", .attribute("name")), ("evidence", .tokens("evidence")),
        ("description", .text("description")), ("goals", .texts("goal")), ("quote", .text("quote")),
        ("needs", .blocks("need", statement)), ("expectations", .blocks("expectation", statement)),
        ("desires", .blocks("desire", statement)),
    ])

    static let actor = XMLElementType([
        ("id", .attribute("id")), ("name", .attribute("name")), ("kind", .attribute("kind")),
        ("description", .text("description")),
    ])

    static let challenge = XMLElementType([
        ("id", .attribute("id")), ("personas", .tokens("personas")), ("painPoints", .tokens("painPoints")),
        ("opportunities", .tokens("opportunities")), ("answers", .tokens("answers")),
        ("statement", .text("statement")),
    ])

    static let value = XMLElementType([
        ("serves", .tokens("serves")), ("objectives", .tokens("objectives")),
        ("statement", .text("statement")), ("distinctive", .text("distinctive")),
        ("alternatives", .texts("alternative")),
    ])

    static let stage = XMLElementType([
        ("id", .attribute("id")), ("name", .attribute("name")),
        ("description", .text("description")), ("touchpoints", .blocks("touchpoint", touchpoint)),
    ])

    static let painPoint = XMLElementType([
        ("id", .attribute("id")), ("severity", .attribute("severity")), ("touchpoints", .tokens("touchpoints")),
        ("personas", .tokens("personas")), ("actors", .tokens("actors")), ("evidence", .tokens("evidence")),
        ("title", .text("title")), ("description", .text("description")),
    ])

    static let opportunity = XMLElementType([
        ("id", .attribute("id")), ("status", .attribute("status")), ("touchpoints", .tokens("touchpoints")),
        ("painPoints", .tokens("painPoints")),
        ("title", .text("title")), ("description", .text("description")), ("owner", .text("owner")),
    ])

    static let metric = XMLElementType([
        ("id", .attribute("id")), ("kind", .attribute("kind")), ("touchpoints", .tokens("touchpoints")),
        ("name", .text("name")), ("method", .text("method")), ("target", .text("target")),
        ("owner", .text("owner")), ("frequency", .text("frequency")), ("element", .text("element")),
    ])

    static let dataPoint = XMLElementType([
        ("id", .attribute("id")), ("purpose", .attribute("purpose")), ("capturedAt", .attribute("capturedAt")),
        ("usedBy", .tokens("usedBy")), ("metrics", .tokens("metrics")), ("personal", .attribute("personal")),
        ("name", .text("name")), ("legalBasis", .text("legalBasis")), ("method", .text("method")),
        ("target", .text("target")), ("owner", .text("owner")),
    ])

    static let evidence = XMLElementType([
        ("research", .blocks("research", XMLElementType([
            ("id", .attribute("id")), ("date", .attribute("date")), ("sampleSize", .attribute("sampleSize")),
            ("personas", .tokens("personas")), ("method", .text("method")), ("findings", .text("findings")),
        ]))),
        ("sessions", .blocks("session", XMLElementType([
            ("date", .attribute("date")), ("personas", .tokens("personas")), ("title", .text("title")),
            ("participants", .text("participants")), ("outcome", .text("outcome")),
        ]))),
        ("tests", .blocks("test", XMLElementType([
            ("date", .attribute("date")), ("result", .attribute("result")), ("touchpoints", .tokens("touchpoints")),
            ("prototype", .text("prototype")), ("method", .text("method")), ("findings", .text("findings")),
            ("revision", .text("revision")),
        ]))),
    ])

    static let suppression = XMLElementType([
        ("rule", .attribute("rule")), ("reason", .text("reason")), ("at", .texts("at")),
    ])
}
