import JourneyKit

/// The service blueprint (Shostack; Bitner, Ostrom and Morgan): physical evidence, customer
/// actions, the line of interaction, frontstage, the line of visibility, backstage, the line of
/// internal interaction and support processes. One column per customer action; every other step
/// sits in the column of the customer action it supports (`BlueprintPlacement`), with
/// `supportedBy` drawn as dotted links, the flow as arrows from card to card, pain points as fail
/// points and where data is captured and used.
public enum BlueprintLayout {
    /// The lane a touchpoint is drawn in: its own, else customer when a customer takes part,
    /// backstage for systems, customer when nobody is named (a journey told from the customer's
    /// side, without actors), frontstage otherwise.
    public static func lane(of touchpoint: Touchpoint, in design: ServiceDesign) -> Lane {
        if let lane = touchpoint.lane { return lane }
        let kinds = touchpoint.actors.compactMap { id in design.actors.first { $0.id == id }?.kind }
        if kinds.contains(.customer) { return .customer }
        if touchpoint.channel == .system { return .backstage }
        if touchpoint.actors.isEmpty { return .customer }
        return .frontstage
    }

    static let lines: [Lane: String] = [.customer: "line of interaction", .frontstage: "line of visibility", .backstage: "line of internal interaction"]
    static let columnWidth = 196.0
    static let gap = 40.0

    /// The blueprint of `design` as geometry: cards carry the touchpoint numbers of every view
    /// (``TouchpointNumbers``) and the hook `touchpoint jk-tp jk-tp-N` (N: the place in the
    /// design's list), support links the role `supports`, data boxes the role `data`.
    public static func scene(_ design: ServiceDesign, theme: Theme = .light) -> Scene {
        let graph = JourneyGraph(design)
        let placement = BlueprintPlacement(design, left: 32 + MapLayout.gutter + gap, width: columnWidth, gap: gap, stageGap: MapLayout.stageGap)
        let columns = placement.columns
        var canvas = Canvas(theme: theme, width: max(columns.right + gap + 32, 1_160))
        canvas.header(design, view: "Service blueprint")
        canvas.stageBand(columns, design: design)
        let edges = BlueprintFlow.edges(design, graph: graph, placement: placement)
        let bandLevels = BlueprintFlow.bandLevels(edges, placement: placement)
        let bandTop = canvas.y
        let levelCount = (bandLevels.values.max() ?? -1) + 1
        if levelCount > 0 { canvas.y += Double(levelCount) * BlueprintFlow.levelStep + 12 }
        let bandBottom = canvas.y
        let painful = Set(design.painPoints.flatMap(\.touchpoints))
        var cards: [Int: Rect] = [:]
        var rows: [Lane: (top: Double, bottom: Double)] = [:]
        for lane in BlueprintPlacement.lanes {
            let top = canvas.y
            let bandIndex = canvas.items.count
            var bottom = top + 44
            for (index, column) in columns.columns.enumerated() {
                var y = top + 10
                for place in placement.cells[index]?[lane] ?? [] {
                    let touchpoint = design.touchpoints[place]
                    let number = columns.numbers.number(atPlace: place) ?? place + 1
                    let stack = canvas.cardStack(touchpoint, number: number, x: column.x, top: y, width: columns.width, design: design,
                                                 columns: columns, graph: graph, showLane: false, failPoint: painful.contains(touchpoint.id))
                    let card = Rect(x: column.x, y: y, width: columns.width, height: max(76, stack.height + 20))
                    let moment = touchpoint.momentOfTruth != nil
                    var group: [SceneItem] = [.box(BoxShape(card, fill: theme.surface, stroke: Stroke(moment ? theme.accent : theme.hairline, width: moment ? 2.5 : 1), radius: 8))]
                    group += stack.finished(container: card.inset(by: 4))
                    canvas.add(.group(group, tooltip: nil, role: Hooks.touchpoint(place)))
                    cards[place] = card
                    y = card.maxY + 12
                    bottom = max(bottom, card.maxY + 10)
                }
                // Physical evidence of a customer action without an evidence step: its channel.
                if lane == .evidence, placement.cells[index]?[.evidence] == nil, let place = column.designIndex, placement.lane[place] == .customer,
                   let channel = design.touchpoints[place].channel {
                    canvas.evidenceChip(channel, in: Rect(x: column.x + 10, y: top + 10, width: columns.width - 20, height: 30))
                }
            }
            canvas.rowBand(label: lane.title, top: top, height: bottom - top, gutter: MapLayout.gutter, tinted: lane == .customer || lane == .backstage, insertAt: bandIndex)
            rows[lane] = (top, bottom)
            canvas.y = bottom
            if let name = lines[lane] {
                canvas.laneLine(name, y: canvas.y + 13, solid: lane == .customer)
                canvas.y += 26
            } else {
                canvas.y += 10
            }
        }
        var tracks = ChannelTracks(columns)
        let links = canvas.supportLinks(placement, cards: cards, rows: rows, tracks: &tracks)
        let drawn = canvas.flowArrows(edges, placement: placement, cards: cards, levels: bandLevels, bandBottom: bandBottom, tracks: &tracks)
        if levelCount > 0 { canvas.flowBandLabel(top: bandTop, height: bandBottom - bandTop) }
        canvas.y += 4
        let data = canvas.failAndDataRows(columns, design: design)
        var symbols = LegendSymbol.present(in: design, columns: columns, edges: [], candidates: [.momentOfTruth, .failPoint])
        if data.captured { symbols.append(.dataCaptured) }
        if data.used { symbols.append(.dataUsed) }
        if drawn.forward { symbols.append(.flowForward) }
        if drawn.back { symbols.append(.flowBack) }
        if links > 0 { symbols.append(.supports) }
        canvas.legend(design, items: symbols, personas: false)
        return canvas.scene(title: JourneyView.blueprint.title(for: design), summary: Summary.blueprint(design), cuts: columns.cuts)
    }
}

extension Canvas {
    /// Fail points (pain points on the steps they hurt) and data points (where captured, where
    /// used). Returns whether captured and used data were drawn, for the key.
    mutating func failAndDataRows(_ columns: Columns, design: ServiceDesign) -> (captured: Bool, used: Bool) {
        var fails: [(ClosedRange<Int>, String, String?)] = []
        for pain in design.painPoints {
            for span in SpanPacking.runs(pain.touchpoints.compactMap { columns.indexByID[$0] }) {
                fails.append((span, pain.title, pain.severity.map { "\($0.rawValue) severity" }))
            }
        }
        spanRow("Fail points", columns: columns, entries: fails, kind: .pain)
        return dataRow(columns, design: design)
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
