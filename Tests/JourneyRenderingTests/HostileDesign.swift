import Foundation
import JourneyKit
import JourneyTestSupport

/// Hostile texts, and designs that carry them in every field a picture shows.
enum Hostile {
    static let script = "</text><script>alert(1)</script>"
    static let onload = "\" onload=\"alert(1)"
    static let cdataEnd = "]]>"
    static let cdata = "<![CDATA[x]]>"
    static let entities = "&amp; &lt; &#0;"
    /// U+0001 to U+001F and U+007F, between letters.
    static let controls = "ctl" + String(String.UnicodeScalarView(((0x01...0x1F).map { $0 } + [0x7F]).compactMap(Unicode.Scalar.init))) + "end"
    static let bidi = "abc\u{202E}def\u{2066}ghi\u{2069}"
    static let zeroWidth = "zero\u{200B}width\u{FEFF}joiner"
    static let emoji = "👩🏽‍💻👨‍👩‍👧 team"
    static let combining = "e\u{301}\u{302}\u{303} accents"
    static let arabic = "مرحبا بكم في الخدمة"
    static let hebrew = "שלום וברוכים הבאים"
    static let cjk = "東京都の建築確認申請の手続き 건축 허가"
    static let empty = ""
    static let whitespace = " \t\n \u{00A0}\u{3000} "
    /// A single word of 10,000 characters.
    static let longWord = String(String(repeating: "Antidisestablishmentarianism", count: 358).prefix(10_000))
    /// 100,000 characters in words, with markup at both ends.
    static let huge: String = {
        let words = ["lorem", "ipsum", "dolor", "sit", "amet", "<b>", "&", "consectetur", "\u{202E}", "👩🏽‍💻"]
        var text = script + " "
        var count = text.count
        var index = 0
        while count < 100_000 - 20 {
            let word = words[index % words.count] + " "
            text += word
            count += word.count
            index += 1
        }
        text += onload
        return String(text.prefix(100_000))
    }()

    /// The markup and character attacks, each a non-empty label.
    static let markup = [script, onload, cdataEnd, cdata, entities, controls, bidi, zeroWidth, emoji, combining, arabic, hebrew, cjk]
    /// The hostile corpus's injection strings (``HostileCorpus/injectionStrings``, the shared
    /// script's `strings.json`), so the pictures face the same labels as the CLI's hostile suite:
    /// every non-blank one up to 10,000 characters (the 100,000-character one is ``huge``).
    static let corpus = HostileCorpus.injectionStrings.map(\.value).filter {
        !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && $0.count <= 10_000
    }
    static let all = markup + corpus + [empty, whitespace, longWord]

    /// A design with hostile text in titles, stage and persona names, thoughts, quotes, branch
    /// conditions, channels, actors, pain points, opportunities, metrics and data points.
    /// `label` replaces the long word in the most visible places (title, a stage, a touchpoint,
    /// a thought, a persona, a pain point).
    static func design(label: String = longWord) -> ServiceDesign {
        let texts = all
        func text(_ i: Int) -> String { texts[i % texts.count] }
        let personas = [
            Persona(id: "p1", name: onload, goals: [script, cdata], quote: bidi, needs: [PersonaStatement(controls)]),
            Persona(id: "p2", name: emoji + " " + arabic, quote: cjk, expectations: [PersonaStatement(entities)], desires: [PersonaStatement(label)]),
            Persona(id: "p3", name: label),
        ]
        let actors = [
            Actor(id: "a1", name: script, kind: .customer),
            Actor(id: "a2", name: hebrew, kind: .employee),
            Actor(id: "a3", name: controls, kind: .system),
        ]
        let stageNames = [label, script, empty, whitespace, cjk, combining, controls]
        let stages = stageNames.enumerated().map { Stage(id: StageID("s\($0.offset)"), name: $0.element) }
        var touchpoints: [Touchpoint] = []
        let count = texts.count + 3
        for i in 0..<count {
            let id = TouchpointID("t\(i)")
            let title = i == 0 ? label : text(i)
            let emotions = [
                EmotionReading(persona: "p1", score: Double(1 + i % 5), thought: text(i + 1)),
                EmotionReading(persona: "p2", score: Double(5 - i % 5), thought: i == 1 ? label : text(i + 2)),
                EmotionReading(persona: "p3", score: 3, thought: i % 3 == 0 ? nil : text(i + 3)),
            ]
            var branches: [Branch] = []
            var next: [TouchpointID] = []
            if i % 4 == 1, i + 3 < count {
                branches = [Branch(if: text(i + 4), to: TouchpointID("t\(i + 1)")), Branch(if: label, to: TouchpointID("t\(i + 3)"))]
            } else if i % 5 == 2, i > 1 {
                next = [TouchpointID("t\(i - 2)"), TouchpointID("t\(i + 1 < count ? i + 1 : 0)")]
            }
            touchpoints.append(Touchpoint(
                id: id, title: title, stage: stages[i % stages.count].id,
                channel: i % 6 == 5 ? Channel(rawValue: text(i)) : Channel.known[i % Channel.known.count],
                actors: [["a1"], ["a2"], ["a3"], ["a1", "a2"]][i % 4],
                lane: i % 7 == 3 ? Lane.support : nil,
                momentOfTruth: i % 5 == 0 ? MomentOfTruth(owner: text(i), target: 4) : nil,
                emotions: emotions, next: next, branches: branches
            ))
        }
        let ids = touchpoints.map(\.id)
        return ServiceDesign(
            id: "hostile", title: label, version: onload, owner: script, status: .draft,
            coreProposition: cdata + " " + entities, personas: personas, stages: stages, touchpoints: touchpoints,
            actors: actors,
            painPoints: [
                PainPoint(label, touchpoints: [ids[0], ids[1]], severity: .high),
                PainPoint(script, touchpoints: [ids[2]]),
                PainPoint(controls + bidi, touchpoints: [ids[0], ids[4], ids[5]], severity: .low),
            ],
            opportunities: [
                Opportunity(onload, owner: cjk, touchpoints: [ids[1], ids[2]]),
                Opportunity(emoji, status: nil, owner: script, touchpoints: [ids[3]]),
            ],
            metrics: [
                Metric(id: "m1", name: cdataEnd + " " + entities, target: script, touchpoints: [ids[2], ids[3]]),
                Metric(id: "m2", name: longWord, target: longWord, touchpoints: [ids[6]]),
            ],
            dataPoints: [
                DataPoint(id: "d1", name: script, capturedAt: ids[1], usedBy: [ids[3], ids[4]], personal: true),
                DataPoint(id: "d2", name: label, capturedAt: ids[2], usedBy: [ids[5]]),
            ]
        )
    }
}
