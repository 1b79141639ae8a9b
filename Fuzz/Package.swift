// swift-tools-version: 6.0
// JourneyKit's fuzz targets: a separate package so that `swift build` and `swift test` of the
// main package never build them. Build and run one with `Fuzz/run.sh TARGET SECONDS`
// (see docs/fuzzing.md).
import PackageDescription

// A path dependency's identity is the name of its folder, not the name in its manifest: the
// main package is "main" in /work/main and "journeykit" in a clone called JourneyKit.
let mainPackage = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "main").lowercased()

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "JourneyKit", package: mainPackage),
            .product(name: "JourneyFormats", package: mainPackage),
        ]
    )
}

let package = Package(
    name: "JourneyKitFuzz",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "FuzzYAML", targets: ["FuzzYAML"]),
        .executable(name: "FuzzXML", targets: ["FuzzXML"]),
        .executable(name: "FuzzCJML", targets: ["FuzzCJML"]),
        .executable(name: "FuzzMermaid", targets: ["FuzzMermaid"]),
        .executable(name: "FuzzRoundTrip", targets: ["FuzzRoundTrip"]),
    ],
    dependencies: [.package(path: "..")],
    targets: ["FuzzYAML", "FuzzXML", "FuzzCJML", "FuzzMermaid", "FuzzRoundTrip"].map(fuzzTarget)
)
