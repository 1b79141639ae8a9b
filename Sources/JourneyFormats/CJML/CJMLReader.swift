import Foundation
import JourneyKit
import XMLSupport

/// Reads one parsed CJML document into a ``ServiceDesign``: the journey, its phases, actors and
/// touchpoints (see `CJMLReader+Actors.swift` and `CJMLReader+Touchpoints.swift`).
///
/// Elements are found by local name, in any order and any namespace. What a producer writes
/// differently from CJML 2.0 is read past with a warning (``FileProblem/tolerated(_:detail:)``)
/// that names the place; only a file that holds no journey at all is refused.
final class CJMLReader {
    let file: String
    private(set) var warnings: [FileProblem] = []
    private(set) var problems: [FileProblem] = []

    /// The kind of the journey being read.
    var kind: JourneyKind = .planned
    /// Actors in the order they were declared (then those added for dangling references).
    var actors: [Actor] = []
    /// The actors declared as end users (`endUser`, or an aika0725/CJML actor with a customer role).
    var endUsers: [ActorID] = []
    var stages: [Stage] = []
    var touchpoints: [Touchpoint] = []
    /// Touchpoints whose phase is missing, empty or unknown go to this stage, made when needed.
    var unphasedStage: StageID?

    // Deviations that are reported once per file, with their first place and how often.
    private var tallied = DeviationTally()
    /// Keys of warnings given once per file (an id's slug, a dangling reference, …).
    var warnedKeys: Set<String> = []

    init(file: String) {
        self.file = file
    }

    // MARK: Entry

    /// Reads the document; the design is nil only when the file holds no journey.
    func read(_ document: XMLDocument) -> DecodedDesign {
        let root = document.root
        guard CJML.isRootName(root.name) else {
            problems.append(.schema(at(root), detail: "the root element is <\(root.name)>, not <CJML>: this is not a CJML file"))
            return result(design: nil)
        }
        checkVersion(root)
        let journeys = root.children.filter { CJMLVocabulary.journeyKind(ofElement: $0.name) != nil }
        let design: ServiceDesign
        if let first = journeys.first {
            checkNoText(root)
            for child in root.children where CJMLVocabulary.journeyKind(ofElement: child.name) == nil {
                warnUnknown(child, in: root)
            }
            if journeys.count > 1 {
                let others = journeys.dropFirst().map { "<\($0.name)> at \($0.line):\($0.column)" }
                warn(journeys[1], "the file holds \(journeys.count) journeys; JourneyKit reads one per file, so only the first (<\(first.name)> at \(first.line):\(first.column)) was read, not " + others.joined(separator: ", "))
            }
            kind = CJMLVocabulary.journeyKind(ofElement: first.name) ?? .planned
            design = readJourney(first, isRoot: false)
        } else if root.children.contains(where: { Self.journeyParts.contains($0.name) }) {
            warn(root, "<\(root.name)> holds actors and touchpoints without a <plannedJourney> or <actualJourney> (as aika0725/CJML exports them); read as one planned journey")
            checkNoText(root)
            let known = Self.journeyParts.union(Self.journeyFields)
            for child in root.children where !known.contains(child.name) { warnUnknown(child, in: root) }
            kind = .planned
            design = readJourney(root, isRoot: true)
        } else {
            problems.append(.schema(at(root), detail: "the CJML file holds no <plannedJourney> or <actualJourney>, so there is no journey to read"))
            return result(design: nil)
        }
        return result(design: design)
    }

    private func result(design: ServiceDesign?) -> DecodedDesign {
        flushTallies()
        // In file order; warnings at the same place keep the order they were found in.
        let ordered = warnings.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
        return DecodedDesign(design: design, problems: problems, warnings: ordered)
    }

    private func checkVersion(_ root: XMLElement) {
        if let version = root.attribute("version") {
            let value = version.value.trimmingCharacters(in: .whitespaces)
            if value != CJMLVocabulary.version {
                warn(at(version), "CJML version \"\(value)\" is read as CJML \(CJMLVocabulary.version), the version JourneyKit knows")
            }
        } else if root.name == "CJML" {
            warn(root, "<CJML> has no version; read as CJML \(CJMLVocabulary.version)")
        } else {
            warn(root, "lower-case <\(root.name)> without a version is not CJML 2.0 (aika0725's tools write it); read as CJML \(CJMLVocabulary.version)")
        }
    }

    // MARK: Journey

    /// Element names that make the root itself a journey (aika0725/CJML has no journey element).
    static let journeyParts: Set<String> = Set(["actors", "touchpoints"]).union(actorElements).union(touchpointElements)

    static let journeyFields: Set<String> = [
        "journeyID", "journeyTitle", "plannedReference", "journeyPhases", "journeyShortSummary",
        "journeyLongSummary", "journeyStatus", "actors", "touchpoints",
    ]

    private func readJourney(_ journey: XMLElement, isRoot: Bool) -> ServiceDesign {
        if !isRoot {
            checkNoText(journey)
            let known = Self.journeyFields.union(Self.actorElements).union(Self.touchpointElements)
            for child in journey.children where !known.contains(child.name) { warnUnknown(child, in: journey) }
        }
        let (id, rawID) = journeyID(journey)
        let title = text(journey.child("journeyTitle")) ?? rawID ?? id.rawValue
        var design = ServiceDesign(id: id, title: title, kind: kind, origin: SourceOrigin(at(journey)))
        design.summary = text(journey.child("journeyShortSummary"))
        design.description = text(journey.child("journeyLongSummary"))
        if let statusElement = journey.child("journeyStatus"), let written = text(statusElement) {
            if let status = CJMLVocabulary.status(written) {
                design.status = status
            } else {
                let allowed = DesignStatus.allCases.map(\.rawValue).joined(separator: ", ")
                warn(statusElement, "journeyStatus \"\(written)\" is not one of JourneyKit's statuses (\(allowed)); it was dropped")
            }
        }
        if let reference = journey.child("plannedReference"), let written = text(reference) {
            if kind == .actual {
                design.plannedJourney = DesignID(identifier(written, at: reference, what: "plannedReference"))
            } else {
                warn(reference, "a planned journey has no plannedReference (only an actual journey refers to its plan); \"\(written)\" was dropped")
            }
        }
        readPhases(journey)
        readActors(journey)
        readTouchpoints(journey)
        design.stages = stages
        design.actors = actors
        design.personas = endUsers.compactMap { id in
            actors.first { $0.id == id }.map { Persona(id: PersonaID(id.rawValue), name: $0.name, origin: $0.origin) }
        }
        design.touchpoints = touchpoints
        return design
    }

    private func journeyID(_ journey: XMLElement) -> (DesignID, String?) {
        // An id keeps a zero width space at either end (`trimmingWhiteSpace`), as in the other formats.
        if let element = journey.child("journeyID"), case let written = CJMLVocabulary.trimmingWhiteSpace(element.text), !written.isEmpty {
            guard CJMLVocabulary.isOneWord(written) else {
                let slug = CJMLVocabulary.slug(written)
                warnedKeys.insert("slug:" + written)
                warn(element, "journeyID \"\(written)\" is a name, not an id (UIOMaster writes the journey's name there); read as the id \"\(slug)\"")
                return (DesignID(slug), written)
            }
            return (DesignID(written), written)
        }
        let base = (file.split(separator: "/").last.map(String.init) ?? file)
            .replacingOccurrences(of: ".cjml.xml", with: "").replacingOccurrences(of: ".xml", with: "").replacingOccurrences(of: ".cjml", with: "")
        var fallback = text(journey.child("journeyTitle")).map(CJMLVocabulary.slug) ?? CJMLVocabulary.slug(base)
        if fallback.isEmpty { fallback = "cjml-journey" }
        warn(journey, "the journey has no journeyID; its id is taken from its title or the file's name: \"\(fallback)\"")
        return (DesignID(fallback), nil)
    }

    // MARK: Phases

    private func readPhases(_ journey: XMLElement) {
        for wrapper in journey.children("journeyPhases") {
            checkNoText(wrapper)
            for phase in wrapper.children {
                guard phase.name == "journeyPhase" else {
                    warnUnknown(phase, in: wrapper)
                    continue
                }
                for child in phase.children where child.name != "phaseName" && child.name != "phaseDescription" {
                    warnUnknown(child, in: phase)
                }
                let written = phase.attribute("phaseID")
                guard let raw = written?.value, let id = optionalIdentifier(raw, at: written.map(at) ?? at(phase), what: "phaseID") else {
                    let generated = uniqueStageID("phase-\(stages.count + 1)")
                    warn(phase, "a journeyPhase has no phaseID; read as \"\(generated)\"")
                    stages.append(Stage(id: StageID(generated), name: text(phase.child("phaseName")) ?? generated,
                                        description: text(phase.child("phaseDescription")), origin: SourceOrigin(at(phase))))
                    continue
                }
                if stages.contains(where: { $0.id.rawValue == id }) {
                    warn(phase, "the phase \"\(id)\" is declared twice; the second declaration was not read")
                    continue
                }
                stages.append(Stage(id: StageID(id), name: text(phase.child("phaseName")) ?? id,
                                    description: text(phase.child("phaseDescription")), origin: SourceOrigin(at(phase))))
            }
        }
    }

    func uniqueStageID(_ base: String) -> String {
        var candidate = base
        var number = 2
        while stages.contains(where: { $0.id.rawValue == candidate }) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }

    // MARK: Values and ids

    /// An element's text without surrounding white space; nil when absent or blank.
    func text(_ element: XMLElement?) -> String? {
        guard let element else { return nil }
        let value = CJMLVocabulary.trimmingWhiteSpace(element.text)
        return value.isEmpty ? nil : value
    }

    /// An id as written, made usable: stray spaces trimmed (reported once per file) and an id
    /// with spaces inside turned into a slug (reported once per id). Nil when blank.
    func optionalIdentifier(_ raw: String, at location: SourceLocation, what: String, quiet: Bool = false) -> String? {
        let trimmed = CJMLVocabulary.trimmingWhiteSpace(raw)
        guard !trimmed.isEmpty else { return nil }
        if trimmed != raw {
            tally("stray-space", at: location) { count in
                "\(count == 1 ? "an id has" : "\(count) ids have") spaces around the value (CJMLExcel writes phaseID =\" X\"), first \(what) \"\(raw)\"; read without them"
            }
        }
        guard CJMLVocabulary.isOneWord(trimmed) else {
            let slug = CJMLVocabulary.slug(trimmed)
            if !quiet, warnedKeys.insert("slug:" + trimmed).inserted {
                warn(location, "the \(what) \"\(trimmed)\" has spaces, but an id is one word; read as \"\(slug)\"")
            }
            return slug
        }
        return trimmed
    }

    /// Like ``optionalIdentifier(_:at:what:quiet:)`` for a value known not to be blank.
    func identifier(_ raw: String, at element: XMLElement, what: String) -> String {
        optionalIdentifier(raw, at: at(element), what: what) ?? raw
    }

    // MARK: Reporting

    func at(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: file, line: max(element.line, 1), column: max(element.column, 1))
    }

    func at(_ attribute: XMLAttribute) -> SourceLocation {
        SourceLocation(file: file, line: max(attribute.line, 1), column: max(attribute.column, 1))
    }

    func warn(_ element: XMLElement, _ detail: String) {
        warn(at(element), detail)
    }

    func warn(_ location: SourceLocation, _ detail: String) {
        warnings.append(.tolerated(location, detail: detail))
    }

    /// An element JourneyKit does not read.
    func warnUnknown(_ element: XMLElement, in parent: XMLElement) {
        warn(element, "<\(element.name)> in <\(parent.name)> is not part of CJML as JourneyKit reads it; it was not read")
    }

    /// Text directly inside an element that holds only elements (aika0725/CJML writes the word
    /// `undefined` there).
    func checkNoText(_ element: XMLElement) {
        let stray = element.text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !stray.isEmpty else { return }
        let shown = stray.count > 40 ? String(stray.prefix(37)) + "…" : stray
        warn(element, "text \"\(shown)\" directly inside <\(element.name)> is not part of CJML; it was ignored")
    }

    /// Counts a deviation that is reported once per file, at its first place.
    func tally(_ key: String, at location: SourceLocation, detail: @escaping (Int) -> String) {
        tallied.add(key, at: location, detail: detail)
    }

    private func flushTallies() {
        for (location, detail) in tallied.drain() { warn(location, detail) }
    }
}
