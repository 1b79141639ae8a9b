/// The file formats a journey can be written in.
public enum JourneyFormat: String, CaseIterable, Hashable, Sendable {
    case yaml
    case json

    /// The format a file name's extension names (`.yaml`, `.yml`, `.json`), if any.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String { rawValue }
}
