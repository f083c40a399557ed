import Foundation
import GeoMaps
import GeoModel

/// A file's size, modification time and inode, remembered with its SHA-256, so an unchanged
/// file need not be read again to know its hash (as git's index does).
///
/// Decisions are still made on hashes: a file whose stamp changed is read and hashed, and a
/// touched file with the same bytes counts as unchanged.
///
/// In the manifest the modification time (nanoseconds) and the inode are written as decimal
/// strings: as JSON numbers they would not survive a reader that keeps numbers as `Double`.
struct FileStamp: Encodable, Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64
    var sha256: String

    init(size: Int64, modified: Int64, inode: UInt64, sha256: String) {
        self.size = size
        self.modified = modified
        self.inode = inode
        self.sha256 = sha256
    }

    private enum CodingKeys: String, CodingKey { case size, modified, inode, sha256 }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(size, forKey: .size)
        try container.encode(String(modified), forKey: .modified)
        try container.encode(String(inode), forKey: .inode)
        try container.encode(sha256, forKey: .sha256)
    }

    /// The stamp a JSON object holds (as ``encode(to:)`` writes it), or `nil` when it is not one.
    init?(json: JSONValue) {
        guard case .object(let fields) = json, case .number(let size)? = fields["size"],
            let exactSize = Int64(exactly: size), case .string(let modified)? = fields["modified"],
            let modifiedNanoseconds = Int64(modified), case .string(let inode)? = fields["inode"],
            let inodeNumber = UInt64(inode), case .string(let sha256)? = fields["sha256"]
        else { return nil }
        self.init(size: exactSize, modified: modifiedNanoseconds, inode: inodeNumber, sha256: sha256)
    }

    /// The stat of a file, or `nil` when it does not exist.
    static func stat(_ path: String) -> (size: Int64, modified: Int64, inode: UInt64)? {
        var info = Glibc.stat()
        guard fstatat(AT_FDCWD, path, &info, 0) == 0 else { return nil }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return (Int64(info.st_size), modified, UInt64(info.st_ino))
    }
}

/// Hashes files through a table of stamps, reading only those that changed.
struct StampedHasher {
    /// Absolute path → stamp, as last recorded.
    var stamps: [String: FileStamp]
    /// Absolute path → SHA-256 of the files hashed or written in this build: the pipelines of one
    /// build read the same reference tables and boundaries, and each is stat'ed once.
    private var hashedInThisBuild: [String: String] = [:]
    /// Project-relative paths found inside the project in this build (each check is a system
    /// call per component of the path).
    private var insideProject: Set<String> = []

    /// A hasher that trusts `stamps`, the stamps of the last build.
    init(stamps: [String: FileStamp]) {
        self.stamps = stamps
    }

    /// The SHA-256 of a file, from its stamp when size, time and inode are unchanged.
    ///
    /// - Throws: ``GeoError`` `.noInput` when the file is missing.
    mutating func hash(_ path: String, shownAs name: String, referencedFrom location: SourceLocation?)
        throws(GeoError) -> String
    {
        if let hash = hashedInThisBuild[path] { return hash }
        if let now = FileStamp.stat(path), let known = stamps[path], known.size == now.size,
            known.modified == now.modified,
            known.inode == now.inode
        {
            hashedInThisBuild[path] = known.sha256
            return known.sha256
        }
        let bytes = try ProjectFiles.read(absolute: path, shownAs: name, referencedFrom: location)
        let hash = SHA256.hex(of: bytes)
        record(path, sha256: hash)
        return hash
    }

    /// Remembers a file's current stamp with the hash of the bytes just written to it.
    mutating func record(_ path: String, sha256: String) {
        hashedInThisBuild[path] = sha256
        guard let now = FileStamp.stat(path) else { return }
        stamps[path] = FileStamp(size: now.size, modified: now.modified, inode: now.inode, sha256: sha256)
    }

    /// ``ProjectFiles/checkInside(_:referencedFrom:)``, once per path in a build.
    mutating func checkInside(_ relative: String, of files: ProjectFiles, referencedFrom location: SourceLocation)
        throws(GeoError)
    {
        guard !insideProject.contains(relative) else { return }
        try files.checkInside(relative, referencedFrom: location)
        insideProject.insert(relative)
    }
}
