import Foundation
import GeoIngest
import GeoModel
import GeoTestSupport
import Testing

/// The reference tables shipped in `Data/reference`, loaded once per test process.
enum ShippedReference {
    static let tables: ReferenceTables = {
        func file(_ name: String) -> ReferenceLoader.File {
            let url = RepositoryPaths.url("Data/reference/\(name)")
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return ReferenceLoader.File(path: "Data/reference/\(name)", text: text)
        }
        do {
            return try ReferenceLoader.load(
                countries: file("countries.csv"), aliases: file("aliases.csv"), ambiguous: file("ambiguous.csv"),
                sanctions: file("sanctions.csv"), providers: file("provider_unavailable.csv"))
        } catch {
            preconditionFailure("shipped reference tables must load: \(error)")
        }
    }()

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return [UInt8](try Data(contentsOf: url))
    }
}
