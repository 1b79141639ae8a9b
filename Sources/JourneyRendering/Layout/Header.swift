import JourneyKit

/// "1 stage", "3 stages".
func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

extension Canvas {
    /// The view's title, a line of facts about the design, and its core proposition.
    /// The widest a header line gets: on a map of many columns a long title or proposition
    /// wraps at a readable length (about 80 characters of the title) instead of running across
    /// the whole picture.
    static let headerMeasure = 1_320.0

    mutating func header(_ design: ServiceDesign, view: String, measure limit: Double? = nil, note: String? = nil, brief: Bool = false) {
        let frame = Rect(x: margin, y: margin, width: contentWidth, height: .greatestFiniteMagnitude)
        let measure = min(contentWidth, limit ?? Self.headerMeasure)
        paragraph(view.uppercased(), style: Styles.label, color: theme.muted, maxLines: 1, container: frame)
        y += 4
        paragraph(Design.name(design.title, fallback: design.id), style: Styles.title, color: theme.ink, maxLines: 3, width: measure, container: frame)
        y += 6
        var facts: [String] = [design.kind == .actual ? "Actual journey" : "Planned journey"]
        if let version = design.version { facts.append("version \(version)") }
        if let status = design.status { facts.append(status.rawValue) }
        if let owner = design.owner { facts.append("owner: \(owner)") }
        facts.append([count(design.stages.count, "stage"), count(design.touchpoints.count, "touchpoint"), count(design.personas.count, "persona")].joined(separator: ", "))
        if !brief { paragraph(facts.joined(separator: " · "), style: Styles.subtitle, color: theme.muted, maxLines: 2, width: measure, container: frame) }
        if !brief, let proposition = design.coreProposition ?? design.summary {
            y += 6
            paragraph(proposition, style: Styles.proposition, color: theme.ink, maxLines: 3, width: measure, container: frame)
        }
        if let note {
            y += 6
            paragraph(note, style: Styles.smallBold, color: theme.muted, maxLines: 2, width: measure, container: frame)
            y -= 6
        }
        y += 20
    }

    /// The width persona cards take side by side in the map's header.
    static let personaCardWidth = 250.0

    /// One card per persona, side by side and wrapping, from `left` across `width` (the
    /// content width when nil) from the cursor: name, quote, goals, and needs, expectations
    /// and desires in brief (the first `entries` of each, each at most two lines).
    mutating func personaCards(_ design: ServiceDesign, left: Double? = nil, width: Double? = nil, cardWidth preferred: Double = 300, entries shown: Int = 3, sections kept: Int = 4) {
        guard !design.personas.isEmpty else { return }
        let gap = 16.0
        let margin = left ?? self.margin
        let contentWidth = width ?? self.contentWidth
        let perRow = max(1, min(design.personas.count, Int((contentWidth + gap) / (preferred + gap))))
        let cardWidth = min(preferred < 300 ? preferred : 420, (contentWidth - gap * Double(perRow - 1)) / Double(perRow))
        var index = 0
        while index < design.personas.count {
            let row = Array(design.personas.enumerated())[index..<min(index + perRow, design.personas.count)]
            let top = y
            var stacks: [(Int, Stack, Double)] = []
            for (offset, (personaIndex, persona)) in row.enumerated() {
                let x = margin + Double(offset) * (cardWidth + gap)
                var stack = Stack(x: x + 14, top: top + 12, width: cardWidth - 28)
                let marker = Icons.outlineShape(Theme.personaShape(personaIndex), center: Point(x + 22, top + 21), radius: 7, fill: theme.personaColor(personaIndex))
                stack.place(marker)
                stack.text(Design.name(persona.name, fallback: persona.id), style: Styles.heading, color: theme.ink, maxLines: 2, indent: 18)
                if let quote = persona.quote {
                    stack.gap(4)
                    stack.text(Design.quoted(quote), style: Styles.quote, color: theme.muted, maxLines: 3)
                }
                let sections: [(String, [String])] = [
                    ("GOALS", persona.goals), ("NEEDS", persona.needs.map(\.text)),
                    ("EXPECTATIONS", persona.expectations.map(\.text)), ("DESIRES", persona.desires.map(\.text)),
                ]
                for (name, entries) in sections.prefix(kept) where !entries.isEmpty {
                    stack.gap(8)
                    stack.text(name, style: Styles.label, color: theme.muted, maxLines: 1)
                    stack.gap(2)
                    for entry in entries.prefix(shown) {
                        let lineTop = stack.height + stack.top
                        stack.place(.circle(CircleShape(center: Point(stack.x + 3, lineTop + Styles.small.lineHeight / 2 + 0.5), radius: 1.8, fill: theme.muted)))
                        stack.text(entry, style: Styles.small, color: theme.ink, maxLines: 2, indent: 10)
                    }
                    if entries.count > shown {
                        stack.text("and \(entries.count - shown) more", style: Styles.small, color: theme.muted, maxLines: 1, indent: 10)
                    }
                }
                stacks.append((personaIndex, stack, x))
            }
            let height = (stacks.map(\.1.height).max() ?? 0) + 24
            for (personaIndex, stack, x) in stacks {
                let card = Rect(x: x, y: top, width: cardWidth, height: height)
                add(.box(BoxShape(card, fill: theme.surface, stroke: Stroke(theme.hairline), radius: 8)))
                add(.box(BoxShape(Rect(x: x, y: top, width: 5, height: height), fill: theme.personaColor(personaIndex), radius: 2)))
                add(.group(stack.finished(container: card.inset(by: 4)), tooltip: nil, role: Hooks.persona(personaIndex, "persona")))
            }
            y = top + height + gap
            index += perRow
        }
        y += 8
    }

    /// The map's header: title, facts and proposition at the left, and the key beside them
    /// when `key` is given and there is room, so that no band across the map stays empty right
    /// of the title. Returns whether the key was placed.
    mutating func mapHeader(_ design: ServiceDesign, note: String?, key: [LegendSymbol]?, brief: Bool = false) -> Bool {
        let top = y
        let keyWidth = 560.0
        let titleWidth = max(520, min(Self.headerMeasure * 0.75, contentWidth - keyWidth - 48))
        header(design, view: "Journey map", measure: titleWidth, note: note, brief: brief)
        var bottom = y
        let x = margin + titleWidth + 48
        var placed = false
        if let key, margin + contentWidth - x >= keyWidth {
            y = top
            legend(design, items: key, left: x, width: min(margin + contentWidth - x, 1_800))
            bottom = max(bottom, y + 14)
            placed = true
        }
        y = bottom
        return placed
    }
}
