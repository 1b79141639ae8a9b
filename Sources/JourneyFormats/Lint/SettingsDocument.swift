import Foundation
import JourneyKit
import Yams

/// The reading a small YAML file of settings shares (a `.journeylint.yaml`, a theme file):
/// text, one YAML document, then the caller's decoder; an empty file is the defaults.
enum SettingsDocument {
    static func decode<Settings>(
        _ data: Data, name: String, defaults: Settings,
        _ decoder: (Node, DecodingSession) throws(DecodingSession.Stop) -> Settings?
    ) -> (settings: Settings?, problems: [FileProblem]) {
        let text: String
        switch SourceText.decode(data, file: name) {
        case .success(let decoded): text = decoded
        case .failure(let problem): return (nil, [problem])
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return (defaults, []) }
        let root: Node
        switch YAMLDocument.compose(text, file: name, format: .yaml) {
        case .success(let node): root = node
        case .failure(let problem):
            if case .empty = problem { return (defaults, []) }
            return (nil, [problem])
        }
        let session = DecodingSession(file: name, textSize: text.utf8.count)
        let settings = try? decoder(root, session)
        return (settings, session.problems)
    }
}

/// A small file a command or a library reads beside the journeys (a settings file, a theme
/// file): its bytes, or why it cannot be had, in words for a message.
package enum SmallFile {
    /// The bytes of `path`, refused above `maximumSize` bytes.
    /// - Parameter kind: what the file is, for the message (`settings file`, `theme file`).
    /// - Returns: the bytes, or the reason they cannot be read (no such file, a folder, too large…).
    package static func read(_ path: String, kind: String, maximumSize: Int = 1_048_576) -> Result<Data, SmallFileError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.init(reason: "no such \(kind)")) }
        if isDirectory.boolValue { return .failure(.init(reason: "this is a folder, not a \(kind)")) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            return .failure(.init(reason: "a \(kind) above \(maximumSize / 1_048_576) MiB is refused"))
        }
        do {
            return .success(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return .failure(.init(reason: "the \(kind) cannot be read: \(error.localizedDescription)"))
        }
    }
}

/// Why a small file cannot be read.
package struct SmallFileError: Error, Hashable, Sendable {
    /// What is wrong, in words for a message (the caller names the file).
    package var reason: String
}
