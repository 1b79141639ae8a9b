import Foundation
import JourneyKit
import XMLSupport

/// The Customer Journey Modelling Language 2.0 (SINTEF, <https://cjml.no>): import and export.
///
/// CJML describes one planned or actual journey: its phases, its actors (end users and service
/// providers) and its touchpoints, each a communication point from an initiator to a receiver or
/// an action by one actor, with channel, timestamps, the end user's experience and, on an actual
/// journey, its compliance with the plan.
///
/// The reader accepts CJML 2.0 as its producers really write it (the official sample, CJMLExcel,
/// UIOMaster, aika0725/CJML) and reports each deviation it reads past as a warning with its
/// place. The writer writes the element style of the CJML 2.0 documentation, one journey per
/// file, and says what CJML cannot carry. The mapping is described in `docs/cjml.md`.
public enum CJML {
    /// What ``encode(_:)`` wrote and what CJML could not carry.
    public struct Export: Sendable {
        /// The CJML document, ending in a newline.
        public var text: String
        /// One line per kind of thing left out, with counts, for the user
        /// (e.g. "pain points (3) are not part of CJML"). Empty when nothing was lost.
        public var notes: [String]
    }

    /// True for the root element names CJML producers write (`CJML`, `cjml`).
    static func isRootName(_ name: String) -> Bool { name.lowercased() == "cjml" }

    /// Reads a CJML file: its first journey, with every deviation from CJML 2.0 that was read
    /// past in ``DecodedDesign/warnings`` and every reason it could not be read in
    /// ``DecodedDesign/problems``.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the file's path as the user gave it, for `file:line:col` in messages.
    public static func decode(_ data: Data, name: String) -> DecodedDesign {
        let prepared = CJMLSource.prepare(data)
        let document: XMLDocument
        do {
            document = try XMLReader.read(prepared.data, url: name)
        } catch {
            return DecodedDesign(design: nil, problems: CJMLSource.problems(error, file: name, data: data))
        }
        let reader = CJMLReader(file: name)
        if let stray = prepared.strayText {
            let shown = stray.text.count > 40 ? String(stray.text.prefix(37)) + "…" : stray.text
            reader.warn(SourceLocation(file: name, line: stray.line, column: stray.column),
                        "text before the root element was ignored: \"\(shown)\" (a JavaScript exporter writes `undefined` there)")
        }
        return reader.read(document)
    }

    /// Writes a design as a CJML 2.0 document with one journey (`plannedJourney` or
    /// `actualJourney` by the design's kind), and lists what CJML cannot carry.
    public static func encode(_ design: ServiceDesign) -> Export {
        CJMLWriter(design: design).export()
    }
}
