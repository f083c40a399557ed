// swift-tools-version:6.0
// libFuzzer harnesses for geo-ai's readers (issue 8, item 5). Build and run them with
// `Fuzz/run.sh [SECONDS]`; see Fuzz/README.md.
import PackageDescription

let package = Package(
    name: "geo-ai-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        // The main package; `name:` pins the identity whatever the checkout folder is called.
        .package(name: "geo-ai", path: "..")
    ],
    targets: [
        // Shared by the harnesses: the repository root and GeoError-as-normal-outcome.
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "GeoModel", package: "geo-ai")]),
        .executableTarget(
            name: "FuzzCSV",
            dependencies: [
                "FuzzSupport", .product(name: "GeoIngest", package: "geo-ai"),
                .product(name: "GeoModel", package: "geo-ai"),
            ]),
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: ["FuzzSupport", .product(name: "GeoPipeline", package: "geo-ai")]),
        .executableTarget(
            name: "FuzzGeoJSON",
            dependencies: ["FuzzSupport", .product(name: "GeoMaps", package: "geo-ai")]),
        .executableTarget(
            name: "FuzzTopoJSON",
            dependencies: ["FuzzSupport", .product(name: "GeoMaps", package: "geo-ai")]),
        .executableTarget(
            name: "FuzzGeometryArchive",
            dependencies: [
                "FuzzSupport", .product(name: "GeoMaps", package: "geo-ai"),
                .product(name: "GeoModel", package: "geo-ai"),
            ]),
        .executableTarget(
            name: "FuzzMarkup",
            dependencies: [
                "FuzzSupport", .product(name: "GeoSite", package: "geo-ai"),
                .product(name: "GeoModel", package: "geo-ai"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
