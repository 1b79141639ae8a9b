import Foundation

/// Why a picture could not be turned into PNG or PDF.
public struct RasterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong (rsvg-convert missing or failing, a temporary file that cannot be written).
    public var description: String
}

/// PNG and PDF through `rsvg-convert` (Debian: librsvg2-bin). rsvg-convert refuses images over
/// 32,767 pixels on a side and SVGs of more than a million elements, so a long journey is
/// scaled down to fit for PNG (and cut into several PNGs only if it has too many elements for
/// one), and cut into pages for PDF. The images are returned, not written (`journey render`
/// writes them atomically), so rsvg-convert only ever writes into a private temporary folder.
/// Colour emoji fonts are turned away for it (`RasterFonts`), so emoji come out sharp.
///
/// ```swift
/// let scene = JourneyRenderer.scene(design, view: .map)
/// let images = try Rasterizer.png(scene, options: SVGOptions(idPrefix: "map"), scale: 2)
/// let pdf = try Rasterizer.pdf(pages: JourneyRenderer.pages(design, view: .map, paper: .a3),
///                              options: SVGOptions(idPrefix: "map", paper: .a3))
/// ```
public enum Rasterizer {
    /// The longest side of a PNG, in pixels (rsvg-convert refuses 32,767 and above).
    static let maxSide = 32_000.0
    /// 200 inches at 96 px per inch: the largest PDF page Acrobat opens.
    static let maxPageWidth = 19_200.0

    /// The path of `rsvg-convert` on `PATH`.
    /// - Throws: ``RasterError`` when it is not installed, saying how to install it.
    package static func tool() throws(RasterError) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/rsvg-convert"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw RasterError(description: "PNG and PDF need rsvg-convert, which is not installed; on Debian or Ubuntu: sudo apt-get install librsvg2-bin (SVG output needs nothing)")
    }

    /// The PNG images of a scene: one, unless it has too many elements for rsvg-convert.
    /// - Parameters:
    ///   - scene: the laid-out picture.
    ///   - options: how the SVG is written (ids, paper).
    ///   - scale: pixels per SVG unit (1 = 96 dpi); a picture longer than 32,000 px is scaled down to fit.
    public static func png(_ scene: Scene, options: SVGOptions, scale: Double) throws(RasterError) -> [Data] {
        let tool = try tool()
        let windows = pngWindows(scene)
        var images: [Data] = []
        for window in windows {
            var pageOptions = options
            pageOptions.window = windows.count == 1 ? nil : window
            let svg = SVGWriter.write(scene, options: pageOptions)
            // On paper the image has the paper's size (millimetres at 96 px per inch).
            let size = options.paper.map { (w: $0.millimetres.width / 25.4 * 96, h: $0.millimetres.height / 25.4 * 96) } ?? (w: window.width, h: window.height)
            let side = max(size.w, size.h) * scale
            let zoom = side > maxSide ? scale * maxSide / side : scale
            images.append(try run(tool, arguments: ["--format", "png", "--zoom", String(zoom)], inputs: [svg]))
        }
        return images
    }

    /// How many PNG images ``png(_:options:scale:)`` makes of a scene, known before drawing any.
    public static func pngCount(_ scene: Scene) -> Int { pngWindows(scene).count }

    private static func pngWindows(_ scene: Scene) -> [Rect] {
        Pages.windows(scene, maxWidth: .greatestFiniteMagnitude, maxElements: pngMaxElements)
    }

    /// How many SVG elements one PNG may hold before the picture is cut into parts: 900,000
    /// (rsvg-convert refuses a million), or `JOURNEY_PNG_MAX_ELEMENTS` for a renderer with
    /// less memory, and for tests that need a split without a journey of 50,000 touchpoints.
    static var pngMaxElements: Int {
        if let text = ProcessInfo.processInfo.environment["JOURNEY_PNG_MAX_ELEMENTS"], let value = Int(text), value >= 1_000 {
            return min(value, 900_000)
        }
        return 900_000
    }

    /// One PDF; a picture wider than a page is cut into pages (at column boundaries), each
    /// page on `options.paper` when one is given.
    public static func pdf(_ scene: Scene, options: SVGOptions) throws(RasterError) -> Data {
        let tool = try tool()
        var maxWidth = maxPageWidth
        if let paper = options.paper {
            // As wide as the paper's proportions allow at the picture's full height.
            let (w, h) = paper.millimetres
            maxWidth = max(400, scene.height * w / h)
        }
        let windows = Pages.windows(scene, maxWidth: maxWidth)
        var pages: [String] = []
        for window in windows {
            var pageOptions = options
            pageOptions.window = windows.count == 1 ? nil : window
            pages.append(SVGWriter.write(scene, options: pageOptions))
        }
        return try run(tool, arguments: ["--format", "pdf"], inputs: pages)
    }

    /// One PDF of laid-out pages (``JourneyRenderer/pages(_:view:theme:paper:planned:branches:)``),
    /// one sheet each.
    public static func pdf(pages: [Scene], options: SVGOptions) throws(RasterError) -> Data {
        let tool = try tool()
        return try run(tool, arguments: ["--format", "pdf"], inputs: pages.map { SVGWriter.write($0, options: options) })
    }

    /// Runs rsvg-convert on SVG files in a private temporary folder and returns its output.
    private static func run(_ tool: String, arguments: [String], inputs: [String]) throws(RasterError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journey-render-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw RasterError(description: "cannot create a temporary folder: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (index, svg) in inputs.enumerated() {
            let file = folder.appendingPathComponent("page-\(index + 1).svg")
            do { try Data(svg.utf8).write(to: file) } catch { throw RasterError(description: "cannot write a temporary file: \(error.localizedDescription)") }
            files.append(file.path)
        }
        let output = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments + ["--output", output.path] + files
        process.environment = RasterFonts.environment(writingInto: folder)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw RasterError(description: "cannot run \(tool): \(error.localizedDescription)") }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output), !data.isEmpty else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw RasterError(description: "rsvg-convert failed (exit \(process.terminationStatus)): \(text.isEmpty ? "no message" : text)")
        }
        return data
    }
}
