import Foundation
import JourneyTestSupport
import Testing

/// Every hostile input of the format tests, through `validate`, `stats` and `convert`: each
/// exits 1 (never a crash, never a usage error), names the file and the rule, and `convert`
/// writes nothing.
@Suite("journey on hostile input")
struct HostileInputCLITests {
    @Test("validate, stats and convert refuse the input with exit 1, name the file, and convert writes nothing",
        arguments: HostileCase.all)
    func refused(_ hostile: HostileCase) throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-hostile")
        defer { workspace.remove() }
        try workspace.write(hostile.fileName, bytes: hostile.bytes)

        let validate = try workspace.run(["validate", hostile.fileName])
        #expect(!validate.crashed, "validate crashed")
        #expect(validate.status == 1, "validate: \(validate.allText.prefix(500))")
        // validate prints its findings as its output.
        #expect(validate.allText.contains("\(hostile.fileName):"))
        #expect(validate.allText.contains("error[\(hostile.code)]"), "validate: \(validate.allText.prefix(500))")
        #expect(validate.allText.utf8.count < 200_000)

        let stats = try workspace.run(["stats", hostile.fileName])
        #expect(!stats.crashed, "stats crashed")
        #expect(stats.status == 1, "stats: \(stats.allText.prefix(500))")
        #expect(stats.errors.contains("\(hostile.fileName):"))
        #expect(stats.errors.contains("error[\(hostile.code)]"))
        #expect(stats.output.isEmpty)

        for output in ["out.json", "out.yaml"] {
            let convert = try workspace.run(["convert", hostile.fileName, output])
            #expect(!convert.crashed, "convert crashed")
            #expect(convert.status == 1, "convert: \(convert.allText.prefix(500))")
            #expect(convert.errors.contains("\(hostile.fileName):"))
            #expect(convert.errors.contains("nothing written"))
            #expect(!workspace.exists(output))
        }
        // Nothing but the input, byte for byte as it was.
        #expect(workspace.names() == [hostile.fileName])
        #expect(try workspace.read(hostile.fileName) == hostile.bytes)
    }

    @Test("the hostile cases cover every kind of file problem")
    func coverage() {
        let codes = Set(HostileCase.all.map(\.code))
        #expect(codes == [
            "FILE-SYNTAX", "FILE-UNKNOWN-FIELD", "FILE-MISSING-FIELD", "FILE-WRONG-TYPE", "FILE-INVALID-VALUE",
            "FILE-DUPLICATE-KEY", "FILE-UNSUPPORTED-TAG", "FILE-MULTIPLE-DOCUMENTS", "FILE-EMPTY", "FILE-ENCODING",
            "FILE-TOO-COMPLEX",
        ])
        #expect(Set(HostileCase.all.map(\.fileName)).count == HostileCase.all.count)
    }

    @Test("hostile input on standard input is refused too, placed in <stdin>")
    func hostileStandardInput() throws {
        try #require(JourneyBinary.url != nil)
        let bomb = try #require(HostileCase.all.first { $0.name == "alias-bomb-walked" })
        let validate = try JourneyBinary.run(["validate", "-"], input: bomb.bytes)
        #expect(!validate.crashed)
        #expect(validate.status == 1)
        #expect(validate.output.contains("<stdin>:"))
        #expect(validate.output.contains("error[FILE-TOO-COMPLEX]"))
        let convert = try JourneyBinary.run(["convert", "-", "-", "--to", "json"], input: bomb.bytes)
        #expect(convert.status == 1)
        #expect(convert.output.isEmpty)
    }
}
