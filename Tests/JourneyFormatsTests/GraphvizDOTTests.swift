import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// Graphviz DOT: a cluster per stage, a node per touchpoint, an edge per step of the journey
/// graph; labels that survive hostile text; and Graphviz's own `dot` as the judge.
@Suite("Graphviz DOT")
struct GraphvizDOTTests {
    static func sample(_ url: URL) throws -> ServiceDesign {
        try JourneyFile.load(Data(contentsOf: url), name: url.path)
    }

    /// The DOT id of a touchpoint, as the writer quotes it.
    static func node(_ id: TouchpointID) -> String { GraphvizDOT.quoted(id.rawValue) }

    @Test("every sample: a cluster per stage, a node per touchpoint, an edge per graph edge", arguments: TestPaths.sampleFiles)
    func structure(_ url: URL) throws {
        let design = try Self.sample(url)
        let dot = GraphvizDOT.encode(design)
        let lines = dot.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "digraph \(GraphvizDOT.quoted(design.id.rawValue)) {")
        #expect(lines.last == "}")
        #expect(lines.contains { $0.contains("rankdir=LR") })
        #expect(lines.contains("node [shape=box];"))

        // Clusters, in stage order, each with its label and its touchpoints.
        let clusters = lines.filter { $0.hasPrefix("subgraph cluster_") }
        #expect(clusters == design.stages.indices.map { "subgraph cluster_\($0) {" })
        for (number, stage) in design.stages.enumerated() {
            let start = try #require(lines.firstIndex(of: "subgraph cluster_\(number) {"))
            #expect(lines[start + 1] == "label=\(GraphvizDOT.quoted(stage.name));")
            let body = lines[(start + 2)...].prefix { $0 != "}" }
            let ids = design.touchpoints.filter { $0.stage == stage.id }.map { Self.node($0.id) }
            #expect(body.map { String($0.prefix { $0 != " " }) } == ids, "stage \(stage.id)")
        }

        // One node statement per touchpoint, with its title as label.
        for touchpoint in design.touchpoints {
            let statements = lines.filter { $0.hasPrefix(Self.node(touchpoint.id) + " [label=") }
            #expect(statements.count == 1, "\(touchpoint.id)")
            #expect(statements.first?.hasPrefix(Self.node(touchpoint.id) + " [label=\(GraphvizDOT.quoted(touchpoint.title))") == true)
            #expect(statements.first?.contains("peripheries=2") == (touchpoint.momentOfTruth != nil))
        }

        // Exactly the graph's edges, in its order.
        let graph = JourneyGraph(design)
        let expected = graph.nodes.indices.flatMap { i in
            graph.successors[i].map { "\(Self.node(graph.nodes[i])) -> \(Self.node(graph.nodes[$0]))" }
        }
        // An edge statement's head, before its attributes: `"a" -> "b"`.
        let heads = lines.map { String($0.prefix { $0 != "[" && $0 != ";" }).trimmingCharacters(in: .whitespaces) }
        let edges = heads.filter { $0.contains(" -> ") }
        #expect(edges == expected)
        #expect(!edges.isEmpty)
        #expect(GraphvizDOT.encode(design) == dot, "the output is not deterministic")
    }

    @Test("branches: the condition labels the edge; ways on after the first are dashed")
    func branches() throws {
        let design = try JourneyFile.load("""
            journey: parcel
            title: Returning a parcel
            stages:
              - id: start
                name: Start
                touchpoints:
                  - {id: choose, title: Chooses, branches: [{if: Has a printer, to: print}, {if: No printer, to: qr}, {to: call}]}
                  - {id: qr, title: QR code, next: drop, momentOfTruth: {owner: Kim}}
                  - {id: print, title: Prints the label, next: [drop], branches: [{if: Jammed, to: call}]}
                  - {id: call, title: Calls, end: true}
              - id: send
                name: Send
                touchpoints:
                  - {id: drop, title: Drops it off}
            """)
        #expect(GraphvizDOT.encode(design) == """
            digraph "parcel" {
              graph [label="Returning a parcel", labelloc=t, rankdir=LR];
              node [shape=box];

              subgraph cluster_0 {
                label="Start";
                "choose" [label="Chooses"];
                "qr" [label="QR code", style=bold, peripheries=2];
                "print" [label="Prints the label"];
                "call" [label="Calls"];
              }

              subgraph cluster_1 {
                label="Send";
                "drop" [label="Drops it off"];
              }

              "choose" -> "print" [label="Has a printer"];
              "choose" -> "qr" [label="No printer", style=dashed];
              "choose" -> "call" [style=dashed];
              "qr" -> "drop";
              "print" -> "drop";
              "print" -> "call" [label="Jammed", style=dashed];

            """ + "}\n")
    }

    static let hostile = #"""
        journey: 'evil"\journey'
        title: "Quotes \" and \\ in the title"
        stages:
          - id: s1
            name: "Stage \"one\" \\ }"
            touchpoints:
              - id: 'a"b'
                title: "Say \"hi\"\nthen \\N and \\\\ and } ; -> [x]"
                branches:
                  - {if: "Has \"it\"", to: 'c\d'}
                  - {if: "No\r\nreally", to: plain}
              - id: 'c\d'
                title: "Ends with a backslash \\"
                momentOfTruth: true
              - id: plain
                title: "Tab\there\u0007bell"
          - id: empty
            name: Nothing here
          - id: s1
            name: The same id again
            touchpoints:
              - {id: plain, title: A second touchpoint with an id already used}
        """#

    @Test("quotes, backslashes, line breaks and control characters are escaped; ids are quoted")
    func escaping() throws {
        let design = try JourneyFile.load(Self.hostile)
        let dot = GraphvizDOT.encode(design)
        for line in [
            #"digraph "evil\"\\journey" {"#,
            #"  graph [label="Quotes \" and \\ in the title", labelloc=t, rankdir=LR];"#,
            #"    label="Stage \"one\" \\ }";"#,
            #"    "a\"b" [label="Say \"hi\"\nthen \\N and \\\\ and } ; -> [x]"];"#,
            #"    "c\\d" [label="Ends with a backslash \\", style=bold, peripheries=2];"#,
            #"    "plain" [label="Tab here bell"];"#,
            #"    label="Nothing here";"#,
            #"    label="The same id again";"#,
            #"  "a\"b" -> "c\\d" [label="Has \"it\""];"#,
            #"  "a\"b" -> "plain" [label="No\nreally", style=dashed];"#,
            #"  "c\\d" -> "plain";"#,
        ] {
            #expect(dot.split(separator: "\n").contains(Substring(line)), "missing: \(line)\n\(dot)")
        }
        // The touchpoint that repeats an id is left out, as the graph leaves it out.
        #expect(!dot.contains("A second touchpoint"))
        #expect(dot.components(separatedBy: "subgraph cluster_").count - 1 == 3)
        #expect(GraphvizDOT.quoted("a\r\nb\rc\u{2028}d\u{0}e") == #""a\nb\nc\nd e""#)
    }

    @Test("Graphviz draws the hostile design, every label exactly as written")
    func hostileThroughDot() throws {
        guard let dot = Self.dotTool() else { return }
        let svg = try Self.render(GraphvizDOT.encode(JourneyFile.load(Self.hostile)), name: "hostile", tool: dot)
        let texts = svg.components(separatedBy: "\n").filter { $0.contains("<text") }.map { line in
            Self.unescapeXML(String(line.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }))
        }
        for expected in [#"Say "hi""#, #"then \N and \\ and } ; -> [x]"#, #"Ends with a backslash \"#, "Tab here bell",
                         #"Has "it""#, "No", "really", #"Stage "one" \ }"#, #"Quotes " and \ in the title"#] {
            #expect(texts.contains(expected), "Graphviz did not draw \(expected): \(texts)")
        }
    }

    @Test("dot -Tsvg accepts the DOT of every sample", arguments: TestPaths.sampleFiles)
    func samplesThroughDot(_ url: URL) throws {
        guard let dot = Self.dotTool() else { return }
        let svg = try Self.render(GraphvizDOT.encode(Self.sample(url)), name: url.lastPathComponent, tool: dot)
        let design = try Self.sample(url)
        // Each touchpoint and each stage is drawn: a node and a cluster, each with its title.
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == design.touchpoints.count)
        #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1 == design.stages.count)
    }

    /// `dot`, or nil after printing that it is missing (Graphviz is optional: apt-get install graphviz).
    static func dotTool() -> URL? {
        if let url = ExternalTool.find("dot") { return url }
        print("note: Graphviz (dot) is not installed; the dot -Tsvg checks were skipped (apt-get install graphviz)")
        return nil
    }

    static func render(_ text: String, name: String, tool: URL) throws -> String {
        let folder = TestPaths.temporaryFolder("dot")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("\(name).dot")
        try Data(text.utf8).write(to: input)
        let result = try ExternalTool.run(tool, ["-Tsvg", input.path])
        #expect(result.status == 0, "\(name): dot exited with \(result.status): \(result.errors)")
        #expect(result.errors.isEmpty, "\(name): \(result.errors.prefix(500))")
        #expect(result.output.contains("</svg>"))
        return result.output
    }

    static func unescapeXML(_ text: String) -> String {
        text.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
