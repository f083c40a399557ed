public import GeoModel

/// Resolves the names inputs use for the areas of one geography layer to their codes:
/// economies to ISO3 codes, US states and counties to FIPS codes.
///
/// Order of precedence:
/// 1. a user alias (per-source `aliases:` in a pipeline, or `--alias NAME=ISO3`);
/// 2. the layer's code (`KOR`; `01001`, or `1001` with its leading zero restored) or short
///    code (ISO2 `NA` for Namibia, USPS `MD` for Maryland);
/// 3. an area's canonical name ("Guinea" is GIN, "Baltimore city, Maryland" is 24510);
/// 4. a published alias written exactly as listed ("Saint-Martin");
/// 5. a name from `ambiguous.csv` ("Congo", "Korea") is refused with its candidates;
/// 6. a published alias after folding ("korea rep", "Turkiye", "Congo (DRC)").
///
/// Matching folds case, accents, punctuation and spacing; it never matches by prefix or
/// substring. Unknown names get up to three suggestions:
///
/// ```
/// unknown economy 'Cote dIvoir'
///   hint: Did you mean: Côte d'Ivoire (CIV)?
/// ```
public struct AreaResolver: Sendable {
    /// What resolving one name gave.
    public enum Outcome: Hashable, Sendable {
        /// A single economy.
        case resolved(Resolution)
        /// The name may mean several economies; the candidates in conventional order.
        case ambiguous([AreaCode])
        /// No economy has this name; the closest matches.
        case unknown(suggestions: [AreaCode])
    }

    /// The layer's names and codes.
    public let table: AreaTable
    private var userAliases: [NameKey: AreaCode]
    private let names: [NameKey: AreaCode]
    private let aliases: [NameKey: AreaCode]
    private let exactAliases: [String: AreaCode]
    private let ambiguous: [NameKey: [AreaCode]]
    private let iso2: [String: AreaCode]

    /// Creates a resolver of economies over the reference tables and the user's aliases (`name → code`).
    public init(reference: ReferenceTables, userAliases: [String: AreaCode] = [:]) {
        self.init(table: AreaTable(world: reference), userAliases: userAliases)
    }

    /// Creates a resolver over one layer's table and the user's aliases (`name → code`).
    public init(table: AreaTable, userAliases: [String: AreaCode] = [:]) {
        self.init(table: table, userKeys: Self.keys(of: userAliases))
    }

    /// This resolver with `userAliases` (`name → code`) in place of its own: what
    /// ``init(table:userAliases:)`` makes, without folding every name of the table again.
    public func adding(userAliases: [String: AreaCode]) -> AreaResolver {
        var resolver = self
        resolver.userAliases = Self.keys(of: userAliases)
        return resolver
    }

    private static func keys(of userAliases: [String: AreaCode]) -> [NameKey: AreaCode] {
        var userKeys: [NameKey: AreaCode] = [:]
        for (name, code) in userAliases { userKeys[NameKey(name)] = code }
        return userKeys
    }

    private init(table: AreaTable, userKeys: [NameKey: AreaCode]) {
        self.table = table
        self.userAliases = userKeys
        var names: [NameKey: AreaCode] = [:]
        for (code, name) in table.names { names[NameKey(name)] = code }
        self.names = names
        self.iso2 = table.shortCodes
        var ambiguous: [NameKey: [AreaCode]] = [:]
        for entry in table.ambiguous { ambiguous[NameKey(entry.name)] = entry.candidates }
        var aliases: [NameKey: AreaCode] = [:]
        for (alias, code) in table.aliases {
            let key = NameKey(alias)
            if let existing = aliases[key], existing != code {
                // Two areas fold to the same alias: never guess between them.
                if ambiguous[key]?.contains(code) != true { ambiguous[key] = (ambiguous[key] ?? [existing]) + [code] }
            } else {
                aliases[key] = code
            }
        }
        for key in ambiguous.keys { aliases[key] = nil }
        // A published alias written exactly ("Saint-Martin", MAF's French name) is not a guess,
        // even when its folded form collides with an ambiguous short form ("Saint Martin").
        var exact: [String: AreaCode] = [:]
        var clashing: Set<String> = []
        for (alias, code) in table.aliases {
            if let existing = exact[alias], existing != code { clashing.insert(alias) }
            exact[alias] = code
        }
        for name in Set(table.ambiguous.map(\.name)).union(clashing) { exact[name] = nil }
        self.exactAliases = exact
        self.aliases = aliases
        self.ambiguous = ambiguous
    }

    /// Resolves one name.
    public func resolve(_ input: String) -> Outcome {
        let trimmed = input.trimmingWhitespace()
        let key = NameKey(trimmed)
        if let code = userAliases[key] { return .resolved(Resolution(input: trimmed, iso3: code, method: .userAlias)) }
        if let code = table.geography.code(from: trimmed), table.contains(code) {
            return .resolved(Resolution(input: trimmed, iso3: code, method: .code))
        }
        if trimmed.count == 2, let code = iso2[trimmed] {
            return .resolved(Resolution(input: trimmed, iso3: code, method: .code))
        }
        if let code = names[key] { return .resolved(Resolution(input: trimmed, iso3: code, method: .name)) }
        if let code = exactAliases[trimmed] { return .resolved(Resolution(input: trimmed, iso3: code, method: .alias)) }
        if let candidates = ambiguous[key] { return .ambiguous(candidates) }
        if let code = aliases[key] { return .resolved(Resolution(input: trimmed, iso3: code, method: .alias)) }
        return .unknown(suggestions: suggestions(for: key))
    }

    /// The area a code cell names: the layer's code (leading zeros restored) or a short code
    /// (ISO2, USPS), when the layer has that area.
    public func code(for text: String) -> AreaCode? {
        if let code = table.geography.code(from: text), table.contains(code) { return code }
        if table.geography != .world, let code = iso2[text] { return code }
        return nil
    }

    /// A diagnostic explaining why `input` did not resolve, with candidates or suggestions, or `nil` if it did.
    ///
    /// - Parameter aliasHint: How to declare an alias for a name, e.g. `--alias Congo=ISO3`.
    public func diagnostic(for input: String, at location: SourceLocation?, aliasHint: (String) -> String)
        -> Diagnostic?
    {
        switch resolve(input) {
        case .resolved: return nil
        case .ambiguous(let candidates):
            return Diagnostic(
                .error, "ambiguous \(noun) '\(input)' could mean \(describe(candidates))",
                at: location,
                hint: "Did you mean: \(describe(candidates))? Say which with \(aliasHint(input)).")
        case .unknown(let suggestions):
            if let problem = table.geography.codeProblem(input) {
                return Diagnostic(
                    .error, "'\(input)' is not a \(noun) code: \(problem)", at: location,
                    hint: "Write \(table.geography.codeDescription), as text without decimals.")
            }
            let guess = suggestions.isEmpty ? "" : "Did you mean: \(describe(suggestions))? "
            return Diagnostic(
                .error, "unknown \(noun) '\(input)'", at: location,
                hint:
                    "\(guess)Use a name or code from Data/reference/\(table.geography.referenceFile), or map it with \(aliasHint(input))."
            )
        }
    }

    /// Checks that a row's name agrees with the code beside it, or `nil` when it does.
    ///
    /// The name must resolve to the code; an ambiguous name must have the code among its
    /// candidates ("Congo" beside COD is fine, beside USA it is not); an unknown name beside a
    /// valid code is an error too, since nothing confirms which economy the row means.
    ///
    /// ```
    /// data.csv:3:9: error: 'Congo' could mean Republic of the Congo (COG), Democratic Republic of the
    ///   Congo (COD), but the code column says USA (United States)
    /// ```
    ///
    /// - Parameters:
    ///   - name: The name cell.
    ///   - code: The economy the code cell names (already checked to exist).
    ///   - location: Where the code cell is.
    public func disagreement(name: String, code: AreaCode, at location: SourceLocation?) -> Diagnostic? {
        let fix = "Correct the code or the name so that they agree."
        switch resolve(name) {
        case .resolved(let resolution):
            guard resolution.iso3 != code else { return nil }
            return Diagnostic(
                .error, "'\(name)' is \(describe([resolution.iso3])) but the code column says \(describe([code]))",
                at: location, hint: fix)
        case .ambiguous(let candidates):
            guard !candidates.contains(code) else { return nil }
            return Diagnostic(
                .error, "'\(name)' could mean \(describe(candidates)), but the code column says \(describe([code]))",
                at: location, hint: fix)
        case .unknown(let suggestions):
            let guess = suggestions.isEmpty ? "" : " Did you mean: \(describe(suggestions))?"
            return Diagnostic(
                .error, "unknown \(noun) '\(name)' beside the code \(describe([code]))", at: location,
                hint:
                    "Use the \(noun)'s name from Data/reference/\(table.geography.referenceFile) or a listed alias, or leave the name "
                    + "cell empty to go by the code.\(guess)")
        }
    }

    /// "Congo (COG), Democratic Republic of the Congo (COD)".
    public func describe(_ codes: [AreaCode]) -> String {
        codes.map { "\(table.name(of: $0)) (\($0))" }.joined(separator: ", ")
    }

    /// What one area is called in messages ("economy", "county").
    private var noun: String { table.geography.areaNoun }

    private func suggestions(for key: NameKey) -> [AreaCode] {
        // Names are short; a long cell is not a misspelt name, and comparing it would be slow.
        guard !key.rawValue.isEmpty, key.rawValue.count <= 80 else { return [] }
        let limit = max(2, key.rawValue.count / 3)
        var best: [AreaCode: Int] = [:]
        func consider(_ candidate: NameKey, _ codes: [AreaCode]) {
            var distance = key.distance(to: candidate, limit: limit)
            if distance > limit, key.rawValue.count >= 4,
                candidate.rawValue.hasPrefix(key.rawValue) || key.rawValue.hasPrefix(candidate.rawValue)
            {
                distance = limit
            }
            guard distance <= limit else { return }
            for code in codes where distance < best[code, default: .max] { best[code] = distance }
        }
        for (candidate, code) in names { consider(candidate, [code]) }
        for (candidate, code) in aliases { consider(candidate, [code]) }
        for (candidate, codes) in ambiguous { consider(candidate, codes) }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(3).map(\.key)
    }
}
