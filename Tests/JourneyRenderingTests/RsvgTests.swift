import Foundation
import JourneyKit
import JourneyRendering
import JourneyTestSupport
import Testing

/// An independent renderer, librsvg, draws every picture without a complaint.
@Suite("rsvg-convert")
struct RsvgTests {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The tool, or nil after recording (on CI) or printing (elsewhere) that it is missing.
    static func tool() -> URL? {
        if let url = ExternalTool.find("rsvg-convert") { return url }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("rsvg-convert is not installed; CI must have it (apt-get install librsvg2-bin)")
        } else {
            print("note: rsvg-convert is not installed; the rsvg tests were skipped")
        }
        return nil
    }

    /// Writes `svg` to a file, converts it to PNG, and checks what rsvg-convert said and wrote.
    static func convert(_ svg: String, name: String, tool: URL) throws {
        let folder = TestPaths.temporaryFolder("rsvg")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("\(name).svg")
        let output = folder.appendingPathComponent("\(name).png")
        try Data(svg.utf8).write(to: input)
        let result = try ExternalTool.run(tool, ["-o", output.path, input.path])
        #expect(result.status == 0, "\(name): rsvg-convert exited with \(result.status): \(result.errors)")
        #expect(result.errors.isEmpty, "\(name): \(result.errors.prefix(500))")
        let png = try Data(contentsOf: output)
        #expect(Array(png.prefix(8)) == pngSignature, "\(name): not a PNG")
        #expect(png.count > 1_000, "\(name): a PNG of \(png.count) bytes")
        // The IHDR chunk gives the image's size: at least the picture's own, in pixels.
        if png.count > 24 {
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width > 900 && height > 300, "\(name): \(width)×\(height)")
        }
    }

    @Test("every sample in every view converts cleanly", arguments: RenderCase.all(themes: ["light"]))
    func samples(_ render: RenderCase) throws {
        guard let tool = Self.tool() else { return }
        let design = try Samples.design(render.sample)
        let svg = JourneyRenderer.svg(design, view: render.view)
        try Self.convert(svg, name: "\(design.id)-\(render.view.rawValue)", tool: tool)
    }

    @Test("the dark and print themes and a paper size convert cleanly")
    func themesAndPaper() throws {
        guard let tool = Self.tool() else { return }
        let design = try Samples.design("clinic-outpatient.yaml")
        try Self.convert(JourneyRenderer.svg(design, view: .map, theme: .dark), name: "dark", tool: tool)
        try Self.convert(JourneyRenderer.svg(design, view: .emotion, theme: .print, paper: .a3), name: "print-a3", tool: tool)
    }

    @Test("the hostile design's map converts cleanly", arguments: [JourneyView.map, .emotion])
    func hostile(_ view: JourneyView) throws {
        guard let tool = Self.tool() else { return }
        try Self.convert(JourneyRenderer.svg(Hostile.design(), view: view), name: "hostile-\(view.rawValue)", tool: tool)
    }
}
