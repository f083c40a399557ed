public import Foundation
public import GeoModel

/// Disk access for one project: reading inputs and listing pipelines, with errors that map to
/// exit codes (66 for a missing file, 74 for an unreadable one, 65 for a path that a symbolic
/// link leads out of the project).
public struct ProjectFiles: Sendable {
    /// The project root.
    public let root: URL
    /// The root's path, for joining project paths as text.
    private let rootPath: String
    /// The root with every symbolic link resolved, once (each resolution reads every component
    /// of the path), or `nil` when it did not exist yet.
    private let resolvedRoot: String?

    /// Creates access to the project at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
        resolvedRoot = Self.realPath(rootPath)
    }

    /// The absolute URL of a project-relative path.
    public func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Where the project's store is unless `--db` says otherwise: `.geo-ai/store.sqlite`.
    public var defaultStorePath: String { url(".geo-ai/store.sqlite").path }

    /// The absolute path of a project-relative path: `url(relative).path`, joined as text
    /// (a no-op build checks and stats every input and output, and Foundation's URL
    /// arithmetic was an eighth of it).
    public func path(_ relative: String) -> String {
        rootPath == "/" ? "/" + relative : rootPath + "/" + relative
    }

    /// Whether a project-relative path exists.
    public func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// Reads a project-relative file.
    ///
    /// - Throws: ``GeoError`` `.noInput` when missing, `.ioError` when unreadable, `.dataError`
    ///   when the path resolves outside the project through a symbolic link.
    public func read(_ relative: String, referencedFrom location: SourceLocation? = nil) throws(GeoError) -> [UInt8] {
        try checkInside(relative, referencedFrom: location)
        return try Self.read(absolute: path(relative), shownAs: relative, referencedFrom: location)
    }

    /// Refuses a project-relative path that resolves, through a symbolic link anywhere along it,
    /// to a file outside the project. A path that does not exist is left to ``read(_:referencedFrom:)``.
    public func checkInside(_ relative: String, referencedFrom location: SourceLocation? = nil) throws(GeoError) {
        guard let resolved = resolvedPath(relative), let base = resolvedRoot ?? Self.realPath(rootPath)
        else { return }
        guard resolved == base || resolved.hasPrefix(base == "/" ? "/" : base + "/") else {
            throw GeoError(
                .dataError, "'\(relative)' leads outside the project through a symbolic link (to '\(resolved)')",
                at: location ?? SourceLocation(path: relative),
                hint: "Copy the file into the project folder; geo-ai reads no file outside the project.")
        }
    }

    /// A project-relative path with every symbolic link resolved, or `nil` when it does not
    /// exist: what `realpath(3)` makes of ``path(_:)``, found with one `lstat(2)` per component
    /// below the root (resolved once) instead of a `readlink(2)` per component from `/` (a no-op
    /// build checks every input, and that was most of its system calls). A component that is a
    /// link, `.` or `..` sends the whole path to `realpath(3)`. The path is built as bytes: split
    /// and joined as `String`s, by `Character`, it was a fifth of a no-op build's own work.
    func resolvedPath(_ relative: String) -> String? {
        guard let base = resolvedRoot else { return Self.realPath(path(relative)) }
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var resolved = Array(base.utf8)
        var status = stat()
        for component in relative.utf8.split(separator: slash) {
            guard !component.elementsEqual([dot]), !component.elementsEqual([dot, dot]) else {
                return Self.realPath(path(relative))
            }
            if resolved != [slash] { resolved.append(slash) }
            resolved.append(contentsOf: component)
            guard lstat(String(decoding: resolved, as: UTF8.self), &status) == 0 else { return nil }
            if status.st_mode & S_IFMT == S_IFLNK { return Self.realPath(path(relative)) }
        }
        return String(decoding: resolved, as: UTF8.self)
    }

    /// The path with every symbolic link resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Reads a file by absolute path, naming it as `shownAs` in errors.
    public static func read(absolute path: String, shownAs: String, referencedFrom location: SourceLocation? = nil)
        throws(GeoError) -> [UInt8]
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GeoError(
                .noInput, "input file '\(shownAs)' does not exist", at: location ?? SourceLocation(path: shownAs),
                hint: "Check the path; paths in pipelines are relative to the project root.")
        }
        guard !isDirectory.boolValue else {
            throw GeoError(
                .noInput, "'\(shownAs)' is a folder, not a file", at: location ?? SourceLocation(path: shownAs),
                hint: "Pass the path of a CSV file.")
        }
        guard let bytes = Self.contents(atPath: path) else {
            // A readable file that cannot be read into memory: most often memory ran out.
            let readable = access(path, R_OK) == 0
            let memoryHint = "Free memory or raise the limit (ulimit -v), or split the file."
            let hint = readable ? memoryHint : "Check the file's permissions."
            throw GeoError(
                .ioError, readable ? "cannot read '\(shownAs)' into memory" : "cannot read '\(shownAs)'",
                at: location ?? SourceLocation(path: shownAs), hint: hint)
        }
        return bytes
    }

    /// Writes a new file with plain POSIX calls. Foundation's `createFile` writes through a
    /// temporary file of its own and `Data.write` waits for the disk with `fsync`; geo-ai's own
    /// files need neither: a staged report is swapped in whole, and an archive or a manifest cut
    /// short by a crash is refused (checksum, JSON) and made again.
    static func writeFile(_ url: URL, bytes: [UInt8]) throws(GeoError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw GeoError(.cannotCreate, "cannot create '\(url.path)' (errno \(errno))") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw GeoError(.ioError, "cannot write '\(url.path)' (errno \(errno))") }
            offset += written
        }
    }

    /// Replaces the file at `url` with `bytes` in one step: written (``writeFile(_:bytes:)``) to a
    /// hidden name beside it (`.<name>-<pid>-<random>`), then renamed over it, so that a reader
    /// never sees half a file; the temporary file goes again if anything fails.
    static func replaceFile(_ url: URL, bytes: [UInt8]) throws(GeoError) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do throws(GeoError) {
            try writeFile(temporary, bytes: bytes)
            guard rename(temporary.path, url.path) == 0 else {
                throw GeoError(.cannotCreate, "cannot replace '\(url.path)' (errno \(errno))")
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// A file's bytes, read straight into the array's storage (`FileManager` reads into `Data`,
    /// which was then copied: a second pass over a 40 MB file); `nil` when it cannot be opened
    /// or read. Whatever follows the size `fstat` gave (a file that grew, a pipe) is read too.
    /// Every file the build reads as bytes (inputs, geometry archives, the manifest, `Reports/`)
    /// is read this way.
    static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(status.st_size), 0)) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = readFile(descriptor, base + count, buffer.count - count)
                if got > 0 {
                    count += got
                } else if got == 0 || errno != EINTR {
                    failed = got < 0
                    return
                }
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let got = chunk.withUnsafeMutableBytes { readFile(descriptor, $0.baseAddress, $0.count) }
            if got > 0 {
                bytes.append(contentsOf: chunk[..<got])
            } else if got == 0 {
                break
            } else if errno != EINTR {
                failed = true
            }
        }
        return failed ? nil : bytes
    }

    /// Reads a UTF-8 (or legacy-encoded) text file.
    public func readText(_ relative: String, referencedFrom location: SourceLocation? = nil) throws(GeoError) -> String
    {
        let bytes = try read(relative, referencedFrom: location)
        return try GeoIngestText.decode(bytes, path: relative)
    }

    /// The names in a folder, `.` and `..` left out, in the order the file system gives them;
    /// empty when the folder cannot be read.
    ///
    /// Read with `opendir(3)` and `readdir(3)`: Foundation's `contentsOfDirectory` took about
    /// 60,000 instructions a folder, and 280,000 the first time in a process (a no-op build lists
    /// the project folder and every folder of `Reports/`).
    static func names(inFolder path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Pipeline names (file names without `.yaml`/`.yml`) in `Pipelines/`, sorted.
    public func pipelineNames() -> [String] {
        let names = Self.names(inFolder: path("Pipelines"))
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { String($0.prefix(upTo: $0.lastIndex(of: ".") ?? $0.endIndex)) }
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    /// The project-relative path of a pipeline's YAML file.
    public func pipelinePath(_ name: String) -> String {
        exists("Pipelines/\(name).yml") && !exists("Pipelines/\(name).yaml")
            ? "Pipelines/\(name).yml" : "Pipelines/\(name).yaml"
    }
}

/// POSIX `read(2)` (inside ``ProjectFiles`` the name means its own method).
private func readFile(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
