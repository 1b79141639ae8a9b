import Foundation
import JourneyTestSupport
import Testing

/// Usage errors exit with 2, as `journey --help` documents.
@Suite("journey usage errors")
struct UsageTests {
    @Test("no arguments at all is a usage error (exit 2)")
    func noArguments() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run([])
        #expect(!result.crashed)
        #expect(result.allText.contains("USAGE: journey <subcommand>"))
        #expect(result.status == 2)
    }

    @Test("an unknown subcommand is a usage error (exit 2) that names it")
    func unknownSubcommand() throws {
        try #require(JourneyBinary.url != nil)
        let result = try JourneyBinary.run(["frobnicate", "x.yaml"])
        #expect(!result.crashed)
        #expect(result.status == 2)
        #expect(result.errors.contains("frobnicate"))
        #expect(result.output.isEmpty)
    }

    @Test("usage mistakes in each subcommand exit 2", arguments: [
        ["validate"],
        ["validate", "--bogus", "x.yaml"],
        ["validate", "--format", "xml", "x.yaml"],
        ["convert", "only-input.yaml"],
        ["convert", "in.yaml", "out.txt"],
        ["convert", "in.yaml", "out.json", "--to", "svg"],
        ["schema"],
        ["stats"],
        ["stats", "x.yaml", "--format", "csv"],
        ["init", "--template", "nope"],
        ["init", "a.yaml", "b.yaml"],
    ])
    func usageMistakes(_ arguments: [String]) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run(arguments)
        #expect(!result.crashed)
        #expect(result.status == 2, "\(arguments): \(result.allText)")
        #expect(!result.errors.isEmpty)
        // A usage error never writes a file.
        #expect(workspace.names().isEmpty)
    }

    @Test("--help and --version exit 0")
    func helpAndVersion() throws {
        try #require(JourneyBinary.url != nil)
        let help = try JourneyBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("2 a usage error"))
        let version = try JourneyBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
