import Foundation
import Testing
@testable import XMLSupport

/// The XML half of the hostile corpus, read with `.safe`: each case either throws with a clear
/// first issue that has a line, or gives a correct document; nothing from /etc/passwd or
/// /etc/hostname ever comes back. Times measured on 2 cores, debug build (release: all < 1 ms
/// but the 12 MiB text, 11 ms).
@Suite("Hostile XML input with the safe options")
struct HostileInputTests {
    /// The cases that need a DOCTYPE, all stopped at the DOCTYPE itself (line 2, column 1),
    /// before any entity is declared: < 1 ms each (0.0 to 0.7 ms).
    enum DoctypeCase: String, CaseIterable, Sendable {
        case xxeFile, xxeParameter, externalDTDURL, externalDTDLocal, billionLaughs, quadraticBlowup

        var text: String {
            switch self {
            case .xxeFile: HostileXML.xxeFile
            case .xxeParameter: HostileXML.xxeParameter
            case .externalDTDURL: HostileXML.externalDTDURL
            case .externalDTDLocal: HostileXML.externalDTDLocal
            case .billionLaughs: HostileXML.billionLaughs
            case .quadraticBlowup: HostileXML.quadraticBlowup
            }
        }
    }

    /// Reads a case in a folder that also holds evil.dtd, as the corpus does.
    private func readBesideEvilDTD(_ text: String) throws -> Result<XMLDocument, XMLReadFailure> {
        try withTemporaryFolder { folder in
            try HostileXML.evilDTD.write(to: folder.appendingPathComponent("evil.dtd"), atomically: true, encoding: .utf8)
            return read(text, url: folder.appendingPathComponent("case.xml").path)
        }
    }

    @Test("a DOCTYPE is refused at its line before anything in it is read", arguments: DoctypeCase.allCases)
    func doctypeRefused(_ hostile: DoctypeCase) throws {
        let result = try readBesideEvilDTD(hostile.text)
        let failure = try #require(result.failure)
        #expect(failure.issues.count == 1)
        #expect(failure.issues[0] == XMLIssue(
            severity: .fatal, category: .refused,
            message: "a DOCTYPE is not allowed in this file (it could make the reader load other files)",
            line: 2, column: 1))
        #expect(!HostileXML.leaks(allStrings(result)))
    }

    @Test("XInclude of /etc/passwd is not processed: the include element stays, the text is empty")
    func xincludeIgnored() throws {
        // 0.3 ms.
        let result = read(HostileXML.xincludePasswd)
        let label = try #require(result.value?.root.child("label"))
        #expect(label.text == "")
        #expect(label.child("include")?.namespace == "http://www.w3.org/2001/XInclude")
        #expect(label.child("include")?.attribute("href")?.value == "file:///etc/passwd")
        #expect(!HostileXML.leaks(allStrings(result)))
    }

    @Test("10,000-deep and 300-deep nesting are refused at the 257th level", arguments: [10_000, 300])
    func deepNesting(depth: Int) throws {
        // 10,000 deep: 9 ms; 300 deep: 0.4 ms.
        let issue = try #require(read(HostileXML.deepNesting(depth)).failure?.issues.first)
        #expect(issue.category == .refused)
        #expect(issue.message == "the elements are nested more than 256 deep")
        // '<journey id="deep" name="deep">' is 31 characters, each '<stage>' 7: the 256th stage.
        #expect((issue.line, issue.column) == (2, 32 + 255 * 7))
    }

    @Test("100,000 attributes on one element are refused before libxml2 sees them")
    func hundredThousandAttributes() throws {
        // 0.7 ms. xmllint (libxml2 2.9.14 alone) takes 19 s: it checks the duplicates pairwise.
        let issue = try #require(read(HostileXML.hundredThousandAttributes).failure?.issues.first)
        #expect(issue == XMLIssue(severity: .fatal, category: .refused,
                                  message: "an element has more than 1000 attributes", line: 2, column: 1))
    }

    @Test("invalid UTF-8 and Latin-1 declared as UTF-8 are syntax errors at the first bad byte")
    func invalidUTF8() throws {
        // 0.4 ms and 0.1 ms.
        for (data, bytes) in [(HostileXML.invalidUTF8, "0xC3 0x28 0x20 0x7C"), (HostileXML.latin1DeclaredUTF8, "0xFC 0x6C 0x6C 0x65")] {
            let issue = try #require(read(data).failure?.issues.first)
            #expect(issue.category == .syntax)
            #expect(issue.line == 2 && issue.column > 1)
            #expect(issue.message == "the input is not valid UTF-8 (bytes: \(bytes)); XML files must be saved as UTF-8")
        }
    }

    @Test("raw control characters and references to them are each a syntax error")
    func controlCharacters() throws {
        // 0.2 ms.
        let failure = try #require(read(HostileXML.controlCharacters).failure)
        #expect(failure.issues.map(\.message) == [
            "the character U+0007 is not allowed in XML",
            "the character U+001B is not allowed in XML",
            "the character reference &#0; (U+0000) is not allowed in XML",
            "the character reference &#1; (U+0001) is not allowed in XML",
        ])
        #expect(failure.issues.allSatisfy { $0.line == 2 && $0.category == .syntax })
    }

    @Test("a truncated document is a syntax error with a line")
    func truncated() throws {
        // 0.1 ms.
        let failure = try #require(read(HostileXML.truncated).failure)
        #expect(failure.issues.first?.line == 2)
        #expect(failure.issues.contains { $0.message.hasPrefix("Premature end of data") })
    }

    @Test("a 12 MiB text node ends in a clear error at its element, not a hang")
    func hugeTextNode() throws {
        // 12 ms. libxml2 2.9.14 itself accepts it: its check misses text that arrives in one piece.
        let issue = try #require(read(HostileXML.hugeTextNode).failure?.issues.first)
        #expect(issue == XMLIssue(
            severity: .fatal, category: .refused,
            message: "a text is longer than 10,000,000 bytes (libxml2's limit for one text)",
            line: 2, column: 127))
        #expect(read(HostileXML.hugeTextNode, options: [.huge]).value?.root.name == "journey")
    }

    @Test("input over the size limit is refused before parsing: 200 MiB by default (64 MiB), 2 MiB over 1 MiB")
    func sizeLimit() throws {
        // < 0.1 ms each, refused on the byte count alone.
        let huge = Data(count: 200 << 20)
        #expect(read(huge).failure?.issues == [XMLIssue(
            severity: .fatal, category: .refused,
            message: "the file is 200.0 MiB; XML files over 64.0 MiB are refused (the whole document is held in memory, about 17 times its size)",
            line: 1, column: 1)])
        let small = XMLLimits(maximumBytes: 1 << 20, maximumDepth: 256, maximumAttributesPerElement: 1_000)
        let twoMiB = HostileXML.journey(String(repeating: "x", count: 2 << 20))
        let issue = try #require(read(twoMiB, limits: small).failure?.issues.first)
        #expect(issue.category == .refused && issue.line == 1 && issue.message.contains("over 1.0 MiB are refused"))
    }

    @Test("UTF-16 and an empty input are refused with a clear message")
    func otherEncodingsAndEmpty() throws {
        let utf16 = try #require("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".data(using: .utf16))
        #expect(read(utf16).failure?.issues.first?.message == "the input is UTF-16 or UTF-32, not UTF-8; XML files must be saved as UTF-8")
        #expect(read(Data()).failure?.issues.first?.message == "the document is empty")
    }
}

/// Redirecting file descriptor 2 is process-wide: these two tests must not overlap.
@Suite("Standard error stays silent", .serialized)
struct StandardErrorTests {
    @Test("libxml2 prints nothing on standard error for any hostile case")
    func nothingOnStandardError() throws {
        let cases: [Data] = HostileInputTests.DoctypeCase.allCases.map { Data($0.text.utf8) } + [
            HostileXML.invalidUTF8, HostileXML.latin1DeclaredUTF8, HostileXML.truncated,
            Data(HostileXML.controlCharacters.utf8), Data(HostileXML.xincludePasswd.utf8),
            Data(HostileXML.deepNesting(10_000).utf8), Data(HostileXML.hugeTextNode.utf8),
            Data("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<a>".utf8) + Data([0x82, 0xA0, 0xFF, 0xFE]) + Data("</a>".utf8),
            "<a>\u{C4}</a>".data(using: .isoLatin1)!, "<a>x</a>".data(using: .utf16)!,
        ]
        let printed = try capturingStandardError {
            for data in cases { _ = read(data) }
            _ = try? XMLSchema(xsd: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>")
            _ = try? XMLSchema(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:import schemaLocation=\"/etc/passwd\"/></xs:schema>")
        }
        #expect(!containsLibxml2Report(printed), "libxml2 printed: \(printed)")
    }

    @Test("the standard-error capture does catch libxml2 (control: unprotected XInclude prints)")
    func captureWorks() throws {
        let printed = try capturingStandardError {
            _ = read(HostileXML.xincludePasswd, options: [.processXInclude])
        }
        #expect(containsLibxml2Report(printed))
        #expect(!printed.contains("root:"))
    }
}
