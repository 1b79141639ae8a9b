/// A fault in what a design says about itself, found without any rule catalogue: an id used
/// twice, a reference to an id that does not exist, a score the declared scale does not have.
public struct IntegrityProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case duplicateID = "duplicate-id"
        case danglingReference = "dangling-reference"
        case scoreOutOfScale = "score-out-of-scale"
        case invalidScale = "invalid-scale"
        case invalidPyramidLevel = "invalid-pyramid-level"
    }

    public var kind: Kind
    public var message: String
    public var location: SourceLocation?
    /// A second place that explains the first, such as where an id was first used.
    public var related: SourceLocation?
    public var relatedMessage: String?
    public var hint: String?

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

    public var description: String {
        (location.map { "\($0): " } ?? "") + message
    }
}

extension ServiceDesign {
    /// Checks ids, references and scores; empty when the design is consistent.
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
