import Foundation
import JourneyTestSupport
import Testing

extension RenderCommandTests {
    /// `journey render`'s options (themes, paper, a planned journey) and everything it refuses:
    /// exit 1 for a bad file or a missing tool, exit 2 for bad usage, never a crash, and never
    /// a file written or the input touched.
    @Suite("journey render: options and errors")
    struct Errors {
        static let before = TestPaths.samples.appendingPathComponent("clinic-outpatient-before.yaml")

        /// A workspace holding the small sample as `in.yaml`.
        static func workspace() throws -> CLIWorkspace {
            let workspace = CLIWorkspace("journey-render")
            try workspace.copy(before, as: "in.yaml")
            return workspace
        }

        // MARK: Options

        @Test("--theme dark and print change the colours; dark's background is #14181f")
        func builtInThemes() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            var svgs: [String: String] = [:]
            for theme in ["light", "dark", "print"] {
                let result = try workspace.run(["render", "in.yaml", "--theme", theme, "-o", "-"])
                RenderCommandTests.expectClean(result)
                #expect(result.status == 0, "\(theme): \(result.errors)")
                svgs[theme] = result.output
            }
            #expect(svgs["dark"] != svgs["light"])
            #expect(svgs["print"] != svgs["light"])
            #expect(svgs["print"] != svgs["dark"])
            #expect(RenderCommandTests.backgroundFill(svgs["light"] ?? "") == "#ffffff")
            #expect(RenderCommandTests.backgroundFill(svgs["dark"] ?? "") == "#14181f")
            #expect(svgs["light"]?.contains("#14181f") == false)
            // The default theme is light.
            #expect(try workspace.run(["render", "in.yaml", "-o", "-"]).output == svgs["light"])
        }

        @Test("a theme file starts from its base and changes the colours it names")
        func themeFile() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            try workspace.write("brand.yaml", "base: dark\ncolors: {accent: \"#e4007c\"}\n")
            let result = try workspace.run(["render", "in.yaml", "--theme", "brand.yaml", "-o", "brand.svg"])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 0, "\(result.allText)")
            let svg = try workspace.text("brand.svg")
            #expect(svg.contains("#e4007c"))
            #expect(RenderCommandTests.backgroundFill(svg) == "#14181f")
            #expect(!svg.contains("#f0a040"), "dark's own accent is still there")
        }

        @Test("a bad theme exits 1, naming the file and the problem, and writes nothing", arguments: [
            // Every problem at its line and column, as JourneyFormats' reader reports a journey's.
            ("bad-colour.yaml", "base: dark\ncolors: {accent: red}\n", ["bad-colour.yaml:2:18: error:", "cannot be \"red\"", "#rrggbb"]),
            ("unknown-key.yaml", "base: dark\nshadow: \"#000000\"\n", ["unknown-key.yaml:2:1: error:", "no field \"shadow\""]),
            ("unknown-colour.yaml", "colors: {accentt: \"#000000\"}\n", ["unknown-colour.yaml:1:10: error:", "no field \"accentt\"", "did you mean \"accent\"?"]),
            ("bad-base.yaml", "base: neon\n", ["bad-base.yaml:1:7: error:", "cannot be \"neon\"", "`light`, `dark`, `print`"]),
            ("", "", ["'neon'", "neither light, dark, print nor a theme file"]),
        ])
        func badTheme(_ name: String, _ text: String, _ expected: [String]) throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            if !name.isEmpty { try workspace.write(name, text) }
            let before = workspace.names()
            let result = try workspace.run(["render", "in.yaml", "--theme", name.isEmpty ? "neon" : name, "-o", "out.svg"])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 1, "\(result.allText)")
            for piece in expected { #expect(result.errors.contains(piece), "\(piece) not in: \(result.errors)") }
            #expect(workspace.names() == before)
        }

        @Test("--paper a3 lays the picture on landscape A3")
        func paper() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            let result = try workspace.run(["render", "in.yaml", "--paper", "a3", "-o", "a3.svg"])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 0, "\(result.allText)")
            // The map on paper is pages: a3.svg when it fits one, else a3-p1.svg, a3-p2.svg, …
            let pages = workspace.exists("a3.svg") ? ["a3.svg"] : workspace.names().filter { $0.hasPrefix("a3-p") && $0.hasSuffix(".svg") }
            #expect(!pages.isEmpty, "\(workspace.names())")
            for page in pages {
                let svg = try workspace.text(page)
                #expect(RenderCommandTests.rootAttribute(svg, "width") == "420mm")
                #expect(RenderCommandTests.rootAttribute(svg, "height") == "297mm")
                try RenderCommandTests.expectWellFormedSVG(workspace.url(page))
            }
        }

        @Test("--planned draws the planned journey under the actual one in the emotion chart")
        func planned() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = CLIWorkspace("journey-render")
            defer { workspace.remove() }
            let actual = TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml").path
            let with = try workspace.run(["render", actual, "--view", "emotion", "--planned", Self.before.path, "-o", "with.svg"])
            RenderCommandTests.expectClean(with)
            #expect(with.status == 0, "\(with.allText)")
            let without = try workspace.run(["render", actual, "--view", "emotion", "-o", "without.svg"])
            #expect(without.status == 0)
            let svg = try workspace.text("with.svg")
            #expect(svg.lowercased().contains("actual against planned"))
            #expect(svg != (try workspace.text("without.svg")))
            try RenderCommandTests.expectWellFormedSVG(workspace.url("with.svg"))
        }

        // MARK: Errors

        @Test("without rsvg-convert, PNG and PDF exit 1 naming it and librsvg2-bin, and write nothing",
            arguments: [["--format", "png", "-o", "out.png"], ["-o", "out.pdf"], ["--view", "all", "--format", "pdf"]])
        func missingRasterizer(_ options: [String]) throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            try FileManager.default.createDirectory(at: workspace.url("bin"), withIntermediateDirectories: false)
            let environment = ["PATH": workspace.url("bin").path, "HOME": workspace.folder.path]
            let result = try JourneyBinary.run(["render", "in.yaml"] + options, in: workspace.folder, environment: environment)
            RenderCommandTests.expectClean(crashed: result.crashed, errors: result.errors)
            #expect(result.status == 1, "\(result.errors)")
            #expect(result.errors.contains("rsvg-convert"))
            #expect(result.errors.contains("librsvg2-bin"))
            #expect(result.output.isEmpty)
            #expect(workspace.names() == ["bin", "in.yaml"])
            // SVG needs nothing.
            let svg = try JourneyBinary.run(["render", "in.yaml", "-o", "out.svg"], in: workspace.folder, environment: environment)
            #expect(svg.status == 0, "\(svg.errors)")
        }

        @Test("a missing input exits 1, naming it, and writes nothing")
        func missingInput() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = CLIWorkspace("journey-render")
            defer { workspace.remove() }
            let result = try workspace.run(["render", "nowhere.yaml", "--view", "all"])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 1)
            #expect(result.errors.contains("nowhere.yaml"))
            #expect(workspace.names().isEmpty)
        }

        @Test("a broken input exits 1 with file:line and writes nothing")
        func brokenInput() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = CLIWorkspace("journey-render")
            defer { workspace.remove() }
            // Line 3 is indented under a scalar: a syntax error there.
            try workspace.write("broken.yaml", "journey: demo\ntitle: Demo\n  bad: indent\n")
            for options in [[], ["--view", "all"], ["-o", "out.svg"]] {
                let result = try workspace.run(["render", "broken.yaml"] + options)
                RenderCommandTests.expectClean(result)
                #expect(result.status == 1)
                #expect(result.errors.contains("broken.yaml:3:"), "\(result.errors)")
                #expect(result.errors.contains("nothing written"))
                #expect(result.output.isEmpty)
                #expect(workspace.names() == ["broken.yaml"])
            }
        }

        @Test("-o naming the input or the planned file is refused; both stay byte for byte",
            arguments: ["in.yaml", "./in.yaml", "ABSOLUTE", "link.yaml", "planned.yaml"])
        func refusesToOverwriteInput(_ output: String) throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            try workspace.copy(Self.before, as: "planned.yaml")
            try FileManager.default.createSymbolicLink(atPath: workspace.url("link.yaml").path, withDestinationPath: "in.yaml")
            let original = try Data(contentsOf: Self.before)
            let target = output == "ABSOLUTE" ? workspace.url("in.yaml").path : output
            let result = try workspace.run(["render", "in.yaml", "--view", "emotion", "--planned", "planned.yaml", "-o", target])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 1, "\(target): \(result.allText)")
            #expect(result.errors.contains("refusing to write over the input file"))
            #expect(try workspace.read("in.yaml") == original)
            #expect(try workspace.read("planned.yaml") == original)
            #expect(workspace.names() == ["in.yaml", "link.yaml", "planned.yaml"])
        }

        @Test("bad usage exits 2 and writes nothing", arguments: [
            ["--view", "all", "-o", "-"], ["--format", "png", "-o", "-"], ["--format", "pdf", "-o", "-"],
            ["--scale", "0"], ["--scale", "-1"], ["--scale", "17"], ["--view", "journey"], ["--paper", "letter"],
        ])
        func usage(_ options: [String]) throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            let result = try workspace.run(["render", "in.yaml"] + options)
            RenderCommandTests.expectClean(result)
            #expect(result.status == 2, "\(options): \(result.allText)")
            #expect(!result.errors.isEmpty)
            #expect(result.output.isEmpty)
            #expect(workspace.names() == ["in.yaml"])
        }

        // MARK: Bugs found by these tests, fixed

        @Test("a theme file that does not exist exits 1, naming the file")
        func missingThemeFile() throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            let result = try workspace.run(["render", "in.yaml", "--theme", "brand-missing.yaml", "-o", "out.svg"])
            RenderCommandTests.expectClean(result)
            #expect(result.status == 1)
            #expect(workspace.names() == ["in.yaml"])
            #expect(result.errors.contains("brand-missing.yaml"), "\(result.errors)")
        }

        @Test("-o with no extension writes SVG, even when the name is `png` or `pdf`", arguments: ["png", "pdf"])
        func outputNamedLikeAFormat(_ name: String) throws {
            try #require(JourneyBinary.url != nil)
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            let result = try workspace.run(["render", "in.yaml", "-o", name])
            RenderCommandTests.expectClean(result)
            let head = Array(((try? workspace.read(name)) ?? Data()).prefix(5))
            let isSVG = head == Array("<?xml".utf8)
            #expect(result.status == 0, "\(result.allText)")
            #expect(isSVG, "\(name) is not an SVG; it starts with the bytes \(head)")
        }

        @Test("--paper with a large --scale still gives a PNG, scaled to fit 32,767 px")
        func paperAndScale() throws {
            try #require(JourneyBinary.url != nil)
            guard RenderCommandTests.rasterizer() != nil else { return }
            let workspace = try Self.workspace()
            defer { workspace.remove() }
            let result = try workspace.run(["render", "in.yaml", "--paper", "a0", "--scale", "8", "-o", "a0.png"])
            RenderCommandTests.expectClean(result)
            let size = (try? workspace.read("a0.png")).flatMap(RenderCommandTests.pngSize)
            #expect(result.status == 0, "\(result.allText)")
            #expect(size.map { $0.width <= 32_767 } == true, "\(String(describing: size))")
        }
    }
}
