import Testing
@testable import XMLSupport

@Suite("XML text and the linked libxml2")
struct XMLTextTests {
    @Test("libxml2 is linked and reports a 2.x version")
    func libraryVersion() {
        let parts = XMLLibrary.version.split(separator: ".")
        #expect(parts.count == 3)
        #expect(parts.first == "2")
    }

    @Test("characters XML 1.0 forbids are dropped, everything else is kept")
    func sanitizing() {
        #expect(XMLText.sanitized("bell\u{07} and nul\u{0} gone") == "bell and nul gone")
        #expect(XMLText.sanitized("tab\tnewline\nemoji 😀 & <tags>") == "tab\tnewline\nemoji 😀 & <tags>")
        #expect(XMLText.sanitized("\u{FFFE}x\u{FFFF}") == "x")
    }
}
