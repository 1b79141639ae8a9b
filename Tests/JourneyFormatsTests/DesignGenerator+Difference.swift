import JourneyKit

/// What differs between a generated design and what came back, for failure messages.
extension DesignGenerator {
    /// The first place where the designs differ, as a path (`design.touchpoints[2].emotions[0].thought`)
    /// with both values; nil when reflection finds no difference. Source origins are left out:
    /// they never count.
    static func difference(_ expected: ServiceDesign, _ actual: ServiceDesign?) -> String? {
        firstDifference(expected, actual as Any, path: "design")
    }

    /// The first line where two texts differ, with its number and both versions.
    static func firstDifferentLine(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let x = index < left.count ? String(left[index]) : nil, y = index < right.count ? String(right[index]) : nil
            if x != y { return "line \(index + 1): expected \(x.debugDescription), got \(y.debugDescription)" }
        }
        return "no line differs"
    }

    static func firstDifference(_ expected: Any, _ actual: Any, path: String) -> String? {
        switch (unwrapped(expected), unwrapped(actual)) {
        case (nil, nil): return nil
        case (let x?, nil): return "\(path): expected \(String(reflecting: x).prefix(2_000)), got nil"
        case (nil, let y?): return "\(path): expected nil, got \(String(reflecting: y).prefix(2_000))"
        case (let x?, let y?): return firstInValues(x, y, path: path)
        }
    }

    /// The value inside any number of optionals, or nil.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        guard let child = mirror.children.first else { return nil }
        return unwrapped(child.value)
    }

    private static func firstInValues(_ expected: Any, _ actual: Any, path: String) -> String? {
        if let x = expected as? Double, let y = actual as? Double { return x == y ? nil : "\(path): \(x) ≠ \(y)" }
        let left = Mirror(reflecting: expected), right = Mirror(reflecting: actual)
        let leftChildren = Array(left.children), rightChildren = Array(right.children)
        if leftChildren.isEmpty || rightChildren.isEmpty {
            let (x, y) = (String(reflecting: expected), String(reflecting: actual))
            return x == y ? nil : "\(path): expected \(x.prefix(2_000)), got \(y.prefix(2_000))"
        }
        if left.displayStyle == .collection || left.displayStyle == .set {
            for (index, pair) in zip(leftChildren, rightChildren).enumerated() {
                if let found = firstDifference(pair.0.value, pair.1.value, path: "\(path)[\(index)]") { return found }
            }
            return leftChildren.count == rightChildren.count
                ? nil : "\(path): expected \(leftChildren.count) items, got \(rightChildren.count)"
        }
        guard leftChildren.map(\.label) == rightChildren.map(\.label) else {
            return "\(path): expected \(String(reflecting: expected).prefix(2_000)), got \(String(reflecting: actual).prefix(2_000))"
        }
        for (x, y) in zip(leftChildren, rightChildren) where x.label != "origin" {
            let step = x.label.map { ".\($0)" } ?? ""
            if let found = firstDifference(x.value, y.value, path: path + step) { return found }
        }
        return nil
    }
}
