import JourneyKit

/// A check of a service design: data about the check (id, clause, basis, severity, why it
/// matters, how to fix it) plus the function that finds where a design breaks it.
///
/// Rules are values, so the catalogue can be listed, filtered and remapped onto a revised
/// edition of a standard without touching a check.
public struct Rule: Sendable, Identifiable {
    /// The stable id findings and settings name the rule by, such as `STRUCT-DANGLING-REF` or
    /// `DFES-5.4-01`; its prefix gives the ``family``.
    public var id: String
    /// What the rule asks for, in a few words (`A design challenge names whom it is for`), as
    /// `journey rules` and `journey explain` show it.
    public var title: String
    /// The clause the rule checks; nil for JourneyKit's own structural rules.
    public var clause: ClauseReference?
    /// Whether the rule follows from a standard, is a heuristic, or checks the design's own integrity.
    public var basis: RuleBasis
    /// The severity a finding gets unless the configuration changes it.
    public var severity: Severity
    /// Why the rule matters, in one line.
    public var rationale: String
    /// How to fix a finding, in one line.
    public var hint: String
    /// What a design needs for the rule to pass.
    public var satisfiedBy: String
    /// A minimal YAML fragment that passes the rule (shown by `journey explain`).
    public var example: String
    /// Where the rule counts in the conformance summary.
    public var areas: [ConformanceArea]
    /// What a heuristic rule rests on, in a few words (`the peak-end rule`); every finding of a
    /// heuristic rule names it, so that nobody mistakes it for the standard's words.
    public var restsOn: String?
    /// Whether the rule checks the design itself or the record of the design process (research,
    /// co-creation sessions, the project, tests): profiles choose by it.
    public var purpose: RulePurpose
    /// The one line that stands for several findings of the rule, given their number; the places
    /// follow as notes. Nil keeps each finding on its own (structural rules, whose findings each
    /// have a cause of their own).
    public var summary: (@Sendable (Int) -> String)?
    /// The check itself: every place where the design in the context breaks the rule, in any order
    /// (the validator sorts, groups and applies suppressions).
    public var check: @Sendable (ValidationContext) -> [Finding]

    /// A rule from its data and its check. A rule without `areas` counts in no part of the
    /// conformance summary.
    public init(
        id: String, title: String, clause: ClauseReference? = nil, basis: RuleBasis, restsOn: String? = nil,
        purpose: RulePurpose = .design, severity: Severity,
        rationale: String, hint: String, satisfiedBy: String, example: String, areas: [ConformanceArea] = [],
        summary: (@Sendable (Int) -> String)? = nil,
        check: @escaping @Sendable (ValidationContext) -> [Finding]
    ) {
        self.id = id
        self.title = title
        self.clause = clause
        self.basis = basis
        self.restsOn = restsOn
        self.purpose = purpose
        self.severity = severity
        self.rationale = rationale
        self.hint = hint
        self.satisfiedBy = satisfiedBy
        self.example = example
        self.areas = areas
        self.summary = summary
        self.check = check
    }

    /// The rule's basis as every finding line ends with it: `ISO/TS 24082 4.2` (a confirmed
    /// clause), `ISO/TS 24082 5.3, inferred`, or `heuristic: the peak-end rule, under ISO/TS 24082 4.2`.
    /// Nil for structural rules, which rest on the design's own integrity.
    public var provenance: String? {
        Provenance.text(basis: basis, clause: clause, restsOn: restsOn)
    }

    /// The profile group the rule belongs to, from its id's family.
    public var family: RuleFamily { RuleFamily(ruleID: id) }
}

/// What a rule looks at: the design, or the record of how it was made.
public enum RulePurpose: String, CaseIterable, Sendable, Codable {
    /// The service as designed: touchpoints, emotions, value, data points. Reported while designing.
    case design
    /// The record of the design process: a project record, research, co-creation sessions,
    /// prototype tests. Its absence is no design flaw; the `audit` profile reports it.
    case processRecord
    /// One note, while designing, of which process records are still missing (the `design`
    /// profile's stand-in for the process-record rules).
    case processSummary
}

/// The words a finding ends with to say what it rests on.
public enum Provenance {
    /// `ISO/TS 24082 4.2`, `ISO/TS 24082 5.3, inferred`, `heuristic: …, under ISO/TS 24082 4.2`;
    /// nil when there is neither a clause nor a heuristic basis (structural rules).
    public static func text(basis: RuleBasis, clause: ClauseReference?, restsOn: String?) -> String? {
        switch basis {
        case .heuristic:
            var text = "heuristic: " + (restsOn ?? "service-design practice")
            if let clause { text += ", under \(clause.description)" }
            return text
        case .standard, .structure:
            return clause?.description
        }
    }
}

/// Whether a rule follows from the standard or is our reading of good practice.
public enum RuleBasis: String, CaseIterable, Sendable, Codable {
    /// Follows from a confirmed title, term or scope statement of the standard.
    case standard
    /// Our interpretation, or service-design practice.
    case heuristic
    /// The design's own integrity: ids, references, the journey graph.
    case structure
}

/// Where a rule's id places it: which standard it comes from.
public enum RuleFamily: String, CaseIterable, Sendable, Codable {
    /// Rules of the design's own integrity (`STRUCT-…`), and every id without a known prefix.
    case structural
    /// Rules about the design's suppressions (`SUPPRESS-…`), such as a suppression without a reason.
    case suppression
    /// Rules whose ids start with `DFES-`, resting on ISO/TS 24082.
    case iso24082
    /// Rules whose ids start with `SE-`, resting on ISO 23592.
    case iso23592
    /// Rules whose ids start with `MEAS-`, resting on ISO/TS 23686.
    case iso23686
    /// Rules whose ids start with `CMP-`, resting on ISO 10002.
    case iso10002

    /// The family of a rule id, by the part before its first `-`.
    public init(ruleID: String) {
        let prefix = ruleID.split(separator: "-").first.map(String.init) ?? ""
        switch prefix {
        case "DFES": self = .iso24082
        case "SE": self = .iso23592
        case "MEAS": self = .iso23686
        case "CMP": self = .iso10002
        case "SUPPRESS": self = .suppression
        default: self = .structural
        }
    }
}

/// A clause of a standard, and how sure we are of its number.
public struct ClauseReference: Hashable, Sendable, Codable {
    /// How sure the catalogue is that a clause number is right; everything but `confirmed` is said
    /// in the finding (``ClauseReference/description``).
    public enum Confidence: String, CaseIterable, Sendable, Codable {
        /// Seen in a published source.
        case confirmed
        /// Worked out from confirmed facts; shown to users as such.
        case inferred
        /// The element is confirmed, its number is from memory or secondary summaries.
        case unconfirmed
        /// No public source shows the clause (ISO/TS 24082 after 5.5): a placeholder.
        case unknown
    }

    /// The document, such as `ISO/TS 24082`.
    public var document: String
    /// The clause number, such as `5.5`, or `5.6+` where the number is not known.
    public var clause: String
    /// How sure the catalogue is of ``clause``.
    public var confidence: Confidence

    /// A clause of any document; the static functions below spell the four standards the catalogue cites.
    public init(_ document: String, _ clause: String, _ confidence: Confidence) {
        self.document = document
        self.clause = clause
        self.confidence = confidence
    }

    /// A clause of ISO/TS 24082.
    public static func iso24082(_ clause: String, _ confidence: Confidence) -> Self { Self("ISO/TS 24082", clause, confidence) }
    /// A clause of ISO 23592.
    public static func iso23592(_ clause: String, _ confidence: Confidence) -> Self { Self("ISO 23592", clause, confidence) }
    /// A clause of ISO/TS 23686.
    public static func iso23686(_ clause: String, _ confidence: Confidence) -> Self { Self("ISO/TS 23686", clause, confidence) }
    /// A clause of ISO 10002.
    public static func iso10002(_ clause: String, _ confidence: Confidence) -> Self { Self("ISO 10002", clause, confidence) }

    /// `ISO/TS 24082 4.2`, `ISO/TS 24082 5.5, inferred`, `ISO 23592 7.3.2, number not
    /// confirmed` or `ISO/TS 24082 5.6+, clause not known`.
    public var description: String {
        let number = clause.isEmpty ? document : "\(document) \(clause)"
        switch confidence {
        case .confirmed: return number
        case .inferred: return "\(number), inferred"
        case .unconfirmed: return "\(number), number not confirmed"
        case .unknown: return "\(number), clause not known"
        }
    }
}

/// One place where a design breaks a rule, as the rule's check reports it. The validator adds
/// the rule's id, severity and clause to make a ``Diagnostic``.
public struct Finding: Hashable, Sendable {
    /// What is wrong at this place, in words for a designer.
    public var message: String
    /// Where in the file; nil lets the validator point at the design itself.
    public var location: SourceLocation?
    /// The id of the element the finding is about, so a suppression can name it.
    public var element: String?
    /// Other places that help to understand the finding.
    public var notes: [Diagnostic.Note]
    /// A fix hint for this finding; nil uses the rule's.
    public var hint: String?

    /// A finding at a place, optionally naming its element, with notes and its own hint.
    public init(_ message: String, at location: SourceLocation?, element: String? = nil, notes: [Diagnostic.Note] = [], hint: String? = nil) {
        self.message = message
        self.location = location
        self.element = element
        self.notes = notes
        self.hint = hint
    }
}

/// A part of the standards that the conformance summary reports on.
public enum ConformanceArea: Hashable, Sendable, Comparable {
    /// A principle of ISO/TS 24082 clause 4, such as `4.2`.
    case principle(String)
    /// A design activity of ISO/TS 24082 clause 5, such as `5.3` or `5.6+`.
    case activity(String)
    /// A level of the ISO 23592 service-excellence pyramid, 1 to 4.
    case pyramidLevel(Int)

    /// The principles of ISO/TS 24082 clause 4 the summary reports on: 4.2 to 4.5.
    public static let principles: [ConformanceArea] = ["4.2", "4.3", "4.4", "4.5"].map { .principle($0) }
    /// The design activities of ISO/TS 24082 clause 5 the summary reports on: 5.1 to 5.5 (the
    /// numbers after 5.1 are inferred from the order of the published titles, not seen), and
    /// `5.6+` for the later ones whose numbers are not known.
    public static let activities: [ConformanceArea] = ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6+"].map { .activity($0) }
    /// The four levels of the ISO 23592 pyramid.
    public static let pyramidLevels: [ConformanceArea] = (1...4).map { .pyramidLevel($0) }
    /// Every area, in the order the summary lists them.
    public static let all = principles + activities + pyramidLevels

    /// The area's name in the summary.
    public var title: String {
        switch self {
        case .principle(let number): "\(number) \(Self.principleTitles[number] ?? "")"
        case .activity(let number): "\(number) \(Self.activityTitles[number] ?? "")"
        case .pyramidLevel(let level): "Level \(level) \(Self.levelTitles[level] ?? "")"
        }
    }

    static let principleTitles = [
        "4.2": "Emotional", "4.3": "Adaptive", "4.4": "Co-creative with customer",
        "4.5": "Consistent with organization and customer perspectives",
    ]
    static let activityTitles = [
        "5.1": "Overall process", "5.2": "Planning a design project",
        "5.3": "Understanding and empathizing with needs, expectations and desires",
        "5.4": "Design challenge and unique value proposition",
        "5.5": "Customer experience with touchpoints and data points",
        "5.6+": "Later activities (titles not confirmed)",
    ]
    static let levelTitles = [
        1: "Core service proposition", 2: "Customer feedback management",
        3: "Individual excellent service", 4: "Surprisingly excellent service",
    ]
}
