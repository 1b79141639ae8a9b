import Foundation
import JourneyPreview
import JourneyRendering
import JourneyTestSupport
import Testing

/// A journey file in a temporary folder, for one test.
struct PreviewWorkspace {
    let folder = TestPaths.temporaryFolder("journey-preview")
    let file: URL

    /// A copy of `sample` (by default the 2025 clinic map) as `journey.yaml`.
    init(sample: String = "clinic-outpatient-before.yaml") throws {
        file = folder.appendingPathComponent("journey.yaml")
        try Data(contentsOf: TestPaths.samples.appendingPathComponent(sample)).write(to: file)
    }

    var text: String {
        get throws { try String(contentsOf: file, encoding: .utf8) }
    }

    /// Writes the file anew, atomically (a new file renamed over the old one, as many editors do).
    func write(_ text: String) throws {
        try Data(text.utf8).write(to: file, options: .atomic)
    }

    /// Rewrites the file in place (the same file number), as other editors do.
    func writeInPlace(_ text: String) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
    }

    /// Replaces the first line that is `old` with `new`.
    func replaceLine(_ old: String, with new: String) throws {
        var lines = try text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex(of: old), "no line \(old)")
        lines[index] = new
        try write(lines.joined(separator: "\n"))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// Starts a preview of `file` on port 0, runs `body` with the server and its port, and stops
/// the server whatever happens.
func withPreview(
    _ file: URL, name: String = "journey.yaml", pages: PreviewPages? = nil,
    _ body: (PreviewServer, UInt16) async throws -> Void
) async throws {
    let server = PreviewServer(.init(file: file.path, name: name, port: 0, pollInterval: .milliseconds(50), pages: pages))
    let url = try await server.start()
    do {
        let port = try #require(UInt16(exactly: url.port ?? -1))
        try await body(server, port)
        await server.stop()
    } catch {
        await server.stop()
        throw error
    }
}

/// Polls `condition` until it holds or `seconds` pass; true when it held.
func eventually(within seconds: Double = 3, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// Pages that stand in for ``JourneyPage`` in the tests of the server's mechanics: the title
/// line of the file, and "problem at NAME:LINE" for a line with the field `chanel` (a typo).
enum FakePages {
    static let pages = PreviewPages(
        journey: { data, name, _, liveReload in
            let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            let title = lines.first { $0.hasPrefix("title: ") }.map { String($0.dropFirst(7)) } ?? "untitled"
            let problem = lines.firstIndex { $0.contains("chanel:") }.map { "problem at \(name):\($0 + 1)" }
            let body = "<title>\(title)</title><p data-reload=\"\(liveReload ?? "")\">\(problem ?? "journey")</p>"
            return (body, problem == nil)
        },
        problems: { file, messages, _ in
            "<title>problems in \(file)</title>" + messages.map { "<p>\($0)</p>" }.joined()
        }
    )
}

/// The in-process server tests share Swift's cooperative thread pool with every other test of
/// the run. On a 2-core machine the suite's blocking tests (which wait for child processes)
/// can starve the server for longer than its start-up limit, so `scripts/test.sh` runs these
/// suites in a `swift test` of their own with `JOURNEY_PREVIEW_TESTS=1`; a plain `swift test`
/// skips them and says how to run them. (The CLI preview tests run the server in its own
/// process and always run.)
enum PreviewIsolation {
    static let enabled = ProcessInfo.processInfo.environment["JOURNEY_PREVIEW_TESTS"] == "1"
    static let note: Comment = "in-process preview server tests run on their own: JOURNEY_PREVIEW_TESTS=1 swift test --filter JourneyPreviewTests (scripts/test.sh does this)"
}
