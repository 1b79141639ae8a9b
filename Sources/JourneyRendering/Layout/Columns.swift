import JourneyKit

/// The columns of a map or blueprint: one per touchpoint, grouped by stage in stage order (a
/// stage without touchpoints keeps one empty column, so it is not lost), numbered from 1.
struct Columns {
    struct Column {
        var touchpoint: Touchpoint?
        var stage: Int?
        var x: Double
        /// The touchpoint's place in the design's list.
        var designIndex: Int? = nil
    }

    struct StageSpan {
        var stage: Stage?
        var index: Int
        var first: Int
        var last: Int
        /// The stage began on an earlier page (a stage too long for one page is split).
        var continued = false
    }

    var columns: [Column] = []
    var spans: [StageSpan] = []
    var indexByID: [TouchpointID: Int] = [:]
    /// The numbers people read on the cards, the same in every view.
    let numbers: TouchpointNumbers
    var width: Double
    let gap: Double
    let stageGap: Double

    init(_ design: ServiceDesign, left: Double, width: Double, gap: Double, stageGap: Double) {
        self.width = width
        self.gap = gap
        self.stageGap = stageGap
        self.numbers = TouchpointNumbers(design)
        var byStage: [StageID: [(Int, Touchpoint)]] = [:]
        var stageIDs = Set<StageID>()
        for stage in design.stages { stageIDs.insert(stage.id) }
        var orphans: [(Int, Touchpoint)] = []
        for (index, touchpoint) in design.touchpoints.enumerated() {
            if stageIDs.contains(touchpoint.stage) { byStage[touchpoint.stage, default: []].append((index, touchpoint)) } else { orphans.append((index, touchpoint)) }
        }
        var x = left
        var seenStages = Set<StageID>()
        for (index, stage) in design.stages.enumerated() where seenStages.insert(stage.id).inserted {
            if !spans.isEmpty { x += stageGap }
            let first = columns.count
            let members = byStage[stage.id] ?? []
            if members.isEmpty {
                columns.append(Column(touchpoint: nil, stage: index, x: x))
                x += width + gap
            }
            for (designIndex, touchpoint) in members {
                if indexByID[touchpoint.id] == nil { indexByID[touchpoint.id] = columns.count }
                columns.append(Column(touchpoint: touchpoint, stage: index, x: x, designIndex: designIndex))
                x += width + gap
            }
            spans.append(StageSpan(stage: stage, index: index, first: first, last: columns.count - 1))
        }
        if !orphans.isEmpty {
            if !spans.isEmpty { x += stageGap }
            let first = columns.count
            for (designIndex, touchpoint) in orphans {
                if indexByID[touchpoint.id] == nil { indexByID[touchpoint.id] = columns.count }
                columns.append(Column(touchpoint: touchpoint, stage: nil, x: x, designIndex: designIndex))
                x += width + gap
            }
            spans.append(StageSpan(stage: nil, index: spans.count, first: first, last: columns.count - 1))
        }
    }

    /// The columns `range` alone, moved so that the first starts at `left`, each `width` wide
    /// (the same as here when nil): one page of a map. Stages keep their index (and so their
    /// colour), the numbers stay those of the whole design, and a stage cut by the range's
    /// start is marked `continued`.
    func page(_ range: ClosedRange<Int>, left: Double, width newWidth: Double? = nil) -> Columns {
        var page = self
        page.width = newWidth ?? width
        let width = page.width
        page.columns = []
        page.spans = []
        page.indexByID = [:]
        var x = left
        for span in spans where span.first <= range.upperBound && span.last >= range.lowerBound {
            if !page.spans.isEmpty { x += stageGap }
            let first = page.columns.count
            for index in max(span.first, range.lowerBound)...min(span.last, range.upperBound) {
                var column = columns[index]
                column.x = x
                if let id = column.touchpoint?.id, indexByID[id] == index { page.indexByID[id] = page.columns.count }
                page.columns.append(column)
                x += width + gap
            }
            page.spans.append(StageSpan(stage: span.stage, index: span.index, first: first, last: page.columns.count - 1, continued: span.first < range.lowerBound))
        }
        return page
    }

    var right: Double { (columns.last?.x ?? 0) + (columns.isEmpty ? 0 : width) }
    var left: Double { columns.first?.x ?? 0 }

    func center(_ index: Int) -> Double { columns[index].x + width / 2 }

    /// The number people read on the card of the touchpoint with this id.
    func number(of id: TouchpointID) -> Int? { numbers.number(of: id) }

    /// The number people read on the card in column `index` (nil for an empty stage's column).
    func number(atColumn index: Int) -> Int? { columns[index].designIndex.flatMap { numbers.number(atPlace: $0) } }

    /// x positions between stages where the picture can be cut into pages.
    /// (Between stages first; between any two columns when a stage is too long for a page.)
    var cuts: [Double] {
        columns.dropFirst().map { $0.x - gap / 2 }
    }

    /// Flow between columns: from the journey graph, as column pairs.
    func flow(_ graph: JourneyGraph) -> [(from: Int, to: Int)] {
        var edges: [(Int, Int)] = []
        for (index, column) in columns.enumerated() {
            guard let touchpoint = column.touchpoint, indexByID[touchpoint.id] == index else { continue }
            for successor in graph.successors(of: touchpoint.id) {
                if let target = indexByID[successor] { edges.append((index, target)) }
            }
        }
        return edges
    }
}

/// Puts spans of columns on levels so that spans on one level do not share a column.
enum SpanPacking {
    /// The level of each span (`first...last`), first fit, in the given order.
    static func levels(_ spans: [ClosedRange<Int>]) -> [Int] {
        var occupied: [[ClosedRange<Int>]] = []
        var result: [Int] = []
        for span in spans {
            var level = 0
            while level < occupied.count, occupied[level].contains(where: { $0.overlaps(span) }) { level += 1 }
            if level == occupied.count { occupied.append([]) }
            occupied[level].append(span)
            result.append(level)
        }
        return result
    }

    /// Runs of consecutive numbers: [3, 4, 5, 9] gives 3...5 and 9...9.
    static func runs(_ numbers: [Int]) -> [ClosedRange<Int>] {
        let sorted = Array(Set(numbers)).sorted()
        var result: [ClosedRange<Int>] = []
        for n in sorted {
            if let last = result.last, last.upperBound + 1 == n {
                result[result.count - 1] = last.lowerBound...n
            } else {
                result.append(n...n)
            }
        }
        return result
    }
}
