import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import JourneyValidation
import Testing

/// The SARIF half of the report tests.
extension ReportTests {
    /// The SARIF log of the mixed design, a file that is not YAML, standard input, and a file
    /// with a space in its name given by its absolute path.
    static func sarifFiles() throws -> [FileValidation] {
        [try mixed(), unreadable(), try clean(name: "<stdin>"), try mixed(name: "/work/project/my journeys/b.yaml")]
    }

    static func sarif() throws -> String {
        SARIFReport.render(
            try sarifFiles(), catalogue: validator.catalogue, toolVersion: "1.2.3", baseDirectory: "/work/project")
    }

    @Test("SARIF: version, tool, relative URIs, levels, and ruleIndex pointing at the descriptor with that id")
    func sarifStructure() throws {
        let text = try Self.sarif()
        let again = try Self.sarif()
        #expect(text == again)
        #expect(!text.contains("\\/"))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "journey")
        #expect(driver["version"] as? String == "1.2.3")
        #expect(driver["informationUri"] as? String == "https://github.com/journeykit/journeykit")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count, "a rule is described twice")
        // Every rule that ran has a descriptor, and so has the file problem.
        for id in try Self.mixed().result.assessedRules { #expect(ids.contains(id), "\(id) has no descriptor") }
        #expect(ids.contains("FILE-SYNTAX"))

        let results = try #require(run["results"] as? [[String: Any]])
        let files = try Self.sarifFiles()
        let expectedCount = files.map { $0.result.diagnostics.count + $0.result.suppressed.count }.reduce(0, +)
        #expect(results.count == expectedCount)
        var uris: Set<String> = []
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules.indices.contains(index) && rules[index]["id"] as? String == ruleID, "ruleIndex of \(ruleID)")
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(!message.isEmpty)
            let physical = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(physical["artifactLocation"] as? [String: Any])
            let uri = try #require(artifact["uri"] as? String)
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            #expect(!uri.hasPrefix("/") && !uri.contains("://") && !uri.contains(" "), "not a relative URI: \(uri)")
            uris.insert(uri)
            let region = try #require(physical["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
        }
        #expect(uris == ["dir/test.yaml", "dir/bad.yaml", "my%20journeys/b.yaml"])

        // Levels follow severities; an info is a note.
        let info = try #require(results.first { $0["ruleId"] as? String == "STRUCT-EMPTY-STAGE" })
        #expect(info["level"] as? String == "note")
        let dangling = try #require(results.first { $0["ruleId"] as? String == "STRUCT-DANGLING-REF" })
        #expect(dangling["level"] as? String == "error")
        let danglingText = (dangling["message"] as? [String: Any])?["text"] as? String ?? ""
        #expect(danglingText.contains("did you mean \"b\"?"))
        let persona = try #require(results.first { $0["ruleId"] as? String == "STRUCT-PERSONA-NO-EMOTION" })
        #expect(persona["level"] as? String == "warning")
        #expect(((persona["message"] as? [String: Any])?["text"] as? String)?.contains("(ISO/TS 24082 4.2, inferred)") == true)
        // Notes are related locations with ids and messages.
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "STRUCT-DUPLICATE-ID" })
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        #expect(related.first?["id"] as? Int == 1)
        #expect((related.first?["message"] as? [String: Any])?["text"] as? String != nil)
        // The suppressed finding is a result with an in-source suppression and its reason.
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 2)
        let suppression = try #require((suppressed.first?["suppressions"] as? [[String: Any]])?.first)
        #expect(suppressed.first?["ruleId"] as? String == "STRUCT-MOT-NO-OWNER")
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["justification"] as? String == "The owner is named in the service blueprint.")

        // Standard input is an artifact named `stdin`; the artifacts hold no absolute path.
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        let artifactURIs = artifacts.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(artifactURIs == ["dir/test.yaml", "dir/bad.yaml", "stdin", "my%20journeys/b.yaml"])
    }

    @Test("SARIF descriptors carry the title, rationale, help, level, tags and clause")
    func sarifDescriptors() throws {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(try Self.sarif().utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let dangling = try #require(rules.first { $0["id"] as? String == "STRUCT-DANGLING-REF" })
        let rule = try #require(RuleCatalogue.standard.rule("STRUCT-DANGLING-REF"))
        #expect(dangling["name"] as? String == "ReferencesPointAtElementsThatExist")
        #expect((dangling["shortDescription"] as? [String: Any])?["text"] as? String == rule.title)
        #expect((dangling["fullDescription"] as? [String: Any])?["text"] as? String == rule.rationale)
        let help = try #require(dangling["help"] as? [String: Any])
        #expect((help["text"] as? String)?.contains(rule.satisfiedBy) == true)
        #expect((help["markdown"] as? String)?.contains(rule.hint) == true)
        #expect((dangling["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((dangling["properties"] as? [String: Any])?["tags"] as? [String] == ["structural", "structure"])
        let persona = try #require(rules.first { $0["id"] as? String == "STRUCT-PERSONA-NO-EMOTION" })
        #expect((persona["properties"] as? [String: Any])?["clause"] as? String == "ISO/TS 24082 4.2, inferred")
        let syntax = try #require(rules.first { $0["id"] as? String == "FILE-SYNTAX" })
        #expect(syntax["name"] as? String == "FileSyntax")
        #expect(((syntax["help"] as? [String: Any])?["text"] as? String)?.contains("could not be read as a journey") == true)
        #expect((syntax["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
    }

    @Test("SARIF URIs are relative to the base directory and percent-encoded")
    func sarifRelativeURIs() {
        let base = "/work/project"
        #expect(SARIFReport.relativeURI(for: "dir/test.yaml", baseDirectory: base) == "dir/test.yaml")
        #expect(SARIFReport.relativeURI(for: "./dir/../dir/test.yaml", baseDirectory: base) == "dir/test.yaml")
        #expect(SARIFReport.relativeURI(for: "/work/project/a b/c#d.yaml", baseDirectory: base) == "a%20b/c%23d.yaml")
        #expect(SARIFReport.relativeURI(for: "/work/project/café.yaml", baseDirectory: base + "/") == "caf%C3%A9.yaml")
        #expect(SARIFReport.relativeURI(for: "/work/other/x.yaml", baseDirectory: base) == "../other/x.yaml")
        #expect(SARIFReport.relativeURI(for: "../x.yaml", baseDirectory: base) == "../x.yaml")
        #expect(SARIFReport.relativeURI(for: "a:b.yaml", baseDirectory: base) == "a%3Ab.yaml")
        #expect(SARIFReport.relativeURI(for: "<stdin>", baseDirectory: base) == "stdin")
    }

    /// The official SARIF 2.1.0 schema, kept in the shared folder beside the project (CI has it;
    /// a clone of the project alone does not).
    static let sarifSchema: URL? = TestPaths.shared.map { $0.appendingPathComponent("schemas/sarif-schema-2.1.0.json") }

    // Skipped, with this reason, when ../shared is absent: the schema is test data that is not
    // copied into the project (see shared/schemas/PROVENANCE.md).
    @Test(
        "SARIF output validates against the official SARIF 2.1.0 JSON schema",
        .enabled(
            if: ReportTests.sarifSchema.map { FileManager.default.fileExists(atPath: $0.path) } == true,
            "../shared/schemas/sarif-schema-2.1.0.json is absent (the shared folder is not beside the project): SARIF schema check skipped"))
    func sarifMatchesSchema() throws {
        let schema = try #require(Self.sarifSchema)
        let folder = TestPaths.temporaryFolder("sarif")
        defer { try? FileManager.default.removeItem(at: folder) }
        let logs = [
            ("mixed.sarif", try Self.sarif()),
            ("empty.sarif", SARIFReport.render([], catalogue: .standard, toolVersion: "1.2.3", baseDirectory: "/work/project")),
        ]
        for (name, text) in logs {
            let instance = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: instance)
            let check = try SchemaCheck.run(schema: schema, instance: instance)
            #expect(check.status == 0, "\(name) does not match the SARIF schema (exit \(check.status)):\n\(check.output)")
        }
    }
}

/// Validates a JSON file against a JSON schema with Python's `jsonschema` package (CI installs
/// it: `pip install jsonschema`, or the `python3-jsonschema` Debian package).
enum SchemaCheck {
    static let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("python3 has no jsonschema package: pip install jsonschema (or apt-get install python3-jsonschema)")
            sys.exit(3)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        instance = json.load(open(sys.argv[2], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        checker = getattr(cls, "FORMAT_CHECKER", None)
        validator = cls(schema, format_checker=checker) if checker is not None else cls(schema)
        errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
        for error in errors:
            print("/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """

    static func run(schema: URL, instance: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, instance.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var text = output
        if process.terminationStatus == 127 {
            text = "python3 was not found; install Python 3 and its jsonschema package (pip install jsonschema).\n" + output
        }
        return (process.terminationStatus, text)
    }
}
