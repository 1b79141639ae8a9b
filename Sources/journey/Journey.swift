import ArgumentParser
import Foundation

/// The `journey` command: thin commands over JourneyKit's libraries.
struct Journey: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Customer-journey maps and service designs as code.",
        discussion: """
            Exit codes: 0 clean; 1 errors (with --strict, warnings too) or a file that cannot be \
            read; 2 a usage error.
            """,
        version: Journey.version,
        subcommands: [
            ValidateCommand.self, RulesCommand.self, ExplainCommand.self, ConformanceCommand.self,
            ConvertCommand.self, ConformCommand.self, RenderCommand.self, PreviewCommand.self, StatsCommand.self, SchemaCommand.self, InitCommand.self, GenerateCommand.self,
        ]
    )

    static let version = "0.1.0"

    /// `journey` alone is a usage error: the help goes to standard error, the exit code is 2.
    func run() throws {
        FileHandle.standardError.write(Data((Journey.helpMessage() + "\n").utf8))
        throw ExitCode(2)
    }
}

@main
enum Main {
    static func main() {
        do {
            var command = try Journey.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Journey.exitCode(for: error)
            if code == .validationFailure {
                // Usage errors exit with 2, as documented (ArgumentParser's default is 64).
                let message = Journey.fullMessage(for: error)
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            Journey.exit(withError: error)
        }
    }
}
