import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import JourneyTestSupport
import Testing

/// `journey preview`, end to end: the built binary, a real HTTP client (URLSession), Ctrl-C.
@Suite("journey preview")
struct PreviewCLITests {
    static let title = "Outpatient visit at Riverside General Hospital – Cardiology (2025 map)"

    @Test("prints its URL first, serves the page, follows a change and stops on Ctrl-C with exit 0")
    func servesFollowsAndStops() async throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-cli")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "clinic.yaml")
        let preview = try PreviewProcess(["preview", "clinic.yaml", "--port", "0"], in: workspace)
        defer { preview.kill() }

        let line = try await preview.firstLine()
        let url = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") }.flatMap { URL(string: String($0)) })
        #expect(line == "Serving clinic.yaml at \(url.absoluteString) (Ctrl-C to stop)")
        #expect(url.host == "127.0.0.1")
        #expect((url.port ?? 0) > 0)

        let (page, response) = try await PreviewProcess.get(url)
        #expect(response.statusCode == 200)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "text/html; charset=utf-8")
        #expect(response.value(forHTTPHeaderField: "Cache-Control") == "no-store")
        #expect(page.contains(Self.title))
        let versionURL = try #require(URL(string: "__version", relativeTo: url))
        let version = try await PreviewProcess.get(versionURL).body

        let text = try workspace.text("clinic.yaml").replacingOccurrences(of: Self.title, with: "Cardiology, previewed from the CLI")
        try workspace.write("clinic.yaml", text)
        var changed = false
        for _ in 0..<60 where !changed {
            try await Task.sleep(for: .milliseconds(50))
            changed = try await PreviewProcess.get(versionURL).body != version
        }
        #expect(changed, "the version did not change within 3 s")
        #expect(try await PreviewProcess.get(url).body.contains("Cardiology, previewed from the CLI"))
        #expect(try await PreviewProcess.get(try #require(URL(string: "elsewhere", relativeTo: url))).response.statusCode == 404)

        preview.process.interrupt()
        let exited = try await preview.waitForExit(seconds: 3)
        #expect(exited, "still running 3 s after Ctrl-C")
        #expect(preview.process.terminationReason == .exit)
        #expect(preview.process.terminationStatus == 0, "\(preview.errors)")
    }

    @Test("a non-loopback --host is a usage error unless --allow-remote is given")
    func refusesRemoteHost() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-cli")
        defer { workspace.remove() }
        try workspace.write("demo.yaml", CLIText.clean)
        let result = try workspace.run(["preview", "demo.yaml", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status == 2)
        #expect(result.errors.contains("--allow-remote"))
        #expect(result.output.isEmpty)
        let named = try workspace.run(["preview", "demo.yaml", "--host", "example.com"])
        #expect(named.status == 2)
    }

    @Test("--allow-remote with another host warns and serves")
    func allowRemoteWarns() async throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-cli")
        defer { workspace.remove() }
        try workspace.write("demo.yaml", CLIText.clean)
        // 127.0.0.2 is loopback too; 0.0.0.0 is not, and is what --allow-remote is for.
        let preview = try PreviewProcess(["preview", "demo.yaml", "--host", "0.0.0.0", "--allow-remote", "--port", "0"], in: workspace)
        defer { preview.kill() }
        let line = try await preview.firstLine()
        #expect(line.contains("http://0.0.0.0:"))
        #expect(preview.errors.contains("warning"))
        preview.process.interrupt()
        #expect(try await preview.waitForExit(seconds: 3))
        #expect(preview.process.terminationStatus == 0)
    }

    @Test("a missing file is an error (exit 1); so is a port in use")
    func startupErrors() async throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-preview-cli")
        defer { workspace.remove() }
        let missing = try workspace.run(["preview", "nowhere.yaml", "--port", "0"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("nowhere.yaml: error: no such file"))

        try workspace.write("demo.yaml", CLIText.clean)
        let first = try PreviewProcess(["preview", "demo.yaml", "--port", "0"], in: workspace)
        defer { first.kill() }
        let url = try #require(try await first.firstLine().split(separator: " ").first { $0.hasPrefix("http://") }.flatMap { URL(string: String($0)) })
        let taken = try workspace.run(["preview", "demo.yaml", "--port", "\(url.port ?? 0)"])
        #expect(taken.status == 1)
        #expect(taken.errors.contains("port \(url.port ?? 0) is in use"))
        #expect(taken.output.isEmpty)
    }
}

struct PreviewDidNotStart: Error, CustomStringConvertible {
    var errors: String
    var description: String { "journey preview printed no address; standard error: \(errors)" }
}

/// A `journey preview` process whose output goes to files in the workspace.
final class PreviewProcess {
    let process = Process()
    let outputFile: URL
    let errorFile: URL

    init(_ arguments: [String], in workspace: CLIWorkspace) throws {
        let binary = try #require(JourneyBinary.url)
        let label = UUID().uuidString.prefix(8)
        outputFile = workspace.folder.appendingPathComponent(".preview-\(label).out")
        errorFile = workspace.folder.appendingPathComponent(".preview-\(label).err")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = workspace.folder
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        // Under a sanitizer, the suppressions for the server's exit (docs/sanitizers.md).
        process.environment = Sanitizer.environment(for: ProcessInfo.processInfo.environment)
        try process.run()
    }

    var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

    /// The first line of standard output, within 10 seconds (longer under a sanitizer).
    func firstLine() async throws -> String {
        for _ in 0..<Int(200 * Sanitizer.slowdown) {
            if let end = output.firstIndex(of: "\n") { return String(output[..<end]) }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw PreviewDidNotStart(errors: errors)
    }

    /// True when the process ended within `seconds`.
    func waitForExit(seconds: Double) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds * Sanitizer.slowdown)
        while process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        return !process.isRunning
    }

    /// Never leaves a server behind: SIGKILL if it still runs.
    func kill() {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A GET that nothing caches.
    static func get(_ url: URL) async throws -> (body: String, response: HTTPURLResponse) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = 5
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: URLRequest(url: url))
        let http = try #require(response as? HTTPURLResponse)
        return (String(decoding: data, as: UTF8.self), http)
    }
}
