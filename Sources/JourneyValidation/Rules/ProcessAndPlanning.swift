import JourneyKit

extension Rule {
    static let processAndPlanning: [Rule] = []
}
