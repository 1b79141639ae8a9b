import JourneyKit

/// Where each step of a service blueprint sits: one column per customer action, in journey
/// order and grouped by stage, and every other step (physical evidence, frontstage, backstage,
/// support) in the column of the customer action it supports.
///
/// A step that supports others (`supportedBy` names it) goes to the column of the first step it
/// supports in its own stage, else of the first in a later stage, following the chain (support →
/// backstage → frontstage → customer action): the blueprint shows what a step is for, and its
/// number still tells when it happens. It never moves to an earlier stage; there, and when it
/// supports nothing, it goes to the nearest customer action before it in its stage, or the next
/// one when none comes before. A stage without customer actions takes its
/// columns from the highest lane it has steps in (frontstage, then backstage, support, evidence),
/// so that its steps are not piled into one column; an empty stage keeps one empty column.
/// Places are indexes into the design's list of touchpoints.
struct BlueprintPlacement {
    /// One column per anchor step (a customer action), with its x position; `indexByID` maps
    /// every placed step's id to its column.
    let columns: Columns
    /// The lane each placed step is drawn in.
    let lane: [Int: Lane]
    /// The column each placed step is drawn in.
    let column: [Int: Int]
    /// The steps in each column and lane, in numbering order.
    let cells: [Int: [Lane: [Int]]]
    /// Every `supportedBy` link between two placed steps: `supporter` supports `supported`.
    let supports: [(supporter: Int, supported: Int)]
    /// The steps that carry a column.
    let anchors: Set<Int>

    /// The lanes from top to bottom.
    static let lanes: [Lane] = [.evidence, .customer, .frontstage, .backstage, .support]

    init(_ design: ServiceDesign, left: Double, width: Double, gap: Double, stageGap: Double) {
        let numbers = TouchpointNumbers(design)
        var placeOfID: [TouchpointID: Int] = [:]
        for (place, touchpoint) in design.touchpoints.enumerated() where placeOfID[touchpoint.id] == nil { placeOfID[touchpoint.id] = place }
        var laneOf: [Int: Lane] = [:]
        for place in numbers.order { laneOf[place] = BlueprintLayout.lane(of: design.touchpoints[place], in: design) }

        // The stages in order, each with its steps in numbering order; unknown stages last.
        var stageIDs: [StageID] = []
        var seen = Set<StageID>()
        for stage in design.stages where seen.insert(stage.id).inserted { stageIDs.append(stage.id) }
        var members: [StageID: [Int]] = [:]
        var orphans: [Int] = []
        for place in numbers.order {
            let stage = design.touchpoints[place].stage
            if seen.contains(stage) { members[stage, default: []].append(place) } else { orphans.append(place) }
        }
        var groups: [(stage: Stage?, index: Int, places: [Int])] = []
        for (index, id) in stageIDs.enumerated() {
            groups.append((design.stages.first { $0.id == id }, index, members[id] ?? []))
        }
        if !orphans.isEmpty { groups.append((nil, groups.count, orphans)) }

        // Anchors: the customer actions of each stage, else the steps of its highest lane.
        var anchorsByGroup: [[Int]] = []
        var groupOf: [Int: Int] = [:]
        for (g, group) in groups.enumerated() {
            for place in group.places { groupOf[place] = g }
            let anchorLane = [Lane.customer, .frontstage, .backstage, .support, .evidence].first { lane in group.places.contains { laneOf[$0] == lane } }
            anchorsByGroup.append(group.places.filter { laneOf[$0] == anchorLane })
        }

        // Columns, one per anchor (an empty stage keeps one empty column).
        var built = Columns(empty: numbers, width: width, gap: gap)
        var columnOf: [Int: Int] = [:]
        var x = left
        for (g, group) in groups.enumerated() {
            if !built.spans.isEmpty { x += stageGap }
            let first = built.columns.count
            if anchorsByGroup[g].isEmpty {
                built.columns.append(Columns.Column(touchpoint: nil, stage: group.stage == nil ? nil : group.index, x: x))
                x += width + gap
            }
            for place in anchorsByGroup[g] {
                columnOf[place] = built.columns.count
                built.columns.append(Columns.Column(touchpoint: design.touchpoints[place], stage: group.stage == nil ? nil : group.index, x: x, designIndex: place))
                x += width + gap
            }
            built.spans.append(Columns.StageSpan(stage: group.stage, index: group.index, first: first, last: built.columns.count - 1))
        }

        // What each step supports, in numbering order.
        var supported: [Int: [Int]] = [:]
        var links: [(supporter: Int, supported: Int)] = []
        for place in numbers.order {
            for id in design.touchpoints[place].supportedBy {
                guard let supporter = placeOfID[id], supporter != place, groupOf[supporter] != nil else { continue }
                links.append((supporter, place))
                supported[supporter, default: []].append(place)
            }
        }
        // Steps in the supporter's own stage first, then in later stages; never an earlier stage
        // (a step cannot be drawn before the time it happens in).
        for (supporter, targets) in supported {
            guard let own = groupOf[supporter] else { continue }
            supported[supporter] = targets.filter { groupOf[$0] == own } + targets.filter { (groupOf[$0] ?? -1) > own }
        }

        func byFlow(_ place: Int) -> Int? {
            guard let g = groupOf[place] else { return nil }
            let places = groups[g].places
            let anchors = Set(anchorsByGroup[g])
            guard let at = places.firstIndex(of: place) else { return nil }
            if let before = places[..<at].last(where: { anchors.contains($0) }) { return columnOf[before] }
            if let after = places[at...].first(where: { anchors.contains($0) }) { return columnOf[after] }
            return nil
        }
        var visiting = Set<Int>()
        func resolve(_ place: Int) -> Int? {
            if let known = columnOf[place] { return known }
            guard visiting.insert(place).inserted else { return nil }
            defer { visiting.remove(place) }
            var found: Int? = nil
            for target in supported[place] ?? [] {
                if let column = resolve(target) { found = column; break }
            }
            found = found ?? byFlow(place)
            if let found, visiting.count == 1 || supported[place] == nil { columnOf[place] = found }
            return found
        }
        for place in numbers.order where columnOf[place] == nil {
            if let found = resolve(place) { columnOf[place] = found }
        }

        var cells: [Int: [Lane: [Int]]] = [:]
        for place in numbers.order {
            guard let c = columnOf[place], let lane = laneOf[place] else { continue }
            cells[c, default: [:]][lane, default: []].append(place)
            let id = design.touchpoints[place].id
            if built.indexByID[id] == nil { built.indexByID[id] = c }
        }
        self.columns = built
        self.lane = laneOf
        self.column = columnOf
        self.cells = cells
        self.supports = links.filter { columnOf[$0.supporter] != nil && columnOf[$0.supported] != nil }
        self.anchors = Set(anchorsByGroup.flatMap { $0 })
    }

    /// The steps of a column from top to bottom: lane by lane, in numbering order.
    func stack(ofColumn index: Int) -> [Int] {
        Self.lanes.flatMap { cells[index]?[$0] ?? [] }
    }
}

extension Columns {
    /// Columns still to be filled: no columns, no stages.
    init(empty numbers: TouchpointNumbers, width: Double, gap: Double) {
        self.numbers = numbers
        self.width = width
        self.gap = gap
        self.stageGap = 0
    }
}
