import Foundation
import JourneyPreview
import Testing

/// The server's mechanics, with stand-in pages (``FakePages``) so that they do not depend on
/// how the HTML page looks: serving, watching, recovering, 404s, loopback.
@Suite("preview server", .enabled(if: PreviewIsolation.enabled, PreviewIsolation.note))
struct PreviewServerTests {
    static let title = "Outpatient visit at Riverside General Hospital – Cardiology (2025 map)"

    @Test("GET / serves the page as uncached HTML; GET /__version serves its version")
    func servesPageAndVersion() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { server, port in
            let page = try await RawHTTP.get("/", port: port)
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.headers["cache-control"] == "no-store")
            #expect(page.body.contains("<title>\(Self.title)</title>"))
            // The page is told where to poll.
            #expect(page.body.contains("data-reload=\"/__version\""))

            let version = try await RawHTTP.get("/__version", port: port)
            #expect(version.status == 200)
            #expect(version.headers["content-type"] == "text/plain; charset=utf-8")
            #expect(version.headers["cache-control"] == "no-store")
            #expect(version.body.count == 16)
            #expect(version.body.allSatisfy { $0.isHexDigit })
            #expect(await version.body == server.page?.version)
            // The query does not matter (a page may add one to defeat caches).
            #expect(try await RawHTTP.get("/__version?t=1", port: port).body == version.body)
        }
    }

    @Test("a saved change shows within 3 s, whether the file is replaced or rewritten in place")
    func followsChanges() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { _, port in
            let first = try await RawHTTP.get("/__version", port: port).body
            try workspace.replaceLine("title: \(Self.title)", with: "title: Replaced by rename")
            #expect(try await eventually { try await RawHTTP.get("/__version", port: port).body != first })
            #expect(try await RawHTTP.get("/", port: port).body.contains("<title>Replaced by rename</title>"))

            let second = try await RawHTTP.get("/__version", port: port).body
            try workspace.writeInPlace(try workspace.text.replacingOccurrences(of: "Replaced by rename", with: "Rewritten in place"))
            #expect(try await eventually { try await RawHTTP.get("/__version", port: port).body != second })
            #expect(try await RawHTTP.get("/", port: port).body.contains("<title>Rewritten in place</title>"))
        }
    }

    @Test("saving the file unchanged keeps the version, so the browser does not reload")
    func unchangedSaveKeepsVersion() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { _, port in
            let before = try await RawHTTP.get("/__version", port: port).body
            try workspace.write(try workspace.text)
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await RawHTTP.get("/__version", port: port).body == before)
        }
    }

    @Test("a broken file gives the problems page and the server keeps running; fixing it recovers")
    func recoversFromProblems() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { server, port in
            let good = try await RawHTTP.get("/__version", port: port).body
            try workspace.replaceLine("        channel: in-person", with: "        chanel: in-person")
            #expect(try await eventually { try await RawHTTP.get("/", port: port).body.contains("problem at journey.yaml:44") })
            #expect(await server.page?.ok == false)
            #expect(try await RawHTTP.get("/", port: port).status == 200)

            try workspace.replaceLine("        chanel: in-person", with: "        channel: in-person")
            #expect(try await eventually { try await RawHTTP.get("/__version", port: port).body == good })
            #expect(try await RawHTTP.get("/", port: port).body.contains("<title>\(Self.title)</title>"))
            #expect(await server.page?.ok == true)
        }
    }

    @Test("a file that disappears gives a problems page saying so; the preview comes back with the file")
    func fileThatDisappears() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        let original = try workspace.text
        try await withPreview(workspace.file, pages: FakePages.pages) { server, port in
            try FileManager.default.removeItem(at: workspace.file)
            #expect(try await eventually { try await RawHTTP.get("/", port: port).body.contains("does not exist") })
            let gone = try await RawHTTP.get("/", port: port)
            #expect(gone.status == 200)
            #expect(gone.body.contains("<title>problems in journey.yaml</title>"))
            #expect(gone.body.contains("journey.yaml: error: the file does not exist"))
            #expect(await server.page?.unreadable != nil)

            try workspace.write(original)
            #expect(try await eventually { try await RawHTTP.get("/", port: port).body.contains("<title>\(Self.title)</title>") })
            #expect(await server.page?.unreadable == nil)
        }
    }

    @Test("a folder in place of the file gives a problems page")
    func folderInPlaceOfFile() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.file)
        try FileManager.default.createDirectory(at: workspace.file, withIntermediateDirectories: false)
        try await withPreview(workspace.file, pages: FakePages.pages) { server, port async throws in
            #expect(try await RawHTTP.get("/", port: port).body.contains("not a regular file"))
            #expect(await server.page?.ok == false)
        }
    }

    @Test("other paths and methods are 404", arguments: [
        ("GET", "/index.html"), ("GET", "/__version/x"), ("GET", "/__versions"), ("GET", "/../etc/passwd"),
        ("GET", "/journey.yaml"), ("POST", "/"), ("DELETE", "/__version"),
    ])
    func otherPathsAreNotFound(_ method: String, _ path: String) async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { _, port in
            let reply = try await RawHTTP.get(path, port: port, method: method)
            #expect(reply.status == 404)
            #expect(reply.headers["cache-control"] == "no-store")
            #expect(!reply.body.contains("Outpatient"))
        }
    }

    @Test("listens on 127.0.0.1 only: the machine's other addresses do not answer")
    func loopbackOnly() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { server, port in
            #expect(await server.url?.host == "127.0.0.1")
            #expect(await server.host?.isLoopback == true)
            #expect(await RawHTTP.canConnect(address: "127.0.0.1", port: port))
            for address in RawHTTP.nonLoopbackAddresses() {
                #expect(await !RawHTTP.canConnect(address: address, port: port), "reachable at \(address):\(port)")
            }
        }
    }

    @Test("a request for another host name is refused (DNS rebinding); localhost is served")
    func foreignHostHeader() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { _, port in
            let foreign = try await RawHTTP.get("/", port: port, hostHeader: "attacker.example:\(port)")
            #expect(foreign.status == 403)
            #expect(!foreign.body.contains("Outpatient"))
            for host in ["localhost:\(port)", "127.0.0.1:\(port)", "[::1]:\(port)", "LOCALHOST"] {
                #expect(try await RawHTTP.get("/", port: port, hostHeader: host).status == 200, "\(host)")
            }
        }
    }

    @Test("start refuses a host other than loopback unless remote is allowed, and a host that is not an address")
    func refusesRemoteAndInvalidHosts() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        let remote = PreviewServer(.init(file: workspace.file.path, host: "0.0.0.0", port: 0))
        await #expect(throws: PreviewError.remoteHostRefused("0.0.0.0")) { try await remote.start() }
        let named = PreviewServer(.init(file: workspace.file.path, host: "example.com", port: 0))
        await #expect(throws: PreviewError.invalidHost("example.com")) { try await named.start() }
        #expect(await remote.url == nil)
    }

    @Test("a port in use is reported as such")
    func portInUse() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, pages: FakePages.pages) { _, port async throws in
            let second = PreviewServer(.init(file: workspace.file.path, port: port, pages: FakePages.pages))
            await #expect(throws: PreviewError.portInUse(port)) { try await second.start() }
            await second.stop()
            // The first one is unaffected.
            #expect(try await RawHTTP.get("/", port: port).status == 200)
        }
    }

    @Test("stop closes the port; stopping twice is harmless; a server starts only once")
    func stopAndRestart() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        let server = PreviewServer(.init(file: workspace.file.path, port: 0, pages: FakePages.pages))
        let url = try await server.start()
        let port = try #require(url.port.flatMap { UInt16(exactly: $0) })
        #expect(try await RawHTTP.get("/", port: port).status == 200)
        await #expect(throws: PreviewError.alreadyStarted) { try await server.start() }
        await server.stop()
        await server.stop()
        #expect(await !RawHTTP.canConnect(address: "127.0.0.1", port: port))
    }
}
