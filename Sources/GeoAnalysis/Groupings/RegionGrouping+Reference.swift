public import GeoModel

extension RegionGrouping {
    /// The id of the ``world(from:)`` grouping.
    public static let worldID = "world"
    /// The id of the ``m49Regions(from:)`` grouping.
    public static let m49RegionID = "m49_region"
    /// The id of the ``m49Subregions(from:)`` grouping.
    public static let m49SubregionID = "m49_subregion"
    /// The id of the ``incomeGroups(from:)`` grouping.
    public static let incomeGroupID = "income_group"

    /// One group, "World", holding every economy of the reference table (Antarctica included).
    public static func world(from tables: ReferenceTables) -> RegionGrouping {
        RegionGrouping(
            id: worldID, label: "World", membership: tables.economies.mapValues { _ in "World" })
    }

    /// The UN M49 regions (Africa, Americas, Asia, Europe, Oceania); economies without one are in no group.
    public static func m49Regions(from tables: ReferenceTables) -> RegionGrouping {
        RegionGrouping(id: m49RegionID, label: "UN M49 regions", membership: tables.economies.mapValues(\.region))
    }

    /// The UN M49 sub-regions ("Sub-Saharan Africa", "Northern America", ...).
    public static func m49Subregions(from tables: ReferenceTables) -> RegionGrouping {
        RegionGrouping(
            id: m49SubregionID, label: "UN M49 sub-regions", membership: tables.economies.mapValues(\.subregion))
    }

    /// The World Bank income groups, ordered from low to high income; unclassified economies
    /// (empty income group, e.g. Ethiopia and Venezuela in FY2026) are in no group.
    public static func incomeGroups(from tables: ReferenceTables) -> RegionGrouping {
        RegionGrouping(
            id: incomeGroupID, label: "World Bank income groups", membership: tables.economies.mapValues(\.incomeGroup),
            regionOrder: ["Low income", "Lower middle income", "Upper middle income", "High income"])
    }

    /// World, UN M49 regions, UN M49 sub-regions and World Bank income groups, in that order.
    public static func standard(from tables: ReferenceTables) -> [RegionGrouping] {
        [world(from: tables), m49Regions(from: tables), m49Subregions(from: tables), incomeGroups(from: tables)]
    }
}
