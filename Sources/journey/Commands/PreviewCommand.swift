import ArgumentParser
import Foundation
import JourneyPreview
import JourneyRendering

struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a journey's HTML page on this machine and refresh it when the file changes.",
        discussion: """
            The first line on standard output is the address, e.g. "Serving journey.yaml at \
            http://127.0.0.1:8427/ (Ctrl-C to stop)". The page reloads itself when the file is \
            saved; while the file has problems it lists them, and it recovers when they are fixed. \
            Only this machine can connect unless --allow-remote is given with another --host. \
            Ctrl-C stops the server (exit 0).

            Examples:
              journey preview Samples/clinic-outpatient.yaml
              journey preview journey.yaml --port 0 --theme dark
            """
    )

    @Argument(help: "The journey file (YAML, JSON, JourneyKit XML, CJML or Mermaid).")
    var file: String

    @Option(help: "The port; 0 picks a free one.")
    var port: Int = Int(PreviewServer.defaultPort)

    @Option(help: "The address to listen on: a numeric IP address or localhost.")
    var host: String = "127.0.0.1"

    @Flag(help: "Allow a --host other than loopback: other machines can then see the preview.")
    var allowRemote = false

    @Option(help: "light, dark, print, or a theme file (read once, at start).")
    var theme: String = "light"

    @Flag(help: "Open the page in the default browser.")
    var open = false

    @OptionGroup(title: "The page's findings")
    var settings: SettingsOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard let address = PreviewHost(host) else { throw ValidationError(PreviewError.invalidHost(host).description) }
        if !address.isLoopback, !allowRemote {
            throw ValidationError("--host \(host): \(PreviewError.remoteHostRefused(address.address).description)")
        }
        if file == "-" { throw ValidationError("preview watches a file; it cannot read standard input") }
    }

    func run() async throws {
        let chosenTheme = try Theme.resolve(theme)
        _ = try JourneyFiles.read(file)
        // A settings file named with --config must be usable at the start; later problems in it
        // show on the page, as those of a discovered one do.
        if case .file = settings.source { _ = try settings.resolver().configuration(forJourneyAt: file) }
        if let address = PreviewHost(host), !address.isLoopback {
            StandardError.write("journey: warning: listening on \(address.address): anyone who can reach this machine can see \(file)")
        }

        let file = self.file
        let server = PreviewServer(
            .init(file: file, host: host, port: UInt16(port), allowRemote: allowRemote, theme: chosenTheme, settings: settings.source),
            onChange: { page in
                if let reason = page.unreadable {
                    StandardError.write("\(file): \(reason)")
                } else {
                    StandardError.write(page.ok ? "\(file): changed; the page is updated" : "\(file): has problems; the page lists them")
                }
            })
        // Ctrl-C and SIGTERM are turned into events of this stream, as is the end of stopping.
        let url = try await server.start()
        // Installed once the server listens: a Ctrl-C while it starts ends the process at once.
        let (events, event) = AsyncStream<Void>.makeStream()
        let signals = PreviewSignals.stop(on: [SIGINT, SIGTERM]) { event.yield() }
        FileHandle.standardOutput.write(Data("Serving \(file) at \(url.absoluteString) (Ctrl-C to stop)\n".utf8))
        if open { Self.openInBrowser(url) }
        var iterator = events.makeAsyncIterator()
        _ = await iterator.next()
        // Stop cleanly; never take more than two seconds about it.
        Task {
            await server.stop()
            event.yield()
        }
        Task {
            try? await Task.sleep(for: .seconds(2))
            event.yield()
        }
        _ = await iterator.next()
        withExtendedLifetime(signals) {}
        StandardError.write("journey: preview stopped")
    }

    /// `open` (macOS) or `xdg-open` (elsewhere); the URL is on standard output if neither works.
    static func openInBrowser(_ url: URL) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url.absoluteString]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.terminationHandler = { opener in
            if opener.terminationStatus != 0 {
                StandardError.write("journey: note: could not open a browser; open \(url.absoluteString) yourself")
            }
        }
        do {
            try process.run()
        } catch {
            StandardError.write("journey: note: could not open a browser; open \(url.absoluteString) yourself")
        }
    }
}

/// Ctrl-C and SIGTERM, delivered on a queue rather than in a signal handler.
enum PreviewSignals {
    /// Turns off the signals' default action and calls `action` on each of them instead.
    static func stop(on numbers: [Int32], action: @escaping @Sendable () -> Void) -> [any DispatchSourceSignal] {
        let queue = DispatchQueue(label: "journey.preview.signals")
        return numbers.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: action)
            source.resume()
            return source
        }
    }
}
