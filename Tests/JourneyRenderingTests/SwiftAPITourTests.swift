import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import JourneyValidation
import Testing

/// What the README's "Swift API" section shows, done from Swift as a library user would:
/// settings, a theme file, pages and the HTML page, without the command-line tool.
@Suite("the Swift API, as the README shows it")
struct SwiftAPITourTests {
    static let sample = TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml")

    /// A folder with the sample as `journeys/clinic.yaml` and `settings` as the folder's
    /// `.journeylint.yaml`, one level up (found by walking up from the journey).
    static func workspace(settings: String) throws -> (folder: URL, journey: String) {
        let folder = TestPaths.temporaryFolder("journey-api")
        let journeys = folder.appendingPathComponent("journeys")
        try FileManager.default.createDirectory(at: journeys, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample, to: journeys.appendingPathComponent("clinic.yaml"))
        try Data(settings.utf8).write(to: folder.appendingPathComponent(".journeylint.yaml"))
        return (folder, journeys.appendingPathComponent("clinic.yaml").path)
    }

    @Test("settings: the nearest .journeylint.yaml above the file counts, overrides go on top")
    func settingsFromSwift() throws {
        let (folder, journey) = try Self.workspace(settings: "rules:\n  DFES-4.2-02: off\n  DFES-5.1-01: error\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let design = try JourneyFile.load(try Data(contentsOf: Self.sample), name: "clinic.yaml")

        let configuration = try SettingsResolver().configuration(forJourneyAt: journey)
        let ids = Validator(configuration: configuration).validate(design).diagnostics.map { ($0.ruleID, $0.severity) }
        #expect(!ids.contains { $0.0 == "DFES-4.2-02" })
        #expect(ids.contains { $0.0 == "DFES-5.1-01" && $0.1 == .error })

        // Overrides win over the file; without the file the rule is back.
        let overridden = try SettingsResolver(overrides: ValidationOverrides(enabled: ["DFES-4.2-02"])).configuration(forJourneyAt: journey)
        #expect(Validator(configuration: overridden).validate(design).diagnostics.contains { $0.ruleID == "DFES-4.2-02" })
        let none = try SettingsResolver(source: .none).configuration(forJourneyAt: journey)
        #expect(none == ValidationConfiguration())
        #expect(SettingsResolver().settingsFile(forJourneyAt: journey)?.hasSuffix("/.journeylint.yaml") == true)
    }

    @Test("settings: a bad settings file is a SettingsError naming each bad line")
    func badSettingsFromSwift() throws {
        let (folder, journey) = try Self.workspace(settings: "profile: audti\nrules:\n  NO-SUCH-RULE: off\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try SettingsResolver().configuration(forJourneyAt: journey)
        } throws: { error in
            guard let error = error as? SettingsError, case .invalid(_, let problems) = error else { return false }
            let lines = problems.compactMap { $0.location?.line }
            return lines == [1, 3] && error.details[0].contains("did you mean \"audit\"?")
                && error.details[1].contains("there is no rule \"NO-SUCH-RULE\"")
        }
        #expect(throws: SettingsError.self) { try ValidationOverrides(disabled: ["DFES-4.2-2"]).check() }
    }

    @Test("a theme file from Swift: its colours in the picture; its mistakes located")
    func themeFromSwift() throws {
        let folder = TestPaths.temporaryFolder("journey-api")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("brand.yaml")
        try Data("base: print\ncolors: {accent: \"#e4007c\"}\nstages: [\"#003a70\"]\n".utf8).write(to: file)
        let brand = try Theme.load(file: file.path)
        let design = try JourneyFile.load(try Data(contentsOf: Self.sample), name: "clinic.yaml")
        let svg = JourneyRenderer.svg(design, view: .map, theme: brand)
        #expect(svg.contains("#003a70"))
        #expect(try Theme.resolve("dark") == Theme.named("dark"))

        try Data("base: lihgt\ncolors:\n  acent: \"#e4007c\"\n  ink: 222222\n".utf8).write(to: file)
        #expect {
            _ = try Theme.load(file: file.path)
        } throws: { error in
            guard let error = error as? ThemeError, case .invalid(_, let problems) = error else { return false }
            // Every problem at once, each at its line: the base, the misspelt colour name (with
            // the closest one) and the colour written without its #.
            return problems.map(\.location.line) == [1, 3, 4] && error.details[0].contains("light")
                && error.details[1].contains("did you mean \"accent\"?")
        }
        #expect(throws: ThemeError.self) { try Theme.resolve("solarized") }
    }

    @Test("pages on A3 and the HTML page from Swift, the page under the file's settings")
    func pagesAndHTMLFromSwift() throws {
        let (folder, journey) = try Self.workspace(settings: "rules:\n  DFES-4.2-02: off\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: Self.sample)
        let design = try JourneyFile.load(data, name: "clinic.yaml")
        let pages = JourneyRenderer.pages(design, view: .map, theme: .print, paper: .a3)
        #expect(!pages.isEmpty)
        let svg = SVGWriter.write(pages[0], options: SVGOptions(idPrefix: "map", paper: .a3))
        #expect(svg.contains("420mm"))
        if ExternalTool.find("rsvg-convert") != nil {
            let pdf = try Rasterizer.pdf(pages: pages, options: SVGOptions(idPrefix: "map", paper: .a3))
            #expect(pdf.starts(with: Data("%PDF".utf8)))
        }

        let withSettings = JourneyPage.html(data: data, name: "clinic.yaml", settingsFor: journey)
        let withDefaults = JourneyPage.html(data: data, name: "clinic.yaml", settingsFor: journey, resolver: SettingsResolver(source: .none))
        #expect(withSettings.ok && withDefaults.ok)
        #expect(withDefaults.html.contains("DFES-4.2-02"))
        #expect(!withSettings.html.contains("DFES-4.2-02"))
    }

    @Test("finding journey files from Swift: a folder's journeys sorted, files that are not journeys skipped with why")
    func walkFromSwift() throws {
        let (folder, journey) = try Self.workspace(settings: "profile: audit\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}".utf8)
            .write(to: folder.appendingPathComponent("journeys/schema.json"))
        let found = JourneyFileWalk.expand([folder.appendingPathComponent("journeys").path])
        #expect(found.files == [journey])
        #expect(found.skipped.map(\.file) == [folder.appendingPathComponent("journeys/schema.json").path])
        #expect(found.problems.isEmpty)
        #expect(!JourneyFileWalk.expand([folder.appendingPathComponent("nothing-here").path + "/**/*.yaml"]).problems.isEmpty)
    }
}
