import Foundation
import JourneyTestSupport
import Testing

/// `journey render --format html`, and the page in a real browser: headless Chromium loads
/// each sample's page from disk, runs its scripts, and must log nothing to the console (no
/// script error, no Content-Security-Policy violation, no failed load).
///
/// Chromium (Debian 156) writes every console message to standard error with
/// `--enable-logging=stderr` as `…:INFO:CONSOLE:LINE] "message", source: …`, whatever its
/// level, so any such line counts as an error: the page itself never logs. The control test
/// shows that the detector catches a `console.error`, a syntax error, an uncaught exception
/// and a CSP violation.
@Suite("HTML page in Chromium", .serialized)
struct HTMLChromiumTests {
    /// Chromium, or nil after recording (on CI) or printing (elsewhere) that it is missing.
    static func chromium() -> URL? {
        for name in ["chromium", "chromium-browser"] {
            if let url = ExternalTool.find(name) { return url }
        }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("chromium is not installed; CI must have it (Debian: apt-get install chromium)")
        } else {
            print("note: chromium is not installed; the browser tests of the HTML page were skipped")
        }
        return nil
    }

    struct BrowserRun {
        var status: Int32
        var timedOut: Bool
        /// Standard output: the DOM after the scripts ran, with `--dump-dom`.
        var output: String
        var errors: String

        /// The console messages Chromium logged.
        var console: [String] {
            errors.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        }
    }

    /// Runs headless Chromium on a file with its own profile folder, and stops it after `limit`
    /// seconds. `--virtual-time-budget` lets the page's timers and scripts run before the dump.
    static func browse(_ chromium: URL, _ page: URL, _ extra: [String], limit: TimeInterval = 120) throws -> BrowserRun {
        let profile = TestPaths.temporaryFolder("journey-chromium-profile")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = chromium
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update",
            "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
        ] + extra + [page.absoluteURL.absoluteString]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var timedOut = false
        let watchdog = DispatchWorkItem {
            timedOut = true
            process.terminate()
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return BrowserRun(
            status: process.terminationStatus, timedOut: timedOut,
            output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self))
    }

    /// Writes the sample's page with `journey render --format html`.
    static func render(_ sample: URL, in workspace: CLIWorkspace, extra: [String] = []) throws -> URL {
        let result = try workspace.run(["render", sample.path, "--format", "html", "-o", "page.html"] + extra)
        RenderCommandTests.expectClean(result)
        #expect(result.status == 0, "\(result.allText)")
        return workspace.url("page.html")
    }

    static func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test("control: the detector sees console.error, a syntax error, an exception and a CSP violation")
    func control() throws {
        guard let chromium = Self.chromium() else { return }
        let workspace = CLIWorkspace("journey-chromium")
        defer { workspace.remove() }
        let page = try workspace.write("control.html", """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>control</title>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; img-src data:">
            </head><body><p id="x">before</p><img src="http://example.invalid/x.png" alt="">
            <script>console.error("deliberate-console-error");</script>
            <script>function ( { deliberate syntax error</script>
            <script>document.getElementById("x").textContent = "scripts-ran"; deliberatelyUndefined();</script>
            </body></html>
            """)
        let run = try Self.browse(chromium, page, ["--dump-dom"])
        #expect(!run.timedOut)
        let console = run.console.joined(separator: "\n")
        #expect(console.contains("deliberate-console-error"), "\(run.errors)")
        #expect(console.contains("SyntaxError"), "\(run.errors)")
        #expect(console.contains("deliberatelyUndefined"), "\(run.errors)")
        #expect(console.contains("Content Security Policy"), "\(run.errors)")
        #expect(run.output.contains("<p id=\"x\">scripts-ran</p>"), "the DOM is dumped after the scripts ran")
    }

    @Test("every sample's page runs without a console message; the DOM has the tabs, panels and findings",
          arguments: TestPaths.sampleFiles)
    func samplePage(_ sample: URL) throws {
        guard let chromium = Self.chromium() else { return }
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-chromium")
        defer { workspace.remove() }
        let page = try Self.render(sample, in: workspace)
        let run = try Self.browse(chromium, page, ["--dump-dom"])
        #expect(!run.timedOut, "chromium did not finish")
        #expect(run.console.isEmpty, "console messages:\n\(run.console.prefix(10).joined(separator: "\n"))")
        let dom = run.output
        #expect(dom.contains("<html lang=\"en\" class=\"js\">"), "the page's script ran")
        // Map, blueprint, emotion chart and stage summary.
        #expect(Self.count(dom, "role=\"tabpanel\"") == 4)
        #expect(Self.count(dom, "role=\"tab\" ") == 4)
        #expect(dom.contains("id=\"findings\""))
        #expect(dom.contains("id=\"conformance\""))
        // One panel shown, the others hidden by the script; the cards are focusable buttons.
        #expect(Self.count(dom, "role=\"tabpanel\" id=\"panel-") == 4)
        #expect(Self.count(dom, "aria-labelledby=\"tab-summary\" tabindex=\"0\" hidden=\"\"") == 1)
        #expect(Self.count(dom, "aria-labelledby=\"tab-blueprint\" tabindex=\"0\" hidden=\"\"") == 1)
        #expect(Self.count(dom, "aria-labelledby=\"tab-emotion\" tabindex=\"0\" hidden=\"\"") == 1)
        #expect(dom.contains("tabindex=\"0\" role=\"button\" aria-label=\"Touchpoint 1: "))
    }

    @Test("a hostile design's page runs without a console message and its texts stay text")
    func hostilePage() throws {
        guard let chromium = Self.chromium() else { return }
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-chromium")
        defer { workspace.remove() }
        let input = try workspace.write("evil.yaml", """
            journey: evil
            title: "</script><script>console.error('title')</script> <!-- \\"q\\" & 'x' ]]>"
            proposition: "</style><img src=x onerror=console.error('img')>"
            personas:
              - {id: p1, name: "\\" onmouseover=\\"console.error(1)"}
              - {id: p2, name: "مرحبا </script>"}
            stages:
              - id: s1
                name: "<b>Stage</b>"
                touchpoints:
                  - id: t1
                    title: "</script><!-- t1"
                    description: "\\u2028 and \\u2029 </script>"
                    channel: web
                    emotions: {p1: {score: 2, thought: "</script><script>console.error('t')</script>"}, p2: 4}
                  - id: t2
                    title: "Second & <i>italic</i>"
                    emotions: {p1: 4, p2: {score: 1, thought: "-->"}}

            """)
        let result = try workspace.run(["render", input.path, "--format", "html", "-o", "page.html"])
        #expect(result.status == 0, "\(result.allText)")
        let run = try Self.browse(chromium, workspace.url("page.html"), ["--dump-dom"])
        #expect(run.console.isEmpty, "console messages:\n\(run.console.prefix(10).joined(separator: "\n"))")
        #expect(Self.count(run.output, "<script") == 2, "the island and the page's script, no more")
        #expect(!run.output.contains("<img"))
        #expect(run.output.contains("&lt;/script&gt;&lt;script&gt;console.error('title')&lt;/script&gt;"))
    }

    @Test("the clinic page as a 1600×1200 screenshot")
    func screenshot() throws {
        guard let chromium = Self.chromium() else { return }
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-chromium")
        defer { workspace.remove() }
        let page = try Self.render(TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml"), in: workspace)
        let shot = workspace.url("clinic.png")
        let run = try Self.browse(chromium, page, ["--window-size=1600,1200", "--screenshot=\(shot.path)", "--hide-scrollbars"])
        #expect(run.console.isEmpty, "console messages:\n\(run.console.prefix(10).joined(separator: "\n"))")
        let png = try Data(contentsOf: shot)
        #expect(Array(png.prefix(8)) == RenderCommandTests.pngSignature)
        // IHDR: width and height, big-endian, at bytes 16–23.
        let size = png.count >= 24 ? (png[16..<20].reduce(0) { $0 << 8 | Int($1) }, png[20..<24].reduce(0) { $0 << 8 | Int($1) }) : (0, 0)
        #expect(size == (1600, 1200))
        #expect(png.count > 50_000, "a page with pictures, not a blank one")
        if let keep = ProcessInfo.processInfo.environment["JOURNEY_SCREENSHOT"] {
            try png.write(to: URL(fileURLWithPath: keep))
        }
    }

    @Suite("journey render --format html")
    struct Command {
        static let clinic = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml")

        @Test("one page, whatever --view says; -o page.html implies html; --view all writes NAME.html in the folder")
        func paths() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = CLIWorkspace("journey-html")
            defer { workspace.remove() }
            try workspace.copy(Self.clinic, as: "clinic.yaml")
            var result = try workspace.run(["render", "clinic.yaml", "-o", "page.html"])
            #expect(result.status == 0, "\(result.allText)")
            result = try workspace.run(["render", "clinic.yaml", "--format", "html"])
            #expect(result.status == 0, "\(result.allText)")
            try FileManager.default.createDirectory(at: workspace.url("out"), withIntermediateDirectories: false)
            result = try workspace.run(["render", "clinic.yaml", "--view", "all", "--format", "html", "-o", "out"])
            #expect(result.status == 0, "\(result.allText)")
            #expect(workspace.names() == ["clinic.html", "clinic.yaml", "out", "page.html"])
            let inFolder = (try? FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path)) ?? []
            #expect(inFolder == ["clinic.html"])
            let page = try workspace.text("page.html")
            #expect(try workspace.text("clinic.html") == page)
            #expect(Self.count(page, "role=\"tabpanel\"") == 4)
        }

        @Test("-o - writes the page to standard output; a file with problems writes nothing")
        func standardOutputAndProblems() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = CLIWorkspace("journey-html")
            defer { workspace.remove() }
            try workspace.write("broken.yaml", CLIText.broken)
            try workspace.write("clean.yaml", CLIText.clean)
            let out = try workspace.run(["render", "clean.yaml", "--format", "html", "-o", "-"])
            #expect(out.status == 0, "\(out.allText)")
            #expect(out.output.hasPrefix("<!DOCTYPE html>"))
            let broken = try workspace.run(["render", "broken.yaml", "--format", "html"])
            RenderCommandTests.expectClean(broken)
            #expect(broken.status == 1)
            #expect(broken.errors.contains("broken.yaml:14:9"))
            #expect(broken.errors.contains("nothing written"))
            #expect(workspace.names() == ["broken.yaml", "clean.yaml"])
        }

        @Test("the page carries the validator's findings and the settings file's choices")
        func findings() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = CLIWorkspace("journey-html")
            defer { workspace.remove() }
            try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "before.yaml")
            var result = try workspace.run(["render", "before.yaml", "-o", "all.html"])
            #expect(result.status == 0, "\(result.allText)")
            try workspace.write(".journeylint.yaml", "profile: structural\n")
            result = try workspace.run(["render", "before.yaml", "-o", "structural.html"])
            #expect(result.status == 0, "\(result.allText)")
            let all = try workspace.text("all.html")
            let structural = try workspace.text("structural.html")
            #expect(all.contains("<code class=\"rule\">DFES-4.5-01</code>"))
            #expect(!structural.contains("<code class=\"rule\">DFES-4.5-01</code>"), "the settings file's profile applies")
            #expect(all.contains("with gaps"))
            // A grouped finding lists its places, each with its line.
            // Each with the direction of its text (issue 19: not dir="auto").
            #expect(all.contains("<ul class=\"places\"><li dir=\"ltr\"><span class=\"line\">line "))
            #expect(all.contains("stage &quot;referral&quot; ends at &quot;wait-for-letter&quot; in the negative band")
                || all.contains("stage \"referral\" ends at \"wait-for-letter\" in the negative band"))
        }

        static func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }
    }
}
