import ArgumentParser
import Foundation
import JourneyRendering
import JourneyValidation

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

/// Runs the command and renders every way it can fail, in one place: usage errors (exit code 2,
/// as documented; ArgumentParser's default is 64), ``CommandFailure`` (an error line naming the
/// file, or the tool when it is about no file; exit code 1), a report that already said why
/// (`ExitCode`), and any other error a library throws (its description as an error line of the
/// tool, exit code 1). `CommandFailure.rendered` builds every error line.
@main
enum Main {
    static func main() async {
        let code: Int32
        do {
            var command = try Journey.parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            code = 0
        } catch {
            code = report(error)
        }
        exit(code)
    }

    /// Writes what `error` says to standard error and returns the exit code.
    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let exit as ExitCode:
            return exit.rawValue
        case let failure as CommandFailure:
            StandardError.write(failure.rendered.joined(separator: "\n"))
            return 1
        case let failure as SettingsError:
            StandardError.write(CommandFailure(failure).rendered.joined(separator: "\n"))
            return 1
        case let failure as ThemeError:
            StandardError.write(CommandFailure(failure).rendered.joined(separator: "\n"))
            return 1
        default:
            let code = Journey.exitCode(for: error)
            switch code {
            case .validationFailure:
                StandardError.write(Journey.fullMessage(for: error))
                return 2
            case .success:
                // --help and --version: ArgumentParser's text goes to standard output.
                print(Journey.fullMessage(for: error))
                return 0
            case .failure:
                // An error a library threw (PreviewError, …): its description says what is wrong.
                StandardError.write(CommandFailure(String(describing: error)).rendered.joined(separator: "\n"))
                return 1
            default:
                break
            }
            StandardError.write(Journey.fullMessage(for: error))
            return code.rawValue
        }
    }
}
