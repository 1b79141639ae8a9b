extension XMLVocabulary {
    static let touchpoint = XMLElementType([
        ("id", .attribute("id")), ("kind", .attribute("kind")), ("channel", .attribute("channel")),
        ("lane", .attribute("lane")), ("initiator", .attribute("initiator")), ("receiver", .attribute("receiver")),
        ("actors", .tokens("actors")), ("personas", .tokens("personas")), ("supportedBy", .tokens("supportedBy")),
        ("next", .tokens("next")), ("entry", .attribute("entry")), ("end", .attribute("end")),
        ("core", .attribute("core")), ("personalized", .attribute("personalized")), ("adaptive", .attribute("adaptive")),
        ("coCreated", .attribute("coCreated")), ("feedback", .attribute("feedback")),
        ("compliance", .attribute("compliance")),
        ("title", .text("title")), ("receiverLabel", .text("receiverLabel")), ("description", .text("description")),
        ("owner", .text("owner")), ("adaptation", .text("adaptation")),
        ("coCreationSupport", .texts("coCreationSupport")), ("accessibility", .texts("accessibility")),
        ("emotional", .block("emotional", emotional)), ("momentOfTruth", .block("momentOfTruth", momentOfTruth)),
        ("emotions", .keyed(item: "emotion", key: "persona", emotion)),
        ("branches", .blocks("branch", XMLElementType([("if", .attribute("if")), ("to", .attribute("to"))]))),
        ("time", .block("time", XMLElementType([
            ("originated", .attribute("originated")), ("received", .attribute("received")),
            ("consumed", .attribute("consumed")), ("started", .attribute("started")),
            ("completed", .attribute("completed")),
        ]))),
    ])

    static let emotional = XMLElementType([
        ("kind", .attribute("kind")), ("target", .text("target")), ("mechanism", .text("mechanism")),
        ("enablers", .texts("enabler")),
    ])

    /// `<momentOfTruth/>` is `momentOfTruth: true`.
    static let momentOfTruth = XMLElementType(
        [("target", .attribute("target")), ("metrics", .tokens("metrics")), ("owner", .text("owner"))],
        shorthand: .value("true"))

    /// `<emotion persona="anna" score="4"/>` is `anna: 4`.
    static let emotion = XMLElementType(
        [("score", .attribute("score")), ("basis", .attribute("basis")), ("evidence", .tokens("evidence")),
         ("thought", .text("thought"))],
        scalarKey: "score")
}
