import JourneyKit

extension Canvas {
    /// The content of one touchpoint card, top to bottom, in a stack.
    func cardStack(_ touchpoint: Touchpoint, number: Int, x: Double, top: Double, width: Double, design: ServiceDesign, columns: Columns, graph: JourneyGraph, showLane: Bool, failPoint: Bool = false) -> Stack {
        var stack = Stack(x: x + 12, top: top + 10, width: width - 24)
        // Number badge, channel icon and channel name on one line.
        let badgeText = "\(number)"
        let badgeWidth = max(20, Styles.label.width(of: badgeText) + 10)
        stack.place(.box(BoxShape(Rect(x: stack.x, y: stack.top, width: badgeWidth, height: 16), fill: theme.ink, radius: 8)))
        if let block = Typeset.block(badgeText, x: stack.x, top: stack.top + 1.5, width: badgeWidth, style: Styles.label, color: theme.background,
                                     maxLines: 1, container: Rect(x: stack.x, y: stack.top, width: badgeWidth, height: 16), anchor: .middle) {
            stack.place(.text(block))
        }
        // The channel's icon and name when the channel is known (an imported Mermaid journey
        // knows none: then nothing, rather than "no channel" on every card), and the lane.
        let iconX = stack.x + badgeWidth + 8
        let textX = touchpoint.channel == nil ? iconX : iconX + 22
        if touchpoint.channel != nil {
            stack.place(Icons.channel(touchpoint.channel, in: Rect(x: iconX, y: stack.top, width: 16, height: 16), color: theme.muted))
        }
        if touchpoint.momentOfTruth != nil {
            stack.place(Icons.star(center: Point(stack.x + stack.width - 8, stack.top + 8), radius: 8, fill: theme.accent))
        }
        if failPoint {
            let right = stack.x + stack.width - (touchpoint.momentOfTruth != nil ? 22 : 0)
            stack.place(Icons.warning(in: Rect(x: right - 16, y: stack.top, width: 16, height: 16), color: theme.pain, ink: theme.surface))
        }
        let badges = (touchpoint.momentOfTruth != nil ? 22.0 : 0) + (failPoint ? 20.0 : 0)
        let headerWidth = stack.x + stack.width - textX - badges
        let header = CardHeader(channel: touchpoint.channel?.rawValue, lane: showLane ? touchpoint.lane?.rawValue : nil, width: headerWidth, style: Styles.small)
        if let text = header.firstLine,
           let block = Typeset.block(text, x: textX, top: stack.top + 1, width: headerWidth, style: Styles.small, color: theme.muted,
                                     maxLines: 1, container: Rect(x: stack.x, y: stack.top, width: stack.width, height: 16)) {
            stack.place(.text(block))
        }
        stack.gap(24)
        if let lane = header.laneLine {
            // The lane on its own line under the channel's name, rather than cut after it.
            stack.gap(-5)
            stack.text(lane, style: Styles.small, color: theme.muted, maxLines: 2, indent: textX - stack.x)
            stack.gap(6)
        }
        stack.text(Design.name(touchpoint.title, fallback: touchpoint.id), style: Styles.cardTitle, color: theme.ink, maxLines: 7)
        let actorNames = touchpoint.actors.map { id in design.actors.first { $0.id == id }?.name ?? String(describing: id) }
        if !actorNames.isEmpty {
            stack.gap(4)
            stack.text(actorNames.joined(separator: " · "), style: Styles.small, color: theme.muted, maxLines: 2)
        }
        if let moment = touchpoint.momentOfTruth {
            stack.gap(6)
            var text = "Moment of truth"
            if let target = moment.target { text += " · target \(target.scoreText)" }
            stack.text(text, style: Styles.smallBold, color: theme.accent, maxLines: 2)
        }
        // Ways on that a reader would not see from the order alone.
        var ways: [String] = []
        // A card with branches shows its usual way on (its `next`) first, then the branches.
        if !touchpoint.branches.isEmpty {
            for next in touchpoint.next {
                ways.append("→ \(columns.number(of: next).map { "\($0)" } ?? String(describing: next)) usually")
            }
        }
        for branch in touchpoint.branches {
            let target = columns.number(of: branch.target).map { "\($0)" } ?? String(describing: branch.target)
            let condition = Design.text(branch.condition ?? "")
            if !condition.isEmpty {
                ways.append("→ \(target) if \(condition)")
            } else {
                ways.append("→ \(target)")
            }
        }
        if touchpoint.branches.isEmpty {
            for next in touchpoint.next where columns.number(of: next) != number + 1 {
                ways.append("→ continues at \(columns.number(of: next).map { "\($0)" } ?? String(describing: next))")
            }
        }
        if !ways.isEmpty {
            stack.gap(6)
            for way in ways.prefix(4) { stack.text(way, style: Styles.small, color: theme.ink, maxLines: 2) }
            if ways.count > 4 { stack.text("and \(ways.count - 4) more ways on", style: Styles.small, color: theme.muted, maxLines: 1) }
        }
        if graph.isEnd(touchpoint.id), touchpoint.hasExplicitFlow || touchpoint.isEnd {
            stack.gap(6)
            stack.text("■ The journey can end here", style: Styles.small, color: theme.muted, maxLines: 1)
        }
        return stack
    }

    /// One card per touchpoint, all as tall as the tallest, with an arrow between neighbours
    /// where the flow runs from one to the next.
    mutating func touchpointCards(_ columns: Columns, design: ServiceDesign, graph: JourneyGraph, edges: [(from: Int, to: Int)], label: String = "Touchpoints", showLane: Bool = true) {
        let top = y
        var stacks: [Int: Stack] = [:]
        for (index, column) in columns.columns.enumerated() {
            guard let touchpoint = column.touchpoint else { continue }
            stacks[index] = cardStack(touchpoint, number: columns.number(atColumn: index) ?? index + 1, x: column.x, top: top, width: columns.width, design: design, columns: columns, graph: graph, showLane: showLane)
        }
        let height = max(60, (stacks.values.map(\.height).max() ?? 0) + 20)
        let bandIndex = items.count
        for (index, column) in columns.columns.enumerated() {
            let card = Rect(x: column.x, y: top, width: columns.width, height: height)
            guard let stack = stacks[index], let touchpoint = column.touchpoint else {
                add(.box(BoxShape(card, fill: .none, stroke: Stroke(theme.hairline, dash: [4, 4]), radius: 8)))
                if let block = Typeset.block("No touchpoints in this stage", x: card.x + 12, top: top + 12, width: card.width - 24, style: Styles.small,
                                             color: theme.muted, maxLines: 2, container: card) { add(.text(block)) }
                continue
            }
            let moment = touchpoint.momentOfTruth != nil
            var cardItems: [SceneItem] = [.box(BoxShape(card, fill: theme.surface, stroke: Stroke(moment ? theme.accent : theme.hairline, width: moment ? 2.5 : 1), radius: 8))]
            cardItems += stack.finished(container: card.inset(by: 4))
            add(.group(cardItems, tooltip: nil, role: Hooks.touchpoint(column.designIndex)))
        }
        for edge in edges where edge.to == edge.from + 1 && columns.columns[edge.to].stage == columns.columns[edge.from].stage {
            let x0 = columns.columns[edge.from].x + columns.width + 1
            let midY = top + 22
            add(.path(PathShape([.move(Point(x0, midY)), .line(Point(x0 + columns.gap - 2, midY))], stroke: Stroke(theme.flow, width: 1.3), arrow: true)))
        }
        for edge in edges where edge.to == edge.from + 1 && columns.columns[edge.to].stage != columns.columns[edge.from].stage {
            let x0 = columns.columns[edge.from].x + columns.width + 1
            let x1 = columns.columns[edge.to].x - 1
            let midY = top + 22
            add(.path(PathShape([.move(Point(x0, midY)), .line(Point(x1, midY))], stroke: Stroke(theme.flow, width: 1.3), arrow: true)))
        }
        rowBand(label: label, top: top, height: height, gutter: MapLayout.gutter, tinted: false, insertAt: bandIndex)
        y = top + height + 14
    }
}

/// What a card's header line says beside its number: the channel and the lane, on one line when
/// both fit, else the lane on a line of its own below (a lane is never cut). An unknown
/// channel says nothing.
struct CardHeader: Equatable {
    /// The text beside the number badge, nil when there is nothing to say.
    var firstLine: String?
    /// The lane when it does not fit beside the channel.
    var laneLine: String?

    init(channel: String?, lane: String?, width: Double, style: TextStyle) {
        switch (channel, lane) {
        case (nil, nil):
            firstLine = nil
        case (let channel?, nil):
            firstLine = channel
        case (nil, let lane?):
            firstLine = style.width(of: lane) <= width ? lane : nil
            laneLine = firstLine == nil ? lane : nil
        case (let channel?, let lane?):
            let both = "\(channel) · \(lane)"
            if style.width(of: both) <= width {
                firstLine = both
            } else {
                firstLine = channel
                laneLine = lane
            }
        }
    }
}
