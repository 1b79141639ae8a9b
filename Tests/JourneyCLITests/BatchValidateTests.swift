import Foundation
import JourneyTestSupport
import Testing

/// `journey validate` on folders, patterns and many files at once (`--jobs`), end to end.
@Suite("journey validate: folders, patterns and --jobs")
struct BatchValidateTests {
    /// A folder tree of journeys: `journeys/` with 24 generated journeys in YAML, JSON, XML,
    /// CJML and Mermaid over three levels, two broken files, and what the walk must skip.
    struct Tree {
        let workspace: CLIWorkspace
        /// Every journey file the walk must find, relative to the workspace, sorted by path.
        let journeys: [String]

        init(broken: Bool = true) throws {
            workspace = CLIWorkspace("journey-batch")
            let fileManager = FileManager.default
            for folder in ["journeys/a/deep", "journeys/b", "journeys/.hidden", "journeys/.build-x", "journeys/a/.git"] {
                try fileManager.createDirectory(at: workspace.url(folder), withIntermediateDirectories: true)
            }
            var journeys: [String] = []
            let places = ["journeys", "journeys/a", "journeys/a/deep", "journeys/b"]
            let extensions = ["yaml", "yml", "json", "xml", "cjml", "mmd"]
            for index in 0..<24 {
                let path = "\(places[index % places.count])/j\(String(format: "%02d", index)).\(extensions[index % extensions.count])"
                let made = try workspace.run(["generate", "12", path, "--seed", "\(index + 1)"])
                try #require(made.status == 0, "\(made.allText)")
                journeys.append(path)
            }
            if broken {
                try workspace.write("journeys/a/broken.yaml", CLIText.broken)
                try workspace.write("journeys/b/syntax.yaml", "journey: demo\ntitle: [unclosed\n")
                journeys += ["journeys/a/broken.yaml", "journeys/b/syntax.yaml"]
            }
            // What the walk skips: hidden files and folders, `.build*`, other extensions.
            try workspace.write("journeys/.hidden/skipped.yaml", CLIText.broken)
            try workspace.write("journeys/.build-x/skipped.yaml", CLIText.broken)
            try workspace.write("journeys/a/.git/skipped.yaml", CLIText.broken)
            try workspace.write("journeys/.skipped.yaml", CLIText.broken)
            try workspace.write("journeys/notes.md", "# not a journey\n")
            try workspace.write("journeys/a/picture.svg", "<svg/>\n")
            try workspace.write("journeys/b/graph.dot", "digraph {}\n")
            self.journeys = journeys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        }

        func run(_ arguments: [String]) throws -> CommandResult { try workspace.run(arguments) }

        func remove() { workspace.remove() }
    }

    /// The files of a JSON report, in its order.
    static func reportedFiles(_ result: CommandResult) throws -> [String] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        return files.compactMap { $0["file"] as? String }
    }

    @Test("a folder is walked: nested folders, sorted by path; hidden files, .build* and other extensions skipped")
    func folderWalk() throws {
        try #require(JourneyBinary.url != nil)
        let tree = try Tree()
        defer { tree.remove() }
        let result = try tree.run(["validate", "--profile", "structural", "--format", "json", "journeys"])
        #expect(!result.crashed)
        #expect(result.status == 1, "\(result.errors)")
        #expect(try Self.reportedFiles(result) == tree.journeys)
        #expect(!result.output.contains("skipped"))
        // A trailing slash and `.` name the same files.
        let slash = try tree.run(["validate", "--profile", "structural", "--format", "json", "journeys/"])
        #expect(try Self.reportedFiles(slash) == tree.journeys)
        let here = try JourneyBinary.run(["validate", "--profile", "structural", "--format", "json", "."], in: tree.workspace.url("journeys"))
        #expect(try Self.reportedFiles(here) == tree.journeys.map { String($0.dropFirst("journeys/".count)) })
    }

    @Test("quoted patterns are expanded: * within a folder, ** across folders")
    func patterns() throws {
        try #require(JourneyBinary.url != nil)
        let tree = try Tree()
        defer { tree.remove() }
        let yamlEverywhere = try tree.run(["validate", "--profile", "structural", "--format", "json", "journeys/**/*.yaml"])
        #expect(try Self.reportedFiles(yamlEverywhere) == tree.journeys.filter { $0.hasSuffix(".yaml") })
        let topLevel = try tree.run(["validate", "--profile", "structural", "--format", "json", "journeys/*"])
        #expect(try Self.reportedFiles(topLevel) == tree.journeys.filter { $0.split(separator: "/").count == 2 })
        let oneLevelDown = try tree.run(["validate", "--profile", "structural", "--format", "json", "journeys/?/j*.y*ml"])
        #expect(try Self.reportedFiles(oneLevelDown) == tree.journeys.filter {
            $0.split(separator: "/").count == 3 && $0.contains("/j") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
        })
        #expect(try Self.reportedFiles(oneLevelDown).count == 4)
        let deepOnly = try tree.run(["validate", "--profile", "structural", "--format", "json", "**/deep/*"])
        #expect(try Self.reportedFiles(deepOnly) == tree.journeys.filter { $0.hasPrefix("journeys/a/deep/") })
    }

    @Test("a folder or pattern without journey files is an error naming it, exit 1, and nothing is validated")
    func nothingFound() throws {
        try #require(JourneyBinary.url != nil)
        let tree = try Tree()
        defer { tree.remove() }
        try FileManager.default.createDirectory(at: tree.workspace.url("empty"), withIntermediateDirectories: true)
        try tree.workspace.write("empty/readme.md", "nothing here\n")
        try tree.workspace.write("empty/.hidden.yaml", CLIText.clean)
        let empty = try tree.run(["validate", "empty"])
        #expect(!empty.crashed)
        #expect(empty.status == 1)
        #expect(empty.errors.contains("journey: error: empty: no journey file in this folder"))
        #expect(empty.output.isEmpty)
        let pattern = try tree.run(["validate", "journeys", "journeys/**/*.txt"])
        #expect(pattern.status == 1)
        #expect(pattern.errors.contains("journey: error: journeys/**/*.txt: no journey file matches this pattern"))
        #expect(pattern.output.isEmpty)
        let nowhere = try tree.run(["validate", "nowhere/*.yaml"])
        #expect(nowhere.status == 1)
        #expect(nowhere.errors.contains("nowhere/*.yaml"))
    }

    @Test("files, folders, patterns and standard input mix, each in the place of its argument")
    func mixedArguments() throws {
        try #require(JourneyBinary.url != nil)
        let tree = try Tree()
        defer { tree.remove() }
        try tree.workspace.write("single.yaml", CLIText.clean)
        let result = try tree.workspace.run(
            ["validate", "--profile", "structural", "--format", "json", "single.yaml", "journeys/b", "-", "journeys/a/deep/*", "missing.yaml"],
            input: Data(CLIText.clean.utf8))
        #expect(result.status == 1)
        let expected = ["single.yaml"] + tree.journeys.filter { $0.hasPrefix("journeys/b/") } + ["<stdin>"]
            + tree.journeys.filter { $0.hasPrefix("journeys/a/deep/") } + ["missing.yaml"]
        #expect(try Self.reportedFiles(result) == expected)
        #expect(result.output.contains("no such file"))
    }

    @Test("the report is the same byte for byte with --jobs 1, 2 and 8, in text, JSON and SARIF")
    func stableAcrossJobs() throws {
        try #require(JourneyBinary.url != nil)
        let tree = try Tree()
        defer { tree.remove() }
        try tree.workspace.write("first.yaml", CLIText.broken)
        // A design that suppresses its own findings: the summary lines count them.
        let suppressing = try tree.workspace.text("journeys/j00.yaml")
            + "suppress:\n  - rule: STRUCT-MOT-NO-OWNER\n    reason: The generator names no owners.\n"
        try tree.workspace.write("suppressing.yaml", suppressing)
        let files = ["first.yaml", "journeys", "suppressing.yaml"]
        for options in [["--format", "text"], ["--format", "text", "--quiet"], ["--format", "json"], ["--format", "sarif"]] {
            var runs: [CommandResult] = []
            for jobs in ["1", "2", "8"] {
                runs.append(try tree.run(["validate", "--color", "always", "--jobs", jobs] + options + files))
            }
            runs.append(try tree.run(["validate", "--color", "always", "-j3"] + options + files))
            for run in runs {
                #expect(!run.crashed)
                #expect(run.status == 1)
                #expect(run.output == runs[0].output, "\(options) differs between --jobs values")
                // No progress on standard error when it is not a terminal.
                #expect(run.errors.isEmpty, "\(run.errors)")
            }
            #expect(runs[0].output.utf8.count > 10_000)
            if options == ["--format", "text"] {
                #expect(runs[0].output.contains("suppressing.yaml: ") && runs[0].output.contains(" suppressed\n"), "\(runs[0].output.suffix(300))")
                #expect(runs[0].output.hasSuffix(" suppressed\n"), "the total line counts the suppressed findings")
            }
        }
        // With every rule on, each file has findings, so each shows in --quiet's output.
        let text = try tree.run(["validate", "-q", "-j", "2", "first.yaml", "journeys"])
        let named = text.output.split(separator: "\n").compactMap { line -> String? in
            guard !line.hasPrefix(" ") else { return nil }
            return line.split(separator: ":").first.map(String.init)
        }
        var order: [String] = []
        for file in named where order.last != file { order.append(file) }
        #expect(order == ["first.yaml"] + tree.journeys, "findings come grouped by file, in the arguments' order")
        #expect(!text.output.split(separator: "\n").contains { $0.hasPrefix("\(tree.journeys.count + 1) files: ") }, "--quiet prints no total line")
    }

    @Test("exit code: 0 for clean files, 1 when one of them is broken or unreadable")
    func exitCodes() throws {
        try #require(JourneyBinary.url != nil)
        let tree = try Tree(broken: false)
        defer { tree.remove() }
        let clean = try tree.run(["validate", "--profile", "structural", "--jobs", "2", "journeys"])
        #expect(clean.status == 0, "\(clean.output.suffix(500))")
        let total = clean.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(total.hasPrefix("24 files: ") && !total.contains("error"), "\(total)")
        try tree.workspace.write("journeys/b/zz-broken.yaml", CLIText.broken)
        let broken = try tree.run(["validate", "--profile", "structural", "--jobs", "2", "journeys"])
        #expect(broken.status == 1)
        #expect(broken.output.contains("journeys/b/zz-broken.yaml: 3 errors"))
        #expect(broken.output.contains("25 files: 3 errors"))
        try FileManager.default.removeItem(at: tree.workspace.url("journeys/b/zz-broken.yaml"))
        try FileManager.default.createSymbolicLink(atPath: tree.workspace.url("journeys/b/gone.yaml").path, withDestinationPath: "nowhere.yaml")
        let unreadable = try tree.run(["validate", "--profile", "structural", "--jobs", "2", "journeys"])
        #expect(unreadable.status == 1)
        #expect(unreadable.output.contains("journeys/b/gone.yaml:1:1: error[FILE-UNREADABLE]: no such file"))
    }

    @Test("--jobs 0 or below is a usage error (exit 2)", arguments: [["--jobs", "0"], ["--jobs", "-1"], ["--jobs=-4"], ["-j0"], ["-j", "0"]])
    func badJobs(_ option: [String]) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        try workspace.write("clean.yaml", CLIText.clean)
        let result = try workspace.run(["validate"] + option + ["clean.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 2, "\(result.allText)")
        #expect(result.errors.contains("--jobs must be 1 or more"))
        #expect(result.output.isEmpty)
    }

    @Test("links: a linked folder outside the tree is walked once, a link back up does not loop")
    func symbolicLinks() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-batch-links")
        defer { workspace.remove() }
        let fileManager = FileManager.default
        for folder in ["tree/inner", "outside"] {
            try fileManager.createDirectory(at: workspace.url(folder), withIntermediateDirectories: true)
        }
        try workspace.write("tree/a.yaml", CLIText.clean)
        try workspace.write("tree/inner/b.yaml", CLIText.clean)
        try workspace.write("outside/c.yaml", CLIText.clean)
        try fileManager.createSymbolicLink(atPath: workspace.url("tree/inner/up").path, withDestinationPath: "..")
        try fileManager.createSymbolicLink(atPath: workspace.url("tree/again").path, withDestinationPath: "inner")
        try fileManager.createSymbolicLink(atPath: workspace.url("tree/linked").path, withDestinationPath: "../outside")
        try fileManager.createSymbolicLink(atPath: workspace.url("tree/also-linked").path, withDestinationPath: "../outside")
        let result = try workspace.run(["validate", "--profile", "structural", "--format", "json", "tree"])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        #expect(try Self.reportedFiles(result) == ["tree/a.yaml", "tree/also-linked/c.yaml", "tree/inner/b.yaml"])
    }

    @Test("hostile files validated side by side (--jobs 4) are each refused with their own rule, no crash")
    func hostileInParallel() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-batch-hostile")
        defer { workspace.remove() }
        let cases = HostileCase.all.filter { $0.bytes.count < 1_000_000 }
        try FileManager.default.createDirectory(at: workspace.url("hostile"), withIntermediateDirectories: true)
        for hostile in cases { try workspace.write("hostile/\(hostile.fileName)", bytes: hostile.bytes) }
        let result = try workspace.run(["validate", "--format", "json", "--jobs", "4", "hostile"])
        #expect(!result.crashed)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        #expect(files.count == cases.count)
        for hostile in cases {
            let file = files.first { $0["file"] as? String == "hostile/\(hostile.fileName)" }
            let rules = (file?["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
            #expect(rules.contains(hostile.code), "\(hostile.name): \(rules.prefix(5))")
        }
    }
}
