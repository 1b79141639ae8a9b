import Foundation
import JourneyKit

/// The SARIF 2.1.0 objects the report writes: a subset of the format, encoded as JSON.
extension SARIFReport {
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
            let clauseText = rule.provenance ?? "none: a JourneyKit rule about the design's own integrity"
            var text = [
                rule.rationale,
                "Satisfied by: \(rule.satisfiedBy)",
                "How to fix: \(rule.hint)",
                "Basis: \(clauseText)",
            ]
            var markdown = [
                rule.rationale,
                "**Satisfied by:** \(rule.satisfiedBy)",
                "**How to fix:** \(rule.hint)",
                "**Basis:** \(clauseText)",
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
            "FILE-NOT-JOURNEY": "The file is a journey file",
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
