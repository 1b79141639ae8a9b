import JourneyKit

extension Rule {
    static let touchpointsAndDataPoints: [Rule] = []
}
