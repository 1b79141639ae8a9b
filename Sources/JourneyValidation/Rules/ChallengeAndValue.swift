import JourneyKit

extension Rule {
    static let challengeAndValue: [Rule] = []
}
