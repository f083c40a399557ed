/// Named groups of economies, such as the UN M49 regions or a user's Global North / Global South file.
///
/// A grouping maps each member economy to exactly one group. Economies that are not in the
/// mapping, or are mapped to an empty name, belong to no group of the grouping (they still
/// belong to the `World` grouping, which holds every economy).
///
/// ```swift
/// let hemispheres = RegionGrouping(
///     id: "north_south", label: "Global North / South",
///     membership: [AreaCode("DEU")!: "Global North", AreaCode("KEN")!: "Global South"])
/// hemispheres.regions              // ["Global North", "Global South"]
/// hemispheres.members(of: "Global South")   // [KEN]
/// ```
public struct RegionGrouping: Hashable, Sendable {
    /// Machine id, e.g. `m49_region`.
    public let id: String
    /// Reader's label, e.g. "UN M49 regions".
    public let label: String
    /// The group names in display order: those named in `regionOrder` first, then the rest by name.
    public let regions: [String]
    /// Each member economy's group; economies absent here belong to no group.
    public let membership: [AreaCode: String]
    /// Each group's members, sorted, computed once (aggregation asks for them many times).
    private let membersByRegion: [String: [AreaCode]]

    /// Creates a grouping; empty group names are dropped from `membership`.
    ///
    /// - Parameters:
    ///   - id: Machine id, e.g. `income_group`.
    ///   - label: Reader's label.
    ///   - membership: Economy → group name.
    ///   - regionOrder: Preferred display order of group names; names not present are ignored.
    public init(id: String, label: String, membership: [AreaCode: String], regionOrder: [String] = []) {
        let kept = membership.filter { !$0.value.isEmpty }
        let present = Set(kept.values)
        var ordered: [String] = []
        for name in regionOrder where present.contains(name) && !ordered.contains(name) { ordered.append(name) }
        ordered += present.subtracting(ordered).sorted()
        self.id = id
        self.label = label
        self.regions = ordered
        self.membership = kept
        var byRegion: [String: [AreaCode]] = [:]
        for (iso3, region) in kept { byRegion[region, default: []].append(iso3) }
        membersByRegion = byRegion.mapValues { $0.sorted() }
    }

    /// The member economies of a group, sorted by code (empty for an unknown group).
    public func members(of region: String) -> [AreaCode] {
        membersByRegion[region] ?? []
    }

    /// The group an economy belongs to, if any.
    public func region(of iso3: AreaCode) -> String? { membership[iso3] }

    /// Whether the grouping has a group with this name.
    public func contains(region: String) -> Bool { regions.contains(region) }
}
