import JourneyKit
import XMLSupport

/// The pictures JourneyKit draws of a design. The SVG renderer arrives in its own issue; until
/// then no command renders, and the README says so.
public enum JourneyView: String, CaseIterable, Sendable {
    /// The journey map: persona header, stage band, touchpoint cards, emotion curves.
    case map
    /// The service blueprint: lanes from physical evidence to support processes.
    case blueprint
    /// All personas' emotion curves on one chart.
    case emotion

    /// The title the view carries in its output.
    public func title(for design: ServiceDesign) -> String {
        let text: String
        switch self {
        case .map: text = "Journey map: \(design.title)"
        case .blueprint: text = "Service blueprint: \(design.title)"
        case .emotion: text = "Emotion curves: \(design.title)"
        }
        return XMLText.sanitized(text)
    }
}
