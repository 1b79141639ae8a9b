/// The file formats a journey can be written in.
public enum JourneyFormat: String, CaseIterable, Hashable, Sendable {
    /// YAML (`.yaml`, `.yml`), the format written by hand; its fields are described in `docs/format.md`.
    case yaml
    /// The same fields in JSON (`.json`), read by the same reader as YAML; ``JourneyJSONSchema``
    /// describes both.
    case json
    /// JourneyKit's own XML vocabulary, described by the shipped XSD (`journey schema --xsd`).
    case xml
    /// The Customer Journey Modelling Language 2.0 (SINTEF), for exchange with CJML tools.
    case cjml
    /// Mermaid's `journey` diagram (`.mmd`, `.mermaid`), read and written.
    case mermaid
    /// Graphviz DOT (`.dot`, `.gv`): written only, for Graphviz and the benchmark.
    case dot

    /// The format a file name's extension names, if any: `.yaml`, `.yml`, `.json`, `.xml`, and
    /// `.cjml` or `.cjml.xml` for CJML. A plain `.xml` file may still be CJML: readers look at
    /// its root element (see ``JourneyFile/decode(_:name:format:)``).
    public init?(path: String) {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if name.hasSuffix(".cjml.xml") || name.hasSuffix(".cjml") {
            self = .cjml
            return
        }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...] {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "xml": self = .xml
        case "mmd", "mermaid": self = .mermaid
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .cjml: "cjml.xml"
        case .mermaid: "mmd"
        default: rawValue
        }
    }

    /// Whether JourneyKit reads this format (DOT is written only).
    public var isReadable: Bool { self != .dot }
}
