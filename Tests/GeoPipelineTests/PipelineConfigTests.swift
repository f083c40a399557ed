import Foundation
import GeoModel
import GeoPipeline
import GeoTestSupport
import Testing

@Suite("PipelineConfig")
struct PipelineConfigTests {
    func parse(_ yaml: String) throws(GeoError) -> PipelineConfig {
        try PipelineConfig(name: "p", path: "Pipelines/p.yaml", text: yaml)
    }

    func message(_ yaml: String) -> String? {
        do {
            _ = try parse(yaml)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("parses the sample pipeline")
    func sample() throws {
        let config = try parse(SamplePipeline.yaml)
        #expect(config.title == "Sample pipeline")
        #expect(config.sources.map(\.path) == ["Data/usage/sample.csv"])
        #expect(config.sources[0].aliases == ["Congo": AreaCode("COG")!])
        #expect(
            config.metrics == [
                Metric(id: "ai_user_share", label: "AI user share", unit: .percent, weight: .workingAgePopulation)
            ])
        #expect(config.analysis.minimumCoverage == 0.5)
    }

    /// Plain scalars that YAML's core schema would type (booleans, null, numbers, dates) are
    /// read as written: the pipeline's accessors, not the YAML resolver, decide what they mean.
    @Test(
        "reads plain scalars as their text, whatever YAML's core schema would make of them",
        arguments: ["yes", "No", "~", "null", "0x1F", "1_000", "1e3", ".inf", "2025-01-01", "<<", "=", "true"])
    func plainScalarsAsText(_ text: String) throws {
        let yaml = SamplePipeline.yaml
            .replacingOccurrences(of: "title: Sample pipeline", with: "title: \(text)")
            .replacingOccurrences(of: "label: AI user share", with: "label: \(text)")
        let config = try parse(yaml)
        #expect(config.title == text)
        #expect(config.metrics.map(\.label) == [text])
    }

    @Test("parses both shipped pipelines")
    func shipped() throws {
        for name in ["ai-diffusion", "deepseek"] {
            let text = try String(contentsOf: RepositoryPaths.url("Pipelines/\(name).yaml"), encoding: .utf8)
            let config = try PipelineConfig(name: name, path: "Pipelines/\(name).yaml", text: text)
            #expect(!config.maps.isEmpty)
        }
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let expected: String
        var testDescription: String { name }
    }

    @Test(
        "refuses bad pipelines with the line, column and a hint",
        arguments: [
            Bad(
                name: "unknown top-level key",
                yaml: "title: t\nsoruces: []\nmetrics: []\n",
                expected: """
                    Pipelines/p.yaml:2:1: error: unknown key 'soruces' in the pipeline
                      hint: Did you mean 'sources'? Allowed here: title, description, sources, metrics, published_aggregates, analysis, maps, charts, claims, credits, estimated_from, geography, tables.
                    """),
            Bad(
                name: "missing key",
                yaml: "title: t\nmetrics: []\n",
                expected: """
                    Pipelines/p.yaml:1:1: error: the pipeline is missing the required key 'sources'
                      hint: Add 'sources:'.
                    """),
            Bad(
                name: "YAML syntax",
                yaml: "title: t\nsources:\n  - path: [a\n",
                expected: """
                    Pipelines/p.yaml:4:1: error: YAML syntax error: did not find expected ',' or ']'
                      hint: Check indentation (spaces, not tabs) and that every 'key: value' has a space after the colon.
                    """),
            Bad(
                name: "wrong unit",
                yaml: "title: t\nsources: [{path: a.csv}]\nmetrics:\n  - {id: m, unit: percentage}\n",
                expected: """
                    Pipelines/p.yaml:4:19: error: 'percentage' is not a valid unit
                      hint: Did you mean 'percent'? Choose one of: percent, fraction, count, number.
                    """),
            Bad(
                name: "list where a value belongs",
                yaml: "title: [a, b]\nsources: [{path: a.csv}]\nmetrics: []\n",
                expected: "Pipelines/p.yaml:1:8: error: 'title' must be a single value, not a list or mapping"),
            Bad(
                name: "path outside the project",
                yaml: "title: t\nsources: [{path: ../secret.csv}]\nmetrics: []\n",
                expected: """
                    Pipelines/p.yaml:2:18: error: path '../secret.csv' leaves the project folder
                      hint: Write paths relative to the project root, e.g. Data/usage/x.csv.
                    """),
            Bad(
                name: "absolute path",
                yaml: "title: t\nsources: [{path: /etc/passwd}]\nmetrics: []\n",
                expected: """
                    Pipelines/p.yaml:2:18: error: path '/etc/passwd' is absolute; paths are relative to the project root
                      hint: Write paths relative to the project root, e.g. Data/usage/x.csv.
                    """),
            Bad(
                name: "undeclared metric in a map",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps: [{metric: n, periods: [2025-H1]}]\n",
                expected: """
                    Pipelines/p.yaml:4:17: error: metric 'n' is not declared in this pipeline
                      hint: Did you mean 'm'? Declared: m.
                    """),
            Bad(
                name: "categorical map with a metric",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - {metric: m, name: x, periods: [2025-H1], classes: categories}\n",
                expected: """
                    Pipelines/p.yaml:5:14: error: a categorical map takes no metric:
                      hint: Its categories come from flags, under categories:.
                    """),
            Bad(
                name: "categorical map without a name",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - {periods: [2025-H1], classes: categories, others: rest}\n",
                expected: """
                    Pipelines/p.yaml:5:5: error: a categorical map needs name:
                      hint: The name makes its file: maps/NAME-PERIOD.svg.
                    """),
            Bad(
                name: "categorical map without categories",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - {name: x, periods: [2025-H1], classes: categories, others: rest}\n",
                expected: """
                    Pipelines/p.yaml:5:5: error: a categorical map needs categories:
                      hint: List {label: TEXT, flags: [FLAG, ...]} in legend order; the first match wins.
                    """),
            Bad(
                name: "category with an unknown flag",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - name: x\n    periods: [2025-H1]\n    classes: categories\n    others: rest\n    categories:\n      - {label: a, flags: [sanctioned:total]}\n",
                expected: """
                    Pipelines/p.yaml:10:27: error: 'total' is not a flag level
                      hint: Choose from: comprehensive, targeted, all_providers, some_providers.
                    """),
            Bad(
                name: "category listed twice",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - name: x\n    periods: [2025-H1]\n    classes: categories\n    others: rest\n    categories:\n      - {label: a, flags: [sanctioned]}\n      - {label: a, flags: [underserved]}\n",
                expected: """
                    Pipelines/p.yaml:11:17: error: category 'a' is listed twice
                    """),
            Bad(
                name: "categorical map without others",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - name: x\n    periods: [2025-H1]\n    classes: categories\n    categories:\n      - {label: a, flags: [sanctioned]}\n",
                expected: """
                    Pipelines/p.yaml:5:5: error: a categorical map needs others:
                      hint: Name the economies no category matches, e.g. "None".
                    """),
            Bad(
                name: "others repeating a category",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - name: x\n    periods: [2025-H1]\n    classes: categories\n    others: a\n    categories:\n      - {label: a, flags: [sanctioned]}\n",
                expected: """
                    Pipelines/p.yaml:8:13: error: 'a' is also a category
                      hint: Give the rest a label of its own.
                    """),
            Bad(
                name: "categories on a map of a metric",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps:\n  - {metric: m, periods: [2025-H1], others: rest}\n",
                expected: """
                    Pipelines/p.yaml:5:45: error: others: belongs to a categorical map
                      hint: Add classes: categories, or remove others:.
                    """),
            Bad(
                name: "bad classes",
                yaml:
                    "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent}]\nmaps: [{metric: m, periods: [2025-H1], classes: jenks:12}]\n",
                expected: """
                    Pipelines/p.yaml:4:49: error: class count '12' in 'jenks:12' is not a number from 1 to 9
                      hint: Write quantiles:N, equal:N, jenks:N (N from 1 to 9, each with :nice to round the breaks), manual:A,B,C (ascending thresholds), diverging:[PIVOT:]N or categories.
                    """),
            Bad(
                name: "users weight of an undeclared metric",
                yaml: "title: t\nsources: [{path: a.csv}]\nmetrics: [{id: m, unit: percent, weight: 'users:x'}]\n",
                expected: """
                    Pipelines/p.yaml:3:11: error: metric 'm' is weighted by users of 'x', which the pipeline does not declare
                      hint: Declare 'x' under metrics:, or choose another weight.
                    """),
        ])
    func refuses(_ example: Bad) {
        #expect(message(example.yaml) == example.expected)
    }
}
