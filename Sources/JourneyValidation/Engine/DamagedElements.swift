import JourneyKit

/// The elements of a design that the reader could not read whole — a field it did not know, a
/// value of the wrong type — so that findings which follow from the damage are held back: a
/// typo `emotion:` is reported once, as the unknown field it is, not again as "no emotion score".
///
/// A file problem belongs to the innermost element written around it: the last element that
/// starts before the problem, at a column no further right. Block YAML, flow mappings on one
/// line and XML all put an element's fields at or right of its start.
struct DamagedElements: Sendable {
    /// Ids of damaged elements (touchpoints, personas, stages, studies, data points, …), and
    /// the stage of each damaged touchpoint: a stage with a damaged touchpoint is incomplete too.
    private var ids: Set<String> = []
    /// Where each damaged element starts, for findings that point at it through a note.
    private var starts: Set<SourceLocation> = []
    /// A field of the journey itself is damaged (a misspelt `stages:`, a list where text
    /// belongs): findings about the design as a whole wait too.
    private var designDamaged = false

    init(_ design: ServiceDesign, problems: [SourceLocation]) {
        guard !problems.isEmpty else { return }
        var elements: [(location: SourceLocation, id: String, stage: String?)] = []
        func add(_ location: SourceLocation?, _ id: String?, stage: String? = nil) {
            if let location, let id { elements.append((location, id, stage)) }
        }
        for persona in design.personas { add(persona.origin.location, persona.id.rawValue) }
        for actor in design.actors { add(actor.origin.location, actor.id.rawValue) }
        for stage in design.stages { add(stage.origin.location, stage.id.rawValue) }
        for touchpoint in design.touchpoints {
            add(touchpoint.origin.location, touchpoint.id.rawValue, stage: touchpoint.stage.rawValue)
        }
        for study in design.evidence.research { add(study.origin.location, study.id.rawValue) }
        for metric in design.metrics { add(metric.origin.location, metric.id.rawValue) }
        for dataPoint in design.dataPoints { add(dataPoint.origin.location, dataPoint.id.rawValue) }
        for pain in design.painPoints { add(pain.origin.location, pain.id?.rawValue) }
        for opportunity in design.opportunities { add(opportunity.origin.location, opportunity.id?.rawValue) }
        for challenge in design.challenges { add(challenge.origin.location, challenge.id?.rawValue) }
        elements.sort { $0.location < $1.location }
        let topColumn = design.origin.location?.column ?? 1
        for problem in problems {
            if problem.column <= topColumn { designDamaged = true }
            // The innermost element around the problem: walk back from the last one before it.
            var index = elements.partitionIndex { !($0.location <= problem) }
            while index > 0 {
                index -= 1
                let element = elements[index]
                guard element.location.file == problem.file else { break }
                if element.location.column <= problem.column {
                    ids.insert(element.id)
                    if let stage = element.stage { ids.insert(stage) }
                    starts.insert(element.location)
                    break
                }
            }
        }
    }

    /// Whether a file problem explains the finding: it is about a damaged element, or one of
    /// its notes points at the start of one (a persona's research that has a bad date).
    /// Structural findings always stay: a dangling reference is wrong whatever else is.
    func explains(_ finding: Finding, rule: Rule) -> Bool {
        guard rule.family != .structural, rule.family != .suppression else { return false }
        if designDamaged, finding.element == nil { return true }
        guard !ids.isEmpty else { return false }
        if let element = finding.element, ids.contains(element) { return true }
        return finding.notes.contains { note in note.location.map(starts.contains) == true }
    }
}

extension Array {
    /// The index of the first element for which `belongsInSecondPartition` is true, in a
    /// collection partitioned by it (binary search).
    fileprivate func partitionIndex(where belongsInSecondPartition: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsInSecondPartition(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
