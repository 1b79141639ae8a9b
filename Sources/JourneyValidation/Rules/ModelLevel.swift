import JourneyKit

extension Rule {
    static let modelLevel: [Rule] = []
}
