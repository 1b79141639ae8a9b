import Foundation
import JourneyKit

// STUB: replaced by the CJML reader and writer.

/// The Customer Journey Modelling Language 2.0 (SINTEF): import and export.
public enum CJML {
    /// What ``encode(_:)`` wrote and what CJML could not carry.
    public struct Export: Sendable {
        public var text: String
        /// One line per kind of thing left out, for the user (e.g. "pain points (3)").
        public var notes: [String]
    }

    /// True for the root element names CJML producers write (`CJML`, `cjml`).
    static func isRootName(_ name: String) -> Bool { name.lowercased() == "cjml" }

    public static func decode(_ data: Data, name: String) -> DecodedDesign {
        DecodedDesign(design: nil, problems: [.syntax(SourceLocation(file: name, line: 1, column: 1), problem: "CJML is not read yet", context: nil)])
    }

    public static func encode(_ design: ServiceDesign) -> Export {
        Export(text: "", notes: [])
    }
}
