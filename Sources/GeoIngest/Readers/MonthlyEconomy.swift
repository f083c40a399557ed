import GeoModel

/// Finds the one economy a monthly export is about.
///
/// In order: the spec's ``SourceSpec/economy`` (a name or code, the source's aliases applied);
/// else a token of the file name (split on `-`, `_`, `.` and spaces) that is an upper-case ISO2
/// or ISO3 code of a known economy; else the whole file-name stem as a name. Two tokens naming
/// different economies are never decided between:
///
/// ```
/// ai_chatbot-market_share-KE-monthly-202507-202512.csv   → KEN (token KE)
/// Kenya.csv                                              → KEN (stem)
/// share-KE-NG.csv:1:1: error: cannot tell which economy share-KE-NG.csv is about: its name holds codes of
///   Kenya (KEN) and Nigeria (NGA)
/// ```
enum MonthlyEconomy {
    /// The economy of the file, or `nil` after reporting why it cannot be told.
    static func resolve(_ context: inout RowContext) -> AreaCode? {
        if let declared = context.spec.economy { return fromSpec(declared, &context) }
        return fromFileName(&context)
    }

    private static func location(_ context: RowContext) -> SourceLocation {
        SourceLocation(path: context.spec.path, line: 1, column: 1)
    }

    private static func fromSpec(_ declared: String, _ context: inout RowContext) -> AreaCode? {
        switch context.resolver.resolve(declared) {
        case .resolved(let resolution):
            context.resolutions[resolution.input] = resolution
            return resolution.iso3
        case .ambiguous(let candidates):
            context.error(
                "cannot tell which economy the file is about: economy: '\(declared)' could mean "
                    + context.resolver.describe(candidates),
                at: location(context),
                hint: "Set economy: to one of the codes: \(candidates.map(\.rawValue).joined(separator: ", ")).")
        case .unknown(let suggestions):
            let guess = suggestions.isEmpty ? "" : "Did you mean: \(context.resolver.describe(suggestions))? "
            context.error(
                "cannot tell which economy the file is about: economy: '\(declared)' is not a known economy",
                at: location(context),
                hint: "\(guess)Set economy: to a name or code from Data/reference/countries.csv, "
                    + "or map the name with \(context.aliasHint(declared)).")
        }
        return nil
    }

    private static func fromFileName(_ context: inout RowContext) -> AreaCode? {
        let fileName = String(context.spec.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        var stem = fileName
        if let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex { stem = String(fileName[..<dot]) }
        let tokens = stem.split(whereSeparator: { "-_. ".contains($0) }).map(String.init)
        var found: [(token: String, resolution: Resolution)] = []
        for token in tokens where isCodeShaped(token) {
            guard case .resolved(let resolution) = context.resolver.resolve(token),
                resolution.method == .code || resolution.method == .userAlias,
                !found.contains(where: { $0.resolution.iso3 == resolution.iso3 })
            else { continue }
            found.append((token, resolution))
        }
        let prefix = "cannot tell which economy \(fileName) is about"
        let setEconomy = "Set economy: in the pipeline's source for this file"
        if found.count > 1 {
            let codes = found.map { "\($0.token) → \(context.resolver.describe([$0.resolution.iso3]))" }
            context.error(
                "\(prefix): its name holds codes of more than one economy (\(codes.joined(separator: ", ")))",
                at: location(context),
                hint: "\(setEconomy) (e.g. economy: \(found[0].resolution.iso3)), "
                    + "or rename the file so that its name holds one code.")
            return nil
        }
        if let only = found.first {
            context.resolutions[only.token] = only.resolution
            return only.resolution.iso3
        }
        switch context.resolver.resolve(stem) {
        case .resolved(let resolution):
            context.resolutions[resolution.input] = resolution
            return resolution.iso3
        case .ambiguous(let candidates):
            context.error(
                "\(prefix): '\(stem)' could mean \(context.resolver.describe(candidates))", at: location(context),
                hint: "\(setEconomy), or say which with \(context.aliasHint(stem)).")
        case .unknown(let suggestions):
            let guess = suggestions.isEmpty ? "" : "Did you mean: \(context.resolver.describe(suggestions))? "
            context.error(
                "\(prefix): its name holds no ISO2 or ISO3 code and '\(stem)' is not an economy's name",
                at: location(context),
                hint: "\(guess)\(setEconomy), put the economy's code in the name (…-KE-monthly.csv), "
                    + "or map the name with \(context.aliasHint(stem)).")
        }
        return nil
    }

    /// Two or three upper-case ASCII letters (`KE`, `KEN`); lower-case words such as `ai` are never codes.
    private static func isCodeShaped(_ token: String) -> Bool {
        (2...3).contains(token.utf8.count) && token.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
