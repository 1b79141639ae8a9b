import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import JourneyValidation
import Testing

/// `SettingsResolver`: which `.journeylint.yaml` applies to a journey file, read from where the
/// resolver's folder says (a build plugin's folder is not the process's), cached per file.
@Suite("settings resolution")
struct SettingsResolverTests {
    /// `root/.journeylint.yaml` (`settings`) and `root/journeys/a/clinic.yaml` (a placeholder:
    /// the resolver does not read journeys).
    static func tree(settings: String) throws -> URL {
        let root = TestPaths.temporaryFolder("journey-settings")
        let folder = root.appendingPathComponent("journeys/a")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("journey: x\n".utf8).write(to: folder.appendingPathComponent("clinic.yaml"))
        try Data(settings.utf8).write(to: root.appendingPathComponent(".journeylint.yaml"))
        return root
    }

    @Test("relative paths are taken from the resolver's folder, not the process's; messages name the file as found")
    func relativeToTheResolversFolder() throws {
        let root = try Self.tree(settings: "profile: structural\nstrict: true\n")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(FileManager.default.currentDirectoryPath != root.path)
        let resolver = SettingsResolver(currentDirectory: root.path)
        #expect(resolver.settingsFile(forJourneyAt: "journeys/a/clinic.yaml") == ".journeylint.yaml")
        let configuration = try resolver.configuration(forJourneyAt: "journeys/a/clinic.yaml")
        #expect(configuration.profile == .structural)
        #expect(configuration.strict)

        // A broken file is named as found, relative to the resolver's folder.
        try Data("profile: strutcural\n".utf8).write(to: root.appendingPathComponent(".journeylint.yaml"))
        #expect(throws: SettingsError.self) { try SettingsResolver(currentDirectory: root.path).configuration(forJourneyAt: "journeys/a/clinic.yaml") }
        do {
            _ = try SettingsResolver(currentDirectory: root.path).configuration(forJourneyAt: "journeys/a/clinic.yaml")
        } catch {
            #expect(error.file == ".journeylint.yaml")
            #expect(error.details.first?.hasPrefix(".journeylint.yaml:1:10: error:") == true, "\(error.details)")
        }
    }

    @Test("each settings file is read once per resolver: a change after the first read does not count until a new resolver")
    func readOnce() throws {
        let root = try Self.tree(settings: "profile: audit\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let journey = root.appendingPathComponent("journeys/a/clinic.yaml").path
        let resolver = SettingsResolver()
        #expect(try resolver.configuration(forJourneyAt: journey).profile == .audit)
        try Data("profile: structural\n".utf8).write(to: root.appendingPathComponent(".journeylint.yaml"))
        #expect(try resolver.configuration(forJourneyAt: journey).profile == .audit)
        #expect(try SettingsResolver().configuration(forJourneyAt: journey).profile == .structural)
    }

    @Test("overrides win over the file; a file without `today` keeps the configuration's")
    func overridesOnTop() throws {
        let root = try Self.tree(settings: "rules:\n  DFES-4.2-02: off\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let journey = root.appendingPathComponent("journeys/a/clinic.yaml").path
        let configuration = try SettingsResolver(overrides: ValidationOverrides(enabled: ["DFES-4.2-02"], severities: ["DFES-4.3-01": .error]))
            .configuration(forJourneyAt: journey)
        #expect(!configuration.disabled.contains("DFES-4.2-02"))
        #expect(configuration.enabled.contains("DFES-4.2-02"))
        #expect(configuration.severities["DFES-4.3-01"] == .error)

        var pinned = ValidationConfiguration()
        pinned.today = CalendarDate(year: 2026, month: 1, day: 2)
        let problems = SettingsResolver.apply(LintSettings(), to: &pinned)
        #expect(problems.isEmpty)
        #expect(pinned.today == CalendarDate(year: 2026, month: 1, day: 2))
    }

    @Test("the conformance summary is an audit whatever profile the settings choose; an explicit profile wins")
    func conformanceProfile() {
        for profile in ValidationConfiguration.Profile.allCases {
            #expect(ValidationConfiguration(profile: profile).forConformanceSummary().profile == .audit)
        }
        #expect(ValidationConfiguration(profile: .design).forConformanceSummary(explicitProfile: .iso24082).profile == .iso24082)
        #expect(ValidationConfiguration(disabled: ["X"]).forConformanceSummary().disabled == ["X"])
    }
}
