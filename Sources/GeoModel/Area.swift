/// One area of a geography layer below the world level: a US state or county.
///
/// Economies keep their richer ``Economy`` rows; this is the reference row of the other layers.
public struct Area: Hashable, Sendable {
    /// The layer the area belongs to.
    public let geography: Geography
    /// The code, e.g. `24510`.
    public let code: AreaCode
    /// The canonical name, e.g. "Baltimore city, Maryland" for a county, "Maryland" for a state.
    public let name: String
    /// The name without its parent, e.g. "Baltimore city"; the name itself for a state.
    public let shortName: String
    /// A short code other than the FIPS code (a state's USPS code `MD`), empty where none.
    public let shortCode: String
    /// The containing state's code, for a county.
    public let parent: AreaCode?
    /// What kind of area it is ("county", "independent city", "planning region", "state").
    public let kind: String
    /// Whether the shipped boundaries draw it (Connecticut's planning regions are newer than them).
    public let hasShape: Bool

    /// Creates an area.
    public init(
        geography: Geography, code: AreaCode, name: String, shortName: String, shortCode: String = "",
        parent: AreaCode? = nil, kind: String, hasShape: Bool
    ) {
        self.geography = geography
        self.code = code
        self.name = name
        self.shortName = shortName
        self.shortCode = shortCode
        self.parent = parent
        self.kind = kind
        self.hasShape = hasShape
    }
}
