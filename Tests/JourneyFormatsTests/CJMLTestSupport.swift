import Foundation
import JourneyFormats
import JourneyKit
import JourneyTestSupport

/// The CJML fixtures in `Tests/Fixtures/cjml`, one per producer's dialect (see its README).
enum CJMLFixture {
    static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/cjml")

    static let officialSample = "official-sample.cjml.xml"
    static let cjmlExcel = "cjmlexcel-actual.cjml.xml"
    static let cjmlExcelAmpersand = "cjmlexcel-unescaped-ampersand.cjml.xml"
    static let uioMasterPlanned = "uiomaster-planned.cjml.xml"
    static let uioMasterActual = "uiomaster-actual.cjml.xml"
    static let uioMasterBoth = "uiomaster-both.cjml.xml"
    static let aika = "aika-cjml.xml"
    static let remake = "remake-cjml-tool.cjml.xml"

    /// The fixtures that must import (with warnings), never fail.
    static let importable = [officialSample, cjmlExcel, uioMasterPlanned, uioMasterActual, uioMasterBoth, aika]

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// The fixture read through ``JourneyFile/decode(_:name:format:)``, as the CLI reads it.
    static func decode(_ name: String) throws -> DecodedDesign {
        JourneyFile.decode(try data(name), name: name)
    }
}

extension DecodedDesign {
    /// The warnings as `line: message`, for readable failures.
    var warningLines: [String] { warnings.map { "\($0.location.line):\($0.location.column): \($0.message)" } }

    /// The lines of the warnings whose message contains `text`.
    func warningLines(containing text: String) -> [Int] {
        warnings.filter { $0.message.contains(text) }.map(\.location.line)
    }
}
