import ArgumentParser
import JourneyFormats
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small, commented starter journey that is structurally sound; `journey validate` then lists what ISO/TS 24082 still asks of it.",
        discussion: "Templates: " + StarterTemplate.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ") + ".\n\n"
            + "Examples:\n  journey init\n  journey init onboarding.yaml --template blueprint"
    )

    @Argument(help: "Where to write the file.")
    var path: String = "journey.yaml"

    @Option(help: "The template: \(StarterTemplate.allCases.map(\.rawValue).joined(separator: ", ")).")
    var template: StarterTemplate = .starter

    @Flag(help: "Overwrite an existing output file that JourneyKit did not write.")
    var force = false

    func run() throws {
        try JourneyFiles.write(template.text, to: path, force: force, command: "init")
        let note = "Wrote \(path == "-" ? "the" : path) \(template.rawValue) template. Next: journey validate \(path)"
        // With `-` the template is the output, so the note goes to standard error.
        if path == "-" { StandardError.write(note) } else { print(note) }
    }
}
