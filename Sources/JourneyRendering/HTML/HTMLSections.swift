import JourneyKit

/// The parts of the page around the pictures, as HTML text. Every design text goes through
/// ``HTMLText/escape(_:)``.
enum PageSections {
    static func e(_ text: String) -> String { HTMLText.escape(text) }
    /// The text's base direction as an attribute (see ``HTMLText/direction(_:)``).
    static func d(_ text: String) -> String { HTMLText.dir(text) }

    /// Title, facts and core proposition.
    static func header(_ design: ServiceDesign, file: String?) -> String {
        var facts: [String] = [design.kind == .actual ? "Actual journey" : "Planned journey"]
        if let version = design.version { facts.append("version \(version)") }
        if let status = design.status { facts.append(status.rawValue) }
        if let owner = design.owner { facts.append("owner: \(owner)") }
        facts.append(count(design.stages.count, "stage"))
        facts.append(count(design.touchpoints.count, "touchpoint"))
        facts.append(count(design.personas.count, "persona"))
        var html = "<header class=\"page-header\">\n"
        html += "<p class=\"kicker\">JourneyKit service design\(file.map { " · <span class=\"file\"\(d($0))>\(e($0))</span>" } ?? "")</p>\n"
        let title = Design.name(design.title, fallback: design.id)
        html += "<h1\(d(title))>\(e(title))</h1>\n"
        html += "<ul class=\"facts\">" + facts.map { "<li\(d($0))>\(e($0))</li>" }.joined() + "</ul>\n"
        if let proposition = design.coreProposition ?? design.summary {
            html += "<p class=\"proposition\"\(d(proposition))>\(e(proposition))</p>\n"
        }
        if let description = design.description, !description.trimmingSpaces.isEmpty {
            html += "<details class=\"description\"><summary>Description</summary><p\(d(description))>\(e(description))</p></details>\n"
        }
        html += "</header>\n"
        return html
    }

    /// The tab list, the persona filter and the zoom steps.
    static func toolbar(_ design: ServiceDesign, theme: Theme) -> String {
        var html = "<div class=\"toolbar needs-js\">\n<div role=\"tablist\" aria-label=\"Views\" class=\"tabs\">\n"
        for (index, view) in JourneyView.allCases.enumerated() {
            let selected = index == 0
            html += "<button type=\"button\" role=\"tab\" id=\"tab-\(view.rawValue)\" aria-controls=\"panel-\(view.rawValue)\" "
            html += "aria-selected=\"\(selected)\" tabindex=\"\(selected ? 0 : -1)\">\(viewName(view))</button>\n"
        }
        html += "</div>\n"
        if !design.personas.isEmpty {
            html += "<fieldset class=\"filter\" id=\"persona-filter\"><legend>Personas</legend>\n"
            for (index, persona) in design.personas.enumerated() {
                html += "<label><input type=\"checkbox\" checked=\"checked\" data-persona=\"\(index)\" /> "
                html += swatch(index, theme: theme)
                let name = Design.name(persona.name, fallback: persona.id)
                html += "<span\(d(name))>\(e(name))</span></label>\n"
            }
            html += "</fieldset>\n"
        }
        html += zoom
        html += "</div>\n"
        return html
    }

    /// The zoom steps (``PageViewport`` makes them work): buttons, so a keyboard reaches them,
    /// each saying whether it is the one in use; the level in words for a screen reader.
    static let zoom = """
        <div class="zoom" id="zoom" role="group" aria-label="Zoom (keys + and -, 0 for 100 %)">
        <span class="zoom-name" aria-hidden="true">Zoom</span>
        <button type="button" data-zoom="width" aria-pressed="false" title="The whole width in the window: an overview">Fit width</button>
        <button type="button" data-zoom="height" aria-pressed="false" title="The whole height in the window">Fit height</button>
        <button type="button" data-zoom="0.5" aria-pressed="false">50 %</button>
        <button type="button" data-zoom="1" aria-pressed="true">100 %</button>
        <button type="button" data-zoom="2" aria-pressed="false">200 %</button>
        <output class="zoom-level" id="zoom-level" aria-live="polite">100 %</output>
        </div>

        """

    static func viewName(_ view: JourneyView) -> String {
        switch view {
        case .map: "Journey map"
        case .blueprint: "Service blueprint"
        case .emotion: "Emotion curves"
        case .summary: "Stage summary"
        }
    }

    /// The persona's marker: its shape in its colour.
    static func swatch(_ index: Int, theme: Theme) -> String {
        let color = HTMLText.cssColor(theme.personaColor(index), fallback: "currentColor")
        let shape: String
        switch Theme.personaShape(index) {
        case .circle: shape = "<circle cx=\"7\" cy=\"7\" r=\"6\"/>"
        case .square: shape = "<rect x=\"1.5\" y=\"1.5\" width=\"11\" height=\"11\" rx=\"1.5\"/>"
        case .diamond: shape = "<path d=\"M7 0L14 7L7 14L0 7Z\"/>"
        case .hexagon: shape = "<path d=\"M13.5 7L10.25 12.6L3.75 12.6L0.5 7L3.75 1.4L10.25 1.4Z\"/>"
        }
        return "<svg class=\"swatch\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\" fill=\"\(color)\">\(shape)</svg>"
    }

    /// The validator's findings with counts: severity, rule, line and message each.
    static func findings(_ findings: [PageFinding], touchpoints: [TouchpointID: Int]) -> String {
        var html = "<section class=\"panel\" id=\"findings\" aria-labelledby=\"findings-title\">\n"
        html += "<h2 id=\"findings-title\">Findings</h2>\n"
        let order = ["error", "warning", "info"]
        let counts = order.map { severity in (severity, findings.filter { $0.severity == severity }.count) }
        let other = findings.count - counts.reduce(0) { $0 + $1.1 }
        if findings.isEmpty {
            html += "<p class=\"ok\"><span aria-hidden=\"true\">✓ </span>The validator found nothing to report.</p>\n</section>\n"
            return html
        }
        var summary = counts.filter { $0.1 > 0 }.map { count($0.1, $0.0 == "info" ? "note" : $0.0) }
        if other > 0 { summary.append(count(other, "other finding")) }
        html += "<p class=\"counts\">\(summary.joined(separator: ", "))</p>\n"
        // A list rather than a table: the column beside the pictures is narrow.
        html += "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Findings list\">\n<ol class=\"findings\">\n"
        for finding in findings {
            html += "<li class=\"finding sev-\(cssWord(finding.severity))\"><div class=\"finding-head\">"
            html += "<span class=\"sev\">\(mark(finding.severity))\(e(finding.severity))</span> <code class=\"rule\">\(e(finding.rule))</code>"
            if let line = finding.line {
                html += " <span class=\"line\">line \(line)\(finding.column.map { ":\($0)" } ?? "")</span>"
            }
            html += "</div><p\(d(finding.message))>\(e(finding.message))"
            if let id = finding.touchpoint, let index = touchpoints[id] {
                html += " <button type=\"button\" class=\"show-tp needs-js\" data-tp=\"\(index)\">show touchpoint</button>"
            }
            html += "</p>"
            if !finding.places.isEmpty {
                html += "<ul class=\"places\">"
                for place in finding.places {
                    html += "<li\(d(place.message))>"
                    if let line = place.line { html += "<span class=\"line\">line \(line)</span> " }
                    html += e(place.message)
                    if let id = place.touchpoint, let index = touchpoints[id] {
                        html += " <button type=\"button\" class=\"show-tp needs-js\" data-tp=\"\(index)\">show touchpoint</button>"
                    }
                    html += "</li>"
                }
                html += "</ul>"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</div>\n</section>\n"
        return html
    }

    static func mark(_ severity: String) -> String {
        switch severity {
        case "error": "<span aria-hidden=\"true\">✕ </span>"
        case "warning": "<span aria-hidden=\"true\">▲ </span>"
        default: "<span aria-hidden=\"true\">● </span>"
        }
    }

    /// Letters, digits and hyphens only, for class names.
    static func cssWord(_ text: String) -> String {
        String(text.lowercased().map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-" }.prefix(30))
    }

    /// The conformance summary, a table per group.
    static func conformance(_ entries: [PageConformance]) -> String {
        var html = "<section class=\"panel\" id=\"conformance\" aria-labelledby=\"conformance-title\">\n"
        html += "<h2 id=\"conformance-title\">Conformance</h2>\n"
        guard !entries.isEmpty else {
            return html + "<p class=\"muted\">No conformance summary for this page.</p>\n</section>\n"
        }
        let covered = entries.filter { $0.status == "covered" }.count
        let gaps = entries.filter { $0.status == "gaps" }.count
        html += "<p class=\"counts\">\(covered) covered, \(gaps) with gaps, \(entries.count - covered - gaps) not assessed</p>\n"
        var groups: [String] = []
        for entry in entries where !groups.contains(entry.group) { groups.append(entry.group) }
        for group in groups {
            html += "<table class=\"conformance\">\n<caption\(d(group))>\(e(group))</caption>\n"
            html += "<thead><tr><th scope=\"col\">Area</th><th scope=\"col\">Status</th><th scope=\"col\">Detail</th></tr></thead>\n<tbody>\n"
            for entry in entries where entry.group == group {
                let symbol = entry.status == "covered" ? "✓" : entry.status == "gaps" ? "!" : "–"
                html += "<tr class=\"st-\(cssWord(entry.status))\"><th scope=\"row\"\(d(entry.title))>\(e(entry.title))</th>"
                html += "<td><span class=\"status\"><span aria-hidden=\"true\">\(symbol) </span>\(e(entry.status))</span></td>"
                html += "<td\(d(entry.detail))>\(e(entry.detail))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "</section>\n"
        return html
    }

    /// The details panel, filled by the script.
    static let details = """
        <section class="panel needs-js" id="details" aria-labelledby="details-title">
        <h2 id="details-title">Touchpoint</h2>
        <div id="details-body" aria-live="polite"><p class="muted">Select a touchpoint card in the map or the blueprint (click it, or Tab to it) to see its details here.</p></div>
        </section>

        """

    /// The problems of a file that could not be read, each with its place.
    static func problems(_ messages: [String]) -> String {
        guard !messages.isEmpty else { return "<p>The file could not be read.</p>\n" }
        var html = "<ol class=\"problems\">\n"
        for message in messages {
            var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let first = lines.isEmpty ? message : lines.removeFirst()
            html += "<li>"
            if let (place, rest) = HTMLText.located(first) {
                html += "<code class=\"place\"\(d(place))>\(e(place))</code> <span\(d(rest))>\(e(rest))</span>"
            } else {
                html += "<span\(d(first))>\(e(first))</span>"
            }
            for line in lines where !line.trimmingSpaces.isEmpty {
                html += "<br /><span class=\"muted\"\(d(line.trimmingSpaces))>\(e(line.trimmingSpaces))</span>"
            }
            html += "</li>\n"
        }
        html += "</ol>\n"
        return html
    }
}
