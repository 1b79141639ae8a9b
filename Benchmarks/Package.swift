// swift-tools-version: 6.1
// JourneyKit's in-process micro-benchmarks (issue 8), with ordo-one/benchmark: a separate
// package, so that `swift build` and `swift test` of the main package never build it.
// Run: swift package --package-path Benchmarks --scratch-path .build-benchmarks benchmark
// (from the repository root; see Benchmarks/README.md). Benchmarks/compare.sh, beside it,
// times the `journey` command against xmllint, libyaml, PyYAML and Graphviz.
import PackageDescription

// A path dependency's identity is the name of its folder, not the name in its manifest: the
// main package is "main" in /work/main and "journeykit" in a clone called JourneyKit.
let mainPackage = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "main").lowercased()

let package = Package(
    name: "JourneyKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // The malloc interposer gives the allocation counts; naming the trait leaves out the
        // default RuntimeInterposer trait, whose package is not among the mirrored ones.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "JourneyBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JourneyKit", package: mainPackage),
                .product(name: "JourneyFormats", package: mainPackage),
                .product(name: "JourneyValidation", package: mainPackage),
                .product(name: "JourneyRendering", package: mainPackage),
            ],
            path: "Benchmarks/JourneyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
