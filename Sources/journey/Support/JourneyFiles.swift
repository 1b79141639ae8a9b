import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyValidation

/// A failure of a command: what is wrong, and the file it is about when it is about one.
/// Commands throw it; ``Main`` renders it (the one place that writes `error:` lines) and exits
/// with code 1.
struct CommandFailure: Error, CustomStringConvertible {
    /// What is wrong, without the file's name.
    var description: String
    /// The file the failure is about, named first as compilers do; nil: the tool's name instead.
    var file: String?
    /// Further failures of the same kind, each rendered as an error line of its own.
    var also: [String] = []
    /// Lines that follow, each already located (`FILE:LINE:COL: error: …`).
    var details: [String] = []

    init(_ description: String, file: String? = nil, also: [String] = [], details: [String] = []) {
        self.description = description
        self.file = file
        self.also = also
        self.details = details
    }

    /// A settings problem: the settings file's name first, its located problems below.
    init(_ error: SettingsError) {
        self.init(error.reason, file: error.file, details: error.details)
    }

    /// A theme that cannot be had: the theme file's name first, its located problems below.
    init(_ error: ThemeError) {
        if case .unknown = error {
            self.init("--theme: " + error.reason)
        } else {
            self.init(error.reason, file: error.file, details: error.details)
        }
    }

    /// The same failure, now about `file` (a read error learns which file it was reading).
    func about(_ file: String) -> CommandFailure {
        CommandFailure(description, file: self.file ?? file, also: also, details: details)
    }

    /// The lines standard error gets.
    var rendered: [String] {
        let prefix = file.map { "\($0): error: " } ?? "journey: error: "
        return ([description] + also).map { prefix + $0 } + details
    }
}

/// Reading and writing files for the commands: the only place that touches the file system.
enum JourneyFiles {
    /// Larger files are refused before they are read.
    static let maximumSize = 256 * 1024 * 1024

    /// The bytes of a file, or `-` for standard input.
    static func read(_ path: String) throws(CommandFailure) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        do throws(CommandFailure) {
            return try readFile(path)
        } catch {
            throw error.about(path)
        }
    }

    private static func readFile(_ path: String) throws(CommandFailure) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("no such file")
        }
        if isDirectory.boolValue { throw CommandFailure("this is a folder, not a journey file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            throw CommandFailure("the file is \(size / 1_048_576) MiB; journey files above \(maximumSize / 1_048_576) MiB are refused")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure("the file cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw CommandFailure("the file cannot be read: \(error.localizedDescription)")
        }
    }

    /// Writes `text` to `path` atomically: a temporary file in the same folder, then a rename,
    /// so that a reader never sees half a file and a failure leaves the old file as it was.
    /// The file is marked as JourneyKit's (``OutputOwnership``); an existing file that is not
    /// is written over only with `force`. `-` writes to standard output.
    static func write(_ text: String, to path: String, protecting inputs: [String] = [], force: Bool = false, command: String? = nil) throws(CommandFailure) {
        try write(Data(text.utf8), to: path, protecting: inputs, force: force, command: command)
    }

    /// Writes bytes atomically, as ``write(_:to:protecting:force:command:)`` writes text.
    static func write(_ data: Data, to path: String, protecting inputs: [String] = [], force: Bool = false, command: String? = nil) throws(CommandFailure) {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        try checkWritable(path, protecting: inputs, force: force)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(path): cannot write: \(error.localizedDescription)")
        }
        OutputOwnership.mark(temporary.path, command: command)
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("\(path): cannot write: \(reason)")
        }
    }

    /// Throws when `path` may not be written: it is one of the inputs (even with `force`), its
    /// folder is missing, it is a folder, or it holds a file JourneyKit did not write and
    /// `force` is not given. Commands call it for every output before their work, so that a
    /// refusal leaves nothing half done; ``write(_:to:protecting:force:command:)`` calls it again.
    static func checkWritable(_ path: String, protecting inputs: [String] = [], force: Bool = false) throws(CommandFailure) {
        if path == "-" { return }
        for input in inputs where input != "-" && sameFile(input, path) {
            throw CommandFailure("\(path): refusing to write over the input file; choose another output path")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("\(path): the folder \(folder.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure("\(path): is a folder; give a file name")
        }
        if let refusal = OutputOwnership.refusal(path, force: force) { throw refusal }
    }

    /// ``checkWritable(_:protecting:force:)`` for every path, before any is written.
    static func checkWritable(_ paths: [String], protecting inputs: [String] = [], force: Bool = false) throws(CommandFailure) {
        for path in paths { try checkWritable(path, protecting: inputs, force: force) }
    }

    /// True when both paths name the same file (also through links).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else {
            return URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
        }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Reads and decodes a journey file; a file that cannot be read at all becomes a problem.
    static func decode(_ path: String, format: JourneyFormat? = nil) throws(CommandFailure) -> DecodedDesign {
        let data = try read(path)
        return JourneyFile.decode(data, name: path == "-" ? "<stdin>" : path, format: format)
    }
}

/// Standard error, for messages that are not the command's output.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
