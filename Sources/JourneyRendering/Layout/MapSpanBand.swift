import JourneyKit

extension Canvas {
    /// Pain points, opportunities and metrics in one band, laid out per stage: in each stage the
    /// pain points first, then the opportunities, then the metrics, each box right below the
    /// boxes already over its columns (so in every column pain points come above opportunities
    /// and those above metrics). So each stage, and each column, is as tall as its own content,
    /// not as the tallest stack of each kind anywhere on the map. A box whose touchpoints lie in two stages
    /// is drawn in each (and on each page it appears on).
    mutating func spanBand(_ columns: Columns, design: ServiceDesign) {
        struct Entry {
            var span: ClosedRange<Int>
            var title: String
            var detail: String?
            var kind: SpanKind
        }
        var entries: [Entry] = []
        func collect(_ ids: [TouchpointID], _ title: String, _ detail: String?, _ kind: SpanKind) {
            for run in SpanPacking.runs(ids.compactMap { columns.indexByID[$0] }) {
                for stage in columns.spans where stage.first <= run.upperBound && stage.last >= run.lowerBound {
                    entries.append(Entry(span: max(run.lowerBound, stage.first)...min(run.upperBound, stage.last), title: title, detail: detail, kind: kind))
                }
            }
        }
        for pain in design.painPoints { collect(pain.touchpoints, pain.title, pain.severity.map { "\($0.rawValue) severity" }, .pain) }
        for idea in design.opportunities {
            let facts = [idea.status?.rawValue, idea.owner].compactMap { $0 }
            collect(idea.touchpoints, idea.title, facts.isEmpty ? nil : facts.joined(separator: " · "), .opportunity)
        }
        for metric in design.metrics { collect(metric.touchpoints, metric.name, metric.target.map { "target: \($0)" }, .metric) }
        guard !entries.isEmpty else { return }
        let top = y + 8
        let index = items.count
        var bottom = top
        let kinds: [(SpanKind, String)] = [(.pain, "pain-points"), (.opportunity, "opportunities"), (.metric, "metrics")]
        for stage in columns.spans {
            var skyline: [Int: Double] = [:]
            for (kind, role) in kinds {
                let mine = entries.filter { $0.kind == kind && $0.span.lowerBound >= stage.first && $0.span.upperBound <= stage.last }
                guard !mine.isEmpty else { continue }
                let levels = SpanPacking.levels(mine.map(\.span))
                let order = zip(mine.indices, levels).sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.0)
                for entryIndex in order {
                    let entry = mine[entryIndex]
                    let x = columns.columns[entry.span.lowerBound].x
                    let width = columns.columns[entry.span.upperBound].x + columns.width - x
                    let height = max(34, spanContent(entry.title, detail: entry.detail, kind: kind, x: x, width: width, top: 0).height)
                    let boxTop = entry.span.map { skyline[$0] ?? top }.max() ?? top
                    add(spanBox(entry.title, detail: entry.detail, kind: kind, box: Rect(x: x, y: boxTop, width: width, height: height), role: role))
                    for column in entry.span { skyline[column] = boxTop + height + 6 }
                }
            }
            bottom = max(bottom, (skyline.values.max() ?? top) - 6)
        }
        let present = kinds.filter { kind in entries.contains { $0.kind == kind.0 } }.map(\.0)
        let names = present.map { kind -> String in
            switch kind {
            case .pain: "Pain points"
            case .opportunity: "opportunities"
            default: "metrics"
            }
        }
        var label = names.first ?? ""
        if names.count > 1 { label = names.dropLast().joined(separator: ", ") + " and " + names.last! }
        label = label.prefix(1).uppercased() + label.dropFirst()
        rowBand(label: label, top: top - 8, height: bottom - top + 16, gutter: MapLayout.gutter, tinted: true, insertAt: index)
        y = bottom + 8 + 10
    }
}
