import ArgumentParser

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "preview", abstract: "Serve a live preview of a journey (being built).")

    @Argument(help: "The journey file.")
    var file: String

    func run() throws {
        throw ExitCode(1)
    }
}
