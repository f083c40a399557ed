import Foundation
import GeoMaps
import GeoModel

/// What the last successful build of each pipeline read and wrote, by content hash, so the
/// next build can skip pipelines whose inputs and outputs are unchanged.
///
/// Kept in `.geo-ai/build-manifest.json`. Decisions are made on hashes, never timestamps: the
/// input hash covers the geo-ai that ran (``BuildInfo/identity``), the pipeline file, every source it names, the
/// reference tables, the geometry and the label points. A file's stamp (size, modification
/// time, inode) only saves re-reading it when it is unchanged; a touched file is re-hashed and,
/// with the same bytes, still counts as unchanged.
struct BuildManifest: Encodable, Equatable {
    /// One pipeline's last build.
    struct Entry: Encodable, Equatable {
        /// SHA-256 over the version and every input file's path and bytes.
        var inputs: String
        /// The input files, pipeline file first: when their hash is unchanged, a no-op build
        /// need not even parse the pipeline to know what it reads.
        var paths: [String] = []
        /// The store the observations were recorded in.
        var database: String
        /// Output path (relative to `Reports/<pipeline>/`) → SHA-256 of its bytes.
        var outputs: [String: String]

        init(inputs: String, paths: [String] = [], database: String, outputs: [String: String]) {
            self.inputs = inputs
            self.paths = paths
            self.database = database
            self.outputs = outputs
        }

        /// The entry a JSON object holds, or `nil` when it is not one.
        init?(json: JSONValue) {
            guard case .object(let fields) = json, case .string(let inputs)? = fields["inputs"],
                case .string(let database)? = fields["database"], case .object(let outputs)? = fields["outputs"]
            else { return nil }
            self.inputs = inputs
            self.database = database
            self.outputs = [:]
            for (path, value) in outputs {
                guard case .string(let hash) = value else { return nil }
                self.outputs[path] = hash
            }
            if let paths = fields["paths"] {
                guard case .array(let items) = paths else { return nil }
                for item in items {
                    guard case .string(let path) = item else { return nil }
                    self.paths.append(path)
                }
            }
        }
    }

    /// Pipeline name → its last build.
    var pipelines: [String: Entry] = [:]
    /// Absolute path → stamp of every input and output file, so unchanged files are not re-read.
    var stamps: [String: FileStamp] = [:]

    static let path = ".geo-ai/build-manifest.json"

    /// Reads the manifest; a missing or unreadable one is empty (everything rebuilds).
    ///
    /// Read with the package's strict JSON reader and taken apart by hand rather than with
    /// `JSONDecoder`: a no-op build does little else, and decoding through `Codable` was a tenth
    /// of it. What ``save(files:)`` writes is read back equal (tested).
    static func load(files: ProjectFiles) -> BuildManifest {
        guard let bytes = ProjectFiles.contents(atPath: files.path(path)),
            let json = try? JSONParser.parse(bytes, file: path), let manifest = BuildManifest(json: json)
        else { return BuildManifest() }
        return manifest
    }

    /// An empty manifest: every pipeline is built.
    init() {}

    /// The manifest a JSON document holds, or `nil` when it is not one.
    init?(json: JSONValue) {
        guard case .object(let root) = json, case .object(let pipelines)? = root["pipelines"],
            case .object(let stamps)? = root["stamps"]
        else { return nil }
        for (name, value) in pipelines {
            guard let entry = Entry(json: value) else { return nil }
            self.pipelines[name] = entry
        }
        for (path, value) in stamps {
            guard let stamp = FileStamp(json: value) else { return nil }
            self.stamps[path] = stamp
        }
    }

    /// Writes the manifest in one step (``ProjectFiles/replaceFile(_:bytes:)``).
    func save(files: ProjectFiles) throws(GeoError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try FileManager.default.createDirectory(at: files.url(".geo-ai"), withIntermediateDirectories: true)
            try ProjectFiles.replaceFile(files.url(Self.path), bytes: Array(encoder.encode(self)))
        } catch {
            let reason = (error as? GeoError)?.message ?? error.localizedDescription
            throw GeoError(.cannotCreate, "cannot write '\(Self.path)': \(reason)")
        }
    }

    /// Every file a pipeline reads, its own file first.
    static func inputPaths(of config: PipelineConfig) -> [String] {
        var paths = [config.path] + config.sources.map(\.path) + config.publishedAggregates.map(\.path)
        for grouping in config.analysis.groupings {
            if case .custom(_, let path) = grouping { paths.append(path) }
        }
        paths += config.tables.map(\.path)
        let layers = config.layers.subtracting([.world])
        if !layers.isEmpty {
            // A US layer reads the states table (its counties' parents) and its boundaries.
            let read = layers.union([.usStates])
            paths += Geography.allCases.filter(read.contains).map {
                "\(ProjectFiles.referenceFolder)/\($0.referenceFile)"
            }
            paths += Geography.allCases.filter(layers.contains).compactMap { $0.boundaries?.path }
            if layers.contains(.usCounties) { paths += Geography.usStates.boundaries.map { [$0.path] } ?? [] }
        }
        return paths + ProjectFiles.referencePaths + [
            LoadedGeometry.worldPath, LoadedGeometry.labelPointsPath, SourceCredits.path,
        ]
    }

    /// The hash of the files at `paths` (relative to the project) and of the geo-ai that reads
    /// them (`tool`, ``BuildInfo/identity``).
    static func inputHash(
        of paths: [String], files: ProjectFiles, tool: String, pipelinePath: String, hasher: inout StampedHasher
    ) throws(GeoError) -> String {
        var bytes = Array("geo-ai \(tool)\n".utf8)
        for path in paths {
            // Never read through a link out of the project, not even to hash it.
            try hasher.checkInside(path, of: files, referencedFrom: SourceLocation(path: pipelinePath))
            bytes += Array("\(path)\n".utf8)
            // The credits file is optional: its absence is part of the state, not an error.
            if path == SourceCredits.path && !FileManager.default.fileExists(atPath: files.path(path)) {
                bytes += Array("absent\n".utf8)
                continue
            }
            bytes += Array(
                try hasher.hash(files.path(path), shownAs: path, referencedFrom: SourceLocation(path: pipelinePath))
                    .utf8
            )
        }
        return SHA256.hex(of: bytes)
    }

    /// Output path → hash, for a tree about to be written.
    static func hashes(of tree: OutputTree) -> [String: String] {
        tree.files.mapValues { SHA256.hex(of: $0) }
    }

    /// Whether `Reports/<pipeline>/` holds exactly the recorded outputs.
    static func outputsMatch(_ entry: Entry, pipeline: String, files: ProjectFiles, hasher: inout StampedHasher) -> Bool
    {
        let existing = OutputWriter.listFiles(under: files.url("Reports/\(pipeline)"))
        guard Set(existing) == Set(entry.outputs.keys) else { return false }
        for path in existing {
            let absolute = files.path("Reports/\(pipeline)/\(path)")
            guard (try? hasher.hash(absolute, shownAs: path, referencedFrom: nil)) == entry.outputs[path] else {
                return false
            }
        }
        return true
    }
}
