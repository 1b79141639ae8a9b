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

    // MARK: - SARIF objects (the subset the report writes)

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]
        var artifacts: [Artifact]
        var results: [Result]
        var columnKind: String
    }

    struct Tool: Encodable {
        var driver: ToolComponent
    }

    struct ToolComponent: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: DescriptorProperties

        struct Configuration: Encodable {
            var level: String
        }

        struct DescriptorProperties: Encodable {
            var tags: [String]
            /// The clause, as the text report shows it: `ISO/TS 24082 5.5, inferred`.
            var clause: String?
            var precision: String
        }

        init(_ rule: Rule) {
            id = rule.id
            name = Self.upperCamelCase(rule.title)
            shortDescription = Message(text: rule.title)
            fullDescription = Message(text: rule.rationale)
            let clause = rule.clause?.description
            let clauseText = clause ?? "none: a JourneyKit rule about the design's own integrity"
            var text = [
                rule.rationale,
                "Satisfied by: \(rule.satisfiedBy)",
                "How to fix: \(rule.hint)",
                "Clause: \(clauseText)",
            ]
            var markdown = [
                rule.rationale,
                "**Satisfied by:** \(rule.satisfiedBy)",
                "**How to fix:** \(rule.hint)",
                "**Clause:** \(clauseText)",
            ]
            let example = rule.example.trimmingCharacters(in: .whitespacesAndNewlines)
            if !example.isEmpty {
                text.append("Example:\n\(example)")
                markdown.append("**Example:**\n\n```yaml\n\(example)\n```")
            }
            help = MultiformatMessage(text: text.joined(separator: "\n\n"), markdown: markdown.joined(separator: "\n\n"))
            defaultConfiguration = Configuration(level: Builder.level(rule.severity))
            let precision = switch rule.basis {
            case .structure: "very-high"
            case .standard: "high"
            case .heuristic: "medium"
            }
            properties = DescriptorProperties(tags: [rule.family.rawValue, rule.basis.rawValue], clause: clause, precision: precision)
        }

        /// A descriptor for an id the catalogue does not have: a problem of the file itself
        /// (`FILE-…`), or a rule of another catalogue.
        init(unknownRule id: String, severity: Severity) {
            self.id = id
            name = Self.upperCamelCase(id.lowercased())
            let isFileProblem = id.hasPrefix("FILE-")
            let title = Self.fileProblemTitles[id] ?? (isFileProblem ? "The file can be read as a journey" : "JourneyKit rule \(id)")
            shortDescription = Message(text: title)
            if isFileProblem {
                let rationale = "The file could not be read as a journey, so the design in it cannot be checked, or not completely."
                let fix = "Correct the file at the place the result gives; docs/format.md describes the journey file format."
                fullDescription = Message(text: rationale)
                help = MultiformatMessage(
                    text: "\(rationale)\n\nHow to fix: \(fix)",
                    markdown: "\(rationale)\n\n**How to fix:** \(fix)")
                properties = DescriptorProperties(tags: ["file", "structure"], clause: nil, precision: "very-high")
            } else {
                let rationale = "A finding of a rule that is not in the catalogue this report was written with."
                fullDescription = Message(text: rationale)
                help = MultiformatMessage(
                    text: "\(rationale)\n\n`journey explain \(id)` tells more about it.",
                    markdown: "\(rationale)\n\n`journey explain \(id)` tells more about it.")
                properties = DescriptorProperties(tags: [RuleFamily(ruleID: id).rawValue], clause: nil, precision: "high")
            }
            defaultConfiguration = Configuration(level: Builder.level(severity))
        }

        /// Titles of the problems the file reader reports.
        static let fileProblemTitles = [
            "FILE-UNREADABLE": "The file can be opened and read",
            "FILE-ENCODING": "The file is text in an encoding journey reads",
            "FILE-SYNTAX": "The file is well-formed YAML or JSON",
            "FILE-EMPTY": "The file is not empty",
            "FILE-MULTIPLE-DOCUMENTS": "The file holds one YAML document",
            "FILE-DUPLICATE-KEY": "No key is written twice in a block",
            "FILE-UNKNOWN-FIELD": "Every field is one the format has",
            "FILE-MISSING-FIELD": "Required fields are present",
            "FILE-WRONG-TYPE": "Every value has the right shape",
            "FILE-INVALID-VALUE": "Every value is one the field allows",
            "FILE-UNSUPPORTED-TAG": "The file uses no YAML tags",
            "FILE-TOO-COMPLEX": "The file is of a size it can honestly hold",
        ]

        /// `Ids are unique` → `IdsAreUnique`; `file-syntax` → `FileSyntax`.
        static func upperCamelCase(_ title: String) -> String {
            let cleaned = title.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            let words = cleaned.split { !($0.isLetter || $0.isNumber) }
            let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            return name.isEmpty ? "Rule" : name
        }
    }

    struct Artifact: Encodable {
        var location: ArtifactLocation
        var roles: [String]?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
    }

    struct Suppression: Encodable {
        var kind: String
        var status: String
        var justification: String
        /// Where the suppression is written in the design file.
        var location: Location?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation?
        var message: Message?

        init(id: Int? = nil, physicalLocation: PhysicalLocation?, message: Message? = nil) {
            self.id = id
            self.physicalLocation = physicalLocation
            self.message = message
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
        var index: Int?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
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
