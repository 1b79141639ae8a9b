import Foundation
import JourneyTestSupport
import Testing

/// Emoji in PNG and PDF. rsvg-convert turns text into outlines, and the outline of a colour
/// bitmap emoji (Noto Color Emoji) is a blurred monochrome blob; `journey render` runs it with
/// colour fonts turned away, so fontconfig picks an outline emoji font (Symbola). The PDF shows
/// which font drew the text: `pdffonts` lists the fonts cairo embedded, and PNG and PDF come
/// from the same rsvg-convert with the same fonts. The emoji are in the actors' names, which are
/// set in regular weight: in bold titles cairo emboldens Symbola itself and embeds the result
/// under a name of its own (`CairoFont-…`).
@Suite("Emoji in PNG and PDF")
struct EmojiRasterTests {
    static let journey = """
        journey: emoji
        title: "Residence permit"
        actors:
          - {id: office, name: "📄 ✅ ⏳ 📅 🏛️", kind: employee}
          - {id: cashier, name: "💳 😤 🙂 👩‍⚕️", kind: employee}
        stages:
          - id: apply
            name: Apply
            touchpoints:
              - {id: t1, title: "📄 Upload documents", channel: web, actors: [office, cashier]}
              - {id: t2, title: "✅ Documents checked ⏳", channel: email}
              - {id: t3, title: "🏛️ Appointment 📅 💳 😤 🙂 👩‍⚕️", channel: in-person}

        """

    /// rsvg-convert, pdffonts and an outline emoji font, or nil after saying which is missing.
    static func tools() -> (rsvg: URL, pdffonts: URL)? {
        guard let rsvg = RenderCommandTests.rasterizer() else { return nil }
        guard let pdffonts = ExternalTool.find("pdffonts") else {
            print("note: pdffonts (Debian: poppler-utils) is not installed; the emoji font test was skipped")
            return nil
        }
        guard let fcList = ExternalTool.find("fc-list"), let fonts = try? ExternalTool.run(fcList, [":", "family"]),
              fonts.output.contains("Symbola") else {
            print("note: no outline emoji font (Debian: fonts-symbola); the emoji font test was skipped")
            return nil
        }
        return (rsvg, pdffonts)
    }

    @Test("a PDF of a journey with emoji draws them with the outline emoji font, not a colour bitmap font")
    func pdfUsesTheOutlineEmojiFont() throws {
        try #require(JourneyBinary.url != nil)
        guard let tools = Self.tools() else { return }
        let workspace = CLIWorkspace("journey-emoji")
        defer { workspace.remove() }
        try workspace.write("emoji.yaml", Self.journey)
        let result = try workspace.run(["render", "emoji.yaml", "--format", "pdf", "-o", "emoji.pdf"])
        RenderCommandTests.expectClean(result)
        #expect(result.status == 0, "\(result.allText)")
        let fonts = try ExternalTool.run(tools.pdffonts, [workspace.url("emoji.pdf").path])
        #expect(fonts.status == 0, "\(fonts.errors)")
        #expect(fonts.output.contains("Symbola"), "the emoji were not drawn with Symbola:\n\(fonts.output)")
        #expect(!fonts.output.contains("NotoColorEmoji") && !fonts.output.contains("Type 3"),
                "a colour bitmap font (drawn as a blob) is in the PDF:\n\(fonts.output)")
        // The same SVG through rsvg-convert with the system's own fonts: the control, which
        // shows what the test would see without the fix when a colour emoji font is installed.
        let svg = try workspace.run(["render", "emoji.yaml", "-o", "emoji.svg"])
        #expect(svg.status == 0, "\(svg.allText)")
        let plain = try ExternalTool.run(tools.rsvg, ["--format", "pdf", "--output", workspace.url("plain.pdf").path, workspace.url("emoji.svg").path])
        #expect(plain.status == 0, "\(plain.errors)")
        let plainFonts = try ExternalTool.run(tools.pdffonts, [workspace.url("plain.pdf").path]).output
        if let fcMatch = ExternalTool.find("fc-match"),
           (try? ExternalTool.run(fcMatch, [":lang=und-zsye:charset=1f4c4", "family"]).output.contains("Color")) == true {
            #expect(!plainFonts.contains("Symbola"), "the control should draw with the colour font:\n\(plainFonts)")
        }
    }
}
