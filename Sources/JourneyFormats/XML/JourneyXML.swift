import Foundation
import JourneyKit
import XMLSupport

/// JourneyKit XML: the whole journey format in a namespaced XML vocabulary
/// (`urn:journeykit:design:1`), described by the shipped XSD (``JourneyXSD``).
///
/// Reading parses with the hardened reader of XMLSupport (no DOCTYPE, nothing loaded from
/// anywhere), validates against the XSD, and then reads the design with the same reader as
/// YAML and JSON, so that all three formats accept and refuse the same things. Every problem
/// carries `file:line:col`.
public enum JourneyXML {
    /// The namespace of JourneyKit XML, version 1.
    public static let namespace = XMLVocabulary.namespace

    /// The compiled XSD, shared by all reads (libxml2 allows sharing a parsed schema).
    static let schema: XMLSchema = {
        do {
            return try XMLSchema(xsd: JourneyXSD.text, url: "journeykit.xsd")
        } catch {
            // The schema is ours and tested; reaching here is a bug.
            preconditionFailure("the embedded JourneyKit XSD does not compile: \(error)")
        }
    }()

    /// Reads a design from JourneyKit XML, reporting every problem with its place.
    public static func decode(_ data: Data, name: String) -> DecodedDesign {
        let document: XMLDocument
        do {
            document = try XMLReader.read(data, url: name, schema: schema)
        } catch {
            return DecodedDesign(design: nil, problems: error.issues.map { problem($0, file: name) })
        }
        let root = XMLNodeReader().node(document.root, XMLVocabulary.design)
        let session = DecodingSession(file: name, textSize: data.count)
        let design = try? DesignDecoder(session: session).design(root)
        return DecodedDesign(design: design, problems: session.problems)
    }

    /// Writes a design as JourneyKit XML: UTF-8, two-space indented, ending in a newline.
    /// Characters XML 1.0 cannot carry (control characters such as U+0007) are left out.
    public static func encode(_ design: ServiceDesign) -> String {
        XMLNodeWriter().document(DesignEncoder().design(design))
    }

    /// An issue of the XML reader as a problem of the file.
    static func problem(_ issue: XMLIssue, file: String) -> FileProblem {
        let location = SourceLocation(file: file, line: max(issue.line, 1), column: max(issue.column, 1))
        switch issue.category {
        case .syntax:
            return .syntax(location, problem: issue.message, context: nil)
        case .refused:
            return .refused(location, detail: issue.message)
        case .validity:
            if issue.message.contains("No matching global declaration available for the validation root") {
                return .schema(location, detail: "the root element is not JourneyKit's <journey>; a JourneyKit XML file starts with <journey xmlns=\"\(namespace)\" id=\"…\">")
            }
            return .schema(location, detail: issue.message)
        }
    }
}
