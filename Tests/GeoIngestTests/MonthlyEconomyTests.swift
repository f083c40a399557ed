import GeoIngest
import GeoModel
import Testing

@Suite("Monthly provider-share reader: which economy a file is about")
struct MonthlyEconomyTests {
    typealias Reading = MonthlyTestReading

    /// A file path and spec settings, and the economy they should give.
    struct Case: CustomTestStringConvertible, Sendable {
        let path: String
        var economy: String? = nil
        var aliases: [String: String] = [:]
        let expected: String
        var testDescription: String { "\(path) economy: \(economy ?? "-") → \(expected)" }
    }

    static let resolved: [Case] = [
        // An upper-case ISO2 token; the lower-case words (ai, chatbot, monthly) are never codes.
        Case(path: "Data/monthly/ai_chatbot-market_share-KE-monthly-202507-202512.csv", expected: "KEN"),
        // An ISO3 token, split on spaces and dots too.
        Case(path: "exports/chatbot share.NGA.2025.csv", expected: "NGA"),
        // Two tokens for the same economy are not a conflict.
        Case(path: "KE_KEN.csv", expected: "KEN"),
        // The whole stem as a name, resolved like any other name.
        Case(path: "Data/monthly/Kenya.csv", expected: "KEN"),
        Case(path: "Côte d'Ivoire.csv", expected: "CIV"),
        // A user alias applies to the stem.
        Case(path: "Congo.csv", aliases: ["Congo": "COG"], expected: "COG"),
        // The spec's economy wins over the file name, as a name or a code.
        Case(path: "ai_chatbot-KE-monthly.csv", economy: "Nigeria", expected: "NGA"),
        Case(path: "whatever.csv", economy: "NA", expected: "NAM"),
        Case(path: "whatever.csv", economy: "Congo", aliases: ["Congo": "COD"], expected: "COD"),
    ]

    @Test("finds the economy", arguments: resolved)
    func finds(_ example: Case) throws {
        var spec = Reading.spec(example.path, economy: example.economy)
        for (name, code) in example.aliases {
            let iso3: AreaCode = try #require(AreaCode(code))
            spec.aliases[name] = iso3
        }
        let file = try Reading.read(Reading.text(dates: ["2025-07", "2025-08", "2025-09"]), spec: spec)
        #expect(Set(file.observations.map(\.iso3.rawValue)) == [example.expected])
    }

    /// A file path and spec economy, and the full error text they should give.
    struct Failure: CustomTestStringConvertible, Sendable {
        let path: String
        var economy: String? = nil
        let error: String
        var testDescription: String { path }
    }

    static let failures: [Failure] = [
        Failure(
            path: "Data/monthly/share-KE-NG.csv",
            error: """
                Data/monthly/share-KE-NG.csv:1:1: error: cannot tell which economy share-KE-NG.csv is about: its name \
                holds codes of more than one economy (KE → Kenya (KEN), NG → Nigeria (NGA))
                  hint: Set economy: in the pipeline's source for this file (e.g. economy: KEN), or rename the file \
                so that its name holds one code.
                """),
        // "AI" is Anguilla's ISO2 code: upper case, it is a candidate, and two candidates are never guessed between.
        Failure(
            path: "AI-chatbot-KE.csv",
            error: """
                AI-chatbot-KE.csv:1:1: error: cannot tell which economy AI-chatbot-KE.csv is about: its name holds \
                codes of more than one economy (AI → Anguilla (AIA), KE → Kenya (KEN))
                  hint: Set economy: in the pipeline's source for this file (e.g. economy: AIA), or rename the file \
                so that its name holds one code.
                """),
        Failure(
            path: "Congo.csv",
            error: """
                Congo.csv:1:1: error: cannot tell which economy Congo.csv is about: 'Congo' could mean Republic of the \
                Congo (COG), Democratic Republic of the Congo (COD)
                  hint: Set economy: in the pipeline's source for this file, or say which with --alias 'Congo=ISO3'.
                """),
        Failure(
            path: "ai_chatbot-market_share-monthly.csv",
            error: """
                ai_chatbot-market_share-monthly.csv:1:1: error: cannot tell which economy \
                ai_chatbot-market_share-monthly.csv is about: its name holds no ISO2 or ISO3 code and \
                'ai_chatbot-market_share-monthly' is not an economy's name
                  hint: Set economy: in the pipeline's source for this file, put the economy's code in the name \
                (…-KE-monthly.csv), or map the name with --alias 'ai_chatbot-market_share-monthly=ISO3'.
                """),
        Failure(
            path: "share-KE.csv", economy: "Kenia",
            error: """
                share-KE.csv:1:1: error: cannot tell which economy the file is about: economy: 'Kenia' is not a \
                known economy
                  hint: Did you mean: Kenya (KEN), Benin (BEN)? Set economy: to a name or code from \
                Data/reference/countries.csv, or map the name with --alias 'Kenia=ISO3'.
                """),
        Failure(
            path: "share.csv", economy: "Korea",
            error: """
                share.csv:1:1: error: cannot tell which economy the file is about: economy: 'Korea' could mean \
                South Korea (KOR), North Korea (PRK)
                  hint: Set economy: to one of the codes: KOR, PRK.
                """),
    ]

    @Test("refuses a file whose economy cannot be told, saying how to name it", arguments: failures)
    func refuses(_ example: Failure) {
        let errors = Reading.failure(
            Reading.text(dates: ["2025-07", "2025-08", "2025-09"]),
            spec: Reading.spec(example.path, economy: example.economy))
        #expect(errors == [example.error])
    }
}
