import GeoMaps
import GeoModel

/// The geometry a command draws with: the world's shapes and label points, the boundaries of
/// the other layers its pipelines use, and the cache archives of what was read on a miss.
///
/// It needs neither the reference tables nor the pipelines, so a build reads it on another
/// core while it reads those (``MapStage`` then adds the reference tables for names).
struct LoadedGeometry: Sendable {
    /// The country shapes.
    let world: WorldGeometry
    /// Label points for economies too small for a shape.
    let labelPoints: [AreaCode: GeoCoordinate]
    /// The boundaries of the other layers (US states, counties).
    var layers: [Geography: WorldGeometry] = [:]
    /// Archives of the geometry read on cache misses, to keep once the command has got far
    /// enough (see ``GeometryCache/Archive/keep()``).
    var archives: [GeometryCache.Archive] = []

    /// The world geometry shipped in `Data/geo`.
    static let worldPath = "Data/geo/countries-110m.geojson"
    /// Label points for economies without a shape at 1:110m.
    static let labelPointsPath = "Data/geo/label-points.csv"

    /// The world's shapes (from the geometry cache or the GeoJSON file) and label points.
    static func world(files: ProjectFiles, geometryPath: String = worldPath) throws(GeoError) -> LoadedGeometry {
        do {
            let bytes = try files.read(geometryPath)
            let (world, archive) = try GeometryCache(files: files).geometry(
                of: bytes, reading: "geojson \(geometryPath)"
            ) { try WorldGeometry.geoJSON(bytes, path: geometryPath) }
            let points = try LabelPoints.parse(try files.readText(labelPointsPath), path: labelPointsPath)
            return LoadedGeometry(world: world, labelPoints: points, archives: archive.map { [$0] } ?? [])
        } catch let error as GeoError {
            throw error
        } catch {
            throw GeoError(.dataError, "cannot read the geometry: \(error)", at: SourceLocation(path: geometryPath))
        }
    }

    /// The given layers, each file on its own core; without ``Geography/world`` among them (a
    /// build of US pipelines alone), no world boundaries are read and ``world`` has no shapes.
    static func load(_ layers: Set<Geography>, files: ProjectFiles) throws(GeoError) -> LoadedGeometry {
        guard layers.contains(.world) else {
            let other = try AreaOutputs.loadGeometry(layers, files: files)
            return LoadedGeometry(
                world: WorldGeometry(shapes: []), labelPoints: [:], layers: other.layers, archives: other.archives)
        }
        let (world, other) = try Parallel.both(
            { () throws(GeoError) in try LoadedGeometry.world(files: files) },
            { () throws(GeoError) in try AreaOutputs.loadGeometry(layers, files: files) })
        var geometry = world
        geometry.layers = other.layers
        geometry.archives += other.archives
        return geometry
    }
}
