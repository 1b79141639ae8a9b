import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyValidation

/// From a journey file's bytes to its HTML page: read, validate, summarize, draw. Used by
/// `journey render --format html` and by the live preview. (Being built.)
public enum JourneyPage {
    /// The page, and whether the file could be read (false: the page lists its problems).
    public static func html(data: Data, name: String, theme: Theme = .light, liveReload: String? = nil) -> (html: String, ok: Bool) {
        let decoded = JourneyFile.decode(data, name: name)
        guard let design = decoded.design, decoded.problems.isEmpty else {
            return (HTMLPage.problems(file: name, messages: decoded.problems.map(\.description), liveReload: liveReload), false)
        }
        return (HTMLPage.document(design, theme: theme, file: name, liveReload: liveReload), true)
    }
}
