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
        let iconX = stack.x + badgeWidth + 8
        stack.place(Icons.channel(touchpoint.channel, in: Rect(x: iconX, y: stack.top, width: 16, height: 16), color: theme.muted))
        var channelText = touchpoint.channel?.rawValue ?? "no channel"
        if showLane, let lane = touchpoint.lane { channelText += " · \(lane.rawValue)" }
        if touchpoint.momentOfTruth != nil {
            stack.place(Icons.star(center: Point(stack.x + stack.width - 8, stack.top + 8), radius: 8, fill: theme.accent))
        }
        if failPoint {
            let right = stack.x + stack.width - (touchpoint.momentOfTruth != nil ? 22 : 0)
            stack.place(Icons.warning(in: Rect(x: right - 16, y: stack.top, width: 16, height: 16), color: theme.pain, ink: theme.surface))
        }
        let badges = (touchpoint.momentOfTruth != nil ? 22.0 : 0) + (failPoint ? 20.0 : 0)
        let channelWidth = stack.width - (iconX + 22 - stack.x) - badges
        if let block = Typeset.block(channelText, x: iconX + 22, top: stack.top + 1, width: channelWidth, style: Styles.small, color: theme.muted,
                                     maxLines: 1, container: Rect(x: stack.x, y: stack.top, width: stack.width, height: 16)) {
            stack.place(.text(block))
        }
        stack.gap(24)
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
