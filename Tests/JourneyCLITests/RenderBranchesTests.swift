import Foundation
import JourneyTestSupport
import Testing

/// `journey render --branches`: the emotion curves draw every branch between a persona's
/// readings as a dotted arc; without it, off-path readings get a short stub.
@Suite("journey render --branches")
struct RenderBranchesTests {
    /// How many branch marks (the grey round dots, the style no persona uses) an SVG has.
    static func dotted(_ svg: String) -> Int { svg.components(separatedBy: "stroke-dasharray=\"0.1 4.5\"").count - 1 }

    @Test("with --branches the map and the chart draw more branch marks than the stubs alone, and the flag changes nothing else's meaning")
    func branches() throws {
        try #require(JourneyBinary.url != nil)
        let workspace = CLIWorkspace("journey-render-branches")
        defer { workspace.remove() }
        try workspace.copy(TestPaths.samples.appendingPathComponent("clinic-outpatient.yaml"), as: "clinic.yaml")
        for view in ["map", "emotion"] {
            let plain = try workspace.run(["render", "clinic.yaml", "--view", view, "-o", "-"])
            let branched = try workspace.run(["render", "clinic.yaml", "--view", view, "--branches", "-o", "-"])
            #expect(plain.status == 0 && branched.status == 0, "\(plain.errors) \(branched.errors)")
            let stubs = Self.dotted(plain.output), arcs = Self.dotted(branched.output)
            #expect(stubs > 0, "\(view): no stub on an off-path reading")
            #expect(arcs > stubs, "\(view): \(arcs) arcs with --branches, \(stubs) stubs without")
        }
        // The blueprint draws no emotion curves: the flag leaves it as it is.
        let blueprint = try workspace.run(["render", "clinic.yaml", "--view", "blueprint", "-o", "-"])
        let blueprintBranched = try workspace.run(["render", "clinic.yaml", "--view", "blueprint", "--branches", "-o", "-"])
        #expect(blueprint.output == blueprintBranched.output)
    }
}
