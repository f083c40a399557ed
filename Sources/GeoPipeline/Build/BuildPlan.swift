import Foundation
import GeoModel

/// The first stage of a build: which pipelines must be built because something they read or
/// wrote changed since the last build, and the manifest entries to save once they are.
///
/// A pipeline is up to date when the hash of every file it read (pipeline file first), the store
/// it recorded into, and every output it wrote are as the manifest says. When none of those
/// files changed the pipeline file is not even parsed.
struct BuildPlan {
    /// Pipelines to build, in order.
    private(set) var stale: [String] = []
    /// Pipelines that need nothing.
    private(set) var upToDate: [String] = []
    /// The store file the build records into.
    let database: String
    /// The pipeline files parsed while hashing (those whose inputs are not known from the
    /// manifest), so that the build does not parse them again.
    private(set) var configs: [String: PipelineConfig] = [:]
    private var manifest: BuildManifest
    private var hasher: StampedHasher
    private var inputHashes: [String: String] = [:]
    private var inputPaths: [String: [String]] = [:]

    /// Hashes the inputs of every selected pipeline and compares them with the manifest.
    static func make(_ options: BuildRunner.Options, files: ProjectFiles) throws(GeoError) -> BuildPlan {
        let selected = try files.pipelines(named: options.pipelines)
        let manifest = BuildManifest.load(files: files)
        var plan = BuildPlan(
            database: options.databasePath ?? files.defaultStorePath, manifest: manifest,
            hasher: StampedHasher(stamps: manifest.stamps))
        let reuse = !options.force && !options.check
        for name in selected {
            let path = files.pipelinePath(name)
            var hash = ""
            var paths: [String] = []
            // The files the last build read, pipeline file first: if none changed, the pipeline
            // need not even be parsed. If the pipeline file changed, the hash differs and it is.
            if let entry = manifest.pipelines[name], entry.paths.first == path, reuse,
                let recorded = try? BuildManifest.inputHash(
                    of: entry.paths, files: files, tool: BuildInfo.identity, pipelinePath: path,
                    hasher: &plan.hasher),
                recorded == entry.inputs
            {
                (hash, paths) = (recorded, entry.paths)
            } else {
                let config = try PipelineConfig(name: name, path: path, text: files.readText(path))
                plan.configs[name] = config
                paths = BuildManifest.inputPaths(of: config)
                hash = try BuildManifest.inputHash(
                    of: paths, files: files, tool: BuildInfo.identity, pipelinePath: path, hasher: &plan.hasher)
            }
            plan.inputHashes[name] = hash
            plan.inputPaths[name] = paths
            if reuse, let entry = manifest.pipelines[name], entry.inputs == hash, entry.database == plan.database,
                FileManager.default.fileExists(atPath: plan.database),
                BuildManifest.outputsMatch(entry, pipeline: name, files: files, hasher: &plan.hasher)
            {
                plan.upToDate.append(name)
            } else {
                plan.stale.append(name)
            }
        }
        return plan
    }

    private init(database: String, manifest: BuildManifest, hasher: StampedHasher) {
        self.database = database
        self.manifest = manifest
        self.hasher = hasher
    }

    /// After a build with nothing to do: keeps the stamps of files that had to be hashed again
    /// (a build of another pipeline rewrites the whole `Reports/` folder, so every file there has
    /// a new inode and time) so that the next no-op build hashes nothing. The content hashes are
    /// what the manifest expected (nothing was stale), so only the stamps change.
    func saveRefreshedStamps(files: ProjectFiles) {
        guard hasher.stamps != manifest.stamps, FileManager.default.fileExists(atPath: files.url(".geo-ai").path)
        else { return }
        var refreshed = manifest
        refreshed.stamps = hasher.stamps
        try? refreshed.save(files: files)
    }

    /// Saves the manifest with what the built pipelines read and wrote; `hashes` are
    /// ``BuildManifest/hashes(of:)`` of each tree, computed while the store committed.
    mutating func saveManifest(after trees: [(String, OutputTree)], hashes: [[String: String]], files: ProjectFiles)
        throws(GeoError)
    {
        for ((name, _), outputs) in zip(trees, hashes) {
            for (path, sha256) in outputs { hasher.record(files.path("Reports/\(name)/\(path)"), sha256: sha256) }
            if let hash = inputHashes[name] {
                manifest.pipelines[name] = BuildManifest.Entry(
                    inputs: hash, paths: inputPaths[name] ?? [], database: database, outputs: outputs)
            }
        }
        manifest.stamps = hasher.stamps
        try manifest.save(files: files)
    }
}
