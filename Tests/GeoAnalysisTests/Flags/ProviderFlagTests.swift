import GeoAnalysis
import GeoModel
import Testing

@Suite("The western_ai_unavailable flag")
struct ProviderFlagTests {
    static func gap(_ provider: String, _ name: String, _ iso3: String, asOf: String = "2025-11") -> ProviderGap {
        ProviderGap(
            provider: provider, providerName: name, iso3: TinyWorld.code(iso3), asOf: asOf,
            sourceURL: "https://example.org/\(provider)")
    }

    let flagger = Flagger(
        tables: TinyWorld.tables(gaps: [
            gap("openai", "OpenAI", "AAA"), gap("anthropic", "Anthropic", "AAA"), gap("anthropic", "Anthropic", "BBB"),
            gap("google", "Google", "AAA", asOf: "2025-10"),
        ]))

    @Test("names the providers whose lists leave the economy out, by list date")
    func reason() throws {
        let flag = try #require(flagger.providerFlag(for: TinyWorld.code("AAA"), in: TinyWorld.h2))
        #expect(flag.flag == .westernAIUnavailable)
        #expect(
            flag.reason
                == "not on the supported-country list of Google (as of 2025-10); "
                + "not on the supported-country lists of Anthropic and OpenAI (as of 2025-11)")
        #expect(flag.level == .allProviders)
        #expect(
            flag.evidence.map(\.source)
                == ["https://example.org/anthropic", "https://example.org/google", "https://example.org/openai"])
    }

    @Test("one of several providers is a partial gap; an economy on every list has no flag")
    func partial() throws {
        let flag = try #require(flagger.providerFlag(for: TinyWorld.code("BBB"), in: TinyWorld.h2))
        #expect(flag.level == .someProviders)
        #expect(flag.reason == "not on the supported-country list of Anthropic (as of 2025-11)")
        #expect(flagger.providerFlag(for: TinyWorld.code("CCC"), in: TinyWorld.h2) == nil)
    }

    @Test("on the shipped lists, China is left out by OpenAI, Anthropic and Google")
    func shipped() throws {
        let flag = try #require(
            Flagger(tables: ShippedData.tables).providerFlag(for: TinyWorld.code("CHN"), in: TinyWorld.h2))
        #expect(
            flag.reason
                == "not on the supported-country lists of Anthropic (Claude API), Google (Gemini API / AI Studio) "
                + "and OpenAI (ChatGPT and API) (as of 2025-11)")
        #expect(flag.level == .allProviders)
    }
}
