/// A fault in what a design says about itself, found without any rule catalogue: an id used
/// twice, a reference to an id that does not exist, a score the declared scale does not have.
public struct IntegrityProblem: Hashable, Sendable, CustomStringConvertible {
    /// What kind of fault it is. JourneyValidation reports each kind under a rule of its own.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Two elements of the same kind share an id; each later one is reported, pointing at the first.
        case duplicateID = "duplicate-id"
        /// An element refers to an id that no element of the expected kind has.
        case danglingReference = "dangling-reference"
        /// An emotion score or a moment of truth's target lies outside the design's scale.
        case scoreOutOfScale = "score-out-of-scale"
        /// The emotion scale itself is wrong: min not below max, or neutral or a label off the
        /// scale. Scores are then not checked.
        case invalidScale = "invalid-scale"
        /// The design project lists a level of the service-excellence pyramid other than 1 to 4.
        case invalidPyramidLevel = "invalid-pyramid-level"
    }

    /// What kind of fault it is.
    public var kind: Kind
    /// What is wrong, in a designer's words, naming the elements and ids involved.
    public var message: String
    /// Where the fault is written; nil for a design built in Swift code.
    public var location: SourceLocation?
    /// A second place that explains the first, such as where an id was first used.
    public var related: SourceLocation?
    /// What ``related`` shows, such as `"pay" was first used here`; nil when there is no second place.
    public var relatedMessage: String?
    /// How to fix it, such as `did you mean "pay"?`; nil when there is no advice.
    public var hint: String?

    /// A problem as ``ServiceDesign/integrityProblems()`` reports it.
    ///
    /// - Parameters:
    ///   - kind: What kind of fault it is.
    ///   - message: What is wrong, in a designer's words.
    ///   - location: Where the fault is written.
    ///   - related: A second place that explains the first.
    ///   - relatedMessage: What the second place shows.
    ///   - hint: How to fix it.
    public init(
        kind: Kind, message: String, location: SourceLocation?, related: SourceLocation? = nil,
        relatedMessage: String? = nil, hint: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.related = related
        self.relatedMessage = relatedMessage
        self.hint = hint
    }

    /// `file:line:col: message`, or the message alone when the location is unknown.
    public var description: String {
        (location.map { "\($0): " } ?? "") + message
    }
}

extension ServiceDesign {
    /// Checks ids, references and scores; empty when the design is consistent.
    ///
    /// Reports, in this order: ids used twice within a kind, references to ids that do not
    /// exist (with the closest existing id as a suggestion, see ``Suggestion``), an invalid
    /// emotion scale, or else scores and targets off the scale, and pyramid levels other than
    /// 1 to 4. The journey's flow (unreachable touchpoints, dead ends, loops) is not checked
    /// here; ``JourneyGraph`` finds those.
    public func integrityProblems() -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        var firstSeen: [ElementKind: [String: SourceLocation?]] = [:]
        for element in identifiedElements {
            if let first = firstSeen[element.kind]?[element.id] {
                problems.append(IntegrityProblem(
                    kind: .duplicateID,
                    message: "\(element.kind.noun) id \"\(element.id)\" is used twice",
                    location: element.location, related: first,
                    relatedMessage: "\"\(element.id)\" was first used here",
                    hint: "give each \(element.kind.noun) its own id"))
            } else {
                firstSeen[element.kind, default: [:]][element.id] = element.location
            }
        }

        for reference in references where firstSeen[reference.kind]?[reference.id] == nil {
            let known = firstSeen[reference.kind].map { Array($0.keys).sorted() } ?? []
            let suggestion = Suggestion.closest(to: reference.id, among: known)
            problems.append(IntegrityProblem(
                kind: .danglingReference,
                message: "\(reference.holder) refers in \"\(reference.field)\" to \(reference.kind.noun) \"\(reference.id)\", which does not exist",
                location: reference.location,
                related: suggestion.flatMap { firstSeen[reference.kind]?[$0] ?? nil },
                relatedMessage: suggestion.map { "\(reference.kind.noun) \"\($0)\" is defined here" },
                hint: suggestion.map { "did you mean \"\($0)\"?" }
                    ?? (known.isEmpty ? "no \(reference.kind.noun) is defined in this design" : nil)))
        }

        let scaleProblems = scale.problems
        for text in scaleProblems {
            problems.append(IntegrityProblem(kind: .invalidScale, message: "the emotion scale is invalid: \(text)", location: origin.location(of: "scale")))
        }
        if scaleProblems.isEmpty {
            problems += scoreProblems()
        }
        for (index, level) in (project?.pyramidLevels ?? []).enumerated() where !(1...4).contains(level) {
            problems.append(IntegrityProblem(
                kind: .invalidPyramidLevel,
                message: "pyramid level \(level) does not exist; ISO 23592 has levels 1 to 4",
                location: project?.origin.location(of: "levels", item: index)))
        }
        return problems
    }

    private func scoreProblems() -> [IntegrityProblem] {
        let range = "\(scale.min.scoreText)…\(scale.max.scoreText)"
        var problems: [IntegrityProblem] = []
        for touchpoint in touchpoints {
            for reading in touchpoint.emotions where !scale.contains(reading.score) {
                problems.append(IntegrityProblem(
                    kind: .scoreOutOfScale,
                    message: "emotion score \(reading.score.scoreText) of \"\(reading.persona)\" at touchpoint \"\(touchpoint.id)\" is outside the scale \(range)",
                    location: reading.origin.location(of: "score"),
                    hint: "use a score from \(range), or declare another range under `scale:`"))
            }
            if let target = touchpoint.momentOfTruth?.target, !scale.contains(target) {
                problems.append(IntegrityProblem(
                    kind: .scoreOutOfScale,
                    message: "the moment of truth at \"\(touchpoint.id)\" targets \(target.scoreText), outside the scale \(range)",
                    location: touchpoint.momentOfTruth?.origin.location(of: "target"),
                    hint: "use a score from \(range)"))
            }
        }
        return problems
    }
}
