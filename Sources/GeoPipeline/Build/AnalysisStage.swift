import GeoAnalysis
import GeoIngest
import GeoModel

/// Turns a pipeline's `analysis:` and `claims:` configuration into analysis specs and runs
/// the analysis on its observations.
enum AnalysisStage {
    /// Runs the analysis of one pipeline in `groupings` (see ``groupings(_:observations:reference:files:)``,
    /// computed once per build); errors without a location point at the pipeline file.
    static func run(_ pipeline: LoadedPipeline, reference: ReferenceTables, groupings: [RegionGrouping])
        throws(GeoError) -> AnalysisResult
    {
        let config = pipeline.config
        var options = AnalysisOptions()
        options.minimumCoverage = config.analysis.minimumCoverage
        // A metric read only as a weight is shown nowhere unless a chart names it.
        options.aggregatedMetrics = Set(config.reportedMetrics.map(\.id) + config.charts.map(\.metric))
        do {
            return try Analysis.run(
                metrics: config.metrics, observations: pipeline.observations, tables: reference, groupings: groupings,
                underservedRules: underservedRules(config.analysis), claims: claims(config), options: options)
        } catch {
            throw GeoError(
                error.code, error.message, at: error.location ?? SourceLocation(path: config.path), hint: error.hint,
                diagnostics: error.diagnostics)
        }
    }

    /// The groupings a pipeline declares, custom files read and flag groupings computed.
    static func groupings(
        _ config: PipelineConfig, observations: [Observation], reference: ReferenceTables, files: ProjectFiles
    ) throws(GeoError) -> [RegionGrouping] {
        let rules = underservedRules(config.analysis)
        let economies = reference.economies.keys.sorted()
        var groupings: [RegionGrouping] = []
        // Flagged groupings of one period (a claim's strict and loose definitions) read the same
        // flags: raised once per period.
        var flagsByPeriod: [Period: [EconomyFlag]] = [:]
        func flags(in period: Period) -> [EconomyFlag] {
            if let known = flagsByPeriod[period] { return known }
            let flagger = Flagger(tables: reference, metrics: config.metrics, observations: observations)
            let flags = flagger.flags(economies: economies, periods: [period], rules: rules)
            flagsByPeriod[period] = flags
            return flags
        }
        for grouping in config.analysis.groupings {
            switch grouping {
            case .world: groupings.append(.world(from: reference))
            case .m49Region: groupings.append(.m49Regions(from: reference))
            case .m49Subregion: groupings.append(.m49Subregions(from: reference))
            case .income: groupings.append(.incomeGroups(from: reference))
            case .custom(let name, let path):
                let membership = try GroupingReader.read(
                    files.read(path, referencedFrom: SourceLocation(path: config.path)), path: path,
                    reference: reference)
                groupings.append(RegionGrouping(id: name, label: name, membership: membership))
            case .flagged(let name, let flagSpecs, let period, let label, let group):
                let wanted = flagSpecs.map { spec -> (FlagID, FlagLevel?) in
                    let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
                    return (FlagID(parts[0]), parts.count == 2 ? FlagLevel(rawValue: parts[1]) : nil)
                }
                let flaggedName =
                    group
                    ?? flagSpecs.map { id in String(id.map { $0 == "_" || $0 == ":" ? " " : $0 }) }
                    .joined(separator: " or ")
                groupings.append(
                    RegionGrouping.flagged(
                        anyOf: wanted, in: period, flags: flags(in: period), economies: economies, id: name,
                        label: label,
                        flaggedName: flaggedName))
            }
        }
        return groupings
    }

    /// The claims a pipeline declares: one spec per group definition.
    static func claims(_ config: PipelineConfig) -> [ClaimSpec] {
        config.claims.flatMap { claim in
            claim.definitions.map { definition in
                ClaimSpec(
                    id: claim.id, text: claim.text, metric: claim.metric, grouping: definition.grouping,
                    region: definition.region, versus: versus(claim.versus),
                    bounds: ClaimBounds(low: claim.atLeast, high: claim.atMost), estimators: claim.estimators,
                    period: claim.period, definition: definition.name)
            }
        }
    }

    static func underservedRules(_ analysis: AnalysisConfig) -> [UnderservedRule] {
        guard !analysis.underservedConditions.isEmpty else { return [] }
        let conditions = analysis.underservedConditions.map { condition -> UnderservedRule.Condition in
            switch condition {
            case .metricBelow(let metric, let threshold): .metric(metric, .below, threshold)
            case .providersUnavailableAtLeast(let count): .providersUnavailable(atLeast: count)
            }
        }
        return [UnderservedRule(conditions: conditions, combination: analysis.underservedRequiresAll ? .all : .any)]
    }

    private static func versus(_ words: [String]) -> ClaimSpec.Versus {
        switch words {
        case ["each"]: .eachOtherRegion
        case ["rest_of_world"]: .restOfWorld
        default: .regions(words)
        }
    }
}
