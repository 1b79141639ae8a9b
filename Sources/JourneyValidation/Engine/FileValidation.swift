import JourneyKit

/// The validation of one file, as the reports show it: the file as the user named it, the
/// findings (file problems included), and the size of the design when it could be read.
public struct FileValidation: Hashable, Sendable {
    /// The size of a design, for the "ok" line of the text report.
    public struct DesignSize: Hashable, Sendable, Codable {
        /// The number of touchpoints in the design.
        public var touchpoints: Int
        /// The number of stages in the design.
        public var stages: Int
        /// The number of personas in the design.
        public var personas: Int
        /// True for an actual journey (`kind: actual`), which gets the structural checks only
        /// (``JourneyKit/JourneyKind/applies(_:)``); the report says so.
        public var actual: Bool

        /// A size from its counts.
        public init(touchpoints: Int, stages: Int, personas: Int, actual: Bool = false) {
            self.touchpoints = touchpoints
            self.stages = stages
            self.personas = personas
            self.actual = actual
        }

        /// The size of a design as read.
        public init(_ design: ServiceDesign) {
            self.init(
                touchpoints: design.touchpoints.count, stages: design.stages.count, personas: design.personas.count,
                actual: design.kind == .actual)
        }
    }

    /// The file as the user named it (`<stdin>` for standard input).
    public var file: String
    /// What the validation found; a file that could not be read has its file problem here as an error.
    public var result: ValidationResult
    /// Nil when the file could not be read as a design.
    public var size: DesignSize?

    /// One file's validation, from its parts.
    public init(file: String, result: ValidationResult, size: DesignSize?) {
        self.file = file
        self.result = result
        self.size = size
    }
}
