import JourneyKit

/// The validation of one file, as the reports show it: the file as the user named it, the
/// findings (file problems included), and the size of the design when it could be read.
public struct FileValidation: Hashable, Sendable {
    /// The size of a design, for the "ok" line of the text report.
    public struct DesignSize: Hashable, Sendable, Codable {
        public var touchpoints: Int
        public var stages: Int
        public var personas: Int
        /// True for an actual journey (`kind: actual`), which gets the structural checks only
        /// (``JourneyKit/JourneyKind/applies(_:)``); the report says so.
        public var actual: Bool

        public init(touchpoints: Int, stages: Int, personas: Int, actual: Bool = false) {
            self.touchpoints = touchpoints
            self.stages = stages
            self.personas = personas
            self.actual = actual
        }

        public init(_ design: ServiceDesign) {
            self.init(
                touchpoints: design.touchpoints.count, stages: design.stages.count, personas: design.personas.count,
                actual: design.kind == .actual)
        }
    }

    /// The file as the user named it (`<stdin>` for standard input).
    public var file: String
    public var result: ValidationResult
    /// Nil when the file could not be read as a design.
    public var size: DesignSize?

    public init(file: String, result: ValidationResult, size: DesignSize?) {
        self.file = file
        self.result = result
        self.size = size
    }
}
