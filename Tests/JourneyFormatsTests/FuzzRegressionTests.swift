import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport
import Testing

/// Inputs the fuzz targets in `Fuzz/` (see docs/fuzzing.md) found, kept in
/// `Tests/Fixtures/fuzz/<target>/`: each must decode, with problems or a design, without a crash.
/// The folder of a file names the format it is read as; files in `roundtrip/` must also
/// survive the YAML round trip that FuzzRoundTrip checks.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/fuzz")

    /// The fixture files of one target's folder, sorted by name (none if the folder is missing).
    static func inputs(_ target: String) -> [URL] {
        let dir = folder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { dir.appendingPathComponent($0) }
    }

    static let formats: [(target: String, name: String, format: JourneyFormat)] = [
        ("yaml", "f.yaml", .yaml), ("xml", "f.xml", .xml), ("cjml", "f.cjml.xml", .cjml),
        ("mermaid", "f.mmd", .mermaid), ("roundtrip", "f.yaml", .yaml),
    ]

    @Test("every fuzz finding decodes without a crash")
    func decodesWithoutCrash() throws {
        var count = 0
        for (target, name, format) in Self.formats {
            for url in Self.inputs(target) {
                count += 1
                let decoded = JourneyFile.decode(try Data(contentsOf: url), name: name, format: format)
                #expect(decoded.design != nil || !decoded.problems.isEmpty, "\(target)/\(url.lastPathComponent)")
            }
        }
        #expect(count > 0, "no inputs found in \(Self.folder.path)")
    }

    @Test("every round-trip finding survives encode and decode")
    func roundTrips() throws {
        var clean = 0
        for url in Self.inputs("roundtrip") {
            let first = JourneyFile.decode(try Data(contentsOf: url), name: "f.yaml", format: .yaml)
            guard let design = first.design, first.problems.isEmpty else { continue }
            clean += 1
            let text = JourneyFile.encode(design, as: .yaml)
            let second = JourneyFile.decode(Data(text.utf8), name: "g.yaml", format: .yaml)
            let again = try #require(second.design, "\(url.lastPathComponent): \(second.problems)")
            #expect(second.problems.isEmpty, "\(url.lastPathComponent): \(second.problems)")
            #expect(JourneyFile.encode(again, as: .yaml) == text, "\(url.lastPathComponent)")
        }
        #expect(clean > 0, "no round-trip input decodes without problems")
    }
}
