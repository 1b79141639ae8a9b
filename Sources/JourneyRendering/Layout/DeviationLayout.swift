import JourneyKit

/// The deviation view (after CJML's deviation diagrams): the planned journey as a line of steps;
/// what the customer did as planned sits on the line, what the plan did not foresee is pushed off
/// it (above: ad hoc steps and steps out of order), planned steps that did not happen stay on the
/// line hollow and crossed out, and steps that went wrong are marked.
public enum DeviationLayout {
    static let slot = 150.0

    /// The deviation diagram of one actual journey, 150 units per step and at least 900 units wide.
    ///
    /// - Parameters:
    ///   - plan: the planned journey, whose touchpoints give the line's steps and their numbers.
    ///   - actual: the actual journey the comparison was made of.
    ///   - comparison: `JourneyComparison(plan:actual:)` of the two: the steps in actual order,
    ///     with what was skipped and inserted.
    ///   - theme: the colours.
    public static func scene(plan: ServiceDesign, actual: ServiceDesign, comparison: JourneyComparison, theme: Theme = .light) -> Scene {
        let count = max(1, comparison.steps.count)
        var canvas = Canvas(theme: theme, width: max(32 + MapLayout.gutter + Double(count) * slot + 32, 900))
        canvas.header(actual, view: "Deviations from the plan: \(Design.name(plan.title, fallback: plan.id))")
        let frame = Rect(x: canvas.margin, y: canvas.y, width: canvas.contentWidth, height: .greatestFiniteMagnitude)
        var facts = ["fitness \(Int((comparison.fitness * 100).rounded())) %"]
        facts.append("\(comparison.skipped.count) skipped")
        facts.append("\(comparison.adHoc.count) ad hoc")
        facts.append("\(comparison.orderViolations.count) out of order")
        if !comparison.loops.isEmpty { facts.append("\(comparison.loops.count) loops") }
        facts.append(comparison.reachedEnd ? "reached an end of the plan" : "stopped before an end of the plan")
        canvas.paragraph(facts.joined(separator: " · "), style: Styles.heading, color: theme.ink, maxLines: 2, container: frame)
        canvas.y += 16

        let laneTop = canvas.y
        let offTop = laneTop          // the band above the line: steps pushed off it
        let lineY = laneTop + 150
        let labelTop = lineY + 22
        let left = canvas.margin + MapLayout.gutter
        var items: [SceneItem] = []
        var labelHeight = 0.0
        let bounds = Rect(x: canvas.margin, y: laneTop, width: canvas.contentWidth, height: 400)
        func title(_ index: Int) -> String { Design.name(actual.touchpoints[index].title, fallback: actual.touchpoints[index].id) }
        func plannedTitle(_ id: TouchpointID) -> String { plan.touchpoint(id).map { Design.name($0.title, fallback: $0.id) } ?? id.rawValue }
        // A step carries the number its touchpoint has on the plan's map; a step the plan does
        // not have carries none.
        let numbers = TouchpointNumbers(plan)
        var planPlaces: [TouchpointID: Int] = [:]
        for (place, touchpoint) in plan.touchpoints.enumerated() where planPlaces[touchpoint.id] == nil { planPlaces[touchpoint.id] = place }

        // The planned line.
        items.append(.path(PathShape([.move(Point(left + slot / 2, lineY)), .line(Point(left + Double(count) * slot - slot / 2, lineY))], stroke: Stroke(theme.muted, width: 2))))
        var previous: Point?
        for (index, step) in comparison.steps.enumerated() {
            let x = left + Double(index) * slot + slot / 2
            let center: Point
            let label: String
            let note: String?
            let container = Rect(x: x - slot / 2 + 4, y: laneTop, width: slot - 8, height: 400)
            var marks: [SceneItem] = []
            switch step {
            case .matched(let planned, let actualIndex):
                center = Point(x, lineY)
                label = plannedTitle(planned)
                let failing = actual.touchpoints[actualIndex].compliance == .failing
                marks.append(.circle(CircleShape(center: center, radius: 9, fill: failing ? theme.pain : theme.stageColor(0))))
                if failing { marks.append(Icons.warning(in: Rect(x: x + 6, y: lineY - 24, width: 14, height: 14), color: theme.pain, ink: theme.surface)) }
                note = failing ? "went wrong" : nil
            case .skipped(let planned):
                center = Point(x, lineY)
                label = plannedTitle(planned)
                marks.append(.circle(CircleShape(center: center, radius: 9, fill: theme.background, stroke: Stroke(theme.muted, width: 1.5, dash: [3, 2]))))
                marks.append(.path(PathShape([.move(Point(x - 6, lineY - 6)), .line(Point(x + 6, lineY + 6)), .move(Point(x + 6, lineY - 6)), .line(Point(x - 6, lineY + 6))], stroke: Stroke(theme.muted, width: 1.5))))
                note = "skipped"
            case .inserted(let actualIndex):
                let outOfOrder = comparison.orderViolations.contains(actualIndex)
                center = Point(x, offTop + 98)
                label = title(actualIndex)
                let color = outOfOrder ? theme.personaColor(3) : theme.accent
                marks.append(.path(PathShape([.move(Point(x, lineY)), .line(Point(x, center.y + 11))], stroke: Stroke(color, width: 1.2, dash: [3, 3]))))
                marks.append(.path(PathShape([.move(Point(x, center.y - 11)), .line(Point(x + 11, center.y)), .line(Point(x, center.y + 11)), .line(Point(x - 11, center.y)), .close], fill: color, stroke: nil)))
                note = outOfOrder ? "out of order" : "ad hoc"
            }
            if let previous {
                items.append(.path(PathShape([.move(Point(previous.x + 11, previous.y)), .line(Point(center.x - 13, center.y))], stroke: Stroke(theme.flow, width: 1.2), arrow: true)))
            }
            previous = center
            items += marks
            // Labels: under the line for planned steps, above the diamond for the others.
            let id: TouchpointID
            switch step {
            case .matched(let planned, _), .skipped(let planned): id = planned
            case .inserted(let actualIndex): id = actual.touchpoints[actualIndex].id
            }
            let place = planPlaces[id]
            var stack = Stack(x: x - slot / 2 + 6, top: center.y == lineY ? labelTop : offTop + 8, width: slot - 12)
            if let number = numbers.number(of: id) {
                stack.text("\(number)", style: Styles.label, color: theme.muted, maxLines: 1, anchor: .middle)
            }
            stack.text(label, style: TextStyle(size: 11, bold: center.y != lineY), color: theme.ink, maxLines: 3, anchor: .middle)
            if let note { stack.text(note, style: Styles.smallBold, color: center.y == lineY && note == "skipped" ? theme.muted : theme.accent, maxLines: 1, anchor: .middle) }
            items.append(.group(stack.finished(container: container), tooltip: nil, role: place.map(Hooks.numbered)))
            if center.y == lineY { labelHeight = max(labelHeight, stack.height) }
        }
        canvas.add(.box(BoxShape(Rect(x: canvas.margin, y: laneTop, width: canvas.contentWidth, height: lineY - laneTop - 30), fill: theme.band, radius: 6)))
        if let block = Typeset.block("Not in the plan", x: canvas.margin + 10, top: laneTop + 10, width: MapLayout.gutter - 20, style: TextStyle(size: 12, bold: true),
                                     color: theme.muted, maxLines: 2, container: bounds) { canvas.add(.text(block)) }
        if let block = Typeset.block("The plan", x: canvas.margin + 10, top: lineY - 8, width: MapLayout.gutter - 20, style: TextStyle(size: 12, bold: true),
                                     color: theme.muted, maxLines: 1, container: bounds) { canvas.add(.text(block)) }
        canvas.add(items)
        canvas.y = labelTop + labelHeight + 24
        canvas.paragraph("Filled circles: planned steps as planned (red: went wrong). Hollow crossed circles: planned steps that did not happen. Diamonds above the line: steps the plan does not have here (orange: ad hoc; purple: a planned step out of order).",
                         style: Styles.small, color: theme.muted, maxLines: 3)
        let summary = "\(Design.name(actual.title, fallback: actual.id)) against \(Design.name(plan.title, fallback: plan.id)): " + facts.joined(separator: ", ") + "."
        return canvas.scene(title: XMLSafe.text("Deviations: \(Design.name(actual.title, fallback: actual.id))"), summary: Summary.clip(summary), cuts: [])
    }
}

/// Text for `<title>`: what XML can carry.
enum XMLSafe {
    static func text(_ value: String) -> String { value.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" }.map(String.init).joined() }
}
