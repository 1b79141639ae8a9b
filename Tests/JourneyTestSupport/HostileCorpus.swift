import Foundation

/// The whole of `../shared/tools/make_hostile_corpus.py`, written by the tests themselves so that
/// they run on any clone, plus the Mermaid and CJML files the script does not write.
///
/// - XML: every case of ``HostileXMLCase`` (reused as it is), and the script's own variants where
///   they differ from it (`.invalid` host, XInclude inside a label, 50,000 entity references, the
///   longer invalid UTF-8 run, the script's injection XML).
/// - YAML: every case of the script, byte for byte, and a few in the shape of a journey file so
///   that the hostile part reaches the design reader and not only the first unknown field.
/// - Injection: each string of the script's `strings.json` in a valid journey YAML (in the
///   design's title, description, persona name, stage name, touchpoint title, channel and an
///   emotion's thought), and all of them together, as touchpoints of one journey.
/// - Mermaid and CJML: huge lines, deep `accDescr {` nesting, DOCTYPE/XInclude of /etc/passwd.
/// - The ≥ 200 MiB XML journey, written only when asked for (``huge200MiB``).
public struct HostileCorpusCase: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case xml, yaml, injection, mermaid, cjml
    }

    /// What the file holds: bytes, or a synthetic journey written piece by piece (200 MiB).
    public enum Content: Sendable {
        case bytes(Data)
        case syntheticJourneyXML(touchpoints: Int)
    }

    public var kind: Kind
    /// Unique across the corpus; the file name without its extension.
    public var name: String
    /// The file's extension, which picks the reader (`xml`, `yaml`, `mmd`, `cjml.xml`).
    public var fileExtension: String
    public var content: Content
    /// Files the case refers to, written beside it (an external DTD, say).
    public var companions: [String: Data]

    public init(_ kind: Kind, _ name: String, extension fileExtension: String, content: Content, companions: [String: Data] = [:]) {
        self.kind = kind
        self.name = name
        self.fileExtension = fileExtension
        self.content = content
        self.companions = companions
    }

    public var fileName: String { "\(name).\(fileExtension)" }
    public var testDescription: String { "\(kind.rawValue)/\(fileName)" }

    /// The size of the case's file in bytes (estimated for a synthetic journey).
    public var size: Int {
        switch content {
        case .bytes(let data): data.count
        case .syntheticJourneyXML(let touchpoints): touchpoints * 250
        }
    }

    /// Writes the case and its companions into `folder`; returns the case's file.
    @discardableResult
    public func write(into folder: URL) throws -> URL {
        for (name, data) in companions { try data.write(to: folder.appendingPathComponent(name)) }
        let url = folder.appendingPathComponent(fileName)
        switch content {
        case .bytes(let data): try data.write(to: url)
        case .syntheticJourneyXML(let touchpoints): try SyntheticJourneyXML.write(touchpoints: touchpoints, to: url)
        }
        return url
    }
}

public enum HostileCorpus {
    /// Cases at least this large are "large": few, and kept out of `big: false`.
    public static let largeSize = 4 * 1024 * 1024

    /// Every case. `big` adds the few multi-MiB cases (12 MiB text node, 16 MiB scalar, 8 MiB
    /// Mermaid line); `huge` adds the ≥ 200 MiB journey (see ``huge200MiB``).
    public static func all(big: Bool = true, huge: Bool = false) -> [HostileCorpusCase] {
        var cases = xml(big: big) + yaml(big: big) + injection() + mermaid(big: big) + cjml()
        if huge { cases.append(huge200MiB) }
        return cases
    }

    /// The script's `huge_200mb.xml`: a journey of 850,000 touchpoints in the vocabulary of
    /// `gen_journey.py N xml` (≈ 212 MB, below the CLI's 256 MiB read limit, above the XML
    /// reader's 64 MiB). Written line by line, never held in memory.
    public static let huge200MiB = HostileCorpusCase(.xml, "huge_200mb", extension: "xml",
        content: .syntheticJourneyXML(touchpoints: 850_000))

    // MARK: XML

    public static func xml(big: Bool = true) -> [HostileCorpusCase] {
        var cases = HostileXMLCase.all(big: big).map {
            HostileCorpusCase(.xml, $0.name, extension: "xml", content: .bytes($0.bytes), companions: $0.companions)
        }
        func add(_ name: String, _ text: String) {
            cases.append(HostileCorpusCase(.xml, name, extension: "xml", content: .bytes(Data(text.utf8))))
        }
        // The script's variants of cases HostileXMLCase writes differently.
        add("external_dtd_invalid_host", HostileXMLCase.journey("&remote;",
            doctype: "<!DOCTYPE journey SYSTEM \"http://attacker.invalid/journey.dtd\">\n"))
        add("xinclude_in_label", HostileXMLCase.head + "<journey xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"evil\" name=\"evil\">"
            + "<label><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></label></journey>\n")
        add("quadratic_blowup_50000", HostileXMLCase.journey(String(repeating: "&a;", count: 50_000),
            doctype: "<!DOCTYPE journey [\n  <!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">\n]>\n"))
        var invalid = Data(HostileXMLCase.journey("X").utf8)
        invalid.replace(Data("<label>X".utf8), with: Data("<label>".utf8) + invalidUTF8Run)
        cases.append(HostileCorpusCase(.xml, "invalid_utf8_mixed", extension: "xml", content: .bytes(invalid)))
        // The script's journey_injection.xml: its own vocabulary, every string escaped.
        add("injection_script_vocabulary", HostileXMLCase.head + "<journey id=\"inj\" name=\"injection\"><stages><stage id=\"s0\" name=\"&lt;/text&gt;\">"
            + injectionStrings.enumerated().map { index, entry in
                "<touchpoint id=\"t\(index)\" channel=\"web\" lane=\"frontstage\"><label>\(xmlEscaped(entry.value))</label></touchpoint>"
            }.joined() + "</stage></stages></journey>\n")
        // The injection strings in JourneyKit's own XML vocabulary, so that they reach the renderer.
        add("injection_journeykit_xml", injectionJourneyXML)
        return cases
    }

    /// The script's invalid UTF-8: a bad continuation, a lone 0xFF, an overlong "/", an encoded
    /// surrogate and a sequence cut short.
    static let invalidUTF8Run = Data("Caf".utf8) + Data([0xC3, 0x28]) + Data(" | lone ".utf8) + Data([0xFF])
        + Data(" | overlong ".utf8) + Data([0xC0, 0xAF]) + Data(" | surrogate ".utf8) + Data([0xED, 0xA0, 0x80])
        + Data(" | cut ".utf8) + Data([0xE2, 0x82])

    // MARK: YAML

    public static func yaml(big: Bool = true) -> [HostileCorpusCase] {
        var cases: [HostileCorpusCase] = []
        func add(_ name: String, _ text: String) { add(name, bytes: Data(text.utf8)) }
        func add(_ name: String, bytes: Data) {
            cases.append(HostileCorpusCase(.yaml, name, extension: "yaml", content: .bytes(bytes)))
        }
        // The script's cases, byte for byte.
        var bomb = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        let letters = Array("abcdefghi")
        for index in 1..<letters.count {
            bomb.append("\(letters[index]): &\(letters[index]) [" + Array(repeating: "*\(letters[index - 1])", count: 9).joined(separator: ",") + "]")
        }
        add("alias_bomb", bomb.joined(separator: "\n") + "\nstages: *i\n")
        add("recursive_alias", "journey: &j\n  id: loop\n  self: *j\n")
        add("alias_undefined", "journey:\n  id: x\n  stages: *nowhere\n")
        add("deep_flow_10000", "stages: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        add("deep_block_1000", (0..<1000).map { String(repeating: "  ", count: $0) + "s:\n" }.joined() + String(repeating: "  ", count: 1000) + "x\n")
        add("latin1", bytes: Data("journey:\n  id: j1\n  name: Caf".utf8) + Data([0xE9]) + Data(" M".utf8) + Data([0xFC]) + Data("ller\n".utf8))
        add("invalid_utf8", bytes: Data("journey:\n  id: j1\n  name: \"bad ".utf8) + Data([0xFF, 0xFE, 0x20, 0xC3, 0x28]) + Data("\"\n".utf8))
        add("utf16le_bom", bytes: "\u{FEFF}journey:\n  id: j1\n  name: UTF-16 with BOM\n".data(using: .utf16LittleEndian)!)
        add("duplicate_keys", "journey:\n  id: j1\n  id: j2\n  name: first\n  name: second\n"
            + "stages:\n  - id: s0\n    touchpoints: []\n    touchpoints:\n      - id: t1\n")
        add("duplicate_ids", "journey: {id: j1}\nstages:\n  - id: s0\n    touchpoints:\n"
            + "      - {id: t1, channel: web}\n      - {id: t1, channel: app}\n  - id: s0\n")
        add("code_exec_tags", "journey: !!python/object/apply:os.system [\"id\"]\n"
            + "stages: !<tag:yaml.org,2002:js/function> \"function(){}\"\n")
        add("odd_scalars", "emotions: {p1: .nan, p2: .inf, p3: 1e999, p4: 0x7fffffffffffffffff, "
            + "p5: 0o17, p6: ~, p7: 2001-12-14t21:59:43.10-05:00}\nchannel: no   # YAML 1.1 reads this as false\n")
        if big { add("huge_scalar", "label: \"" + String(repeating: "A", count: 16 * 1024 * 1024) + "\"\n") }
        add("many_documents", String(repeating: "---\nid: a\n", count: 100_000))
        // The same attacks in the shape of a journey file, so that they get past the first field.
        let head = "journey: demo\ntitle: Demo\npersonas:\n  - {id: anna, name: Anna}\n"
        add("journey_duplicate_ids", head + "stages:\n  - id: s0\n    name: S0\n    touchpoints:\n"
            + "      - {id: t1, title: One, channel: web, emotions: {anna: 3}}\n"
            + "      - {id: t1, title: Two, channel: app, emotions: {anna: 4}}\n"
            + "  - id: s0\n    name: S0 again\n")
        add("journey_alias_bomb_stages", head + "x-names: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            + (1..<9).map { "x-\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ",") + "]\n" }.joined()
            + "stages: *a8\n")
        add("journey_utf16le_bom", bytes: ("\u{FEFF}" + CLIJourney.clean).data(using: .utf16LittleEndian)!)
        add("journey_odd_scalars", JourneyFixtures.journey(touchpointLines: [
            // 2.36e21 is 0x7fffffffffffffffff, which the reader read as a number until it took
            // only decimals (as the JSON Schema does); the huge score is what the case is for.
            "channel: no", "lane: ~", "emotions: {anna: 2.36e21}",
        ]))
        return cases
    }

    // MARK: Injection

    /// The script's `strings.json`, in its order. The lone surrogate cannot be a Swift string: it
    /// is written as the YAML escape `\uD800` (see ``injection()``).
    public static let injectionStrings: KeyValuePairs<String, String> = [
        "script_break": "</text><script>alert(1)</script><text>",
        "attr_break": "\" onload=\"alert(1)\" x=\"",
        "href_js": "javascript:alert(document.domain)",
        "foreign_object": "<foreignObject><iframe src=\"file:///etc/passwd\"/></foreignObject>",
        "cdata_end": "]]>",
        "xml_specials": "<>&\"'",
        "entity_lookalikes": "&amp; &lt; &#x3C; &nbsp; &xxe;",
        "control_chars": "nul\u{00} bell\u{07} bs\u{08} vt\u{0B} ff\u{0C} esc\u{1B}[31m del\u{7F} nel\u{85}",
        "xml_nonchars": "fffe\u{FFFE} ffff\u{FFFF}",
        "newlines_tabs": "line1\nline2\r\nTab\there",
        "rtl_override": "Pay \u{202E}DNUFER\u{202C} now \u{2066}isolate\u{2069}",
        "zero_width": "Sign\u{200B}up\u{200D}\u{FEFF}now",
        "emoji": "\u{1F600} \u{1F469}\u{1F3FD}\u{200D}\u{1F4BB} \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} "
            + "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} \u{1F1F3}\u{1F1F4}",
        "combining_zalgo": "Z\u{0334}\u{0321}\u{032A}a\u{0337}l\u{0338}g\u{0335}o\u{0336}" + String(repeating: "\u{0301}", count: 200),
        "mixed_scripts": "\u{4ED8}\u{6B3E} \u{062F}\u{0641}\u{0639} \u{05EA}\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
        "template_syntax": "{{7*7}} ${7*7} %s %n",
        "css_break": "</style><style>*{display:none}</style>",
        "long_label_100k": String(repeating: "A very long label ", count: 5556),
        "long_word_10k": String(repeating: "W", count: 10_000),
        "empty": "",
        "whitespace_only": " \t ",
    ]

    /// One journey per injection string (and the lone surrogate), then all strings at once.
    public static func injection() -> [HostileCorpusCase] {
        var cases = injectionStrings.map { entry in
            HostileCorpusCase(.injection, "inject_\(entry.key)", extension: "yaml",
                content: .bytes(Data(injectionJourney(yamlQuoted(entry.value)).utf8)))
        }
        cases.append(HostileCorpusCase(.injection, "inject_lone_surrogate", extension: "yaml",
            content: .bytes(Data(injectionJourney("\"\\uD800 alone\"").utf8))))
        cases.append(HostileCorpusCase(.injection, "inject_all", extension: "yaml", content: .bytes(Data(injectionAllJourney.utf8))))
        return cases
    }

    /// A valid journey with `scalar` (a YAML scalar, quoted) in every free-text place it has.
    static func injectionJourney(_ scalar: String) -> String {
        """
        journey: inject
        title: \(scalar)
        description: \(scalar)
        personas:
          - id: anna
            name: \(scalar)
            description: \(scalar)
        stages:
          - id: s0
            name: \(scalar)
            description: \(scalar)
            touchpoints:
              - id: t0
                title: \(scalar)
                description: \(scalar)
                channel: \(scalar)
                lane: frontstage
                emotions: {anna: {score: 2, thought: \(scalar)}}
              - id: t1
                title: Plain
                channel: web
                emotions: {anna: 4}

        """
    }

    static var injectionAllJourney: String {
        var lines = [
            "journey: inject-all", "title: \"</text><script>alert(1)</script>\"", "personas:", "  - {id: anna, name: \"\\\" onload=\\\"alert(1)\"}",
            "stages:", "  - id: s0", "    name: \"</text><script>alert(1)</script>\"", "    touchpoints:",
        ]
        for (index, entry) in injectionStrings.enumerated() where !entry.value.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.append("      - {id: t\(index), channel: web, title: \(yamlQuoted(entry.value)), emotions: {anna: 3}}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The injection strings in JourneyKit XML, each a touchpoint's title (what XML 1.0 cannot
    /// carry at all is dropped, the rest escaped).
    static var injectionJourneyXML: String {
        var text = HostileXMLCase.head + "<journey xmlns=\"urn:journeykit:design:1\" id=\"inject\"><title>\(xmlEscaped(injectionStrings[0].value))</title>"
            + "<personas><persona id=\"anna\"><name>\(xmlEscaped(injectionStrings[1].value))</name></persona></personas>"
            + "<stages><stage id=\"s0\"><name>\(xmlEscaped(injectionStrings[0].value))</name>"
        for (index, entry) in injectionStrings.enumerated() where !entry.value.trimmingCharacters(in: .whitespaces).isEmpty {
            text += "<touchpoint id=\"t\(index)\" channel=\"web\"><title>\(xmlEscaped(entry.value))</title><emotion persona=\"anna\" score=\"3\"/></touchpoint>"
        }
        return text + "</stage></stages></journey>\n"
    }

    /// A YAML double-quoted scalar holding exactly `text`: what YAML cannot hold as it is
    /// (non-printable characters, line breaks, quotes, backslashes) is escaped; the rest is kept.
    public static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...:
                out.unicodeScalars.append(scalar)
            default: out += String(format: "\\u%04X", scalar.value)
            }
        }
        return out + "\""
    }

    /// `text` escaped for XML, with what XML 1.0 cannot carry at all dropped.
    public static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&apos;"
            case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: out.unicodeScalars.append(scalar)
            default: break
            }
        }
        return out
    }

    // MARK: Mermaid

    public static func mermaid(big: Bool = true) -> [HostileCorpusCase] {
        var cases: [HostileCorpusCase] = []
        func add(_ name: String, _ text: String) { add(name, bytes: Data(text.utf8)) }
        func add(_ name: String, bytes: Data) {
            cases.append(HostileCorpusCase(.mermaid, name, extension: "mmd", content: .bytes(bytes)))
        }
        let task = "journey\n  title Hostile\n  section Start\n"
        if big { add("mermaid_huge_line", task + "    " + String(repeating: "Wait ", count: 8 * 1024 * 1024 / 5) + ": 3: Me\n") }
        add("mermaid_long_lines", task + (0..<10).map { "    Task \($0) " + String(repeating: "x", count: 100_000) + ": 3: Me\n" }.joined())
        add("mermaid_deep_accdescr", "journey\n  title Deep\n" + String(repeating: "  accDescr {\n", count: 10_000)
            + String(repeating: "  }\n", count: 10_000) + "  section S\n    Task: 3: Me\n")
        add("mermaid_unclosed_accdescr", "journey\n  title Open\n  accDescr {\n" + String(repeating: "  accDescr {\n  line\n", count: 50_000))
        add("mermaid_injection", "journey\n  title </text><script>alert(1)</script>\n  accTitle: \" onload=\"alert(1)\n"
            + "  accDescr: ]]> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;\n"
            + injectionStrings.map { entry in
                let flat = entry.value.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
                return "  section \(flat)\n    \(flat): 3: \(flat), Me\n"
            }.joined())
        add("mermaid_directive_script", "%%{init: {\"securityLevel\": \"loose\", \"themeCSS\": \"</style><script>alert(1)</script>\"}}%%\n"
            + task + "    Pay: 2: Me\n")
        add("mermaid_invalid_utf8", bytes: Data(task.utf8) + Data("    ".utf8) + invalidUTF8Run + Data(": 3: Me\n".utf8))
        return cases
    }

    // MARK: CJML

    public static func cjml() -> [HostileCorpusCase] {
        var cases: [HostileCorpusCase] = []
        func add(_ name: String, _ text: String, extension ext: String = "cjml.xml", companions: [String: Data] = [:]) {
            cases.append(HostileCorpusCase(.cjml, name, extension: ext, content: .bytes(Data(text.utf8)), companions: companions))
        }
        let passwd = "<!DOCTYPE CJML [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
        add("cjml_doctype_passwd", cjmlJourney(title: "&xxe;", label: "&xxe;", doctype: passwd))
        add("cjml_doctype_passwd_plain_xml", cjmlJourney(title: "&xxe;", label: "&xxe;", doctype: passwd), extension: "xml")
        add("cjml_xinclude_passwd", cjmlJourney(title: "T", label: "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>",
            rootAttributes: " xmlns:xi=\"http://www.w3.org/2001/XInclude\""))
        add("cjml_parameter_entity_hostname", cjmlJourney(title: "&leak;", label: "x",
            doctype: "<!DOCTYPE CJML [\n  <!ENTITY % ext SYSTEM \"evil.dtd\">\n  %ext;\n]>\n"),
            companions: ["evil.dtd": Data("<!ENTITY leak SYSTEM \"file:///etc/hostname\">\n".utf8)])
        var lol = ["<!ENTITY lol \"lol\">"]
        for level in 1...9 {
            lol.append("<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">")
        }
        add("cjml_billion_laughs", cjmlJourney(title: "&lol9;", label: "&lol9;", doctype: "<!DOCTYPE CJML [\n  " + lol.joined(separator: "\n  ") + "\n]>\n"))
        add("cjml_deep_nesting", HostileXMLCase.head + "<CJML version=\"2.0\"><plannedJourney>" + String(repeating: "<comment>", count: 10_000)
            + String(repeating: "</comment>", count: 10_000) + "</plannedJourney></CJML>\n")
        add("cjml_injection", cjmlJourney(title: xmlEscaped("</text><script>alert(1)</script>"),
            label: injectionStrings.map { xmlEscaped($0.value) }.joined(separator: " | ")))
        return cases
    }

    /// A small planned CJML journey in the official sample's shape.
    static func cjmlJourney(title: String, label: String, doctype: String = "", rootAttributes: String = "") -> String {
        HostileXMLCase.head + doctype + """
            <CJML version="2.0"\(rootAttributes)>
              <plannedJourney>
                <journeyID>PJ1</journeyID>
                <journeyTitle>\(title)</journeyTitle>
                <journeyPhases><journeyPhase phaseID="P1"><phaseName>Ordering</phaseName></journeyPhase></journeyPhases>
                <actors>
                  <endUser actorID="Customer"><actorName>Customer</actorName></endUser>
                  <serviceProvider actorID="Shop"><companyName>Shop</companyName></serviceProvider>
                </actors>
                <touchpoints>
                  <plannedAction>
                    <touchpointID>T1</touchpointID>
                    <belongsTo phaseIDref="P1"/>
                    <initiator><refersTo actorIDref="Customer"/><initiatorLabel>\(label)</initiatorLabel></initiator>
                    <channel><channelName>Web</channelName></channel>
                  </plannedAction>
                </touchpoints>
              </plannedJourney>
            </CJML>

            """
    }

    // MARK: Secrets

    /// Text that must never appear in any output: the first line of `/etc/passwd` (and its
    /// first four fields, which survive any escaping), and the content of `/etc/hostname`.
    public static var secrets: [Secret] {
        var found: [Secret] = [.text("root:x:0:0")]
        if let passwd = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8),
           let first = passwd.split(separator: "\n").first, first.count >= 4 {
            found.append(.text(String(first)))
            let fields = first.split(separator: ":", omittingEmptySubsequences: false)
            if fields.count >= 4 { found.append(.text(fields.prefix(4).joined(separator: ":"))) }
        }
        if let hostname = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), !hostname.isEmpty {
            // A short host name ("vm") is looked for as a word, not as any two letters.
            found.append(hostname.count >= 6 ? .text(hostname) : .word(hostname))
        }
        return found
    }

    public enum Secret: Sendable, CustomStringConvertible {
        case text(String)
        case word(String)

        public func occurs(in haystack: String) -> Bool {
            switch self {
            case .text(let text): return haystack.contains(text)
            case .word(let word):
                var search = haystack[...]
                while let range = search.range(of: word) {
                    let before = range.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: range.lowerBound)]
                    let after = range.upperBound == haystack.endIndex ? nil : haystack[range.upperBound]
                    if !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false) { return true }
                    search = haystack[range.upperBound...]
                }
                return false
            }
        }

        private func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_" || character == "-"
        }

        public var description: String {
            switch self {
            case .text(let text): "\"\(text)\""
            case .word(let word): "the word \"\(word)\""
            }
        }
    }
}

/// Text JourneyCLITests' fixtures hold, repeated here because that target is not a dependency.
enum CLIJourney {
    static let clean = """
        journey: demo
        title: Demo
        personas:
          - id: anna
            name: Anna
        stages:
          - id: visit
            name: Visit
            touchpoints:
              - id: web
                title: Website
                channel: web
                emotions: {anna: 3}

        """
}

/// `gen_journey.py N xml` in Swift: the same vocabulary and shape (stages of 20 touchpoints,
/// three personas, a `next` to the following touchpoint, ~10% forward branches), from a fixed
/// linear congruential generator rather than Python's Mersenne Twister.
enum SyntheticJourneyXML {
    static let channels = ["app", "web", "email", "phone", "store", "chat", "sms", "social"]
    static let lanes = ["customer", "frontstage", "backstage", "support"]
    static let verbs = ["Discover", "Compare", "Sign up for", "Order", "Pay for", "Track", "Return", "Ask about", "Rate", "Renew"]
    static let things = ["the plan", "a delivery slot", "the invoice", "a replacement part", "the loyalty card",
                         "a store visit", "the refund", "an appointment"]
    static let personas = [("p1", "Maya", "first-time buyer"), ("p2", "Ola", "loyal customer"), ("p3", "Sam", "support-heavy user")]

    static func write(touchpoints n: Int, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var buffer = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<journey xmlns=\"urn:journeykit:bench:1\" id=\"bench-\(n)\" "
            + "name=\"Synthetic journey, \(n) touchpoints\" version=\"1\">\n  <personas>\n"
        for (id, name, role) in personas { buffer += "    <persona id=\"\(id)\" name=\"\(name)\"><role>\(role)</role></persona>\n" }
        buffer += "  </personas>\n  <stages>\n"
        let stages = max(1, n / 20)
        for stage in 0..<stages {
            buffer += "    <stage id=\"s\(stage)\" name=\"Stage \(stage)\">\n"
            for i in (stage * n / stages)..<((stage + 1) * n / stages) {
                var label = "\(verbs[next(verbs.count)]) \(things[next(things.count)]) #\(i)"
                if i % 7 == 3 { label += " &amp; confirm" }
                let moment = i % 50 == 0 ? " momentOfTruth=\"true\"" : ""
                buffer += "      <touchpoint id=\"t\(i)\" channel=\"\(channels[next(channels.count)])\" lane=\"\(lanes[next(lanes.count)])\"\(moment)><label>\(label)</label>"
                for (id, _, _) in personas { buffer += "<emotion persona=\"\(id)\" score=\"\(next(7) - 3)\"/>" }
                if i + 1 < n { buffer += "<next ref=\"t\(i + 1)\"/>" }
                if next(10) == 0, i < n - 2 { buffer += "<branch ref=\"t\(min(n - 1, i + 2 + next(5)))\" condition=\"alternative path\"/>" }
                buffer += "</touchpoint>\n"
            }
            buffer += "    </stage>\n"
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        buffer += "  </stages>\n</journey>\n"
        handle.write(Data(buffer.utf8))
    }
}
