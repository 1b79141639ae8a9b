import JourneyKit

/// The flow of a blueprint from card to card: which steps follow which, and which of those
/// arrows need the band above the lanes (jumps over columns and loops back).
enum BlueprintFlow {
    /// One arrow: from the step at place `from` to the step at place `to`.
    struct Edge: Hashable {
        var from: Int
        var to: Int
    }

    static let levelStep = 7.0

    /// Every flow between two placed steps, in numbering order of the step it leaves.
    static func edges(_ design: ServiceDesign, graph: JourneyGraph, placement: BlueprintPlacement) -> [Edge] {
        var placeOfID: [TouchpointID: Int] = [:]
        for (place, touchpoint) in design.touchpoints.enumerated() where placeOfID[touchpoint.id] == nil { placeOfID[touchpoint.id] = place }
        var result: [Edge] = []
        for place in placement.columns.numbers.order where placeOfID[design.touchpoints[place].id] == place && placement.column[place] != nil {
            for successor in graph.successors(of: design.touchpoints[place].id) {
                if let target = placeOfID[successor], placement.column[target] != nil { result.append(Edge(from: place, to: target)) }
            }
        }
        return result
    }

    /// Whether the arrow needs the band: it skips a column, or goes back more than one.
    static func usesBand(_ edge: Edge, placement: BlueprintPlacement) -> Bool {
        guard let a = placement.column[edge.from], let b = placement.column[edge.to] else { return false }
        return b > a + 1 || b < a - 1
    }

    /// The level in the band of each arrow that needs it; arrows sharing columns get different levels.
    static func bandLevels(_ edges: [Edge], placement: BlueprintPlacement) -> [Edge: Int] {
        let jumps = Array(Set(edges.filter { usesBand($0, placement: placement) })).sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        let spans = jumps.map { edge -> ClosedRange<Int> in
            let a = placement.column[edge.from]!, b = placement.column[edge.to]!
            return min(a, b)...max(a, b)
        }
        let order = spans.indices.sorted { spans[$0].count == spans[$1].count ? spans[$0].lowerBound < spans[$1].lowerBound : spans[$0].count < spans[$1].count }
        let levels = SpanPacking.levels(order.map { spans[$0] })
        var result: [Edge: Int] = [:]
        for (position, index) in order.enumerated() { result[jumps[index]] = levels[position] }
        return result
    }
}

extension Canvas {
    /// The physical evidence of a customer action that names no evidence step: its channel.
    mutating func evidenceChip(_ channel: Channel, in chip: Rect) {
        var group: [SceneItem] = [
            .box(BoxShape(chip, fill: theme.surface, stroke: Stroke(theme.hairline, dash: [3, 3]), radius: 6)),
            Icons.channel(channel, in: Rect(x: chip.x + 10, y: chip.y + 7, width: 16, height: 16), color: theme.muted),
        ]
        if let block = Typeset.block(channel.rawValue, x: chip.x + 34, top: chip.y + 8, width: chip.width - 44, style: Styles.small, color: theme.muted,
                                     maxLines: 1, container: chip) { group.append(.text(block)) }
        add(.group(group, tooltip: nil, role: "evidence"))
    }

    /// One of the blueprint's three lines across the picture, with its name at the left.
    mutating func laneLine(_ name: String, y lineY: Double, solid: Bool) {
        add(.path(PathShape([.move(Point(margin, lineY)), .line(Point(width - margin, lineY))],
                            stroke: Stroke(theme.muted, width: 1.2, dash: solid ? [] : [8, 4]))))
        let style = Styles.label
        let textWidth = style.width(of: name) + 2
        add(.box(BoxShape(Rect(x: margin + 6, y: lineY - 7, width: textWidth + 8, height: 14), fill: theme.background)))
        if let block = Typeset.block(name, x: margin + 10, top: lineY - style.lineHeight / 2, width: textWidth, style: style, color: theme.muted,
                                     maxLines: 1, container: Rect(x: margin, y: lineY - 9, width: contentWidth, height: 18)) {
            add(.text(block))
        }
    }

    /// The name of the flow band in the gutter.
    mutating func flowBandLabel(top: Double, height: Double) {
        if let block = Typeset.block("Flow", x: margin + 10, top: top + max(0, (height - Styles.label.lineHeight) / 2), width: MapLayout.gutter - 20, style: Styles.label,
                                     color: theme.muted, maxLines: 1, container: Rect(x: margin, y: top, width: MapLayout.gutter, height: height)) {
            add(.text(block))
        }
    }

    /// A dotted link from every supporting card to the card it supports: straight up or down
    /// when nothing lies between them in the column, else through the gaps beside the columns
    /// and the space between the lanes. Returns how many were drawn.
    mutating func supportLinks(_ placement: BlueprintPlacement, cards: [Int: Rect], rows: [Lane: (top: Double, bottom: Double)], tracks: inout ChannelTracks) -> Int {
        let stroke = Stroke(theme.ink, width: 1.4, dash: [0.1, 3.5], roundCaps: true)
        var drawn = 0
        var corridorUse: [Double: Int] = [:]
        for link in placement.supports {
            guard let from = cards[link.supporter], let to = cards[link.supported],
                  let a = placement.column[link.supporter], let b = placement.column[link.supported] else { continue }
            var points: [Point]
            let stack = placement.stack(ofColumn: a)
            let neighbours = a == b && abs((stack.firstIndex(of: link.supporter) ?? 0) - (stack.firstIndex(of: link.supported) ?? 0)) == 1
            if neighbours {
                let x = from.maxX - 30
                points = from.minY > to.maxY ? [Point(x, from.minY), Point(x, to.maxY)] : [Point(x, from.maxY), Point(x, to.minY)]
            } else {
                let ys = from.minY + 40, yt = to.minY + 40
                if a == b {
                    let x = tracks.x(channel: a - 1, from: ys, to: yt)
                    points = [Point(from.minX, ys), Point(x, ys), Point(x, yt), Point(to.minX, yt)]
                } else {
                    // Along the space below the upper card's lane, which no card crosses.
                    let upper = from.minY < to.minY ? link.supporter : link.supported
                    let lane = placement.lane[upper] ?? .customer
                    let base = (rows[lane]?.bottom ?? min(from.minY, to.minY)) + 4
                    let use = corridorUse[base, default: 0]
                    corridorUse[base] = use + 1
                    let corridor = base + Double(use % 2) * 4
                    let x1 = tracks.x(channel: a - 1, from: ys, to: corridor)
                    let x2 = tracks.x(channel: b - 1, from: corridor, to: yt)
                    points = [Point(from.minX, ys), Point(x1, ys), Point(x1, corridor), Point(x2, corridor), Point(x2, yt), Point(to.minX, yt)]
                }
            }
            let ends: [SceneItem] = [points.first!, points.last!].map { .circle(CircleShape(center: $0, radius: 2.6, fill: theme.ink)) }
            add(.group([.path(PathShape(Orthogonal.path(points), stroke: stroke))] + ends, tooltip: nil, role: "supports"))
            drawn += 1
        }
        return drawn
    }

    /// The flow as arrows that leave and reach cards: straight down to the next card in the
    /// column, through the gap to a card in the next column, and through the band above the
    /// lanes when they skip columns or go back. Loops are dashed in the accent colour.
    mutating func flowArrows(_ edges: [BlueprintFlow.Edge], placement: BlueprintPlacement, cards: [Int: Rect], levels: [BlueprintFlow.Edge: Int],
                             bandBottom: Double, tracks: inout ChannelTracks) -> (forward: Bool, back: Bool) {
        let numbers = placement.columns.numbers
        var forward = false, back = false
        for edge in edges {
            guard let from = cards[edge.from], let to = cards[edge.to], let a = placement.column[edge.from], let b = placement.column[edge.to] else { continue }
            let isBack = (numbers.number(atPlace: edge.to) ?? 0) <= (numbers.number(atPlace: edge.from) ?? 0)
            let ya = from.minY + 22, yb = to.minY + 22
            var points: [Point]
            if a == b {
                let stack = placement.stack(ofColumn: a)
                let next = (stack.firstIndex(of: edge.from) ?? 0) + 1 == stack.firstIndex(of: edge.to)
                if next, to.minY > from.maxY {
                    points = [Point(from.minX + 30, from.maxY), Point(from.minX + 30, to.minY)]
                } else {
                    let x = tracks.x(channel: a, from: ya, to: yb)
                    points = [Point(from.maxX, ya), Point(x, ya), Point(x, yb), Point(to.maxX, yb)]
                }
            } else if b == a + 1 {
                let x = tracks.x(channel: a, from: ya, to: yb)
                points = [Point(from.maxX, ya), Point(x, ya), Point(x, yb), Point(to.minX, yb)]
            } else if b == a - 1 {
                let x = tracks.x(channel: b, from: ya, to: yb)
                points = [Point(from.minX, ya), Point(x, ya), Point(x, yb), Point(to.maxX, yb)]
            } else {
                let level = Double(levels[edge] ?? 0)
                let yl = bandBottom - 8 - level * BlueprintFlow.levelStep
                if b > a {
                    let x1 = tracks.x(channel: a, from: yl, to: ya), x2 = tracks.x(channel: b - 1, from: yl, to: yb)
                    points = [Point(from.maxX, ya), Point(x1, ya), Point(x1, yl), Point(x2, yl), Point(x2, yb), Point(to.minX, yb)]
                } else {
                    let x1 = tracks.x(channel: a - 1, from: yl, to: ya), x2 = tracks.x(channel: b, from: yl, to: yb)
                    points = [Point(from.minX, ya), Point(x1, ya), Point(x1, yl), Point(x2, yl), Point(x2, yb), Point(to.maxX, yb)]
                }
            }
            if isBack { back = true } else { forward = true }
            let stroke = Stroke(isBack ? theme.accent : theme.flow, width: 1.3, dash: isBack ? [4, 3] : [])
            add(.path(PathShape(Orthogonal.path(points), stroke: stroke, arrow: true)))
        }
        return (forward, back)
    }
}
