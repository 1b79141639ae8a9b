import Foundation
import JourneyPreview
import Testing

/// The preview with the real pages (``JourneyPage``): what a designer sees in the browser.
@Suite("preview of a journey", .enabled(if: PreviewIsolation.enabled, PreviewIsolation.note))
struct PreviewOfJourneyTests {
    static let title = "Outpatient visit at Riverside General Hospital – Cardiology (2025 map)"

    @Test("GET / shows the journey's title, and a new title within 3 s of saving it")
    func showsTitleAndFollowsIt() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file) { server, port in
            let page = try await RawHTTP.get("/", port: port)
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.body.contains(Self.title))
            #expect(await server.page?.ok == true)
            // The page reloads when /__version differs from the version baked into it.
            let version = try await RawHTTP.get("/__version", port: port).body
            #expect(page.body.contains("<meta name=\"journey-version\" content=\"\(version)\""))
            #expect(page.body.contains("\"/__version\""))

            try workspace.replaceLine("title: \(Self.title)", with: "title: Cardiology outpatients, previewed")
            #expect(try await eventually { try await RawHTTP.get("/__version", port: port).body != version })
            let updated = try await RawHTTP.get("/", port: port).body
            #expect(updated.contains("Cardiology outpatients, previewed"))
            let newVersion = try await RawHTTP.get("/__version", port: port).body
            #expect(updated.contains("<meta name=\"journey-version\" content=\"\(newVersion)\""))
            #expect(!updated.contains(Self.title))
        }
    }

    @Test("a problem in the file shows on the page with its line; fixing it brings the journey back")
    func showsProblemsThenRecovers() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, name: "clinic.yaml") { server, port in
            let good = try await RawHTTP.get("/__version", port: port).body
            // Line 44, column 9: a typo in a field name.
            try workspace.replaceLine("        channel: in-person", with: "        chanel: in-person")
            #expect(await eventually { await server.page?.ok == false })
            let broken = try await RawHTTP.get("/", port: port)
            #expect(broken.status == 200)
            #expect(broken.body.contains("clinic.yaml:44:9"))
            #expect(broken.body.contains("chanel"))
            let brokenVersion = try await RawHTTP.get("/__version", port: port).body
            #expect(brokenVersion != good)
            #expect(broken.body.contains("<meta name=\"journey-version\" content=\"\(brokenVersion)\""))

            try workspace.replaceLine("        chanel: in-person", with: "        channel: in-person")
            #expect(try await eventually { try await RawHTTP.get("/__version", port: port).body == good })
            #expect(await server.page?.ok == true)
            #expect(try await RawHTTP.get("/", port: port).body.contains(Self.title))
        }
    }

    @Test("a file that disappears: the page says so")
    func fileThatDisappears() async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        try await withPreview(workspace.file, name: "clinic.yaml") { server, port in
            try FileManager.default.removeItem(at: workspace.file)
            #expect(await eventually { await server.page?.unreadable != nil })
            #expect(try await RawHTTP.get("/", port: port).body.contains("does not exist"))
        }
    }
}

/// Addresses, and the version token.
@Suite("preview hosts and versions")
struct PreviewHostTests {
    @Test("loopback addresses", arguments: ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "::ffff:127.0.0.1"])
    func loopback(_ text: String) throws {
        let host = try #require(PreviewHost(text))
        #expect(host.isLoopback)
    }

    @Test("addresses other machines can reach", arguments: ["0.0.0.0", "192.168.1.10", "10.0.0.1", "::", "2001:db8::1"])
    func remote(_ text: String) throws {
        let host = try #require(PreviewHost(text))
        #expect(!host.isLoopback)
    }

    @Test("names and nonsense are not hosts", arguments: ["example.com", "", "127.0.0.1:80", "256.1.1.1", "http://127.0.0.1"])
    func notHosts(_ text: String) {
        #expect(PreviewHost(text) == nil)
    }

    @Test("URLs put IPv6 addresses in brackets")
    func urls() throws {
        #expect(PreviewHost.loopback.url(port: 8427).absoluteString == "http://127.0.0.1:8427/")
        #expect(try #require(PreviewHost("::1")).url(port: 9).absoluteString == "http://[::1]:9/")
        #expect(try #require(PreviewHost("localhost")).address == "127.0.0.1")
    }

    @Test("the version is 16 hex digits, the same for the same page and different for another")
    func versions() {
        // Without a baked version: a hash of the page.
        let a = PreviewPage(html: "<p>a</p>", ok: true)
        #expect(a.version.count == 16 && a.version.allSatisfy { $0.isHexDigit })
        #expect(PreviewPage(html: "<p>a</p>", ok: true).version == a.version)
        #expect(PreviewPage(html: "<p>b</p>", ok: true).version != a.version)
        // With one: that version, which the page's script compares with the server's answer.
        let baked = PreviewPage(html: "<head><meta name=\"journey-version\" content=\"0123456789abcdef\" /></head>", ok: true)
        #expect(baked.version == "0123456789abcdef")
    }
}
