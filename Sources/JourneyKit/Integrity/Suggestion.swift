/// "Did you mean …?": the closest candidate to a misspelt name, if one is close enough to be
/// a plausible typo.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a typo of it.
    ///
    /// Names compare case-insensitively by edit distance (insertions, deletions, substitutions
    /// and swaps of two neighbouring characters, counted in Unicode scalars). A candidate is
    /// close enough within about one edit per three characters of `word`: at least one edit,
    /// at most four. On a tie the candidate that comes first wins, so pass them in a stable order.
    ///
    /// ```swift
    /// Suggestion.closest(to: "pyament", among: ["pay", "payment", "leave"])  // "payment"
    /// Suggestion.closest(to: "xyz", among: ["pay"])                           // nil
    /// ```
    ///
    /// - Returns: The candidate as given, or nil when `word` is empty or none is close enough.
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String?
    where S.Element == String {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // Allow about one edit in three characters, at least one, at most four.
        let allowed = Swift.max(1, Swift.min(4, (target.count + 2) / 3))
        return best.distance <= allowed ? best.name : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > 8 { return abs(a.count - b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = Swift.min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
