import GeoMaps
import GeoModel

/// The one set of class breaks a metric's maps and diffs share within a pipeline.
///
/// Breaks are computed on the values of every period the pipeline maps for the metric
/// (every period it has, when it declares no map), so the maps of several half-years and
/// the class columns of a diff compare like with like.
enum SharedBreaks {
    static func classification(for metric: String, in config: PipelineConfig?) -> Classification {
        config?.maps.first { $0.metric == metric }?.classes ?? .fisherJenks(5)
    }

    static func breaks(for metric: String, config: PipelineConfig?, observations: [Observation]) -> ClassBreaks {
        let periods = config?.maps.first { $0.metric == metric }.map { Set($0.periods) }
        let values = observations.filter { $0.metric == metric && (periods?.contains($0.period) ?? true) }
            .compactMap(\.representativeValue)
        return ClassBreaks.compute(classification(for: metric, in: config), values: values)
    }
}
