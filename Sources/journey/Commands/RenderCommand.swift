import ArgumentParser
import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyValidation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a journey as a journey map, a service blueprint, an emotion chart or a stage summary (SVG, PNG, PDF or an HTML page).",
        discussion: """
            Without --output, each view is written to the current folder as NAME-VIEW.svg (or .png, \
            .pdf), NAME being the input file's name. With --view all, --output names a folder. \
            Outputs are written atomically and never over the input; an existing file that \
            JourneyKit did not write is kept unless --force is given (when one output is refused, \
            none is written). PNG and PDF need rsvg-convert \
            (Debian: librsvg2-bin); a journey too long for one image is scaled to fit (PNG) or cut \
            into pages (PDF). With --paper the map is laid out as pages of whole stages, each with \
            the title, row labels and key (PDF: a page each; SVG and PNG: NAME-map-p1.svg, -p2 …). --format html writes one self-contained page with all the views, \
            the validator's findings and the conformance summary (NAME.html; --view is ignored).

            Examples:
              journey render Samples/clinic-outpatient.yaml
              journey render journey.yaml --view all --output maps/
              journey render journey.yaml --format pdf --paper a3 -o journey.pdf
              journey render journey.yaml --format html -o journey.html
              journey render actual.yaml --view emotion --planned plan.yaml
            """
    )

    enum ViewChoice: String, ExpressibleByArgument, CaseIterable {
        case map, blueprint, emotion, summary, all
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case svg, png, pdf, html
    }

    @Argument(help: "The journey file (YAML, JSON, JourneyKit XML, CJML or Mermaid); - reads standard input.")
    var file: String

    @Option(help: "The view: map, blueprint, emotion, summary (one slide per journey: emotion, moments of truth, pain points and opportunities per stage), or all.")
    var view: ViewChoice = .map

    @Option(help: "svg, png, pdf or html (default: from --output's extension, else svg).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: "The file to write (a folder with --view all); - writes SVG to standard output.")
    var output: String?

    @Option(help: "light, dark, print, or a theme file (YAML: base, font, colors, personas, stages).")
    var theme: String = "light"

    @Option(help: "Lay the picture on paper, landscape: a4, a3, a2, a1 or a0 (default: fit to content). The map becomes pages, a run of whole stages each (SVG and PNG: NAME-map-p1.svg, -p2 …; PDF: one page each).")
    var paper: Paper?

    @Option(help: "A planned journey to draw under this one in the emotion chart (for an actual journey).")
    var planned: String?

    @Option(help: "PNG only: pixels per SVG unit (1 = 96 dpi).")
    var scale: Double = 1

    @Flag(help: "Emotion curves: draw every branch between a persona's readings as a dotted arc (by default a reading off the main path gets a short stub).")
    var branches = false

    @Flag(help: "Overwrite an existing output file that JourneyKit did not write.")
    var force = false

    @OptionGroup(title: "The HTML page's findings")
    var settings: SettingsOptions

    func validate() throws {
        if view == .all, output == "-", resolvedFormat != .html { throw ValidationError("--view all writes several files; give --output a folder") }
        if output == "-", resolvedFormat != .svg, resolvedFormat != .html { throw ValidationError("only SVG and HTML can be written to standard output") }
        if !(scale > 0 && scale <= 16) { throw ValidationError("--scale must be above 0 and at most 16") }
    }

    var resolvedFormat: OutputFormat {
        if let format { return format }
        // A page holds every view, so `-o page.html` means HTML whatever --view says.
        if let output, ["html", "htm"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) { return .html }
        if view != .all, let output, let known = OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) {
            return known
        }
        return .svg
    }

    func run() throws {
        if resolvedFormat == .html { return try runHTML() }
        let views: [JourneyView] = view == .all ? JourneyView.allCases : [JourneyView(rawValue: view.rawValue)!]
        let format = resolvedFormat
        // Every file is checked before any is drawn, so that a refusal leaves nothing half done:
        // SVG and PDF names are known now; a PNG may become parts, known once the scene is laid out.
        // A folder that --view all names and that does not exist yet is made once the inputs
        // have been read, so that a journey that cannot be read leaves no empty folder behind.
        let newFolder = missingFolder
        if format != .png, paper == nil, newFolder == nil { try check(views.map { path(for: $0, format: format) }) }
        let design = try load(file)
        let plannedDesign = try planned.map(load)
        let chosenTheme = try Theme.resolve(theme)
        if let newFolder {
            try makeFolder(newFolder)
            if format != .png, paper == nil { try check(views.map { path(for: $0, format: format) }) }
        }
        let layOut = { (view: JourneyView) -> [Scene] in
            if let paper { return JourneyRenderer.pages(design, view: view, theme: chosenTheme, paper: paper, planned: plannedDesign, branches: branches) }
            return [JourneyRenderer.scene(design, view: view, theme: chosenTheme, planned: plannedDesign, branches: branches)]
        }
        // Pages and PNG parts are known once the scenes are laid out; those keep their scenes
        // from counting the files to drawing them, the others lay out one view at a time.
        let laidOut: [[Scene]]? = format == .png || paper != nil ? views.map(layOut) : nil
        let targets = views.enumerated().map { index, journeyView in
            let target = path(for: journeyView, format: format)
            guard let scenes = laidOut?[index] else { return [target] }
            if paper != nil, format != .pdf {
                return scenes.count == 1 ? [target] : (1...scenes.count).map { Self.numbered(target, "p\($0)") }
            }
            let count = format == .png ? Rasterizer.pngCount(scenes[0]) : 1
            return count == 1 ? [target] : (1...count).map { Self.numbered(target, "\($0)") }
        }
        if laidOut != nil { try check(targets.flatMap { $0 }) }
        for (index, journeyView) in views.enumerated() {
            let scenes = laidOut?[index] ?? layOut(journeyView)
            var options = SVGOptions(idPrefix: "\(design.id)-\(journeyView.rawValue)", paper: paper)
            // Pages of a tall map on small paper come upright (MapPages).
            options.portrait = paper != nil && scenes.first.map { $0.height > $0.width } == true
            let target = targets[index][0]
            switch format {
            case .svg:
                for (scene, path) in zip(scenes, targets[index]) {
                    try JourneyFiles.write(SVGWriter.write(scene, options: options), to: path, protecting: inputs, force: force, command: "render")
                }
            case .pdf:
                // The map and the summary are laid out as pages; the blueprint and the emotion
                // chart are still cut into pages between columns at the paper's proportions.
                let laidOutAsPages = paper != nil && (journeyView == .map || journeyView == .summary)
                let pdf = laidOutAsPages ? try Rasterizer.pdf(pages: scenes, options: options) : try Rasterizer.pdf(scenes[0], options: options)
                try JourneyFiles.write(pdf, to: target, protecting: inputs, force: force, command: "render")
            case .html:
                break
            case .png:
                var images: [Data] = []
                for scene in scenes { images += try Rasterizer.png(scene, options: options, scale: scale) }
                if images.count > scenes.count {
                    StandardError.write("journey: note: \(journeyView.rawValue) has too many elements for one PNG; written as \(images.count) parts")
                }
                for (image, path) in zip(images, targets[index]) {
                    try JourneyFiles.write(image, to: path, protecting: inputs, force: force, command: "render")
                }
            }
        }
    }

    /// Ends the command when one of `paths` may not be written (see ``JourneyFiles/checkWritable(_:protecting:force:)``).
    private func check(_ paths: [String]) throws(CommandFailure) {
        try JourneyFiles.checkWritable(paths, protecting: inputs, force: force)
    }

    /// One page with all three views, findings and conformance (`JourneyPage`); validated with
    /// the settings `journey validate` would use for the file.
    private func runHTML() throws {
        let chosenTheme = try Theme.resolve(theme)
        let newFolder = missingFolder
        if newFolder == nil { try check([htmlPath]) }
        if planned != nil { StandardError.write("journey: note: the HTML page draws the design alone; --planned applies to SVG, PNG and PDF") }
        let name = file == "-" ? "<stdin>" : file
        let decoded = try JourneyFiles.decodedDesign(file, writesOutput: true)
        if let newFolder {
            try makeFolder(newFolder)
            try check([htmlPath])
        }
        // The settings `journey validate` and `journey preview` use for the file (JourneyPage).
        // A settings file named with --config must be usable; a discovered one with problems
        // leaves the page on the default rules, with a note.
        if case .file = self.settings.source { _ = try self.settings.resolver().configuration(forJourneyAt: file) }
        let settings = JourneyPage.configuration(forJourneyAt: file, resolver: settings.resolver())
        if let note = settings.note { StandardError.write("journey: note: \(note)") }
        let page = JourneyPage.html(
            decoded: decoded, name: name, theme: chosenTheme, configuration: settings.configuration,
            notes: settings.note.map { [$0] } ?? [])
        try JourneyFiles.write(page.html, to: htmlPath, protecting: inputs, force: force, command: "render")
    }

    /// Where the page goes: `--output` when it is a file (`-`: standard output), NAME.html in
    /// `--output`'s folder (with --view all, or when it is a folder), else in the current folder.
    var htmlPath: String {
        let name = "\(Self.stem(file)).html"
        guard let output else { return name }
        if output == "-" || ["html", "htm"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) { return output }
        var isDirectory: ObjCBool = false
        let folder = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue
        guard view == .all || folder else { return output }
        return URL(fileURLWithPath: output).appendingPathComponent(name).path
    }

    /// The folder --view all writes into when it does not exist yet (nil when it exists, or
    /// when there is no such folder to make).
    var missingFolder: String? {
        guard view == .all, let output, output != "-", !FileManager.default.fileExists(atPath: output) else { return nil }
        if resolvedFormat == .html, ["html", "htm"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) { return nil }
        return output
    }

    /// Makes `folder` and the folders above it that are missing.
    private func makeFolder(_ folder: String) throws(CommandFailure) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot make the folder: \(error.localizedDescription)", file: folder)
        }
    }

    private var inputs: [String] { [file] + (planned.map { [$0] } ?? []) }

    private func load(_ path: String) throws -> ServiceDesign {
        try JourneyFiles.design(path, writesOutput: true)
    }

    /// Where a view goes: --output for one view; otherwise NAME-VIEW.EXT in --output's folder
    /// (with --view all) or the current folder.
    func path(for view: JourneyView, format: OutputFormat) -> String {
        if self.view != .all, let output { return output }
        let name = "\(Self.stem(file))-\(view.rawValue).\(format.rawValue)"
        guard let folder = output else { return name }
        return URL(fileURLWithPath: folder).appendingPathComponent(name).path
    }

    /// The input's name without folder and extension (`.cjml.xml` counts as one).
    static func stem(_ path: String) -> String {
        if path == "-" { return "journey" }
        var name = URL(fileURLWithPath: path).lastPathComponent
        for suffix in [".cjml.xml", ".yaml", ".yml", ".json", ".xml", ".cjml"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
            break
        }
        return name.isEmpty ? "journey" : name
    }

    /// `path` with `-number` before its extension, the folder kept as it was given
    /// (`maps/x.png` → `maps/x-2.png`, a page: `maps/x-p2.svg`), so that messages name the file
    /// as the user did.
    static func numbered(_ path: String, _ number: String) -> String {
        let ext = URL(fileURLWithPath: path).pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return stem + "-\(number)" + (ext.isEmpty ? "" : ".\(ext)")
    }
}

extension Paper: ExpressibleByArgument {}
