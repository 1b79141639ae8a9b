import Foundation

extension EventLog.Columns {
    /// The names the columns are given by in `name=column` settings.
    public static let names = ["case", "activity", "timestamp", "persona", "rating", "comment"]

    /// Why a `name=column` list cannot be read.
    public struct ParsingError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, with what to write instead.
        public var description: String
    }

    /// Columns from `name=column` pairs separated by commas (`journey conform --columns`), the
    /// others keeping their default names: `case=ticket,activity=step,timestamp=at`.
    /// - Throws: ``ParsingError`` for a pair without `=` or a column name, or an unknown name.
    public init(parsing text: String) throws(ParsingError) {
        self.init()
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { throw ParsingError(description: "--columns: write name=column, e.g. case=ticket") }
            switch parts[0] {
            case "case": caseID = parts[1]
            case "activity": activity = parts[1]
            case "timestamp": timestamp = parts[1]
            case "persona": persona = parts[1]
            case "rating": rating = parts[1]
            case "comment": comment = parts[1]
            default:
                throw ParsingError(description: "--columns: '\(parts[0])' is not one of \(Self.names.joined(separator: ", "))")
            }
        }
    }
}
