import Foundation
import JourneyTestSupport
import Testing

extension HostileXMLCase: CustomTestStringConvertible {}

/// The XML half of the hostile-input corpus through `validate`, `stats` and `convert`: each
/// case ends in exit 1 with a message that names the file and line, quickly; no byte of a file
/// the case points at reaches any output, and nothing is written.
@Suite("journey on hostile XML")
struct HostileXMLCLITests {
    @Test("each hostile XML file is refused with file:line, nothing leaks, nothing is written", arguments: HostileXMLCase.all())
    func refused(_ hostile: HostileXMLCase) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-hostile-xml")
        defer { workspace.remove() }
        try hostile.write(into: workspace.folder)
        let before = workspace.names()

        for command in [["validate", hostile.fileName], ["stats", hostile.fileName], ["convert", hostile.fileName, "out.yaml"]] {
            let started = Date()
            let result = try workspace.run(command)
            let seconds = Date().timeIntervalSince(started)
            #expect(!result.crashed, "\(command[0]) crashed")
            #expect(result.status == 1, "\(command[0]): \(result.allText.prefix(400))")
            // The first message names the file and a line: "case.xml:LINE:COL: error[...]".
            let located = result.allText.split(separator: "\n").first { $0.hasPrefix("\(hostile.fileName):") }
            let place = located?.split(separator: ":").dropFirst().first.flatMap { Int($0) }
            #expect(place.map { $0 >= 1 } == true, "\(command[0]): \(result.allText.prefix(400))")
            for secret in HostileXMLCase.secrets {
                #expect(!result.allText.contains(secret), "\(command[0]) printed a piece of a local file")
            }
            // A guard against hangs (the work itself takes milliseconds), not a speed goal.
            #expect(seconds < 10, "\(command[0]) took \(seconds) s")
        }
        #expect(workspace.names() == before)
    }

    @Test("the script's own corpus, when ../shared is present, is refused the same way")
    func sharedCorpus() throws {
        try #require(JourneyBinary.url != nil)
        guard let shared = TestPaths.shared else {
            print("../shared is absent: the hostile corpus script is not run (the cases above cover it)")
            return
        }
        let folder = TestPaths.temporaryFolder("hostile-corpus")
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = try #require(ExternalTool.find("python3"), "python3 is needed to run the corpus script")
        let made = try ExternalTool.run(python, [shared.appendingPathComponent("tools/make_hostile_corpus.py").path, folder.path])
        #expect(made.status == 0, "\(made.errors)")
        let xmlFolder = folder.appendingPathComponent("xml")
        let names = try FileManager.default.contentsOfDirectory(atPath: xmlFolder.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names.count >= 12)
        for name in names {
            let result = try JourneyBinary.run(["validate", name], in: xmlFolder)
            #expect(!result.crashed, "\(name): crashed")
            #expect(result.status == 1, "\(name): \(result.allText.prefix(300))")
            #expect(result.output.contains("\(name):"), "\(name): \(result.allText.prefix(300))")
            for secret in HostileXMLCase.secrets {
                #expect(!result.allText.contains(secret), "\(name): printed a piece of a local file")
            }
        }
    }
}
