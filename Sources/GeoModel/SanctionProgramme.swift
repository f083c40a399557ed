/// A sanctions programme in force against an economy (or a region of it) between two days.
public struct SanctionProgramme: Hashable, Sendable {
    /// The economy (the de jure country for regional programmes such as Crimea).
    public let iso3: AreaCode
    /// The country or region as the source names it ("Ukraine (Crimea region)").
    public let area: String
    /// The authority, e.g. "US Treasury OFAC".
    public let authority: String
    /// The programme's name.
    public let programme: String
    /// Scope as published: "comprehensive", "comprehensive (regional)", "list-based (targeted)", ...
    public let scope: String
    /// First day in force; `nil` when not sourced (long-standing).
    public let since: Day?
    /// First day no longer in force; `nil` while in force.
    public let until: Day?
    /// Where the facts come from.
    public let sourceURL: String

    /// Creates a programme.
    public init(
        iso3: AreaCode, area: String, authority: String, programme: String, scope: String, since: Day?, until: Day?,
        sourceURL: String
    ) {
        self.iso3 = iso3
        self.area = area
        self.authority = authority
        self.programme = programme
        self.scope = scope
        self.since = since
        self.until = until
        self.sourceURL = sourceURL
    }

    /// Whether the programme is in force on at least one day of `period`.
    ///
    /// `until` is exclusive: Syria's programme with `until` 2025-07-01 covers 2025-H1 but not 2025-H2.
    public func isInForce(during period: Period) -> Bool {
        if let since, since > period.lastDay { return false }
        if let until, until <= period.firstDay { return false }
        return true
    }
}

/// An AI provider's published supported-country list that leaves an economy out.
public struct ProviderGap: Hashable, Sendable {
    /// Provider id, e.g. `openai`.
    public let provider: String
    /// Provider's display name, e.g. "OpenAI (ChatGPT)".
    public let providerName: String
    /// The economy left out.
    public let iso3: AreaCode
    /// When the list was read, e.g. `2025-11`.
    public let asOf: String
    /// Where the list is published.
    public let sourceURL: String

    /// Creates a gap.
    public init(provider: String, providerName: String, iso3: AreaCode, asOf: String, sourceURL: String) {
        self.provider = provider
        self.providerName = providerName
        self.iso3 = iso3
        self.asOf = asOf
        self.sourceURL = sourceURL
    }
}
