// In-process micro-benchmarks of JourneyKit's stages (issue 8), with ordo-one/benchmark:
// reading YAML and XML, validating, laying out the journey map, writing SVG. Each works on a
// synthetic journey of 1,000 touchpoints (the graph shape of gen_journey.py) made in memory
// before the measurement, so no file I/O and no process start is counted.
//
// Run from the repository root:
//   swift package --package-path Benchmarks --scratch-path .build-benchmarks benchmark
// Whole-process timings against xmllint, libyaml, PyYAML and Graphviz: Benchmarks/compare.sh.
import Benchmark
import Foundation
import JourneyFormats
import JourneyKit
import JourneyRendering
import JourneyValidation

/// How many touchpoints the benchmarks' journey has; `JOURNEY_BENCH_TOUCHPOINTS` changes it.
let touchpoints = ProcessInfo.processInfo.environment["JOURNEY_BENCH_TOUCHPOINTS"].flatMap(Int.init) ?? 1_000

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        // Each stops at whichever comes first; at 1,000 touchpoints that is a few seconds each.
        maxDuration: .seconds(3),
        maxIterations: 200
    )

    // The inputs, made once per benchmark process and outside every measurement.
    let design = SyntheticJourney.design(touchpoints: touchpoints, seed: 7)
    let yaml = Data(JourneyFile.encode(design, as: .yaml).utf8)
    let xml = Data(JourneyFile.encode(design, as: .xml).utf8)
    let validator = Validator()
    // A fixed day, so that the research-staleness rules see the same design every run.
    let today = CalendarDate(year: 2026, month: 1, day: 1)
    let scene = JourneyRenderer.scene(design, view: .map)
    let svgOptions = SVGOptions(idPrefix: "\(design.id)-map")
    let n = touchpoints

    // Reading: bytes to a checked model (JourneyFile.decode reports problems instead of
    // stopping; the generated files have none).
    Benchmark("YAML read \(n)") { benchmark in
        for _ in benchmark.scaledIterations {
            let decoded = JourneyFile.decode(yaml, name: "bench.yaml", format: .yaml)
            precondition(decoded.design != nil && decoded.problems.isEmpty, "the YAML did not read back")
            blackHole(decoded)
        }
    }

    Benchmark("XML read \(n)") { benchmark in
        for _ in benchmark.scaledIterations {
            let decoded = JourneyFile.decode(xml, name: "bench.xml", format: .xml)
            precondition(decoded.design != nil && decoded.problems.isEmpty, "the XML did not read back")
            blackHole(decoded)
        }
    }

    // The whole catalogue (profile all), as `journey validate` runs it without settings.
    Benchmark("validate \(n)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(validator.validate(design, today: today))
        }
    }

    // The journey map's geometry: the scene that the SVG, PNG and PDF writers draw.
    Benchmark("layout map \(n)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(JourneyRenderer.scene(design, view: .map))
        }
    }

    Benchmark("SVG write map \(n)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SVGWriter.write(scene, options: svgOptions))
        }
    }
}
