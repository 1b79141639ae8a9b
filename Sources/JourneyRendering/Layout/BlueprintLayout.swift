import JourneyKit

/// The service blueprint (Shostack; Bitner, Ostrom and Morgan): physical evidence, customer
/// actions, the line of interaction, frontstage, the line of visibility, backstage, the line of
/// internal interaction and support processes, one column per step, with the flow as arrows,
/// pain points as fail points and where data is captured and used.
public enum BlueprintLayout {
    /// The lane a touchpoint is drawn in: its own, else customer when a customer takes part,
    /// backstage for systems, frontstage otherwise.
    public static func lane(of touchpoint: Touchpoint, in design: ServiceDesign) -> Lane {
        if let lane = touchpoint.lane { return lane }
        let kinds = touchpoint.actors.compactMap { id in design.actors.first { $0.id == id }?.kind }
        if kinds.contains(.customer) { return .customer }
        if touchpoint.channel == .system { return .backstage }
        return .frontstage
    }

    static let lines: [Lane: String] = [.customer: "line of interaction", .frontstage: "line of visibility", .backstage: "line of internal interaction"]

    public static func scene(_ design: ServiceDesign, theme: Theme = .light) -> Scene {
        let graph = JourneyGraph(design)
        let columns = Columns(design, left: 32 + MapLayout.gutter, width: 196, gap: MapLayout.gap, stageGap: MapLayout.stageGap)
        var canvas = Canvas(theme: theme, width: max(columns.right + 32, 1_160))
        canvas.header(design, view: "Service blueprint")
        canvas.stageBand(columns, design: design)
        let edges = columns.flow(graph)
        canvas.flowBand(columns, edges: edges, label: "Flow")
        let painful = Set(design.painPoints.flatMap(\.touchpoints))
        var cardMiddle: [Int: Double] = [:]
        for lane in Lane.allCases {
            let top = canvas.y
            var stacks: [Int: Stack] = [:]
            for (index, column) in columns.columns.enumerated() {
                guard let touchpoint = column.touchpoint, BlueprintLayout.lane(of: touchpoint, in: design) == lane else { continue }
                stacks[index] = canvas.cardStack(touchpoint, number: columns.number(atColumn: index) ?? index + 1, x: column.x, top: top, width: columns.width, design: design,
                                                 columns: columns, graph: graph, showLane: false, failPoint: painful.contains(touchpoint.id))
            }
            // Physical evidence: the channel of each customer or frontstage step.
            var chips: [Int: Touchpoint] = [:]
            if lane == .evidence {
                for (index, column) in columns.columns.enumerated() where stacks[index] == nil {
                    guard let touchpoint = column.touchpoint, let _ = touchpoint.channel else { continue }
                    let own = BlueprintLayout.lane(of: touchpoint, in: design)
                    if own == .customer || own == .frontstage { chips[index] = touchpoint }
                }
            }
            let height = max(56, (stacks.values.map(\.height).max() ?? 0) + 20)
            let bandIndex = canvas.items.count
            for (index, column) in columns.columns.enumerated() {
                let card = Rect(x: column.x, y: top, width: columns.width, height: height)
                if let stack = stacks[index], let touchpoint = column.touchpoint {
                    let moment = touchpoint.momentOfTruth != nil
                    var group: [SceneItem] = [.box(BoxShape(card, fill: theme.surface, stroke: Stroke(moment ? theme.accent : theme.hairline, width: moment ? 2.5 : 1), radius: 8))]
                    group += stack.finished(container: card.inset(by: 4))
                    canvas.add(.group(group, tooltip: nil, role: Hooks.touchpoint(column.designIndex)))
                    cardMiddle[index] = top + 18
                } else if let touchpoint = chips[index] {
                    let chip = Rect(x: column.x + 10, y: top + 10, width: columns.width - 20, height: 36)
                    var group: [SceneItem] = [
                        .box(BoxShape(chip, fill: theme.surface, stroke: Stroke(theme.hairline, dash: [3, 3]), radius: 6)),
                        Icons.channel(touchpoint.channel, in: Rect(x: chip.x + 10, y: chip.y + 10, width: 16, height: 16), color: theme.muted),
                    ]
                    let text = "\(touchpoint.channel?.rawValue ?? "") at \(index + 1)"
                    if let block = Typeset.block(text, x: chip.x + 34, top: chip.y + 10, width: chip.width - 44, style: Styles.small, color: theme.muted,
                                                 maxLines: 1, container: chip) { group.append(.text(block)) }
                    canvas.add(.group(group, tooltip: nil, role: "evidence"))
                }
            }
            canvas.rowBand(label: lane.title, top: top, height: height, gutter: MapLayout.gutter, tinted: lane == .customer || lane == .backstage, insertAt: bandIndex)
            canvas.y = top + height
            if let name = lines[lane] {
                let lineY = canvas.y + 13
                canvas.add(.path(PathShape([.move(Point(canvas.margin, lineY)), .line(Point(canvas.width - canvas.margin, lineY))],
                                           stroke: Stroke(theme.muted, width: 1.2, dash: lane == .customer ? [] : [8, 4]))))
                let style = Styles.label
                let textWidth = style.width(of: name) + 2
                canvas.add(.box(BoxShape(Rect(x: canvas.margin + 6, y: lineY - 7, width: textWidth + 8, height: 14), fill: theme.background)))
                if let block = Typeset.block(name, x: canvas.margin + 10, top: lineY - style.lineHeight / 2, width: textWidth, style: style, color: theme.muted,
                                             maxLines: 1, container: Rect(x: canvas.margin, y: lineY - 9, width: canvas.contentWidth, height: 18)) {
                    canvas.add(.text(block))
                }
                canvas.y += 26
            } else {
                canvas.y += 10
            }
        }
        // Arrows between neighbouring columns, across lanes with an elbow in the gap.
        for edge in edges where edge.to == edge.from + 1 {
            guard let y0 = cardMiddle[edge.from], let y1 = cardMiddle[edge.to] else { continue }
            let x0 = columns.columns[edge.from].x + columns.width + 1
            let x1 = columns.columns[edge.to].x - 1
            let mid = (x0 + x1) / 2
            let commands: [PathCommand] = y0 == y1
                ? [.move(Point(x0, y0)), .line(Point(x1, y1))]
                : [.move(Point(x0, y0)), .line(Point(mid, y0)), .line(Point(mid, y1)), .line(Point(x1, y1))]
            canvas.add(.path(PathShape(commands, stroke: Stroke(theme.flow, width: 1.3), arrow: true)))
        }
        canvas.y += 4
        canvas.failAndDataRows(columns, design: design)
        canvas.legend(design, items: LegendSymbol.present(in: design, columns: columns, edges: edges, candidates: [.momentOfTruth, .failPoint, .dataCaptured, .dataUsed, .flowForward, .flowBack]))
        return canvas.scene(title: JourneyView.blueprint.title(for: design), summary: Summary.blueprint(design), cuts: columns.cuts)
    }
}

extension Canvas {
    /// Fail points (pain points on the steps they hurt) and data points (where captured, where used).
    mutating func failAndDataRows(_ columns: Columns, design: ServiceDesign) {
        var fails: [(ClosedRange<Int>, String, String?)] = []
        for pain in design.painPoints {
            for span in SpanPacking.runs(pain.touchpoints.compactMap { columns.indexByID[$0] }) {
                fails.append((span, pain.title, pain.severity.map { "\($0.rawValue) severity" }))
            }
        }
        spanRow("Fail points", columns: columns, entries: fails, kind: .pain)
        var data: [(ClosedRange<Int>, String, String?)] = []
        var used: [(ClosedRange<Int>, String, String?)] = []
        for point in design.dataPoints {
            if let at = point.capturedAt, let index = columns.indexByID[at] {
                data.append((index...index, point.name, point.personal ? "captured · personal data" : "captured"))
            }
            for span in SpanPacking.runs(point.usedBy.compactMap { columns.indexByID[$0] }) {
                used.append((span, point.name, "used"))
            }
        }
        spanRow("Data captured", columns: columns, entries: data, kind: .dataCaptured)
        spanRow("Data used", columns: columns, entries: used, kind: .dataUsed)
    }
}

extension Summary {
    static func blueprint(_ design: ServiceDesign) -> String {
        var counts: [Lane: Int] = [:]
        for touchpoint in design.touchpoints { counts[BlueprintLayout.lane(of: touchpoint, in: design), default: 0] += 1 }
        let lanes = Lane.allCases.map { "\($0.title.lowercased()) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        let fails = Set(design.painPoints.flatMap(\.touchpoints)).count
        return clip("Service blueprint with \(design.touchpoints.count) steps in \(design.stages.count) stages. Steps per lane: \(lanes). \(fails) steps are fail points; \(design.dataPoints.count) data points.")
    }
}
