import JourneyKit

/// The number each touchpoint carries in every view (map, blueprint, emotion chart, deviation
/// diagram, HTML page): touchpoints in stage order, and in file order inside each stage, then
/// touchpoints whose stage is unknown, numbered from 1. Empty stages take no number. A
/// touchpoint id used twice is reported by the validator; here each touchpoint keeps a number of
/// its own, and the id names the first of them (the one in the flow).
public struct TouchpointNumbers: Sendable {
    /// Places of touchpoints in the design's list, in numbering order: the touchpoint at
    /// `design.touchpoints[order[i]]` has number `i + 1`.
    public let order: [Int]
    private let byPlace: [Int: Int]
    private let byID: [TouchpointID: Int]

    /// The numbers of a design's touchpoints.
    public init(_ design: ServiceDesign) {
        var stageIDs = Set<StageID>()
        var stageOrder: [StageID] = []
        for stage in design.stages where stageIDs.insert(stage.id).inserted { stageOrder.append(stage.id) }
        var byStage: [StageID: [Int]] = [:]
        var orphans: [Int] = []
        for (place, touchpoint) in design.touchpoints.enumerated() {
            if stageIDs.contains(touchpoint.stage) { byStage[touchpoint.stage, default: []].append(place) } else { orphans.append(place) }
        }
        let order = stageOrder.flatMap { byStage[$0] ?? [] } + orphans
        var byPlace: [Int: Int] = [:]
        for (index, place) in order.enumerated() { byPlace[place] = index + 1 }
        var byID: [TouchpointID: Int] = [:]
        for (place, touchpoint) in design.touchpoints.enumerated() where byID[touchpoint.id] == nil {
            byID[touchpoint.id] = byPlace[place]
        }
        self.order = order
        self.byPlace = byPlace
        self.byID = byID
    }

    /// The number of the touchpoint at `place` in the design's list.
    public func number(atPlace place: Int) -> Int? { byPlace[place] }

    /// The number people read for the touchpoint with this id (the first one with it), or nil
    /// for an id that names none.
    public func number(of id: TouchpointID) -> Int? { byID[id] }
}
