import GeoModel

/// A ``WorldGeometry`` as bytes, for a cache of geometry already read, cut and split into arcs.
///
/// Reading a boundary file costs a JSON parse and a topology (the 3,233 county shapes are most
/// of a US build); the archive stores the result, so a second build reads flat arrays of numbers
/// instead. The module never touches the disk: the pipeline keeps archives under `.geo-ai/`,
/// keyed by the SHA-256 of the boundary file and how it was read.
///
/// Layout (all integers little-endian): the magic `GEOAIGEO`, a format version, the
/// diagnostics, the shapes (code, name, label point, polygons of rings of positions), the arcs,
/// each shape's rings as arc references, then a 64-bit checksum of everything before it.
/// ``decode(_:)`` checks the checksum and every count, index and code, and returns `nil`
/// for anything it did not write, so a damaged or foreign file is re-read from its source.
public enum GeometryArchive {
    /// The format version; bump it whenever the layout or the meaning of a field changes.
    public static let version: UInt32 = 2

    static let magic = Array("GEOAIGEO".utf8)

    /// The archive of a geometry.
    public static func encode(_ geometry: WorldGeometry) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes(magic)
        writer.integer(UInt64(version))
        writer.integer(UInt64(geometry.diagnostics.count))
        for diagnostic in geometry.diagnostics {
            writer.string(diagnostic.severity.rawValue)
            writer.string(diagnostic.message)
            writer.optionalString(diagnostic.hint)
            writer.integer(diagnostic.location == nil ? 0 : 1)
            if let location = diagnostic.location {
                writer.string(location.path)
                writer.integer(UInt64(bitPattern: Int64(location.line ?? -1)))
                writer.integer(UInt64(bitPattern: Int64(location.column ?? -1)))
            }
        }
        writer.integer(UInt64(geometry.shapes.count))
        for shape in geometry.shapes {
            writer.string(shape.iso3.rawValue)
            writer.string(shape.name)
            writer.integer(shape.labelPoint == nil ? 0 : 1)
            if let point = shape.labelPoint { writer.coordinate(point) }
            writer.integer(UInt64(shape.polygons.count))
            for polygon in shape.polygons {
                writer.integer(UInt64(polygon.count))
                for ring in polygon { writer.coordinates(ring) }
            }
        }
        let topology = geometry.topology
        writer.integer(UInt64(topology.arcs.count))
        for arc in topology.arcs { writer.coordinates(arc) }
        for (shapeRings, shapeHoles) in zip(topology.rings, topology.isHole) {
            writer.integer(UInt64(shapeRings.count))
            for (polygonRings, polygonHoles) in zip(shapeRings, shapeHoles) {
                writer.integer(UInt64(polygonRings.count))
                for (ring, isHole) in zip(polygonRings, polygonHoles) {
                    writer.integer(isHole ? 1 : 0)
                    writer.integer(UInt64(ring.count))
                    for reference in ring {
                        writer.integer(UInt64(reference.index) << 1 | (reference.isReversed ? 1 : 0))
                    }
                }
            }
        }
        writer.integer(ByteWriter.checksum(writer.output))
        return writer.output
    }

    /// The geometry in an archive, or `nil` when the bytes are not an intact archive of this version.
    public static func decode(_ bytes: [UInt8]) -> WorldGeometry? {
        guard bytes.count >= magic.count + 16 else { return nil }
        let body = bytes[..<(bytes.count - 8)]
        var trailer = ByteReader(bytes[(bytes.count - 8)...])
        guard trailer.integer() == ByteWriter.checksum(body) else { return nil }
        var reader = ByteReader(body)
        guard reader.bytes(magic.count) == magic[...], reader.integer() == UInt64(version) else { return nil }
        return decodeBody(&reader)
    }

    private static func decodeBody(_ reader: inout ByteReader) -> WorldGeometry? {
        var diagnostics: [Diagnostic] = []
        guard let diagnosticCount = reader.count(minimumBytesEach: 32) else { return nil }
        for _ in 0..<diagnosticCount {
            guard let severity = reader.string().flatMap(Diagnostic.Severity.init(rawValue:)),
                let message = reader.string(), let hint = reader.optionalString(), let hasLocation = reader.integer()
            else { return nil }
            var location: SourceLocation?
            if hasLocation == 1 {
                guard let path = reader.string(), let line = reader.integer(), let column = reader.integer() else {
                    return nil
                }
                func position(_ raw: UInt64) -> Int? { Int64(bitPattern: raw) < 0 ? nil : Int(Int64(bitPattern: raw)) }
                location = SourceLocation(path: path, line: position(line), column: position(column))
            }
            diagnostics.append(Diagnostic(severity, message, at: location, hint: hint))
        }
        var shapes: [CountryShape] = []
        guard let shapeCount = reader.count(minimumBytesEach: 32) else { return nil }
        for _ in 0..<shapeCount {
            guard let code = reader.string().flatMap(AreaCode.init(rawValue:)), let name = reader.string(),
                let hasLabel = reader.integer()
            else { return nil }
            var labelPoint: GeoCoordinate?
            if hasLabel == 1 {
                guard let point = reader.coordinate() else { return nil }
                labelPoint = point
            }
            guard let polygonCount = reader.count(minimumBytesEach: 8) else { return nil }
            var polygons: [CountryShape.Polygon] = []
            for _ in 0..<polygonCount {
                guard let ringCount = reader.count(minimumBytesEach: 8) else { return nil }
                var polygon: CountryShape.Polygon = []
                for _ in 0..<ringCount {
                    guard let ring = reader.coordinates() else { return nil }
                    polygon.append(ring)
                }
                polygons.append(polygon)
            }
            if let previous = shapes.last, !(previous.iso3 < code) { return nil }
            shapes.append(CountryShape(iso3: code, name: name, labelPoint: labelPoint, polygons: polygons))
        }
        guard let arcCount = reader.count(minimumBytesEach: 8) else { return nil }
        var arcs: [[GeoCoordinate]] = []
        for _ in 0..<arcCount {
            guard let arc = reader.coordinates(), arc.count >= 2 else { return nil }
            arcs.append(arc)
        }
        var rings: [[[[Topology.ArcReference]]]] = []
        var holes: [[[Bool]]] = []
        for _ in 0..<shapeCount {
            guard let polygonCount = reader.count(minimumBytesEach: 8) else { return nil }
            var shapeRings: [[[Topology.ArcReference]]] = []
            var shapeHoles: [[Bool]] = []
            for _ in 0..<polygonCount {
                guard let ringCount = reader.count(minimumBytesEach: 16) else { return nil }
                var polygonRings: [[Topology.ArcReference]] = []
                var polygonHoles: [Bool] = []
                for _ in 0..<ringCount {
                    guard let isHole = reader.integer(), isHole <= 1, let count = reader.count(minimumBytesEach: 8)
                    else { return nil }
                    var ring: [Topology.ArcReference] = []
                    ring.reserveCapacity(count)
                    for _ in 0..<count {
                        guard let packed = reader.integer(), packed >> 1 < UInt64(arcs.count) else { return nil }
                        ring.append(Topology.ArcReference(index: Int(packed >> 1), isReversed: packed & 1 == 1))
                    }
                    polygonRings.append(ring)
                    polygonHoles.append(isHole == 1)
                }
                shapeRings.append(polygonRings)
                shapeHoles.append(polygonHoles)
            }
            rings.append(shapeRings)
            holes.append(shapeHoles)
        }
        guard reader.isAtEnd else { return nil }
        return WorldGeometry(
            shapes: shapes, diagnostics: diagnostics, topology: Topology(arcs: arcs, rings: rings, isHole: holes))
    }
}

/// Appends little-endian integers, strings and positions to a byte array.
private struct ByteWriter {
    var output: [UInt8] = []

    mutating func bytes(_ bytes: [UInt8]) { output += bytes }

    /// Eight bytes, least significant first, appended one by one: appending them as a raw
    /// buffer went through the generic `append(contentsOf:)`, about 110 instructions a call.
    mutating func integer(_ value: UInt64) {
        var remaining = value
        for _ in 0..<8 {
            output.append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    mutating func string(_ text: String) {
        let utf8 = Array(text.utf8)
        integer(UInt64(utf8.count))
        output += utf8
    }

    mutating func optionalString(_ text: String?) {
        integer(text == nil ? 0 : 1)
        if let text { string(text) }
    }

    mutating func coordinate(_ point: GeoCoordinate) {
        integer(point.longitude.bitPattern)
        integer(point.latitude.bitPattern)
    }

    /// The count, then each position's longitude and latitude bits, little-endian: gathered as
    /// words and appended in one copy (a county geometry has 200,000 positions, and appending
    /// each number on its own was most of encoding it).
    mutating func coordinates(_ points: [GeoCoordinate]) {
        integer(UInt64(points.count))
        var words: [UInt64] = []
        words.reserveCapacity(2 * points.count)
        for point in points {
            words.append(point.longitude.bitPattern.littleEndian)
            words.append(point.latitude.bitPattern.littleEndian)
        }
        words.withUnsafeBytes { output.append(contentsOf: $0) }
    }

    /// A 64-bit FNV-1a over the bytes: catches a damaged file, not a forged one (the cache is
    /// the user's own state, like the store).
    static func checksum(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Reads what ``ByteWriter`` wrote; every read returns `nil` past the end.
private struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var offset: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    var isAtEnd: Bool { offset == bytes.endIndex }

    mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, bytes.endIndex - offset >= count else { return nil }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func integer() -> UInt64? {
        guard let raw = bytes(8) else { return nil }
        return UInt64(littleEndian: raw.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
    }

    /// A count that the remaining bytes can hold at `minimumBytesEach` bytes an item.
    mutating func count(minimumBytesEach: Int) -> Int? {
        guard let raw = integer(), raw <= UInt64((bytes.endIndex - offset) / minimumBytesEach) else { return nil }
        return Int(raw)
    }

    mutating func string() -> String? {
        guard let length = count(minimumBytesEach: 1), let utf8 = bytes(length) else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        guard let present = integer(), present <= 1 else { return nil }
        return present == 1 ? string().map { .some($0) } : .some(nil)
    }

    mutating func coordinate() -> GeoCoordinate? {
        guard let longitude = integer(), let latitude = integer() else { return nil }
        let point = GeoCoordinate(longitude: Double(bitPattern: longitude), latitude: Double(bitPattern: latitude))
        // Only what a reader could have given: a finite position far off the globe passes every
        // count and index check and then overflows the drawing (found by the archive harness).
        guard point.isOnTheGlobe else { return nil }
        return point
    }

    mutating func coordinates() -> [GeoCoordinate]? {
        guard let count = count(minimumBytesEach: 16) else { return nil }
        var points: [GeoCoordinate] = []
        points.reserveCapacity(count)
        for _ in 0..<count {
            guard let point = coordinate() else { return nil }
            points.append(point)
        }
        return points
    }
}
