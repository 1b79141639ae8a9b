import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// Schemas/journeykit.schema.json, judged by Python's jsonschema (Draft202012Validator): it is a
/// valid 2020-12 schema, every sample and starter template passes it as written, and it refuses
/// what the reader refuses. scripts/setup.sh installs jsonschema; PyYAML reads the YAML.
@Suite("JSON Schema")
struct JSONSchemaTests {
    static let schemaFile = TestPaths.packageRoot.appendingPathComponent("Schemas/journeykit.schema.json")

    @Test("the schema is a valid draft 2020-12 schema (check_schema)")
    func metaschema() throws {
        guard let judge = SchemaJudge.find() else { return }
        // With no instances, the script only checks the schema against the metaschema.
        let verdicts = try judge.check([])
        #expect(verdicts.isEmpty)
        let schema = try Self.schemaObject()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test("every property and every $defs entry has a description; unknown fields are refused")
    func descriptions() throws {
        var missing: [String] = []
        var open: [String] = []
        func walk(_ value: Any, _ path: String) {
            if let list = value as? [Any] {
                for (index, item) in list.enumerated() { walk(item, "\(path)/\(index)") }
                return
            }
            guard let object = value as? [String: Any] else { return }
            for key in ["properties", "$defs"] {
                for (name, child) in object[key] as? [String: Any] ?? [:]
                where (child as? [String: Any])?["description"] == nil {
                    missing.append("\(path)/\(key)/\(name)")
                }
            }
            if object["properties"] != nil, object["additionalProperties"] as? Bool != false { open.append(path) }
            for (key, child) in object { walk(child, "\(path)/\(key)") }
        }
        walk(try Self.schemaObject(), "#")
        #expect(missing.isEmpty, "without a description: \(missing.sorted())")
        #expect(open.isEmpty, "blocks that let unknown fields through: \(open.sorted())")
    }

    @Test("the constant in JourneyFormats is the file, byte for byte (run scripts/embed-json-schema.sh)")
    func embedded() throws {
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(JourneyJSONSchema.text == file)
    }

    @Test("every sample passes the schema as written (YAML read as the reader reads it)")
    func samplesAsWritten() throws {
        guard let judge = SchemaJudge.find() else { return }
        guard judge.readsYAML else {
            print("note: python3 has no yaml module (PyYAML); the samples' YAML was not checked, only their JSON (next test)")
            return
        }
        let samples = TestPaths.sampleFiles
        #expect(samples.count >= 4)
        let verdicts = try judge.check(samples)
        for sample in samples { #expect(verdicts[sample.path] == [], "\(sample.lastPathComponent): \(verdicts[sample.path] ?? ["not checked"])") }
    }

    @Test("every sample, written as JSON by JourneyKit, passes the schema")
    func samplesAsJSON() throws {
        guard let judge = SchemaJudge.find() else { return }
        let folder = TestPaths.temporaryFolder("json-schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for sample in TestPaths.sampleFiles {
            let design = try JourneyFile.load(Data(contentsOf: sample), name: sample.path)
            let file = folder.appendingPathComponent(sample.deletingPathExtension().lastPathComponent + ".json")
            try Data(JourneyFile.encode(design, as: .json).utf8).write(to: file)
            files.append(file)
        }
        #expect(files.count >= 4)
        let verdicts = try judge.check(files)
        for file in files { #expect(verdicts[file.path] == [], "\(file.lastPathComponent): \(verdicts[file.path] ?? ["not checked"])") }
    }

    @Test("the files journey init writes pass the schema", arguments: ["starter", "blueprint"])
    func templates(_ template: String) throws {
        guard let judge = SchemaJudge.find() else { return }
        try #require(JourneyBinary.url != nil)
        let folder = TestPaths.temporaryFolder("json-schema-init")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try JourneyBinary.run(["init", "t.yaml", "--template", template], in: folder).status == 0)
        var file = folder.appendingPathComponent("t.yaml")
        if !judge.readsYAML {
            print("note: python3 has no yaml module (PyYAML); the \(template) template was checked as JSON written by journey convert")
            #expect(try JourneyBinary.run(["convert", "t.yaml", "t.json"], in: folder).status == 0)
            file = folder.appendingPathComponent("t.json")
        }
        let verdicts = try judge.check([file])
        #expect(verdicts[file.path] == [], "\(verdicts[file.path] ?? ["not checked"])")
    }

    @Test("the short forms and nulls the reader accepts pass the schema")
    func shortForms() throws {
        guard let judge = SchemaJudge.find() else { return }
        let folder = TestPaths.temporaryFolder("json-schema-short")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = [("short.json", SchemaSamples.shortFormsJSON)]
        if judge.readsYAML { files.append(("short.yaml", SchemaSamples.shortFormsYAML)) }
        var urls: [URL] = []
        for (name, text) in files {
            let decoded = JourneyFile.decode(Data(text.utf8), name: name)
            #expect(decoded.design != nil && decoded.problems.isEmpty, "the reader refuses \(name): \(decoded.problems)")
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            urls.append(url)
        }
        let verdicts = try judge.check(urls)
        for url in urls { #expect(verdicts[url.path] == [], "\(url.lastPathComponent): \(verdicts[url.path] ?? ["not checked"])") }
    }

    @Test("broken documents are refused by the schema, as by the reader")
    func brokenDocuments() throws {
        guard let judge = SchemaJudge.find() else { return }
        let folder = TestPaths.temporaryFolder("json-schema-broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        var urls: [(String, URL)] = []
        for (index, broken) in SchemaSamples.broken.enumerated() {
            let text = SchemaSamples.document(top: broken.top, touchpoint: broken.touchpoint)
            let decoded = JourneyFile.decode(Data(text.utf8), name: "broken.json")
            #expect(!decoded.problems.isEmpty, "the reader accepts \(broken.name), so the case proves nothing")
            let url = folder.appendingPathComponent("broken-\(index).json")
            try Data(text.utf8).write(to: url)
            urls.append((broken.name, url))
        }
        #expect(urls.count >= 20)
        let verdicts = try judge.check(urls.map(\.1))
        for (name, url) in urls {
            let errors = try #require(verdicts[url.path], "\(name) was not checked")
            #expect(!errors.isEmpty, "the schema accepts \(name)")
        }
        // The base document itself passes, so each refusal is the case's doing.
        let base = folder.appendingPathComponent("base.json")
        try Data(SchemaSamples.document(top: "", touchpoint: "").utf8).write(to: base)
        #expect(try judge.check([base])[base.path] == [])
    }

    static func schemaObject() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile))
        return try #require(object as? [String: Any])
    }
}

/// Python's jsonschema, run on files: the independent judge of the schema.
struct SchemaJudge {
    let python: URL
    /// Whether python3 has PyYAML, so that YAML files can be checked as written.
    let readsYAML: Bool

    /// The judge, or nil after recording (on CI) or printing (elsewhere) what is missing.
    static func find() -> SchemaJudge? {
        if let python = ExternalTool.find("python3"),
            let probe = try? ExternalTool.run(python, ["-c", "import jsonschema\ntry:\n import yaml\n print('yaml')\nexcept ImportError:\n print('no yaml')"]),
            probe.status == 0 {
            return SchemaJudge(python: python, readsYAML: probe.output.hasPrefix("yaml"))
        }
        let missing = "python3 with its jsonschema package is not installed (scripts/setup.sh installs it: pip install jsonschema)"
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(missing); CI must have it")
        } else {
            print("note: \(missing); the JSON Schema tests were skipped")
        }
        return nil
    }

    /// Checks the schema against the 2020-12 metaschema, then each file against the schema:
    /// the error messages of each file, by path (an empty list: the file passes).
    func check(_ files: [URL]) throws -> [String: [String]] {
        let arguments = ["-c", Self.script, JSONSchemaTests.schemaFile.path] + files.map(\.path)
        let result = try ExternalTool.run(python, arguments)
        #expect(result.status == 0, "the schema check failed (exit \(result.status)): \(result.output)\(result.errors)")
        guard result.status == 0, let data = result.output.data(using: .utf8),
            let verdicts = try JSONSerialization.jsonObject(with: data) as? [String: [String]]
        else { return [:] }
        return verdicts
    }

    /// YAML is read as JourneyKit's reader reads it, which is YAML 1.2's core schema: a plain
    /// scalar is null (`~`, `null`, nothing), `true`/`false` in any case, a decimal number, or
    /// else text. No timestamps (`2025-09-14` stays text), no `yes`/`no`, no octal; mapping keys
    /// stay as written (scale labels' `-2`).
    static let script = #"""
        import json, re, sys
        import jsonschema

        def load_yaml(text):
            import yaml
            class Loader(yaml.SafeLoader):
                pass
            Loader.yaml_implicit_resolvers = {}
            Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
            Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$"), list("tTfF"))
            Loader.add_implicit_resolver("tag:journeykit,number",
                re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"), list("-+0123456789."))
            def number(loader, node):
                return int(node.value) if re.fullmatch(r"[-+]?[0-9]+", node.value) else float(node.value)
            def mapping(loader, node):
                loader.flatten_mapping(node)
                return {(key.value if isinstance(key, yaml.ScalarNode) else loader.construct_object(key, deep=True)):
                        loader.construct_object(value, deep=True) for key, value in node.value}
            Loader.add_constructor("tag:journeykit,number", number)
            Loader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: node.value.lower() == "true")
            Loader.add_constructor("tag:yaml.org,2002:map", mapping)
            return yaml.load(text, Loader=Loader)

        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        verdicts = {}
        for path in sys.argv[2:]:
            text = open(path, encoding="utf-8-sig").read()
            instance = json.loads(text) if path.endswith(".json") else load_yaml(text)
            errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
            verdicts[path] = ["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message for e in errors]
        print(json.dumps(verdicts))
        """#
}

/// Documents for the schema tests: one the reader accepts in all its short forms, and broken
/// ones, each a small valid JSON journey with one thing wrong.
enum SchemaSamples {
    /// A valid journey with `top` added to the top-level block and `touchpoint` to touchpoint "web".
    static func document(top: String, touchpoint: String) -> String {
        """
        {"journey": "demo", "title": "Demo", "personas": [{"id": "anna", "name": "Anna"}]\(top),
         "stages": [{"id": "visit", "name": "Visit", "touchpoints": [{"id": "web", "title": "Website"\(touchpoint)}]}]}
        """
    }

    /// (what is wrong, added at the top, added to the touchpoint)
    static let broken: [(name: String, top: String, touchpoint: String)] = [
        ("an unknown touchpoint field", "", #", "chanel": "web""#),
        ("an unknown top-level field", #", "titel": "Demo""#, ""),
        ("a lane not in the list", "", #", "lane": "frontstge""#),
        ("a status not in the list", #", "status": "done""#, ""),
        ("a score as text", "", #", "emotions": {"anna": "4"}"#),
        ("a persona without a score", "", #", "emotions": {"anna": null}"#),
        ("a score too large for a number", "", #", "emotions": {"anna": 1e400}"#),
        ("a moment-of-truth target too large for a number", "", #", "momentOfTruth": {"target": -1e400}"#),
        ("a scale label without a name", #", "scale": {"labels": {"0": null}}"#, ""),
        ("February 30", #", "evidence": {"research": [{"id": "r", "method": "Talks", "date": "2026-02-30"}]}"#, ""),
        ("29 February in a common year", #", "evidence": {"research": [{"id": "r", "method": "Talks", "date": "2025-02-29"}]}"#, ""),
        ("a long-form score as text", "", #", "emotions": {"anna": {"score": "4"}}"#),
        ("a long form without a score", "", #", "emotions": {"anna": {"thought": "Hm"}}"#),
        ("an unknown field in a long form", "", #", "emotions": {"anna": {"score": 4, "mood": "ok"}}"#),
        ("a basis not in the list", "", #", "emotions": {"anna": {"score": 4, "basis": "guessed"}}"#),
        ("an emotion key with a space", "", #", "emotions": {"anna b": 4}"#),
        ("an id with a space", "", #", "next": "pay now""#),
        ("a moment of truth as text", "", #", "momentOfTruth": "yes""#),
        ("an unknown field in a moment of truth", "", #", "momentOfTruth": {"owner": "Kim", "goal": 4}"#),
        ("a flag in quotes", "", #", "personalized": "true""#),
        ("a branch without to", "", #", "branches": [{"if": "always"}]"#),
        ("a list where a text belongs", "", #", "channel": ["web", "app"]"#),
        ("an unknown field in the times", "", #", "time": {"sent": "2026-03-02"}"#),
        ("a block where a list belongs", #", "actors": {"id": "clerk", "kind": "employee"}"#, ""),
        ("an actor without a kind", #", "actors": [{"id": "clerk"}]"#, ""),
        ("an actor kind not in the list", #", "actors": [{"id": "clerk", "kind": "robot"}]"#, ""),
        ("an impossible date", #", "evidence": {"research": [{"id": "r", "method": "Talks", "date": "2025-13-01"}]}"#, ""),
        ("a negative sample size", #", "evidence": {"research": [{"id": "r", "method": "Talks", "sampleSize": -1}]}"#, ""),
        ("a sample size with a fraction", #", "evidence": {"research": [{"id": "r", "method": "Talks", "sampleSize": 2.5}]}"#, ""),
        ("a test result not in the list", #", "evidence": {"tests": [{"prototype": "P", "result": "ok"}]}"#, ""),
        ("an empty required text", #", "challenges": [{"statement": "  "}]"#, ""),
        ("a value proposition without a statement", #", "value": {"serves": ["x"]}"#, ""),
        ("a scale label that is not a score", #", "scale": {"labels": {"low": "Angry"}}"#, ""),
        ("a pyramid level as text", #", "project": {"levels": ["one"]}"#, ""),
        ("a block where an id belongs", #", "challenges": [{"statement": "S", "answers": [{"id": "x"}]}]"#, ""),
    ]

    /// Every short form, and nulls where the reader reads them as absent.
    static let shortFormsJSON = """
        {"journey": "short", "title": 2024, "version": 1.1, "owner": null, "status": "live", "kind": null,
         "scale": {"min": -2, "max": 2, "neutral": 0, "labels": {"-2": "Angry", "0": "Neutral", "2.0": "Delighted"}},
         "project": {"levels": 2, "personas": "anna", "team": [null, {"name": "Kim", "frontline": true}]},
         "personas": [{"id": "anna", "name": "Anna", "goals": "Be done", "needs": "Join quickly",
                       "expectations": ["Fast", {"id": "clear", "text": "Clear", "evidence": "r"}, null], "desires": null},
                      {"id": "ben", "name": "Ben"}],
         "actors": [{"id": "clerk", "kind": "employee"}],
         "stages": [{"id": "visit", "name": "Visit", "touchpoints": [
           {"id": "web", "title": "Website", "actors": "clerk", "momentOfTruth": true, "next": "pay",
            "emotions": {"anna": 1, "ben": {"score": 1.5, "thought": "Hm", "basis": "observed", "evidence": "r"}}},
           {"id": "pay", "title": "Pay", "momentOfTruth": {}, "lane": null, "emotions": null,
            "branches": [{"to": "web"}, {"if": "Done", "to": "end"}, null]},
           {"id": "end", "title": "End", "momentOfTruth": false, "end": true, "time": {"started": "2026-03-02T09:15"}}]}],
         "evidence": {"research": [{"id": "r", "method": "Talks", "date": "2025-09", "sampleSize": 0}]},
         "suppress": [{"rule": "STRUCT-DEAD-END", "reason": "A demo", "at": "web"}]}
        """

    /// YAML the reader reads as written: dates and versions stay text, `~` and nothing are absent.
    static let shortFormsYAML = """
        journey: short
        title: Short
        version: 1.10
        owner:
        scale: {min: -2, max: 2, labels: {-2: Angry, "0": Neutral, 2: Delighted}}
        personas:
          - {id: anna, name: Anna, needs: Join quickly}
        stages:
          - id: visit
            name: Visit
            touchpoints:
              - {id: web, title: Website, next: pay, momentOfTruth: True, personalized: FALSE, emotions: {anna: 3}}
              - {id: pay, title: Pay, emotions: ~, branches: [{if: Done, to: web}], end: true}
        evidence:
          research:
            - {id: r, method: Talks, date: 2025-09-14, sampleSize: 12}
          sessions:
            - {title: Workshop, date: 2025-10}

        """
}
