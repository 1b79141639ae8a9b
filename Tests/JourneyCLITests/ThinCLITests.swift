import Foundation
import JourneyTestSupport
import Testing

/// The command-line tool stays thin: errors are rendered in one place (`Main.report`), and no
/// command ends the process itself. Read from the sources, as a reviewer would grep them.
@Suite("a thin CLI: errors rendered in one place")
struct ThinCLITests {
    /// Every Swift file under `folder`, with its text.
    static func sources(_ folder: String) throws -> [(path: String, text: String)] {
        let root = TestPaths.packageRoot.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.sorted().map { ("\(folder)/\($0)", try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test("\"journey: error: \" is written in one place of the sources, the error renderer")
    func oneErrorRenderer() throws {
        let hits = try Self.sources("Sources").filter { $0.text.contains("journey: error: ") }.map(\.path)
        #expect(hits == ["Sources/journey/Support/JourneyFiles.swift"], "\(hits)")
        let renderer = try #require(try Self.sources("Sources/journey/Support").first { $0.path.hasSuffix("JourneyFiles.swift") })
        #expect(renderer.text.components(separatedBy: "journey: error: ").count == 2, "more than one place builds the prefix")
    }

    @Test("no command calls exit(); they throw, and Main chooses the exit code")
    func noExitInCommands() throws {
        for (path, text) in try Self.sources("Sources/journey/Commands") {
            #expect(!text.contains("exit("), "\(path) ends the process itself")
            #expect(!text.contains("\": error: \""), "\(path) builds an error line by hand")
        }
    }
}
