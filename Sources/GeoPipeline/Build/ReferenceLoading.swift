import GeoIngest
public import GeoModel

extension ProjectFiles {
    /// The folder holding the reference tables.
    public static let referenceFolder = "Data/reference"

    /// Loads `Data/reference/*.csv`.
    ///
    /// - Throws: ``GeoError`` `.noInput` when a table is missing, `.dataError` when one is malformed.
    public func loadReference() throws(GeoError) -> ReferenceTables {
        func file(_ name: String) throws(GeoError) -> ReferenceLoader.File {
            let path = "\(Self.referenceFolder)/\(name)"
            return ReferenceLoader.File(path: path, text: try readText(path))
        }
        let names = ReferenceLoader.fileNames
        return try ReferenceLoader.load(
            countries: file(names.countries), aliases: file(names.aliases), ambiguous: file(names.ambiguous),
            sanctions: file(names.sanctions), providers: file(names.providers))
    }

    /// Loads the reference tables and those of the given layers other than the world.
    ///
    /// - Throws: ``GeoError`` `.noInput` when a table is missing, `.dataError` when one is malformed.
    public func loadReference(layers: Set<Geography>) throws(GeoError) -> ReferenceTables {
        var tables = try loadReference()
        guard layers.contains(where: { $0 != .world }) else { return tables }
        func file(_ geography: Geography) throws(GeoError) -> ReferenceLoader.File {
            let path = "\(Self.referenceFolder)/\(geography.referenceFile)"
            return ReferenceLoader.File(path: path, text: try readText(path))
        }
        let states = try AreaTableLoader.states(file(.usStates))
        tables.layers[.usStates] = states
        if layers.contains(.usCounties) {
            tables.layers[.usCounties] = try AreaTableLoader.counties(file(.usCounties), states: states)
        }
        return tables
    }

    /// The paths of every reference table, for hashing.
    public static var referencePaths: [String] {
        let names = ReferenceLoader.fileNames
        return [names.countries, names.aliases, names.ambiguous, names.sanctions, names.providers].map {
            "\(referenceFolder)/\($0)"
        }
    }
}
