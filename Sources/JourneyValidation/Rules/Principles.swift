import JourneyKit

extension Rule {
    static let principles: [Rule] = []
}
