import Foundation
import JourneyKit

/// The report `journey validate --format sarif` prints: SARIF 2.1.0, the format GitHub code
/// scanning and other analysis viewers read.
///
/// The log has one run. Its `tool.driver` describes every rule that ran or has a result, with
/// the rule's title, rationale, fix hint and clause; each finding is a result pointing at its
/// descriptor (`ruleId`, `ruleIndex`), with its level (`error`, `warning`, or `note` for an
/// info), its message (with the clause and the fix hint) and its place. File places are URIs
/// relative to a base directory, named `%SRCROOT%`, so the log does not depend on where the
/// files were checked out; standard input is `stdin`. Notes become related locations, and
/// findings the design's own suppressions covered are results with an `inSource` suppression
/// that carries the reason.
///
/// `docs/reports.md` gives the full mapping. The output is deterministic: the same input gives
/// the same bytes, keys sorted.
public enum SARIFReport {
    /// The SARIF JSON schema the log names in `$schema`.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Where users learn about the tool.
    public static let informationURI = "https://github.com/journeykit/journeykit"
    /// The id of the base directory that artifact URIs are relative to.
    public static let sourceRootID = "%SRCROOT%"
    /// The key of JourneyKit's own fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "journeyFinding/v1"

    /// The SARIF log of the validated files.
    ///
    /// - Parameters:
    ///   - files: the validated files, in the order to report them.
    ///   - catalogue: the rules, for the descriptors (the catalogue the validator used).
    ///   - toolVersion: the version of `journey`.
    ///   - baseDirectory: the folder artifact URIs are relative to, usually the current
    ///     directory (the root of the repository in CI).
    public static func render(_ files: [FileValidation], catalogue: RuleCatalogue, toolVersion: String, baseDirectory: String) -> String {
        ReportJSON.encode(log(files, catalogue: catalogue, toolVersion: toolVersion, baseDirectory: baseDirectory))
    }

    /// The URI of a file relative to a base directory, percent-encoded, never absolute:
    /// `dir/my%20journey.yaml`; `../other/x.yaml` for a file outside the base; `stdin` for
    /// standard input (`<stdin>` or `-`). Paths are compared as written, without resolving
    /// symbolic links; `.` and `..` components are resolved.
    public static func relativeURI(for path: String, baseDirectory: String) -> String {
        if path == "<stdin>" || path == "-" { return "stdin" }
        let base = PathComponents.absolute(baseDirectory, from: FileManager.default.currentDirectoryPath)
        let target = PathComponents.absolute(path, from: base.joined)
        var shared = 0
        while shared < base.parts.count, shared < target.parts.count, base.parts[shared] == target.parts[shared] {
            shared += 1
        }
        var parts = Array(repeating: "..", count: base.parts.count - shared) + target.parts[shared...]
        if parts.isEmpty { parts = Array(target.parts.suffix(1)) }
        if parts.isEmpty { return "." }
        return parts.map { $0 == ".." ? $0 : percentEncoded($0) }.joined(separator: "/")
    }

    /// A path segment with everything but unreserved characters and a few safe delimiters
    /// percent-encoded (UTF-8); `:` is encoded so a segment cannot read as a URI scheme.
    static func percentEncoded(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: uriSegmentCharacters) ?? segment
    }

    private static let uriSegmentCharacters: CharacterSet = {
        var set = CharacterSet()
        set.insert(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        set.insert(charactersIn: "-._~!$&'()*+,;=@")
        return set
    }()

    // MARK: - Building the log

    static func log(_ files: [FileValidation], catalogue: RuleCatalogue, toolVersion: String, baseDirectory: String) -> Log {
        var builder = Builder(catalogue: catalogue, baseDirectory: baseDirectory)
        for file in files { builder.addArtifact(file.file, analysed: true) }
        for file in files { builder.addResults(of: file) }
        let driver = ToolComponent(
            name: "journey", version: toolVersion, informationUri: informationURI, rules: builder.descriptors)
        let base = PathComponents.absolute(baseDirectory, from: FileManager.default.currentDirectoryPath)
        let run = Run(
            tool: Tool(driver: driver),
            originalUriBaseIds: [sourceRootID: ArtifactLocation(uri: base.fileURI, uriBaseId: nil, index: nil)],
            artifacts: builder.artifacts, results: builder.results, columnKind: "unicodeCodePoints")
        return Log(schema: schemaURI, version: "2.1.0", runs: [run])
    }

    /// Collects descriptors, artifacts and results, keeping indexes consistent.
    struct Builder {
        let catalogue: RuleCatalogue
        let baseDirectory: String
        var descriptors: [ReportingDescriptor] = []
        var descriptorIndex: [String: Int] = [:]
        var artifacts: [Artifact] = []
        var artifactIndex: [String: Int] = [:]
        var results: [Result] = []

        init(catalogue: RuleCatalogue, baseDirectory: String) {
            self.catalogue = catalogue
            self.baseDirectory = baseDirectory
        }

        mutating func addArtifact(_ path: String, analysed: Bool) {
            let uri = SARIFReport.relativeURI(for: path, baseDirectory: baseDirectory)
            guard artifactIndex[uri] == nil else { return }
            artifactIndex[uri] = artifacts.count
            artifacts.append(Artifact(
                location: ArtifactLocation(uri: uri, uriBaseId: SARIFReport.sourceRootID, index: nil),
                roles: analysed ? ["analysisTarget"] : nil))
        }

        mutating func addResults(of validation: FileValidation) {
            // Descriptors: the rules that ran, in catalogue order, then any others with results.
            let ran = Set(validation.result.assessedRules)
            for rule in catalogue.rules where ran.contains(rule.id) { addDescriptor(rule.id, severity: rule.severity) }
            var occurrences: [String: Int] = [:]
            for diagnostic in validation.result.diagnostics {
                results.append(result(diagnostic, file: validation.file, suppression: nil, occurrences: &occurrences))
            }
            for suppressed in validation.result.suppressed {
                let suppression = Suppression(
                    kind: "inSource", status: "accepted", justification: suppressed.reason,
                    location: suppressed.location.map { location($0, defaultFile: validation.file) })
                results.append(result(suppressed.diagnostic, file: validation.file, suppression: suppression, occurrences: &occurrences))
            }
        }

        mutating func addDescriptor(_ id: String, severity: Severity) {
            guard descriptorIndex[id] == nil else { return }
            descriptorIndex[id] = descriptors.count
            if let rule = catalogue.rule(id) {
                descriptors.append(ReportingDescriptor(rule))
            } else {
                descriptors.append(ReportingDescriptor(unknownRule: id, severity: severity))
            }
        }

        mutating func result(_ diagnostic: Diagnostic, file: String, suppression: Suppression?, occurrences: inout [String: Int]) -> Result {
            addDescriptor(diagnostic.ruleID, severity: diagnostic.severity)
            let primary = location(diagnostic.location, defaultFile: file)
            let related = diagnostic.notes.enumerated().map { offset, note in
                var related = note.location.map { location($0, defaultFile: file) } ?? Location(physicalLocation: nil)
                related.id = offset + 1
                related.message = Message(text: note.message)
                return related
            }
            var text = diagnostic.fullMessage
            if let hint = diagnostic.hint { text += "\nhelp: \(hint)" }
            // A fingerprint that survives lines moving: the rule, the file, the element and the
            // message, numbered when the same finding occurs more than once.
            let uri = primary.physicalLocation?.artifactLocation.uri ?? ""
            let identity = [diagnostic.ruleID, uri, diagnostic.element ?? "", diagnostic.message].joined(separator: "\u{0}")
            let hash = FNV1a.hex(identity)
            occurrences[hash, default: 0] += 1
            return Result(
                ruleId: diagnostic.ruleID, ruleIndex: descriptorIndex[diagnostic.ruleID] ?? 0,
                level: Self.level(diagnostic.severity), message: Message(text: text), locations: [primary],
                relatedLocations: related.isEmpty ? nil : related,
                partialFingerprints: [SARIFReport.fingerprintKey: "\(hash):\(occurrences[hash] ?? 1)"],
                suppressions: suppression.map { [$0] })
        }

        mutating func location(_ sourceLocation: SourceLocation?, defaultFile: String) -> Location {
            let place = ReportPlace(sourceLocation, defaultFile: defaultFile)
            addArtifact(place.file, analysed: false)
            let uri = SARIFReport.relativeURI(for: place.file, baseDirectory: baseDirectory)
            return Location(physicalLocation: PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: uri, uriBaseId: SARIFReport.sourceRootID, index: artifactIndex[uri]),
                region: Region(startLine: place.line, startColumn: place.column)))
        }

        static func level(_ severity: Severity) -> String {
            switch severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "note"
            }
        }
    }
}

/// A path as components, made absolute and with `.` and `..` resolved as written.
struct PathComponents {
    var parts: [String]

    /// `path` made absolute against `directory` (itself absolute).
    static func absolute(_ path: String, from directory: String) -> PathComponents {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [String] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return PathComponents(parts: parts)
    }

    var joined: String { "/" + parts.joined(separator: "/") }

    /// `file:///path/to/base/`, percent-encoded, ending in a slash as SARIF wants for a base.
    var fileURI: String {
        let path = parts.map { SARIFReport.percentEncoded($0) }.joined(separator: "/")
        return path.isEmpty ? "file:///" : "file:///\(path)/"
    }
}

/// The 64-bit FNV-1a hash, for fingerprints that are the same on every run and machine
/// (Swift's `Hasher` is seeded per process).
enum FNV1a {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
