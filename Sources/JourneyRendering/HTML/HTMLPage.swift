import JourneyKit

/// A validator finding as the HTML page shows it: ``JourneyPage`` makes them from the
/// validator's diagnostics; a caller with findings of its own can give them to
/// ``HTMLPage/document(_:theme:findings:conformance:file:liveReload:)`` directly.
public struct PageFinding: Hashable, Sendable {
    /// `error`, `warning` or `info`: the finding's badge and the counts above the list.
    public var severity: String
    /// The rule's id (`DFES-5.3-01`, `FILE-UNKNOWN-FIELD`, `SETTINGS`), shown before the message.
    public var rule: String
    /// What was found, with what it rests on (the clause or heuristic) at its end.
    public var message: String
    /// The 1-based line in the journey file, when the finding has a place.
    public var line: Int?
    /// The 1-based column in the journey file, when the finding has a place.
    public var column: Int?
    /// The touchpoint the finding is about, when there is one.
    public var touchpoint: TouchpointID?
    /// The places of a finding that stands for several (one rule, one idea): each with what was
    /// found there, its line and touchpoint.
    public var places: [PageFinding] = []

    /// A finding; `touchpoint` links it to the touchpoint's details on the page.
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
    /// The standard or part the area belongs to, as the page groups the lines.
    public var group: String
    /// The area's key: a clause number (`5.3`) or a short name, as `journey conformance` prints it.
    public var clause: String
    /// What the area is about.
    public var title: String
    /// `covered`, `gaps` or `not assessed`: the line's badge.
    public var status: String
    /// How many of the area's rules pass and what fails, or why it was not assessed.
    public var detail: String

    /// A line of the summary.
    public init(group: String, clause: String, title: String, status: String, detail: String) {
        self.group = group
        self.clause = clause
        self.title = title
        self.status = status
        self.detail = detail
    }
}

/// The self-contained HTML page of a design: one file, nothing loaded from anywhere (a
/// Content-Security-Policy says so to the browser), the three views as inline SVG in tabs,
/// a persona filter, touchpoint details, the validator's findings and the conformance summary.
///
/// Every design text is escaped; the touchpoints reach the script as a JSON island in which
/// `<`, `>`, `&`, U+2028 and U+2029 are escaped, so no text can end the script element.
public enum HTMLPage {
    /// The page: the three views in tabs, a persona filter, touchpoint details, findings and
    /// conformance. `liveReload` is the path the page polls for a new version (preview only).
    public static func document(_ design: ServiceDesign, theme: Theme = .light, findings: [PageFinding] = [], conformance: [PageConformance] = [], file: String? = nil, liveReload: String? = nil) -> String {
        var touchpointIndex: [TouchpointID: Int] = [:]
        for (index, touchpoint) in design.touchpoints.enumerated() where touchpointIndex[touchpoint.id] == nil {
            touchpointIndex[touchpoint.id] = index
        }
        let title = Design.name(design.title, fallback: design.id)
        var body = PageSections.header(design, file: file)
        body += "<div class=\"layout\">\n<main id=\"views\">\n"
        body += PageSections.toolbar(design, theme: theme)
        body += PageViews.printPages(design, theme: theme)
        for view in JourneyView.allCases {
            let name = view.rawValue
            body += "<section role=\"tabpanel\" id=\"panel-\(name)\" aria-labelledby=\"tab-\(name)\" tabindex=\"0\">\n"
            body += "<h2 class=\"view-title\">\(PageSections.viewName(view))</h2>\n"
            body += "<div class=\"view\">\n"
            body += PageViews.svg(design, view: view, theme: theme)
            body += "</div>\n</section>\n"
        }
        body += "</main>\n<aside aria-label=\"Details, findings and conformance\">\n"
        body += PageSections.details
        body += PageSections.findings(findings, touchpoints: touchpointIndex)
        body += PageSections.conformance(conformance)
        body += "</aside>\n</div>\n"
        body += "<footer>Drawn by JourneyKit. Click or Tab to a touchpoint card for its details; the arrow keys move between the tabs.</footer>\n"
        body += "<script type=\"application/json\" id=\"journey-data\">\(HTMLText.jsonIsland(PageData(design, findings: findings)))</script>\n"
        body += "<script>\n\(PageScript.main)\(PageViewport.script)</script>\n"
        return page(title: title, theme: theme, body: body, liveReload: liveReload)
    }

    /// The page shown instead when the file cannot be read: its problems with their locations.
    public static func problems(file: String, messages: [String], liveReload: String? = nil) -> String {
        var body = "<header class=\"page-header\">\n<p class=\"kicker\">JourneyKit service design · <span class=\"file\"\(HTMLText.dir(file))>\(HTMLText.escape(file))</span></p>\n"
        body += "<h1>This file cannot be drawn</h1>\n"
        body += "<p>\(count(messages.count, "problem")) in <code\(HTMLText.dir(file))>\(HTMLText.escape(file))</code>. "
        body += liveReload == nil ? "Fix them and render again.</p>\n" : "Fix them and save: this page reloads by itself.</p>\n"
        body += "</header>\n<main>\n<section class=\"panel\" aria-labelledby=\"problems-title\">\n<h2 id=\"problems-title\">Problems</h2>\n"
        body += PageSections.problems(messages)
        body += "</section>\n</main>\n"
        return page(title: "Problems: \(file)", theme: .light, body: body, liveReload: liveReload)
    }

    /// The version baked into a page (its `journey-version` meta tag): what a live preview
    /// server answers at the `liveReload` path so that an open page reloads when it changes.
    /// It is a hash of the rest of the page, so it changes exactly when the page does.
    package static func version(of page: String) -> String? {
        guard let start = page.range(of: versionMarker) else { return nil }
        let rest = page[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static let versionMarker = "<meta name=\"journey-version\" content=\""
    static let versionPlaceholder = "@@JOURNEY-VERSION@@"

    /// The document around a body: language, viewport, the Content-Security-Policy (nothing
    /// but inline style and script, and images from data: URLs; `connect-src 'self'` only for
    /// the live preview's polling), the style sheet and the version.
    static func page(title: String, theme: Theme, body: String, liveReload: String?) -> String {
        var csp = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
        if liveReload != nil { csp += "; connect-src 'self'" }
        var head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
        head += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        head += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\" />\n"
        head += "<meta name=\"generator\" content=\"JourneyKit\" />\n"
        head += versionMarker + versionPlaceholder + "\" />\n"
        head += "<title>\(HTMLText.escape(title))</title>\n"
        head += "<style>\n\(PageStyle.css(theme))</style>\n"
        head += "</head>\n<body>\n"
        var tail = ""
        if let liveReload { tail += "<script>\n\(PageScript.liveReload(path: liveReload))</script>\n" }
        tail += "</body>\n</html>\n"
        let draft = head + body + tail
        return draft.replacing(versionPlaceholder, with: HTMLText.hash(draft), maxReplacements: 1)
    }
}
