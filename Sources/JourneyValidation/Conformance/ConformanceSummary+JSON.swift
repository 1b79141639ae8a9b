import Foundation

extension ConformanceSummary {
    /// The conformance summary of one file as `journey conformance --format json` prints it.
    public struct Report: Codable, Hashable, Sendable {
        /// One area: a principle, an activity or a pyramid level.
        public struct Area: Codable, Hashable, Sendable {
            /// The area's key: a clause number (`4.2`, `5.3`) or a pyramid level.
            public var area: String
            /// The group the area belongs to (principles, activities, pyramid).
            public var group: String
            /// What the area is about.
            public var title: String
            /// `covered`, `gaps` or `not assessed`.
            public var status: String
            /// How many of the area's rules ran.
            public var assessed: Int
            /// How many of those passed.
            public var passed: Int
            /// Error findings in the area.
            public var errors: Int
            /// Warning findings in the area.
            public var warnings: Int
            /// Info findings (notes) in the area.
            public var notes: Int
            /// Findings suppressed in the design file, with a reason.
            public var suppressed: Int
            /// The ids of the area's rules that found something.
            public var failingRules: [String]
            /// Why the area was not assessed; absent when it was.
            public var reason: String?
        }

        /// The file as the user named it.
        public var file: String
        /// False when errors in the file's format or structure left every area not assessed.
        public var assessable: Bool
        /// The ids of those errors.
        public var blockingRules: [String]
        /// Every area, in the standards' order.
        public var areas: [Area]
    }

    /// The summary as a ``Report`` of the file `file`.
    public func report(file: String) -> Report {
        Report(file: file, assessable: isAssessable, blockingRules: blockingRules, areas: entries.map { entry in
            Report.Area(
                area: entry.area.key, group: entry.area.group.rawValue, title: entry.area.title,
                status: entry.status.rawValue, assessed: entry.assessed, passed: entry.passed, errors: entry.errors,
                warnings: entry.warnings, notes: entry.notes, suppressed: entry.suppressed,
                failingRules: entry.failingRules, reason: entry.reason)
        })
    }

    /// ``report(file:)`` as JSON: pretty-printed, keys sorted.
    public func json(file: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(report(file: file))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
