import Foundation
import JourneyTestSupport
import Testing

/// Issue 9, "Never lose data": an existing file that JourneyKit did not write is written over
/// only with --force. JourneyKit marks what it writes with the extended attribute
/// `user.journeykit` (docs/commands.md, "What is written where").
@Suite("overwriting: --force for files JourneyKit did not write")
struct OverwriteTests {
    static let handMade = "my own notes, not from JourneyKit\n"
    static let clinic = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml")

    /// A workspace with clean.yaml in it.
    static func workspace() throws -> CLIWorkspace {
        let workspace = CLIWorkspace("journey-overwrite")
        try workspace.write("clean.yaml", CLIText.clean)
        return workspace
    }

    /// Expects the run to be refused because of `name`: exit 1, a message naming the file and
    /// --force, on standard error.
    static func expectRefused(_ result: CommandResult, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.crashed, sourceLocation: sourceLocation)
        #expect(result.status == 1, "\(result.allText)", sourceLocation: sourceLocation)
        #expect(result.errors.contains("journey: error: "), "\(result.errors)", sourceLocation: sourceLocation)
        #expect(result.errors.contains("\(name): exists and was not written by JourneyKit; pass --force to overwrite it"),
                "\(result.errors)", sourceLocation: sourceLocation)
    }

    /// Every command that writes files, writing `out` (a file or, for conform, in a folder).
    struct Writer: Sendable, CustomTestStringConvertible {
        var label: String
        var arguments: [String]
        /// The file it writes that the test puts a hand-made file at.
        var target: String
        var needsRasterizer = false
        var testDescription: String { label }

        static let all: [Writer] = [
            Writer(label: "convert", arguments: ["convert", "clean.yaml", "out.json"], target: "out.json"),
            Writer(label: "convert to Mermaid", arguments: ["convert", "clean.yaml", "out.mmd"], target: "out.mmd"),
            Writer(label: "render SVG", arguments: ["render", "clean.yaml", "-o", "out.svg"], target: "out.svg"),
            Writer(label: "render SVG to the current folder", arguments: ["render", "clean.yaml", "--view", "emotion"], target: "clean-emotion.svg"),
            Writer(label: "render HTML", arguments: ["render", "clean.yaml", "--format", "html", "-o", "out.html"], target: "out.html"),
            Writer(label: "render PNG", arguments: ["render", "clean.yaml", "-o", "out.png"], target: "out.png", needsRasterizer: true),
            Writer(label: "render PDF", arguments: ["render", "clean.yaml", "--view", "blueprint", "-o", "out.pdf"], target: "out.pdf", needsRasterizer: true),
            Writer(label: "init", arguments: ["init", "out.yaml"], target: "out.yaml"),
            Writer(label: "generate", arguments: ["generate", "30", "out.xml"], target: "out.xml"),
            Writer(label: "conform --svg", arguments: ["conform", "clean.yaml", "clean.yaml", "--svg", "."], target: "demo-lived-emotion.svg"),
        ]
    }

    // MARK: (1) refused without --force

    @Test("(1) a hand-made file is refused without --force: exit 1, the file named, its bytes kept, no temporary file",
          arguments: Writer.all)
    func refusesHandMadeFile(_ writer: Writer) throws {
        try #require(JourneyBinary.url != nil)
        if writer.needsRasterizer, RenderCommandTests.rasterizer() == nil { return }
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try workspace.write(writer.target, Self.handMade)
        let before = workspace.names()

        let result = try workspace.run(writer.arguments)
        Self.expectRefused(result, writer.target)
        #expect(try workspace.text(writer.target) == Self.handMade)
        #expect(workspace.names() == before, "a file was written or a temporary file left: \(workspace.names())")
        // Refused before any work: conform prints no report, nothing is drawn.
        #expect(result.output.isEmpty, "\(result.output.prefix(300))")
        #expect(ExtendedAttribute.journeyKit(workspace.url(writer.target)) == nil)
    }

    // MARK: (2) replaced with --force

    @Test("(2) with --force the hand-made file is replaced, and then carries JourneyKit's mark", arguments: Writer.all)
    func forceReplaces(_ writer: Writer) throws {
        try #require(JourneyBinary.url != nil)
        if writer.needsRasterizer, RenderCommandTests.rasterizer() == nil { return }
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try workspace.write(writer.target, Self.handMade)

        let result = try workspace.run(writer.arguments + ["--force"])
        #expect(!result.crashed)
        #expect(result.status == 0, "\(result.allText)")
        let written = try workspace.read(writer.target)
        #expect(written != Data(Self.handMade.utf8))
        #expect(!written.isEmpty)
        #expect(!workspace.names().contains { $0.hasSuffix(".tmp") }, "\(workspace.names())")
        let mark = try #require(ExtendedAttribute.journeyKit(workspace.url(writer.target)))
        #expect(mark.hasPrefix("journey "), "\(mark)")
        #expect(mark.contains(" \(writer.arguments[0]) "), "\(mark)")
    }

    // MARK: (3) what JourneyKit wrote is written over without --force

    @Test("(3) a second run writes over what the first wrote without --force; the mark is there after each",
          arguments: Writer.all)
    func secondRunOverwrites(_ writer: Writer) throws {
        try #require(JourneyBinary.url != nil)
        if writer.needsRasterizer, RenderCommandTests.rasterizer() == nil { return }
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let first = try workspace.run(writer.arguments)
        #expect(first.status == 0, "\(first.allText)")
        let names = workspace.names()
        let mark = try #require(ExtendedAttribute.journeyKit(workspace.url(writer.target)), "no user.journeykit on \(writer.target)")
        let size = try workspace.read(writer.target).count
        #expect(mark.hasPrefix("journey "), "\(mark)")
        #expect(mark.contains(" \(writer.arguments[0]) "), "\(mark)")
        #expect(mark.contains(" size=\(size) "), "\(mark)")
        #expect(mark.contains(" mtime="), "\(mark)")

        let second = try workspace.run(writer.arguments)
        #expect(!second.crashed)
        #expect(second.status == 0, "\(second.allText)")
        #expect(workspace.names() == names)
        #expect(ExtendedAttribute.journeyKit(workspace.url(writer.target)) != nil)
    }

    @Test("the mark holds the version, the command, the size and the modification time")
    func markText() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["convert", "clean.yaml", "out.json"]).status == 0)
        let version = try workspace.run(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let mark = try #require(ExtendedAttribute.journeyKit(workspace.url("out.json")))
        let words = mark.split(separator: " ").map(String.init)
        #expect(words.count == 5, "\(mark)")
        #expect(Array(words.prefix(3)) == ["journey", version, "convert"], "\(mark)")
        #expect(words.dropFirst(3).first == "size=\(try workspace.read("out.json").count)", "\(mark)")
        #expect(words.last?.hasPrefix("mtime=") == true, "\(mark)")
    }

    @Test("a file JourneyKit wrote and someone then changed in place (the mark kept) is refused without --force")
    func changedSinceWritten() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["convert", "clean.yaml", "out.yaml"]).status == 0)
        // An editor that writes in place keeps the extended attribute.
        let handle = try FileHandle(forWritingTo: workspace.url("out.yaml"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("# my note\n".utf8))
        try handle.close()
        let edited = try workspace.read("out.yaml")
        #expect(ExtendedAttribute.journeyKit(workspace.url("out.yaml")) != nil, "the test means an edit that keeps the mark")

        let refused = try workspace.run(["convert", "clean.yaml", "out.yaml"])
        #expect(refused.status == 1, "\(refused.allText)")
        #expect(refused.errors.contains("out.yaml: exists and was changed since JourneyKit wrote it; pass --force to overwrite it"), "\(refused.errors)")
        #expect(try workspace.read("out.yaml") == edited)
        #expect(workspace.names() == ["clean.yaml", "out.yaml"])

        // The same size, only a later modification time: still a change.
        #expect(try workspace.run(["convert", "clean.yaml", "same.json"]).status == 0)
        let original = try workspace.read("same.json")
        Thread.sleep(forTimeInterval: 0.05)
        let sameSize = Data(original.map { $0 == UInt8(ascii: "3") ? UInt8(ascii: "1") : $0 })
        #expect(sameSize != original && sameSize.count == original.count)
        let update = try FileHandle(forWritingTo: workspace.url("same.json"))
        try update.write(contentsOf: sameSize)
        try update.close()
        let again = try workspace.run(["convert", "clean.yaml", "same.json"])
        #expect(again.status == 1, "\(again.allText)")
        #expect(again.errors.contains("same.json: exists and was changed since JourneyKit wrote it"), "\(again.errors)")
        #expect(try workspace.read("same.json") == sameSize)

        #expect(try workspace.run(["convert", "clean.yaml", "out.yaml", "--force"]).status == 0)
        #expect(try workspace.text("out.yaml").contains("journey: demo"))
        #expect(!(try workspace.text("out.yaml")).contains("# my note"))
    }

    @Test("init replaces an untouched template without --force, but not one that was edited")
    func initTemplate() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-overwrite")
        defer { workspace.remove() }
        #expect(try workspace.run(["init", "journey.yaml"]).status == 0)
        let blueprint = try workspace.run(["init", "journey.yaml", "--template", "blueprint"])
        #expect(blueprint.status == 0, "\(blueprint.allText)")
        #expect(try workspace.text("journey.yaml").contains("journey: bike-repair"))

        // Saved by an editor as a new file: no mark any more.
        let mine = try workspace.text("journey.yaml").replacingOccurrences(of: "Bike repair", with: "My bike repair")
        try workspace.write("edited.yaml", mine)
        try FileManager.default.removeItem(at: workspace.url("journey.yaml"))
        try FileManager.default.moveItem(at: workspace.url("edited.yaml"), to: workspace.url("journey.yaml"))
        let refused = try workspace.run(["init", "journey.yaml"])
        Self.expectRefused(refused, "journey.yaml")
        #expect(try workspace.text("journey.yaml") == mine)
        #expect(workspace.names() == ["journey.yaml"])
    }

    // MARK: (4) an empty file

    @Test("(4) an empty existing file is written over without --force: nothing to lose", arguments: Writer.all)
    func emptyFile(_ writer: Writer) throws {
        try #require(JourneyBinary.url != nil)
        if writer.needsRasterizer, RenderCommandTests.rasterizer() == nil { return }
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try workspace.write(writer.target, "")
        let result = try workspace.run(writer.arguments)
        #expect(result.status == 0, "\(result.allText)")
        #expect(try !workspace.read(writer.target).isEmpty)
        #expect(ExtendedAttribute.journeyKit(workspace.url(writer.target)) != nil)
    }

    // MARK: (5) several files: all checked before any is written

    @Test("(5) render --view all refuses before writing any view when one of its files is hand-made",
          arguments: ["svg", "png", "pdf"])
    func viewAllAllOrNothing(_ format: String) throws {
        try #require(JourneyBinary.url != nil)
        if format != "svg", RenderCommandTests.rasterizer() == nil { return }
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.url("maps"), withIntermediateDirectories: false)
        let foreign = "maps/clean-emotion.\(format)"
        try workspace.write(foreign, Self.handMade)
        let arguments = ["render", "clean.yaml", "--view", "all", "--format", format, "-o", "maps"]

        let refused = try workspace.run(arguments)
        Self.expectRefused(refused, foreign)
        #expect(try workspace.text(foreign) == Self.handMade)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("maps").path) == ["clean-emotion.\(format)"],
                "the map or blueprint was written before the refusal")

        let forced = try workspace.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.allText)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("maps").path).sorted()
                == RenderCommandTests.views.map { "clean-\($0).\(format)" }.sorted())
        #expect(try workspace.text(foreign) != Self.handMade)
    }

    @Test("(5) conform --svg refuses before comparing or writing when one diagram's file is hand-made")
    func conformAllOrNothing() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-overwrite")
        defer { workspace.remove() }
        let actuals = TestPaths.samples.appendingPathComponent("actual")
        let files = try FileManager.default.contentsOfDirectory(atPath: actuals.path).filter { $0.hasSuffix(".yaml") }.sorted()
        try #require(files.count > 1)
        try FileManager.default.createDirectory(at: workspace.url("out"), withIntermediateDirectories: false)
        let first = try workspace.run(["conform", Self.clinic.path] + files.map { actuals.appendingPathComponent($0).path } + ["--svg", "out"])
        #expect(first.status == 0, "\(first.errors)")
        let written = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path).sorted()
        #expect(written.count == files.count + 1, "\(written)")
        // One diagram becomes hand-made; every other one is removed.
        let foreign = try #require(written.last { $0.hasSuffix("-deviations.svg") })
        for name in written { try FileManager.default.removeItem(at: workspace.url("out/\(name)")) }
        try workspace.write("out/\(foreign)", Self.handMade)

        let refused = try workspace.run(["conform", Self.clinic.path] + files.map { actuals.appendingPathComponent($0).path } + ["--svg", "out"])
        Self.expectRefused(refused, "out/\(foreign)")
        #expect(refused.output.isEmpty, "the report was printed before the refusal")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path) == [foreign])
        #expect(try workspace.text("out/\(foreign)") == Self.handMade)
    }

    @Test("(5) a PNG too large for one image is written in parts, each checked before any is drawn")
    func splitPNGAllOrNothing() throws {
        try #require(JourneyBinary.url != nil)
        guard RenderCommandTests.rasterizer() != nil else { return }
        let workspace = CLIWorkspace("journey-overwrite")
        defer { workspace.remove() }
        // A small limit of elements per PNG (JOURNEY_PNG_MAX_ELEMENTS) makes a short journey
        // split as a 50,000-touchpoint one does at the real limit.
        let generate = try workspace.run(["generate", "\(Self.splitTouchpoints)", "big.xml"])
        #expect(generate.status == 0, "\(generate.allText)")
        try workspace.write("big-2.png", Self.handMade)

        var environment = ProcessInfo.processInfo.environment
        environment["JOURNEY_PNG_MAX_ELEMENTS"] = "\(Self.splitElements)"
        let refused = try JourneyBinary.run(["render", "big.xml", "-o", "big.png"], in: workspace.folder, environment: environment)
        Self.expectRefused(refused, "big-2.png")
        #expect(!refused.errors.contains("written as"), "the PNG was drawn before the refusal: \(refused.errors)")
        #expect(workspace.names() == ["big-2.png", "big.xml"], "\(workspace.names())")
        #expect(try workspace.text("big-2.png") == Self.handMade)
    }

    /// A generated journey this long makes a map of about 6,000 SVG elements: several PNGs
    /// at `splitElements` elements each.
    static let splitTouchpoints = 300
    static let splitElements = 2_000

    // MARK: (6) never over an input

    @Test("(6) writing over the input is refused even with --force", arguments: [
        ["convert", "clean.yaml", "clean.yaml", "--force"],
        ["convert", "clean.yaml", "./clean.yaml", "--to", "json", "--force"],
        ["render", "clean.yaml", "-o", "clean.yaml", "--format", "svg", "--force"],
        ["render", "clean.yaml", "--format", "html", "-o", "clean.yaml", "--force"],
        ["render", "other.yaml", "--view", "emotion", "--planned", "clean.yaml", "-o", "clean.yaml", "--force"],
    ])
    func inputIsNeverOverwritten(_ arguments: [String]) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try workspace.write("other.yaml", CLIText.clean)
        let result = try workspace.run(arguments)
        #expect(!result.crashed)
        #expect(result.status == 1, "\(result.allText)")
        #expect(result.errors.contains("refusing to write over the input file"), "\(result.errors)")
        #expect(try workspace.text("clean.yaml") == CLIText.clean)
        #expect(workspace.names() == ["clean.yaml", "other.yaml"])
    }

    // MARK: Other things at the output path

    @Test("a pipe or device at the output path is never written over, even with --force")
    func specialFile() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try #require(mkfifo(workspace.url("out.json").path, 0o644) == 0)
        let result = try workspace.run(["convert", "clean.yaml", "out.json", "--force"])
        #expect(result.status == 1, "\(result.allText)")
        #expect(result.errors.contains("out.json: is not a regular file"), "\(result.errors)")
        let type = try FileManager.default.attributesOfItem(atPath: workspace.url("out.json").path)[.type] as? FileAttributeType
        #expect(type != .typeRegular, "the pipe was replaced by a file")
        #expect(workspace.names() == ["clean.yaml", "out.json"])
    }

    @Test("a symbolic link at the output path is replaced only with --force; the file it points to stays")
    func symbolicLink() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        try workspace.write("target.json", Self.handMade)
        try FileManager.default.createSymbolicLink(atPath: workspace.url("out.json").path, withDestinationPath: "target.json")
        let refused = try workspace.run(["convert", "clean.yaml", "out.json"])
        #expect(refused.status == 1, "\(refused.allText)")
        #expect(refused.errors.contains("out.json: exists and is a symbolic link"), "\(refused.errors)")
        #expect(refused.errors.contains("--force"))

        let forced = try workspace.run(["convert", "clean.yaml", "out.json", "--force"])
        #expect(forced.status == 0, "\(forced.allText)")
        let type = try FileManager.default.attributesOfItem(atPath: workspace.url("out.json").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular, "the link was not replaced by the output")
        #expect(try workspace.text("target.json") == Self.handMade)
        #expect(try workspace.text("out.json").contains("\"journey\""))
    }

    @Test("standard output is not affected: - writes whatever is there")
    func standardOutput() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = try Self.workspace()
        defer { workspace.remove() }
        let result = try workspace.run(["convert", "clean.yaml", "-", "--to", "json"])
        #expect(result.status == 0, "\(result.allText)")
        #expect(result.output.contains("\"journey\""))
        #expect(workspace.names() == ["clean.yaml"])
    }

    @Test("every command that writes files documents --force in its help", arguments: ["convert", "render", "init", "conform", "generate"])
    func help(_ command: String) throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run([command, "--help"])
        // The help wraps its lines: compare with single spaces.
        let help = result.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--force Overwrite an existing output file that JourneyKit did not write."), "\(result.output)")
    }
}

/// `user.journeykit` read with lgetxattr(2). Swift's Glibc module leaves out `<sys/xattr.h>`,
/// so the function is looked up by name.
enum ExtendedAttribute {
    typealias Get = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UnsafeMutableRawPointer?, Int) -> Int

    /// The attribute's text, or nil when the file has none.
    static func journeyKit(_ url: URL) -> String? {
        guard let handle = dlopen(nil, RTLD_NOW), let address = dlsym(handle, "lgetxattr") else { return nil }
        let get = unsafeBitCast(address, to: Get.self)
        var buffer = [UInt8](repeating: 0, count: 1024)
        let length = get(url.path, "user.journeykit", &buffer, buffer.count)
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(length), as: UTF8.self)
    }
}
