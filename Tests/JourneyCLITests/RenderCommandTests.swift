import Foundation
import JourneyTestSupport
import Testing

/// `journey render`: the three views as SVG, PNG and PDF files, themes, paper and a planned
/// journey. The error cases are in RenderCommandErrorTests.swift.
@Suite("journey render")
struct RenderCommandTests {
    static let views = ["map", "blueprint", "emotion", "summary"]
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// rsvg-convert, or nil after recording (on CI) or printing (elsewhere) that it is missing.
    static func rasterizer() -> URL? {
        if let url = ExternalTool.find("rsvg-convert") { return url }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("rsvg-convert is not installed; CI must have it (apt-get install librsvg2-bin)")
        } else {
            print("note: rsvg-convert is not installed; the PNG and PDF tests of journey render were skipped")
        }
        return nil
    }

    /// The sample's name without folder and `.yaml`: the NAME of NAME-VIEW.svg.
    static func stem(_ sample: URL) -> String { sample.deletingPathExtension().lastPathComponent }

    /// An attribute of the root `<svg>` element.
    static func rootAttribute(_ svg: String, _ name: String) -> String? {
        guard let open = svg.range(of: "<svg "), let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[open.upperBound..<close]
        guard let start = tag.range(of: " \(name)=\"") ?? (tag.hasPrefix("\(name)=\"") ? tag.range(of: "\(name)=\"") : nil),
              let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }

    /// The fill of the first `<rect>`: the picture's background.
    static func backgroundFill(_ svg: String) -> String? {
        guard let rect = svg.range(of: "<rect "), let close = svg[rect.upperBound...].firstIndex(of: ">"),
              let fill = svg[rect.upperBound..<close].range(of: "fill=\"") else { return nil }
        return String(svg[fill.upperBound...].prefix { $0 != "\"" })
    }

    /// Width and height from a PNG's IHDR chunk, or nil when it is not a PNG.
    static func pngSize(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, Array(bytes[0..<8]) == pngSignature, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        return (bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, bytes[20..<24].reduce(0) { $0 << 8 | Int($1) })
    }

    /// The PDF's pages: `/Type /Page` not followed by `s` (which is the page tree).
    static func pageCount(_ pdf: Data) -> Int {
        let bytes = [UInt8](pdf)
        let needle = Array("/Type /Page".utf8)
        var count = 0
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) {
                if index + needle.count == bytes.count || bytes[index + needle.count] != UInt8(ascii: "s") { count += 1 }
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }

    /// Not a crash, and no trace of one in the errors.
    static func expectClean(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) {
        expectClean(crashed: result.crashed, errors: result.errors, sourceLocation: sourceLocation)
    }

    static func expectClean(crashed: Bool, errors: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!crashed, "crashed: \(errors.prefix(500))", sourceLocation: sourceLocation)
        let lowered = errors.lowercased()
        for marker in ["fatal error", "stack dump", "stack trace", "backtrace", "please submit a bug report"] {
            #expect(!lowered.contains(marker), "\(marker): \(errors.prefix(500))", sourceLocation: sourceLocation)
        }
    }

    /// An SVG file that starts with the XML declaration and that xmllint (when installed) reads.
    static func expectWellFormedSVG(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.hasPrefix("<?xml"), "\(url.lastPathComponent): \(text.prefix(80))", sourceLocation: sourceLocation)
        #expect(text.contains("<svg "), sourceLocation: sourceLocation)
        #expect(text.hasSuffix("</svg>\n") || text.hasSuffix("</svg>"), sourceLocation: sourceLocation)
        if let xmllint = ExternalTool.find("xmllint") {
            let result = try ExternalTool.run(xmllint, ["--noout", "--nonet", url.path])
            #expect(result.status == 0, "\(url.lastPathComponent): \(result.errors.prefix(500))", sourceLocation: sourceLocation)
        }
    }

    /// A journey far too long for one image: `stages` stages of `perStage` touchpoints each.
    static func longJourney(stages: Int = 35, perStage: Int = 20) -> String {
        var lines = ["journey: long-journey", "title: A very long journey", "personas:",
                     "  - id: anna", "    name: Anna", "  - id: ben", "    name: Ben", "stages:"]
        for stage in 0..<stages {
            lines += ["  - id: stage-\(stage)", "    name: Stage \(stage)", "    touchpoints:"]
            for point in 0..<perStage {
                lines += ["      - id: tp-\(stage)-\(point)", "        title: Touchpoint \(stage).\(point)", "        channel: web",
                          "        emotions: {anna: \(1 + (stage + point) % 5), ben: \(1 + (stage * point) % 5)}"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: SVG

    @Test("--view all writes NAME-map.svg, NAME-blueprint.svg, NAME-emotion.svg and NAME-summary.svg, each well-formed", arguments: TestPaths.sampleFiles)
    func allViews(_ sample: URL) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.url("out"), withIntermediateDirectories: false)
        let result = try workspace.run(["render", sample.path, "--view", "all", "-o", "out"])
        Self.expectClean(result)
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.isEmpty)
        let name = Self.stem(sample)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path))?.sorted()
        #expect(written == ["\(name)-blueprint.svg", "\(name)-emotion.svg", "\(name)-map.svg", "\(name)-summary.svg"])
        #expect(workspace.names() == ["out"])
        for view in Self.views {
            let file = workspace.url("out/\(name)-\(view).svg")
            try Self.expectWellFormedSVG(file)
            let svg = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            #expect((Self.rootAttribute(svg, "width").flatMap(Double.init) ?? 0) > 0, "\(view)")
        }
    }

    @Test("--view all -o DIR makes DIR (and the folders above it) when it does not exist, for SVG and for the HTML page")
    func viewAllMakesTheFolder() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "trip.yaml")
        let result = try workspace.run(["render", "trip.yaml", "--view", "all", "-o", "maps/2026"])
        Self.expectClean(result)
        #expect(result.status == 0, "\(result.allText)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: workspace.url("maps/2026").path))?.sorted()
        #expect(written == ["trip-blueprint.svg", "trip-emotion.svg", "trip-map.svg", "trip-summary.svg"])
        let page = try workspace.run(["render", "trip.yaml", "--view", "all", "--format", "html", "-o", "pages"])
        #expect(page.status == 0, "\(page.allText)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: workspace.url("pages").path)) == ["trip.html"])
        #expect(workspace.names() == ["maps", "pages", "trip.yaml"])
    }

    @Test("--view all -o DIR with an input that cannot be read exits 1 and leaves no folder behind")
    func viewAllMakesNoFolderForABrokenInput() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        try workspace.write("broken.yaml", "journey: [unclosed\n")
        for format in ["svg", "html"] {
            let result = try workspace.run(["render", "broken.yaml", "--view", "all", "--format", format, "-o", "maps"])
            #expect(result.status == 1, "\(format): \(result.allText)")
            #expect(workspace.names() == ["broken.yaml"], "\(format)")
        }
    }

    @Test("without -o the view goes to NAME-VIEW.svg in the current folder, and `-o -` prints the same SVG")
    func defaultNameAndStandardOutput() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "trip.yaml")

        let map = try workspace.run(["render", "trip.yaml"])
        Self.expectClean(map)
        #expect(map.status == 0, "\(map.allText)")
        let emotion = try workspace.run(["render", "trip.yaml", "--view", "emotion"])
        #expect(emotion.status == 0, "\(emotion.allText)")
        #expect(workspace.names() == ["trip-emotion.svg", "trip-map.svg", "trip.yaml"])
        try Self.expectWellFormedSVG(workspace.url("trip-map.svg"))

        let printed = try workspace.run(["render", "trip.yaml", "-o", "-"])
        Self.expectClean(printed)
        #expect(printed.status == 0, "\(printed.errors)")
        #expect(printed.output.hasPrefix("<?xml"))
        #expect(printed.output == (try workspace.text("trip-map.svg")))
        #expect(workspace.names() == ["trip-emotion.svg", "trip-map.svg", "trip.yaml"])
    }

    @Test("rendering the same sample twice gives the same bytes", arguments: TestPaths.sampleFiles)
    func deterministic(_ sample: URL) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        for folder in ["first", "second"] {
            try FileManager.default.createDirectory(at: workspace.url(folder), withIntermediateDirectories: false)
            let result = try workspace.run(["render", sample.path, "--view", "all", "-o", folder])
            Self.expectClean(result)
            #expect(result.status == 0, "\(result.allText)")
        }
        for view in Self.views {
            let name = "\(Self.stem(sample))-\(view).svg"
            let first = try workspace.read("first/\(name)")
            #expect(!first.isEmpty)
            #expect(first == (try workspace.read("second/\(name)")), "\(name) differs between two runs")
        }
    }

    // MARK: PNG and PDF

    @Test("PNG from --format and from the extension; its width is the SVG's width × --scale", arguments: [1.0, 2.0, 0.5])
    func png(_ scale: Double) throws {
        try #require(JourneyBinary.url != nil)
        guard Self.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        let sample = TestPaths.samples.appendingPathComponent("building-permit.yaml").path
        let svg = try workspace.run(["render", sample, "-o", "-"])
        let width = try #require(Self.rootAttribute(svg.output, "width").flatMap(Double.init))
        let height = try #require(Self.rootAttribute(svg.output, "height").flatMap(Double.init))

        let fromFlag = try workspace.run(["render", sample, "--format", "png", "--scale", "\(scale)", "-o", "flag.img"])
        let fromExtension = try workspace.run(["render", sample, "--scale", "\(scale)", "-o", "extension.PNG"])
        for (result, file) in [(fromFlag, "flag.img"), (fromExtension, "extension.PNG")] {
            Self.expectClean(result)
            #expect(result.status == 0, "\(file): \(result.allText)")
            let size = try #require(Self.pngSize(try workspace.read(file)), "\(file) is not a PNG")
            #expect(abs(Double(size.width) - width * scale) <= 1, "\(file): \(size.width) px for \(width) × \(scale)")
            #expect(abs(Double(size.height) - height * scale) <= 1, "\(file): \(size.height) px for \(height) × \(scale)")
        }
        #expect(workspace.names() == ["extension.PNG", "flag.img"])
    }

    @Test("--view all --format png writes four PNGs (map, blueprint, emotion, summary) into the folder")
    func allViewsAsPNG() throws {
        try #require(JourneyBinary.url != nil)
        guard Self.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml"), as: "before.yaml")
        let result = try workspace.run(["render", "before.yaml", "--view", "all", "--format", "png"])
        Self.expectClean(result)
        #expect(result.status == 0, "\(result.allText)")
        #expect(workspace.names() == ["before-blueprint.png", "before-emotion.png", "before-map.png", "before-summary.png", "before.yaml"])
        for view in Self.views {
            #expect(Self.pngSize(try workspace.read("before-\(view).png")) != nil, "\(view)")
        }
    }

    @Test("PDF from --format and from the extension: one page for a normal journey")
    func pdf() throws {
        try #require(JourneyBinary.url != nil)
        guard Self.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        let sample = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml").path
        let fromFlag = try workspace.run(["render", sample, "--view", "emotion", "--format", "pdf", "-o", "flag.out"])
        let fromExtension = try workspace.run(["render", sample, "--view", "blueprint", "-o", "extension.pdf"])
        for (result, file) in [(fromFlag, "flag.out"), (fromExtension, "extension.pdf")] {
            Self.expectClean(result)
            #expect(result.status == 0, "\(file): \(result.allText)")
            let data = try workspace.read(file)
            #expect(data.starts(with: Data("%PDF".utf8)), "\(file) is not a PDF")
            #expect(Self.pageCount(data) == 1, "\(file): \(Self.pageCount(data)) pages")
        }
    }

    @Test("a journey of 700 touchpoints: a PNG no wider than 32,767 px, a PDF of several pages")
    func longJourneyRasters() throws {
        try #require(JourneyBinary.url != nil)
        guard Self.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-render")
        defer { workspace.remove() }
        try workspace.write("long.yaml", Self.longJourney())
        let svg = try workspace.run(["render", "long.yaml", "-o", "-"])
        #expect(svg.status == 0, "\(svg.errors)")
        let svgWidth = try #require(Self.rootAttribute(svg.output, "width").flatMap(Double.init))
        #expect(svgWidth > 32_767, "the journey is not long enough to test anything: \(svgWidth)")

        let png = try workspace.run(["render", "long.yaml", "-o", "long.png"])
        Self.expectClean(png)
        #expect(png.status == 0, "\(png.allText)")
        let size = try #require(Self.pngSize(try workspace.read("long.png")))
        #expect(size.width <= 32_767 && size.height <= 32_767, "\(size.width)×\(size.height)")
        #expect(size.width > 10_000, "scaled down further than needed: \(size.width)")

        let pdf = try workspace.run(["render", "long.yaml", "--format", "pdf", "-o", "long.pdf"])
        Self.expectClean(pdf)
        #expect(pdf.status == 0, "\(pdf.allText)")
        let data = try workspace.read("long.pdf")
        #expect(data.starts(with: Data("%PDF".utf8)))
        #expect(Self.pageCount(data) > 1, "\(Self.pageCount(data)) pages")
    }
}
