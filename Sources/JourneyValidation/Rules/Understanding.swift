import JourneyKit

extension Rule {
    static let understanding: [Rule] = []
}
