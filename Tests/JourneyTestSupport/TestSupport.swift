import Foundation

/// Paths and helpers shared by the test targets (not part of the public API).
public enum TestPaths {
    /// The package's root folder, found from this file's place in it.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let samples = packageRoot.appendingPathComponent("Samples")

    /// `../shared` beside the project, which CI has and a user's clone does not.
    public static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The YAML samples, sorted by name.
    public static var sampleFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { samples.appendingPathComponent($0) }
    }

    /// A new empty folder under the system's temporary folder.
    public static func temporaryFolder(_ label: String = "journeykit") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The result of running the built `journey` executable.
public struct CommandResult: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
    /// Killed by a signal (a crash), not an exit.
    public var crashed: Bool
}

/// Runs the `journey` executable that `swift build`/`swift test` built beside the tests.
public enum JourneyBinary {
    public static var url: URL? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("journey"))
            candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("journey"))
        }
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("journey"))
        }
        candidates.append(TestPaths.packageRoot.appendingPathComponent(".build/debug/journey"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `journey` with the arguments, in `folder` (the package root by default), with
    /// exactly `environment` when one is given (else ours). Under a sanitizer, the environment
    /// also holds its options for the child (``Sanitizer/environment(for:under:)``).
    public static func run(_ arguments: [String], in folder: URL? = nil, input: Data? = nil, environment: [String: String]? = nil) throws -> CommandResult {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the journey executable was not built"]) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? TestPaths.packageRoot
        if let environment {
            process.environment = Sanitizer.environment(for: environment)
        } else if Sanitizer.current != nil {
            process.environment = Sanitizer.environment(for: ProcessInfo.processInfo.environment)
        }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try? inPipe.fileHandleForWriting.close()
        // Read both pipes while the process runs, so that a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            errors: String(decoding: errData, as: UTF8.self), crashed: process.terminationReason == .uncaughtSignal)
    }
}
