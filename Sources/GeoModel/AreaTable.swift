/// The names and codes of one geography layer, as a resolver needs them.
///
/// For the world it is built from ``ReferenceTables`` (names, ISO2 codes, aliases, the
/// ambiguous short forms). For the US layers it is built from the ``Area`` rows, and derives
/// the names readers meet: a county is "Baltimore city, Maryland" (its canonical name),
/// "Baltimore city, MD", and without its kind "Baltimore, Maryland" — which also fits
/// Baltimore County and is therefore ambiguous, never guessed.
public struct AreaTable: Sendable {
    /// The layer.
    public let geography: Geography
    /// Canonical names by code; a code is in the layer exactly when it is here.
    public let names: [AreaCode: String]
    /// Short codes other than the layer's own (ISO2 `NA` for Namibia, USPS `MD` for Maryland).
    public let shortCodes: [String: AreaCode]
    /// Alternative names, as written; two areas sharing one alias make it ambiguous.
    public let aliases: [(alias: String, code: AreaCode)]
    /// Names that must not be guessed, with their candidates in conventional order.
    public let ambiguous: [(name: String, candidates: [AreaCode], note: String)]
    /// The reference rows of a US layer by code; empty for the world.
    public let areas: [AreaCode: Area]

    /// The world layer of the reference tables.
    public init(world reference: ReferenceTables) {
        geography = .world
        names = reference.economies.mapValues(\.name)
        var shortCodes: [String: AreaCode] = [:]
        for economy in reference.economies.values where !economy.iso2.isEmpty {
            shortCodes[economy.iso2] = economy.iso3
        }
        self.shortCodes = shortCodes
        aliases = reference.aliases.map { ($0.alias, $0.iso3) }
        ambiguous = reference.ambiguous.map { ($0.name, $0.candidates, $0.note) }
        areas = [:]
    }

    /// A US layer from its rows; `parents` names the states of counties (code → name, USPS).
    public init(geography: Geography, areas: [Area], parents: [AreaCode: (name: String, usps: String)] = [:]) {
        self.geography = geography
        var names: [AreaCode: String] = [:]
        var shortCodes: [String: AreaCode] = [:]
        var aliases: [(alias: String, code: AreaCode)] = []
        for area in areas {
            names[area.code] = area.name
            if !area.shortCode.isEmpty { shortCodes[area.shortCode] = area.code }
            guard let parent = area.parent.flatMap({ parents[$0] }) else { continue }
            let base = Self.withoutKind(area.shortName)
            var variants = ["\(area.shortName), \(parent.usps)"]
            if base != area.shortName { variants += ["\(base), \(parent.name)", "\(base), \(parent.usps)"] }
            aliases += variants.map { ($0, area.code) }
        }
        if geography == .usStates, let dc = AreaCode("11"), names[dc] != nil {
            aliases += [("Washington, D.C.", dc), ("Washington DC", dc)]
        }
        self.names = names
        self.shortCodes = shortCodes
        self.aliases = aliases
        ambiguous = []
        self.areas = Dictionary(areas.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the layer has an area with this code.
    public func contains(_ code: AreaCode) -> Bool { names[code] != nil }

    /// The canonical name of an area, or its code if unknown.
    public func name(of code: AreaCode) -> String { names[code] ?? code.rawValue }

    /// Suffixes naming a county's kind, removed to form the short alias ("Baltimore").
    static let kindSuffixes = [
        " City and Borough", " Census Area", " Planning Region", " Municipality", " Municipio", " Borough",
        " County", " Parish", " city",
    ]

    private static func withoutKind(_ name: String) -> String {
        for suffix in kindSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
