// swift-tools-version: 6.0
// JourneyKit: customer-journey maps and service designs as code.
import PackageDescription

let package = Package(
    name: "JourneyKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "JourneyKit", targets: ["JourneyKit"]),
        .library(name: "JourneyFormats", targets: ["JourneyFormats"]),
        .library(name: "JourneyValidation", targets: ["JourneyValidation"]),
        .library(name: "JourneyRendering", targets: ["JourneyRendering"]),
        .executable(name: "journey", targets: ["journey"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Event logs (CSV) for planned-vs-actual comparison.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // The live preview's HTTP server: small, async/await, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // `swift package generate-documentation` for the DocC catalogue.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Tests only: generated designs for the round-trip properties.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The model, the journey graph and its analyses: value types, no I/O.
        .target(name: "JourneyKit"),
        // libxml2, seen only through XMLSupport (see DESIGN.md, "libxml2 and Foundation on Linux").
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        // Readers and writers of journey files.
        .target(
            name: "JourneyFormats",
            dependencies: [
                "JourneyKit", "XMLSupport", .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        // Structural rules and the ISO/TS 24082 catalogue, and the `.journeylint.yaml` settings:
        // found beside or above a journey file, read by JourneyFormats' reader (located problems).
        .target(name: "JourneyValidation", dependencies: ["JourneyKit", "JourneyFormats"]),
        // Line breaking (ICU, UAX #14) and hyphenation (libhyphen, Liang patterns) behind a
        // header that names neither library's types: ICU's headers clash with Foundation's own
        // ICU module on Linux (DESIGN.md). Debian: libicu-dev, libhyphen-dev, hyphen-* patterns.
        .target(
            name: "CTextBreaking",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata"), .linkedLibrary("hyphen")]
        ),
        // Layout as geometry, then the SVG and HTML writers; the HTML page shows the validator's
        // findings (JourneyValidation) and reads theme files (JourneyFormats).
        .target(
            name: "JourneyRendering",
            dependencies: ["JourneyKit", "JourneyFormats", "JourneyValidation", "XMLSupport", "CTextBreaking"]
        ),
        .target(
            name: "JourneyPreview",
            dependencies: [
                "JourneyKit", "JourneyFormats", "JourneyValidation", "JourneyRendering",
                .product(name: "FlyingFox", package: "FlyingFox"),
                // The socket address types (PreviewServer binds to exactly the address it is given).
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "journey",
            dependencies: [
                "JourneyKit", "JourneyFormats", "JourneyValidation", "JourneyRendering", "JourneyPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets: paths to samples, the built binary, temporary folders.
        .target(name: "JourneyTestSupport", dependencies: ["JourneyKit"], path: "Tests/JourneyTestSupport"),
        .testTarget(name: "JourneyKitTests", dependencies: ["JourneyKit", "JourneyTestSupport"]),
        .testTarget(
            name: "JourneyFormatsTests",
            dependencies: [
                "JourneyFormats", "JourneyKit", "JourneyTestSupport", "XMLSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "JourneyValidationTests",
            dependencies: ["JourneyValidation", "JourneyFormats", "JourneyKit", "JourneyTestSupport"]
        ),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(
            name: "JourneyRenderingTests",
            dependencies: ["JourneyRendering", "JourneyFormats", "JourneyKit", "JourneyTestSupport", "XMLSupport"]
        ),
        .testTarget(name: "JourneyCLITests", dependencies: ["JourneyTestSupport"]),
        .testTarget(name: "JourneyPreviewTests", dependencies: ["JourneyPreview", "JourneyTestSupport"]),
    ]
)
