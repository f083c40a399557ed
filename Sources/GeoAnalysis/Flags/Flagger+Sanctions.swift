public import GeoModel

extension Flagger {
    /// The `sanctioned` flag: at least one country-wide programme (comprehensive or targeted) is
    /// in force on at least one day of the period.
    ///
    /// A programme whose `since` or `until` falls inside the period counts (`until` is the first
    /// day it no longer applies, so the reason names the day before). The level is the strongest
    /// scope in force: comprehensive, then targeted (list-based, sectoral or government
    /// blocking). A programme covering only part of a country (Crimea, the so-called DNR and
    /// LNR regions, coded UKR) does not make the whole country sanctioned: it raises
    /// ``regionalSanctionFlag(for:in:)`` instead.
    ///
    /// - Returns: The flag, or `nil` when no country-wide programme is in force during the period.
    public func sanctionFlag(for iso3: AreaCode, in period: Period) -> EconomyFlag? {
        sanctionFlag(for: iso3, in: period, regional: false)
    }

    /// The `sanctioned_region` flag: a comprehensive programme covering part of the country
    /// (published scope "comprehensive (regional)") is in force during the period; level ``FlagLevel/regional``.
    ///
    /// - Returns: The flag, or `nil` when no regional programme is in force during the period.
    public func regionalSanctionFlag(for iso3: AreaCode, in period: Period) -> EconomyFlag? {
        sanctionFlag(for: iso3, in: period, regional: true)
    }

    private func sanctionFlag(for iso3: AreaCode, in period: Period, regional: Bool) -> EconomyFlag? {
        let programmes = sanctionsByArea[iso3, default: []].filter {
            $0.isInForce(during: period) && (Self.level(ofScope: $0.scope) == .regional) == regional
        }
        .sorted { ($0.since?.description ?? "", $0.programme) < ($1.since?.description ?? "", $1.programme) }
        guard !programmes.isEmpty else { return nil }
        let texts = programmes.map { Self.describe($0, period: period) }
        let level = programmes.map { Self.level(ofScope: $0.scope) }.max { Self.rank($0) < Self.rank($1) }
        let evidence = zip(programmes, texts).map { programme, text in
            FlagEvidence(statement: text, source: programme.sourceURL)
        }
        return EconomyFlag(
            iso3: iso3, period: period, flag: regional ? .sanctionedRegion : .sanctioned, level: level,
            reason: texts.joined(separator: "; "), evidence: evidence)
    }

    /// The level a published scope maps to: "comprehensive" → comprehensive, "comprehensive
    /// (regional)" → regional, anything else ("list-based (targeted)", "sectoral ...",
    /// "... (not comprehensive)") → targeted.
    public static func level(ofScope scope: String) -> FlagLevel {
        let text = scope.lowercased()
        guard text.hasPrefix("comprehensive") else { return .targeted }
        return text.contains("regional") ? .regional : .comprehensive
    }

    static func rank(_ level: FlagLevel) -> Int {
        switch level {
        case .comprehensive: 3
        case .regional: 2
        case .targeted: 1
        default: 0
        }
    }

    /// "US Treasury OFAC Syrian Sanctions Regulations (...) (comprehensive) in force from 2004-05-11 until 2025-06-30";
    /// "from" when the programme starts on or after the period's first day, "since" when before.
    static func describe(_ programme: SanctionProgramme, period: Period) -> String {
        var scope = programme.scope
        if level(ofScope: programme.scope) == .regional && !programme.area.isEmpty {
            scope += ", covering \(programme.area)"
        }
        var text = "\(programme.authority) \(programme.programme) (\(scope)) in force"
        switch (programme.since, programme.until) {
        case let (since?, until?):
            text += " from \(since) until \(until.previous)"
        case let (nil, until?):
            text += " until \(until.previous) (start date not sourced)"
        case let (since?, nil):
            text += since >= period.firstDay ? " from \(since)" : " since \(since)"
        case (nil, nil):
            text += " (start date not sourced)"
        }
        return text
    }
}
