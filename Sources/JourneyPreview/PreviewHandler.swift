import FlyingFox
import Foundation

/// The page the server serves, replaced by the watcher when the file changes.
actor PreviewDocument {
    private(set) var page: PreviewPage

    init(page: PreviewPage) {
        self.page = page
    }

    /// Replaces the page; false when the new one is the same page (a save without a change).
    func publish(_ newPage: PreviewPage) -> Bool {
        guard newPage != page else { return false }
        page = newPage
        return true
    }
}

/// Answers the preview's requests: `GET /` the page, `GET /__version` its version, anything
/// else 404. Every answer says `Cache-Control: no-store`, so that a reload always asks again.
struct PreviewHandler: HTTPHandler {
    let document: PreviewDocument
    /// When serving on loopback only: the `Host` header must name this machine (localhost,
    /// 127.x or ::1), so that a web page cannot read the preview through DNS rebinding.
    let loopbackOnly: Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if loopbackOnly, let host = request.headers[.host], !Self.isLoopbackHostHeader(host) {
            return Self.text(.forbidden, "forbidden: the preview answers only to localhost\n")
        }
        guard request.method == .GET else { return Self.notFound }
        switch request.path {
        case "/":
            let page = await document.page
            return HTTPResponse(statusCode: .ok, headers: Self.headers("text/html; charset=utf-8"), body: Data(page.html.utf8))
        case PreviewServer.versionPath:
            let page = await document.page
            return Self.text(.ok, page.version)
        default:
            return Self.notFound
        }
    }

    static let notFound = text(.notFound, "not found: the preview serves / and \(PreviewServer.versionPath)\n")

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers("text/plain; charset=utf-8"), body: Data(text.utf8))
    }

    static func headers(_ contentType: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return headers
    }

    /// `localhost`, `127.0.0.1:8427`, `[::1]:8427`…: the host part of a `Host` header is loopback.
    static func isLoopbackHostHeader(_ value: String) -> Bool {
        var host = value.trimmingCharacters(in: .whitespaces)
        if host.hasPrefix("[") {
            guard let end = host.firstIndex(of: "]") else { return false }
            host = String(host[host.index(after: host.startIndex)..<end])
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        if host.lowercased() == "localhost" || host.lowercased().hasSuffix(".localhost") { return true }
        return PreviewHost(host)?.isLoopback ?? false
    }
}
