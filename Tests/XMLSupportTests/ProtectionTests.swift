import Foundation
import Testing
@testable import XMLSupport

/// Proves that the safe options protect: with the dangerous options the same documents do read
/// a file we planted (a unique marker in a temporary folder), with `.safe` they do not, and our
/// entity loader stops the loading even when only `.allowExternalLoads` is missing.
@Suite("The protection is real")
struct ProtectionTests {
    static let dangerous: XMLParseOptions = [.substituteEntities, .loadExternalDTD, .allowDoctype, .allowExternalLoads]
    static let dangerousWithoutLoads: XMLParseOptions = [.substituteEntities, .loadExternalDTD, .allowDoctype]

    /// A planted secret: folder/secret.txt holds a unique marker, folder/evil.dtd declares an
    /// entity `leak` that loads it, folder/secret.xml wraps it in an element.
    struct Plant {
        let folder: URL
        let marker = "MARKER-\(UUID().uuidString)"
        var secretURL: String { folder.appendingPathComponent("secret.txt").absoluteString }
        var documentPath: String { folder.appendingPathComponent("case.xml").path }

        init(in folder: URL) throws {
            self.folder = folder
            try marker.write(to: folder.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
            try "<secret>\(marker)</secret>".write(to: folder.appendingPathComponent("secret.xml"), atomically: true, encoding: .utf8)
            try "<!ENTITY leak SYSTEM \"\(secretURL)\">\n"
                .write(to: folder.appendingPathComponent("evil.dtd"), atomically: true, encoding: .utf8)
        }

        func read(_ text: String, _ options: XMLParseOptions) -> Result<XMLDocument, XMLReadFailure> {
            XMLSupportTests.read(text, options: options, url: documentPath)
        }

        func label(_ result: Result<XMLDocument, XMLReadFailure>) -> String? {
            result.value?.root.child("stages")?.child("stage")?.child("touchpoint")?.child("label")?.text
        }

        func leaked(_ result: Result<XMLDocument, XMLReadFailure>) -> Bool {
            allStrings(result).contains { $0.contains(marker) }
        }
    }

    @Test("XXE: the dangerous options read the file, .safe and our loader do not")
    func xxe() throws {
        try withTemporaryFolder { folder in
            let plant = try Plant(in: folder)
            let xxe = HostileXML.journey("&xxe;", doctype: "<!DOCTYPE journey [\n  <!ENTITY xxe SYSTEM \"\(plant.secretURL)\">\n]>\n")
            #expect(plant.label(plant.read(xxe, Self.dangerous)) == plant.marker)

            let safe = plant.read(xxe, .safe)
            #expect(safe.failure?.issues.first?.message.contains("DOCTYPE") == true)
            #expect(!plant.leaked(safe))

            let stopped = plant.read(xxe, Self.dangerousWithoutLoads)
            let issue = try #require(stopped.failure?.issues.first)
            #expect(issue.category == .refused && issue.line == 5)
            #expect(issue.message == "an external resource was not loaded: \(plant.secretURL) (reading other files is not allowed)")
            #expect(!plant.leaked(stopped))

            // A DOCTYPE alone substitutes nothing: the reference stays out of the text.
            #expect(plant.label(plant.read(xxe, .allowDoctype)) == "")
        }
    }

    @Test("an external parameter entity and an external DTD leak only with external loads allowed")
    func externalDTDs() throws {
        try withTemporaryFolder { folder in
            let plant = try Plant(in: folder)
            let dtdPath = folder.appendingPathComponent("evil.dtd").path
            for hostile in [HostileXML.xxeParameter, HostileXML.externalDTDLocal] {
                #expect(plant.label(plant.read(hostile, Self.dangerous)) == plant.marker)
                let stopped = plant.read(hostile, Self.dangerousWithoutLoads)
                #expect(stopped.failure?.issues.first?.message.contains(dtdPath) == true)
                #expect(stopped.failure?.issues.first?.category == .refused)
                #expect(!plant.leaked(stopped))
                #expect(!plant.leaked(plant.read(hostile, .safe)))
            }
        }
    }

    @Test("an external DTD by URL is never fetched, not even with every dangerous option")
    func networkNever() throws {
        let failure = try #require(read(HostileXML.externalDTDURL, options: Self.dangerous).failure)
        #expect(failure.issues.first?.category == .refused)
        #expect(failure.issues.first?.message.contains("http://127.0.0.1:9/evil.dtd") == true)
        #expect((failure.issues.first?.line ?? 0) >= 2)
    }

    @Test("XInclude includes a file only when processed with external loads allowed")
    func xinclude() throws {
        try withTemporaryFolder { folder in
            let plant = try Plant(in: folder)
            let include = HostileXML.head + "<journey xmlns:xi=\"http://www.w3.org/2001/XInclude\"><label>"
                + "<xi:include href=\"secret.xml\"><xi:fallback>fallback</xi:fallback></xi:include></label></journey>\n"
            let processed = plant.read(include, [.processXInclude, .allowExternalLoads])
            #expect(processed.value?.root.child("label")?.child("secret")?.text == plant.marker)

            // The fallback keeps libxml2 from printing "could not load" on standard error.
            let stopped = plant.read(include, [.processXInclude])
            #expect(stopped.failure?.issues.first?.category == .refused)
            #expect(stopped.failure?.issues.first?.message.contains("secret.xml") == true)
            #expect(!plant.leaked(stopped))

            let safe = plant.read(include, .safe)
            #expect(safe.value?.root.child("label")?.child("include") != nil)
            #expect(!plant.leaked(safe))
        }
    }

    @Test("billion laughs with a DOCTYPE allowed: the document-level entity loop comes first")
    func billionLaughsOrder() throws {
        // 0.5 ms, with NOENT 14 ms: libxml2's own entity-amplification guard stops it.
        for options: XMLParseOptions in [.allowDoctype, [.allowDoctype, .substituteEntities]] {
            let failure = try #require(read(HostileXML.billionLaughs, options: options).failure)
            #expect(failure.issues.first?.message == "Detected an entity reference loop")
            #expect(failure.issues.first?.line == 14)
        }
    }
}
