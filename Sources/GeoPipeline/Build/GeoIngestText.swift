import GeoIngest
import GeoModel

/// Decodes configuration and reference files with the same rules as data files.
enum GeoIngestText {
    static func decode(_ bytes: [UInt8], path: String) throws(GeoError) -> String {
        try TextDecoder().decode(bytes, path: path).text
    }
}
