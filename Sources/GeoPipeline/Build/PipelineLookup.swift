public import GeoModel

/// The one way a pipeline name the user typed is looked up: an exact match, or a usage error
/// (exit 64) that suggests the closest name and lists the ones there are.
///
/// ```text
/// error: no pipeline named 'deepsek'
///   hint: Did you mean 'deepseek'? Available: ai-diffusion, deepseek.
/// ```
public enum PipelineLookup {
    /// Returns `name` if it is among `available`; otherwise throws with a suggestion.
    ///
    /// - Parameters:
    ///   - problem: The error message, "no pipeline named '…'" unless given.
    ///   - listLabel: How the list in the hint is introduced ("Available", "Stored").
    ///   - hintWhenNone: The hint when `available` is empty.
    public static func find(
        _ name: String, among available: [String], problem: String? = nil, listLabel: String = "Available",
        hintWhenNone: String = "Pipelines are Pipelines/*.yaml; scaffold one with geo-ai init NAME."
    ) throws(GeoError) -> String {
        guard !available.contains(name) else { return name }
        let close = EditDistance.suggestions(for: name, among: available, count: 1)
        let hint =
            available.isEmpty
            ? hintWhenNone
            : (close.first.map { "Did you mean '\($0)'? " } ?? "")
                + "\(listLabel): \(available.joined(separator: ", "))."
        throw GeoError(.usage, problem ?? "no pipeline named '\(name)'", hint: hint)
    }
}

extension ProjectFiles {
    /// The pipelines a command works on: those named (each checked with ``PipelineLookup``), or
    /// every pipeline in `Pipelines/` when none is named.
    ///
    /// - Throws: ``GeoError`` `.noInput` when the project has no pipeline, `.usage` for an unknown name.
    public func pipelines(named requested: [String]) throws(GeoError) -> [String] {
        let available = pipelineNames()
        guard !available.isEmpty else {
            throw GeoError(
                .noInput, "no pipelines found in '\(url("Pipelines").path)'",
                hint: "Run geo-ai from the project root (or pass --root DIR); pipelines are Pipelines/*.yaml.")
        }
        for name in requested { _ = try PipelineLookup.find(name, among: available) }
        return requested.isEmpty ? available : available.filter(requested.contains)
    }
}
