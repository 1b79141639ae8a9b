import JourneyKit
import Yams

/// The fix for a value of the wrong shape, read from the value itself.
enum ValueHint {
    /// For text where a number belongs: a number in quotes loses its quotes; an emotion score
    /// names the design's scale and its labels, and the score of a label written as the score.
    static func number(for node: Node, scale: EmotionScale?) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        let text = scalar.string.trimmingSpaces()
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted, let value = Double(text), value.isFinite {
            return "remove the quotes: write \(text), not \(scalar.style == .singleQuoted ? "'\(scalar.string)'" : "\"\(scalar.string)\""); a number in quotes is text"
        }
        guard let scale else { return nil }
        let range = "a number from \(scale.min.scoreText) to \(scale.max.scoreText)"
        if let label = scale.labels.first(where: { $0.text.sameLabel(as: text) }) {
            return "write \(label.score.scoreText): the design's scale names \(label.score.scoreText) \"\(label.text)\"; a score is \(range)"
        }
        if scale.labels.isEmpty {
            return "write \(range) (\(scale.neutral.scoreText) is neutral); to name the points of the scale, add `labels:` under `scale:`"
        }
        let labels = scale.labels.map { "\($0.score.scoreText) = \($0.text)" }.joined(separator: ", ")
        return "write \(range), on the design's scale: \(labels)"
    }

    /// A title made an id: lower case, words joined by `-`, at most 40 characters; nil when
    /// nothing of it can be an id.
    static func slug(_ title: String) -> String? {
        var words: [String] = []
        var word = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var id = ""
        for word in words {
            let next = id.isEmpty ? word : id + "-" + word
            if next.count > 40, !id.isEmpty { break }
            id = String(next.prefix(40))
        }
        return id.isEmpty ? nil : id
    }
}

private extension String {
    /// Equal ignoring letter case and the spaces around.
    func sameLabel(as other: String) -> Bool {
        trimmingSpaces().lowercased() == other.trimmingSpaces().lowercased()
    }
}
