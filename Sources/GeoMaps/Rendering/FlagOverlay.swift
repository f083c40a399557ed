public import GeoModel

/// Economies marked over the choropleth fill, such as those under sanctions, with a legend entry.
///
/// ```swift
/// FlagOverlay(id: "sanctioned", label: "Under US sanctions", members: [AreaCode("IRN")!, AreaCode("CUB")!])
/// ```
public struct FlagOverlay: Sendable, Hashable {
    /// How the members are marked.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        /// A dark outline around each member.
        case outline
        /// Diagonal hatching over each member's fill (dark lines with a light edge, so it shows on
        /// light and dark classes alike).
        case hatch
    }

    /// The flag id (`sanctioned`), used in `data-flag` attributes and element ids.
    public var id: String
    /// The legend text ("Under US sanctions").
    public var label: String
    /// The economies marked.
    public var members: Set<AreaCode>
    /// Outline or hatch.
    public var style: Style

    /// Creates an overlay.
    public init(id: String, label: String, members: Set<AreaCode>, style: Style = .outline) {
        self.id = id
        self.label = label
        self.members = members
        self.style = style
    }
}
