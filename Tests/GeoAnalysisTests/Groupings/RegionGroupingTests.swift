import GeoAnalysis
import GeoModel
import Testing

@Suite("Region groupings")
struct RegionGroupingTests {
    let tables = ShippedData.tables

    @Test("World holds every economy, Antarctica included; M49 regions leave it out")
    func world() {
        let world = RegionGrouping.world(from: tables)
        #expect(world.regions == ["World"])
        #expect(world.members(of: "World").count == 250)
        let regions = RegionGrouping.m49Regions(from: tables)
        #expect(regions.regions == ["Africa", "Americas", "Asia", "Europe", "Oceania"])
        #expect(regions.region(of: TinyWorld.code("ATA")) == nil)
        #expect(regions.membership.count == 249)
    }

    @Test("income groups run from low to high; unclassified economies are in none")
    func incomeGroups() {
        let income = RegionGrouping.incomeGroups(from: tables)
        #expect(income.regions == ["Low income", "Lower middle income", "Upper middle income", "High income"])
        #expect(income.region(of: TinyWorld.code("ETH")) == nil)
        #expect(income.region(of: TinyWorld.code("VEN")) == nil)
        #expect(income.membership.count == 215)
    }

    @Test("sub-regions come from the reference table")
    func subregions() {
        let subregions = RegionGrouping.m49Subregions(from: tables)
        #expect(subregions.region(of: TinyWorld.code("AGO")) == "Sub-Saharan Africa")
        #expect(subregions.contains(region: "Northern America"))
    }

    @Test("a custom grouping drops empty names and keeps a stated order")
    func custom() {
        let grouping = RegionGrouping(
            id: "north_south", label: "Global North / South",
            membership: [
                TinyWorld.code("DEU"): "Global North", TinyWorld.code("KEN"): "Global South",
                TinyWorld.code("ATA"): "",
            ],
            regionOrder: ["Global South", "Unused", "Global North"])
        #expect(grouping.regions == ["Global South", "Global North"])
        #expect(grouping.region(of: TinyWorld.code("ATA")) == nil)
        #expect(grouping.members(of: "Global North") == [TinyWorld.code("DEU")])
        #expect(grouping.members(of: "Nowhere").isEmpty)
    }

    @Test(
        "estimators read and write their pipeline spelling",
        arguments: [
            ("weighted_mean", "weighted mean"), ("median", "median"),
            ("weighted_mean excluding:CHN", "weighted mean excluding CHN"),
            ("median excluding:IND,CHN", "median excluding CHN, IND"),
        ])
    func estimatorSpec(spec: String, description: String) throws {
        let estimator = try #require(Estimator(spec: spec))
        #expect(estimator.description == description)
        #expect(Estimator(spec: estimator.spec) == estimator)
    }

    @Test("rejects misspelt estimators", arguments: ["mean", "weighted_mean excluding:chn", "median without:CHN", ""])
    func badEstimatorSpec(spec: String) {
        #expect(Estimator(spec: spec) == nil)
    }
}

@Suite("Groupings from flags")
struct FlaggedGroupingTests {
    @Test("places economies with any of the flags in the period in the first group")
    func flagged() {
        let tables = ShippedData.tables
        let flagger = Flagger(tables: tables)
        let periods = [TinyWorld.h1, TinyWorld.h2]
        let flags = flagger.flags(economies: flagger.economies, periods: periods)
        let sanctionedH1 = RegionGrouping.flagged(
            anyOf: [.sanctioned], in: TinyWorld.h1, flags: flags, economies: flagger.economies)
        #expect(sanctionedH1.id == "flag_sanctioned_2025-H1")
        #expect(sanctionedH1.regions == ["sanctioned", "other economies"])
        // Ukraine's programmes cover Crimea and the so-called DNR/LNR regions only: not a whole-country flag.
        #expect(
            sanctionedH1.members(of: "sanctioned")
                == ["BLR", "CUB", "IRN", "PRK", "RUS", "SYR", "VEN"].map(TinyWorld.code))
        #expect(sanctionedH1.members(of: "other economies").count == 243)
        #expect(sanctionedH1.region(of: TinyWorld.code("UKR")) == "other economies")
        let either = RegionGrouping.flagged(
            anyOf: [.sanctioned, .westernAIUnavailable], in: TinyWorld.h2, flags: flags,
            economies: flagger.economies, flaggedName: "cut off")
        #expect(either.region(of: TinyWorld.code("SYR")) == "cut off")
        #expect(either.region(of: TinyWorld.code("CHN")) == "cut off")
        #expect(either.region(of: TinyWorld.code("FRA")) == "other economies")
    }

    @Test("a flag at a level: strict (all three providers, comprehensive sanctions) against loose (any)")
    func levels() {
        let tables = ShippedData.tables
        let flagger = Flagger(tables: tables)
        let flags = flagger.flags(economies: flagger.economies, periods: [TinyWorld.h2])
        let strict = RegionGrouping.flagged(
            anyOf: [(.westernAIUnavailable, .allProviders), (.sanctioned, .comprehensive)], in: TinyWorld.h2,
            flags: flags, economies: flagger.economies, flaggedName: "strict")
        // By hand from provider_unavailable.csv (absent from all three lists) and sanctions.csv
        // (comprehensive in H2 2025: Cuba, Iran, North Korea; Syria's ended 2025-07-01).
        #expect(
            strict.members(of: "strict")
                == ["BLR", "CHN", "CUB", "HKG", "IRN", "MAC", "PRK", "RUS", "SYR"].map(TinyWorld.code))
        let loose = RegionGrouping.flagged(
            anyOf: [(.westernAIUnavailable, nil), (.sanctioned, nil)], in: TinyWorld.h2, flags: flags,
            economies: flagger.economies, flaggedName: "loose")
        // 28 economies left out by at least one provider, plus Venezuela (sanctioned, 2 providers: already in),
        // and no Ukraine (regional programmes only).
        #expect(loose.members(of: "loose").contains(TinyWorld.code("AND")))
        #expect(loose.members(of: "loose").contains(TinyWorld.code("VEN")))
        #expect(!loose.members(of: "loose").contains(TinyWorld.code("UKR")))
    }
}
