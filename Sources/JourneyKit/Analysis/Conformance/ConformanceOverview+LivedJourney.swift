extension ConformanceOverview {
    /// The plan with the average lived emotions in place of its own: an actual journey
    /// (`kind: actual`, its `plannedJourney` the plan) whose readings are the mean of what the
    /// compared journeys felt at each planned touchpoint (basis `observed`). Drawn over the plan
    /// in an emotion chart, it shows where the lived experience departs from the designed one.
    ///
    /// A touchpoint no compared journey rated has no readings.
    /// - Parameter plan: the planned journey the overview was made against.
    public func livedJourney(plan: ServiceDesign) -> ServiceDesign {
        var lived = plan
        lived.kind = .actual
        lived.plannedJourney = plan.id
        lived.title = "\(plan.title) – as lived (\(journeys) journeys)"
        var readings: [TouchpointID: [EmotionReading]] = [:]
        for emotion in emotions {
            readings[emotion.touchpoint, default: []].append(EmotionReading(persona: emotion.persona, score: emotion.mean, basis: .observed))
        }
        for index in lived.touchpoints.indices {
            lived.touchpoints[index].emotions = readings[lived.touchpoints[index].id] ?? []
        }
        return lived
    }
}
