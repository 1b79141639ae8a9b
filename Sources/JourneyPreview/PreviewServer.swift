import FlyingFox
import FlyingSocks
import Foundation
import JourneyRendering
import JourneyValidation

/// A live preview of one journey file: an HTTP server on loopback that serves the file's HTML
/// page and makes it again when the file changes.
///
/// - `GET /`: the page (the journey, or its problems while the file has any);
/// - `GET /__version`: a short token that changes whenever the page does (the page polls it
///   and reloads itself);
/// - anything else: 404.
///
/// ```swift
/// let server = PreviewServer(.init(file: "journey.yaml", port: 0))
/// let url = try await server.start()   // http://127.0.0.1:PORT/
/// …
/// await server.stop()
/// ```
///
/// The file is polled (its file number, size and modification time) every
/// ``Configuration/pollInterval``; a file with problems, or one that is gone, is shown as a
/// problems page, and the preview recovers when the file is fixed.
public actor PreviewServer {
    /// What to serve, and where.
    public struct Configuration: Sendable {
        /// The journey file.
        public var file: String
        /// How the page names the file (default: `file` as given).
        public var name: String
        /// A numeric IPv4 or IPv6 address, or `localhost` (default: 127.0.0.1).
        public var host: String
        /// 0 picks a free port (see ``PreviewServer/url``).
        public var port: UInt16
        /// Allows a host other than loopback (other machines can then see the preview).
        public var allowRemote: Bool
        /// The colours and font of the pictures and the page (read once, at start).
        public var theme: Theme
        /// How often the file is looked at.
        public var pollInterval: Duration
        /// How pages are made: by default ``PreviewPages/standard(forJourneyAt:settings:)`` for
        /// ``file`` with ``settings`` (made when asked for, so changing either counts); tests
        /// give their own.
        public var pages: PreviewPages {
            get { customPages ?? .standard(forJourneyAt: file, settings: settings) }
            set { customPages = newValue }
        }
        private var customPages: PreviewPages?
        /// Where the validation settings of the page come from (default: the nearest
        /// `.journeylint.yaml` beside the file or above it, as `journey validate` finds it).
        public var settings: SettingsSource

        public init(
            file: String, name: String? = nil, host: String = "127.0.0.1", port: UInt16 = PreviewServer.defaultPort,
            allowRemote: Bool = false, theme: Theme = .light, pollInterval: Duration = .milliseconds(250),
            settings: SettingsSource = .discovered, pages: PreviewPages? = nil
        ) {
            self.file = file
            self.name = name ?? file
            self.host = host
            self.port = port
            self.allowRemote = allowRemote
            self.theme = theme
            self.pollInterval = pollInterval
            self.settings = settings
            self.customPages = pages
        }
    }

    public static let defaultPort: UInt16 = 8427
    /// The path the page polls for the version of the page.
    public static let versionPath = "/__version"

    public let configuration: Configuration
    private let onChange: (@Sendable (PreviewPage) -> Void)?
    private var http: HTTPServer?
    private var runTask: Task<Void, Never>?
    private var runFailure: (any Error)?
    private var watchTask: Task<Void, Never>?
    private var document: PreviewDocument?
    private var started = false
    /// The address the server listens on, once started: `http://127.0.0.1:PORT/`.
    public private(set) var url: URL?
    /// The host the server listens on, once started.
    public private(set) var host: PreviewHost?
    /// The port the server listens on, once started (the one chosen for port 0).
    public private(set) var port: UInt16?

    /// `onChange` is called (on a background task) with each new page after the first.
    public init(_ configuration: Configuration, onChange: (@Sendable (PreviewPage) -> Void)? = nil) {
        self.configuration = configuration
        self.onChange = onChange
    }

    /// The page being served, once started.
    public var page: PreviewPage? {
        get async { await document?.page }
    }

    /// Makes the first page, starts listening and watching the file, and returns the URL.
    @discardableResult
    public func start() async throws(PreviewError) -> URL {
        guard !started else { throw PreviewError.alreadyStarted }
        started = true
        guard let host = PreviewHost(configuration.host) else { throw PreviewError.invalidHost(configuration.host) }
        guard host.isLoopback || configuration.allowRemote else { throw PreviewError.remoteHostRefused(host.address) }

        let source = PreviewSource(
            path: configuration.file, name: configuration.name, theme: configuration.theme,
            liveReload: Self.versionPath, pages: configuration.pages)
        let fingerprint = FileFingerprint(path: configuration.file)
        let document = PreviewDocument(page: source.render(fingerprint))
        self.document = document

        let http = try Self.makeHTTPServer(host: host, port: configuration.port, handler: PreviewHandler(document: document, loopbackOnly: host.isLoopback))
        self.http = http
        runTask = Task { [weak self] in
            do { try await http.run() } catch { await self?.recordFailure(error) }
        }
        try await waitUntilListening(http)
        guard let address = await http.listeningAddress else {
            await stop()
            throw PreviewError.cannotListen("the server has no address")
        }
        let port: UInt16
        switch address {
        case .ip4(_, let bound), .ip6(_, let bound): port = bound
        case .unix: port = configuration.port
        }
        let url = host.url(port: port)
        self.host = host
        self.port = port
        self.url = url
        let (interval, onChange) = (configuration.pollInterval, self.onChange)
        watchTask = Task.detached {
            await Self.watch(source: source, document: document, from: fingerprint, every: interval, onChange: onChange)
        }
        return url
    }

    /// Stops watching and listening; open connections are closed. Safe to call more than once.
    public func stop() async {
        watchTask?.cancel()
        watchTask = nil
        if let http {
            await http.stop(timeout: 0)
        }
        runTask?.cancel()
        await runTask?.value
        runTask = nil
        http = nil
    }

    private func recordFailure(_ error: any Error) {
        runFailure = error
    }

    private static func makeHTTPServer(host: PreviewHost, port: UInt16, handler: PreviewHandler) throws(PreviewError) -> HTTPServer {
        do {
            if host.isIPv6 {
                return HTTPServer(address: try sockaddr_in6.inet6(ip6: host.address, port: port), logger: .disabled, handler: handler)
            }
            return HTTPServer(address: try sockaddr_in.inet(ip4: host.address, port: port), logger: .disabled, handler: handler)
        } catch {
            throw PreviewError.invalidHost(host.address)
        }
    }

    /// Waits until the server listens, or reports why it cannot (within 10 seconds).
    private func waitUntilListening(_ http: HTTPServer) async throws(PreviewError) {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if await http.isListening { return }
            if let failure = runFailure {
                await stop()
                if case SocketError.failed(_, let code, let message) = failure {
                    throw code == EADDRINUSE ? PreviewError.portInUse(configuration.port) : PreviewError.cannotListen(message)
                }
                throw PreviewError.cannotListen(failure.localizedDescription)
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        await stop()
        throw PreviewError.cannotListen("the server did not start within 10 seconds")
    }

    /// Polls the file until cancelled; makes and publishes a new page when it changes.
    private static func watch(
        source: PreviewSource, document: PreviewDocument, from fingerprint: FileFingerprint, every interval: Duration,
        onChange: (@Sendable (PreviewPage) -> Void)?
    ) async {
        var last = fingerprint
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            // The fingerprint is taken before the file is read: a write during the read shows
            // as another change at the next look.
            let now = FileFingerprint(path: source.path)
            guard now != last else { continue }
            last = now
            let page = source.render(now)
            if await document.publish(page) { onChange?(page) }
        }
    }
}
