import Foundation
import JourneyTestSupport
import Testing

/// `Exports/` holds what `journey render` makes from every sample; these golden tests compare
/// the bytes. After a deliberate change to the pictures, run `scripts/exports.sh` and review
/// the diff of `Exports/` like any other change.
@Suite("Exports/ golden files")
struct ExportsGoldenTests {
    static let exports = TestPaths.packageRoot.appendingPathComponent("Exports")

    static var samples: [String] { TestPaths.sampleFiles.map { $0.deletingPathExtension().lastPathComponent } }

    @Test("every sample in every view renders to the bytes in Exports/", arguments: samples)
    func everyView(_ name: String) throws {
        try #require(JourneyBinary.url != nil, "the journey executable was not built")
        let workspace = CLIWorkspace("journey-exports")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let sample = TestPaths.samples.appendingPathComponent("\(name).yaml")
        let result = try JourneyBinary.run(["render", sample.path, "--view", "all", "--output", workspace.folder.path])
        #expect(result.status == 0, "\(result.errors)")
        for view in ["map", "blueprint", "emotion"] {
            let file = "\(name)-\(view).svg"
            let golden = try #require(try? Data(contentsOf: Self.exports.appendingPathComponent(file)), "Exports/\(file) is missing; run scripts/exports.sh")
            let made = try workspace.read(file)
            #expect(made == golden, "Exports/\(file) differs from what the code makes now (\(made.count) bytes against \(golden.count)); run scripts/exports.sh and review the diff")
        }
    }

    @Test("the themed and overlaid exports match too")
    func variants() throws {
        try #require(JourneyBinary.url != nil, "the journey executable was not built")
        let workspace = CLIWorkspace("journey-exports")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let clinic = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml").path
        let before = TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml").path
        let runs: [(String, [String])] = [
            ("clinic-outpatient-map-dark.svg", ["--theme", "dark"]),
            ("clinic-outpatient-map-print.svg", ["--theme", "print"]),
            ("clinic-outpatient-emotion-against-2025.svg", ["--view", "emotion", "--planned", before]),
        ]
        for (file, options) in runs {
            let result = try JourneyBinary.run(["render", clinic] + options + ["--output", workspace.url(file).path])
            #expect(result.status == 0, "\(result.errors)")
            let golden = try #require(try? Data(contentsOf: Self.exports.appendingPathComponent(file)), "Exports/\(file) is missing")
            #expect(try workspace.read(file) == golden, "Exports/\(file) differs; run scripts/exports.sh and review the diff")
        }
    }
}
