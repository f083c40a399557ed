// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "geo-ai",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "geo-ai", targets: ["geo-ai"]),
        // Vended for the fuzzing harnesses in Fuzz/ (a separate package); not a stable API.
        .library(name: "GeoModel", targets: ["GeoModel"]),
        .library(name: "GeoIngest", targets: ["GeoIngest"]),
        .library(name: "GeoMaps", targets: ["GeoMaps"]),
        .library(name: "GeoPipeline", targets: ["GeoPipeline"]),
        .library(name: "GeoSite", targets: ["GeoSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        // Domain values, no I/O.
        .target(name: "GeoModel", dependencies: ["CGeoSHA256"], swiftSettings: strict),
        // SHA-256 block compression with the x86 SHA extensions, where the processor has them.
        .target(name: "CGeoSHA256"),
        // The system SQLite library (libsqlite3-dev on Debian).
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The one system call Foundation lacks: atomic exchange of two paths.
        .target(name: "CGeoSystem"),
        // The SQLite store: migrations, snapshots, revisions.
        .target(name: "GeoStore", dependencies: ["GeoModel", "CSQLite"], swiftSettings: strict),
        // Readers, decoding, country resolution, validation.
        .target(name: "GeoIngest", dependencies: ["GeoModel"], swiftSettings: strict),
        // Regional aggregates, ratios, flags, claims.
        .target(name: "GeoAnalysis", dependencies: ["GeoModel"], swiftSettings: strict),
        // Geometry, projections, classification, SVG choropleths.
        .target(name: "GeoMaps", dependencies: ["GeoModel"], swiftSettings: strict),
        // The static site: Reports/ rendered to self-contained HTML.
        .target(
            name: "GeoSite", dependencies: ["GeoModel", .product(name: "Ink", package: "Ink")], swiftSettings: strict),
        // Markdown reports.
        .target(name: "GeoReports", dependencies: ["GeoModel"], swiftSettings: strict),
        // Pipeline configuration (YAML) and the build runner.
        .target(
            name: "GeoPipeline",
            dependencies: [
                "GeoModel", "GeoStore", "GeoIngest", "GeoAnalysis", "GeoMaps", "GeoReports", "CGeoSystem",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // The command-line interface (argument parsing and exit codes).
        .target(
            name: "GeoCLI",
            dependencies: [
                "GeoModel", "GeoStore", "GeoIngest", "GeoPipeline", "GeoReports", "GeoSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "geo-ai", dependencies: ["GeoCLI"], swiftSettings: strict),

        .target(
            name: "GeoTestSupport", dependencies: ["GeoModel"], path: "Tests/GeoTestSupport", swiftSettings: strict),
        .testTarget(name: "GeoModelTests", dependencies: ["GeoModel", "GeoTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "GeoIngestTests", dependencies: ["GeoIngest", "GeoModel", "GeoTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "GeoStoreTests", dependencies: ["GeoStore", "GeoModel", "GeoTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "GeoPipelineTests", dependencies: ["GeoPipeline", "GeoModel", "GeoStore", "GeoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "GeoMapsTests", dependencies: ["GeoMaps", "GeoModel", "GeoTestSupport"],
            resources: [.copy("Fixtures"), .copy("Golden")], swiftSettings: strict),
        .testTarget(
            name: "GeoAnalysisTests", dependencies: ["GeoAnalysis", "GeoModel", "GeoTestSupport"], swiftSettings: strict
        ),
        .testTarget(
            name: "GeoReportsTests", dependencies: ["GeoReports", "GeoPipeline", "GeoModel", "GeoTestSupport"],
            resources: [.copy("Golden")], swiftSettings: strict),
        .testTarget(
            name: "GeoSiteTests", dependencies: ["GeoSite", "GeoModel", "GeoTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "GeoCLITests", dependencies: ["GeoCLI", "GeoModel", "GeoTestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
