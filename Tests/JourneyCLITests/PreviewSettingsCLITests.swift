import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import JourneyTestSupport
import Testing

/// `journey preview` and `journey render --format html` validate under the same settings: the
/// nearest `.journeylint.yaml` (SettingsResolver, JourneyValidation), so their pages list the
/// same findings. The preview used to ignore the settings file.
@Suite("preview and render share the settings file")
struct PreviewSettingsCLITests {
    /// One rule off, one raised to an error: both change what the page lists.
    static let settings = """
        rules:
          DFES-4.2-02: off
          DFES-5.1-01: error
        """

    /// The page's findings panel, from its opening tag to the end of its section.
    static func findings(_ page: String) throws -> String {
        let start = try #require(page.range(of: "<section class=\"panel\" id=\"findings\""), "the page has no findings panel")
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test("the preview's findings are render --format html's under a .journeylint.yaml, and differ from the defaults'")
    func sameFindingsUnderSettings() async throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-settings")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "clinic.yaml")
        try workspace.write(".journeylint.yaml", Self.settings)

        let rendered = try workspace.run(["render", "clinic.yaml", "--format", "html", "-o", "page.html"])
        #expect(rendered.status == 0, "\(rendered.errors)")
        let renderedFindings = try Self.findings(try workspace.text("page.html"))
        let defaults = try workspace.run(["render", "clinic.yaml", "--format", "html", "--no-config", "-o", "defaults.html"])
        #expect(defaults.status == 0, "\(defaults.errors)")
        let defaultFindings = try Self.findings(try workspace.text("defaults.html"))

        // The settings file counts: the rule turned off is gone, the other is now an error.
        #expect(defaultFindings.contains("DFES-4.2-02"))
        #expect(!renderedFindings.contains("DFES-4.2-02"))
        #expect(renderedFindings != defaultFindings)

        let preview = try PreviewProcess(["preview", "clinic.yaml", "--port", "0"], in: workspace)
        defer { preview.kill() }
        let line = try await preview.firstLine()
        let url = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") }.flatMap { URL(string: String($0)) })
        let (page, response) = try await PreviewProcess.get(url)
        #expect(response.statusCode == 200)
        #expect(try Self.findings(page) == renderedFindings)

        preview.process.interrupt()
        #expect(try await preview.waitForExit(seconds: 3))
        #expect(preview.process.terminationStatus == 0, "\(preview.errors)")
    }

    @Test("--no-config on the preview gives the default rules' findings")
    func previewWithoutSettings() async throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-settings")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "clinic.yaml")
        try workspace.write(".journeylint.yaml", Self.settings)
        let defaults = try workspace.run(["render", "clinic.yaml", "--format", "html", "--no-config", "-o", "defaults.html"])
        #expect(defaults.status == 0, "\(defaults.errors)")

        let preview = try PreviewProcess(["preview", "clinic.yaml", "--port", "0", "--no-config"], in: workspace)
        defer { preview.kill() }
        let line = try await preview.firstLine()
        let url = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") }.flatMap { URL(string: String($0)) })
        let page = try await PreviewProcess.get(url).body
        #expect(try Self.findings(page) == Self.findings(try workspace.text("defaults.html")))
        preview.process.interrupt()
        _ = try await preview.waitForExit(seconds: 3)
    }

    @Test("a broken settings file: both pages say so at the top of their findings and use the default rules")
    func brokenSettingsNamedOnBothPages() async throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-settings")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "clinic.yaml")
        try workspace.write(".journeylint.yaml", "rules:\n  DFES-4.2-02: of\n")

        let rendered = try workspace.run(["render", "clinic.yaml", "--format", "html", "-o", "page.html"])
        #expect(rendered.status == 0)
        #expect(rendered.errors.contains(".journeylint.yaml:2:16"), "\(rendered.errors)")
        let renderedFindings = try Self.findings(try workspace.text("page.html"))
        #expect(renderedFindings.contains("SETTINGS"))
        #expect(renderedFindings.contains("the page uses the default rules"))

        let preview = try PreviewProcess(["preview", "clinic.yaml", "--port", "0"], in: workspace)
        defer { preview.kill() }
        let line = try await preview.firstLine()
        let url = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") }.flatMap { URL(string: String($0)) })
        #expect(try Self.findings(try await PreviewProcess.get(url).body) == renderedFindings)
        preview.process.interrupt()
        _ = try await preview.waitForExit(seconds: 3)
    }

    @Test("a settings file named with --config that cannot be used stops render --format html and preview (exit 1, named)")
    func explicitConfigMustBeUsable() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-settings")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "clinic.yaml")
        try workspace.write("bad.yaml", "rules:\n  NO-SUCH-RULE: off\n")
        for arguments in [["render", "clinic.yaml", "--format", "html", "-o", "page.html"], ["preview", "clinic.yaml", "--port", "0"]] {
            let missing = try workspace.run(arguments + ["--config", "missing.yaml"])
            #expect(missing.status == 1, "\(arguments[0]): \(missing.allText)")
            #expect(missing.errors.contains("missing.yaml: error: no such settings file"), "\(missing.errors)")
            let bad = try workspace.run(arguments + ["--config", "bad.yaml"])
            #expect(bad.status == 1, "\(arguments[0]): \(bad.allText)")
            #expect(bad.errors.contains("bad.yaml:2:3: error: there is no rule \"NO-SUCH-RULE\""), "\(bad.errors)")
        }
        #expect(!workspace.exists("page.html"))
    }
}
