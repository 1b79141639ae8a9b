import JourneyKit

/// A validator finding as the HTML page shows it (the page does not depend on the validator).
public struct PageFinding: Hashable, Sendable {
    public var severity: String
    public var rule: String
    public var message: String
    public var line: Int?
    public var column: Int?
    /// The touchpoint the finding is about, when there is one.
    public var touchpoint: TouchpointID?

    public init(severity: String, rule: String, message: String, line: Int? = nil, column: Int? = nil, touchpoint: TouchpointID? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.line = line
        self.column = column
        self.touchpoint = touchpoint
    }
}

/// One line of the conformance summary as the page shows it.
public struct PageConformance: Hashable, Sendable {
    public var group: String
    public var clause: String
    public var title: String
    /// covered, gaps or not assessed
    public var status: String
    public var detail: String

    public init(group: String, clause: String, title: String, status: String, detail: String) {
        self.group = group
        self.clause = clause
        self.title = title
        self.status = status
        self.detail = detail
    }
}

/// The self-contained HTML page of a design. (Being built.)
public enum HTMLPage {
    /// The page: the three views in tabs, a persona filter, touchpoint details, findings and
    /// conformance. `liveReload` is the path the page polls for a new version (preview only).
    public static func document(_ design: ServiceDesign, theme: Theme = .light, findings: [PageFinding] = [], conformance: [PageConformance] = [], file: String? = nil, liveReload: String? = nil) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>journey</title></head><body></body></html>\n"
    }

    /// The page shown instead when the file cannot be read: its problems with their locations.
    public static func problems(file: String, messages: [String], liveReload: String? = nil) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>problems</title></head><body></body></html>\n"
    }
}
