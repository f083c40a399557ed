import Foundation
import GeoIngest
import GeoModel
import Testing

@Suite("AreaResolver")
struct AreaResolverTests {
    let resolver = AreaResolver(reference: ShippedReference.tables)

    func code(_ name: String) -> String? {
        if case .resolved(let resolution) = resolver.resolve(name) { return resolution.iso3.rawValue }
        return nil
    }

    @Test(
        "resolves names, codes and aliases insensitive to case, accents and punctuation",
        arguments: [
            ("Korea, Rep.", "KOR"), ("Côte d'Ivoire", "CIV"), ("Cote d’Ivoire", "CIV"), ("COTE D IVOIRE", "CIV"),
            ("Türkiye", "TUR"), ("Turkey", "TUR"), ("turkiye", "TUR"), ("Viet Nam", "VNM"), ("Congo (DRC)", "COD"),
            ("Kosovo", "XKX"), ("KOR", "KOR"), ("NA", "NAM"), ("Guinea", "GIN"), ("Niger", "NER"), ("Sudan", "SDN"),
            ("Dominica", "DMA"), ("Samoa", "WSM"), ("Trinidad & Tobago", "TTO"), ("  South   Korea ", "KOR"),
        ])
    func resolves(name: String, expected: String) {
        #expect(code(name) == expected)
    }

    @Test("resolves every alias in the shipped table to its own code")
    func everyAlias() {
        var wrong: [String] = []
        let ambiguousNames = Set(ShippedReference.tables.ambiguous.map(\.name))
        for (alias, iso3) in ShippedReference.tables.aliases where !ambiguousNames.contains(alias) {
            if code(alias) != iso3.rawValue { wrong.append("\(alias) → \(code(alias) ?? "nothing"), expected \(iso3)") }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test("never resolves one folded name to two economies")
    func noNameToTwo() {
        var seen: [String: Set<AreaCode>] = [:]
        let tables = ShippedReference.tables
        for (alias, iso3) in tables.aliases { seen[fold(alias), default: []].insert(iso3) }
        for economy in tables.economies.values { seen[fold(economy.name), default: []].insert(economy.iso3) }
        let clashes = seen.filter { $0.value.count > 1 }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    /// A deliberately simple folding for the check above: lower-case ASCII letters and digits only.
    private func fold(_ text: String) -> String {
        String(
            String(text.lowercased().decomposedStringWithCanonicalMapping).unicodeScalars.filter {
                ("a"..."z").contains($0) || ("0"..."9").contains($0)
            })
    }

    @Test(
        "refuses ambiguous short forms with their candidates",
        arguments: ["Congo", "Korea", "Virgin Islands", "congo", "Micronesia"])
    func ambiguous(_ name: String) {
        guard case .ambiguous(let candidates) = resolver.resolve(name) else {
            Issue.record("\(name) should be ambiguous")
            return
        }
        #expect(candidates.count >= 2)
    }

    @Test("names COG and COD for Congo")
    func congoMessage() {
        let diagnostic = resolver.diagnostic(for: "Congo", at: nil, aliasHint: { "--alias '\($0)=ISO3'" })
        #expect(
            diagnostic?.description == """
                error: ambiguous economy 'Congo' could mean Republic of the Congo (COG), Democratic Republic of the Congo (COD)
                  hint: Did you mean: Republic of the Congo (COG), Democratic Republic of the Congo (COD)? Say which with --alias 'Congo=ISO3'.
                """)
    }

    @Test("never matches by prefix or substring")
    func noPrefix() {
        #expect(code("Guinea-Bissau") == "GNB")
        #expect(code("Nigeria") == "NGA")
        #expect(code("South Sudan") == "SSD")
        #expect(code("Guin") == nil)
        #expect(code("Niger Republic") == nil)
    }

    @Test("suggests the closest economies for unknown names")
    func suggestions() {
        guard case .unknown(let suggestions) = resolver.resolve("Cote dIvoir") else {
            Issue.record("expected unknown")
            return
        }
        #expect(suggestions.first?.rawValue == "CIV")
        guard case .unknown(let none) = resolver.resolve("Atlantis") else {
            Issue.record("expected Atlantis to be unknown")
            return
        }
        #expect(none.isEmpty)
    }

    @Test("lets a user alias win over everything")
    func userAlias() {
        let withAlias = AreaResolver(reference: ShippedReference.tables, userAliases: ["Congo": AreaCode("COG")!])
        guard case .resolved(let resolution) = withAlias.resolve("congo") else {
            Issue.record("expected resolved")
            return
        }
        #expect(resolution.iso3.rawValue == "COG")
        #expect(resolution.method == .userAlias)
    }

    /// A resolver made once and given each source's aliases resolves every name as one made
    /// with those aliases from the start.
    @Test(
        "adding user aliases resolves as a resolver made with them",
        arguments: [
            [:], ["Congo": "COG"], ["Chad": "MLI", "Narnia": "FRA", "korea": "KOR"], ["Congo": "COD", "XK": "SRB"],
        ])
    func addingUserAliases(_ aliases: [String: String]) throws {
        let userAliases = try aliases.mapValues { try #require(AreaCode($0)) }
        let table = try #require(ShippedReference.tables.areaTable(for: .world))
        // A base with other aliases: adding replaces them.
        let base = AreaResolver(table: table, userAliases: ["Mali": try #require(AreaCode("PER"))])
        let added = base.adding(userAliases: userAliases)
        let made = AreaResolver(table: table, userAliases: userAliases)
        let names =
            Array(table.names.values) + table.aliases.map(\.alias) + table.ambiguous.map(\.name)
            + Array(aliases.keys) + ["Mali", "mali", "KOR", "NA", "Cote dIvoir", "", "  Chad  ", "Nowhere"]
        for name in names { #expect(added.resolve(name) == made.resolve(name), "\(name)") }
    }
}
