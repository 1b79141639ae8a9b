import JourneyKit

extension Rule {
    static let laterActivities: [Rule] = []
}
