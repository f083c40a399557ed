import Foundation
import GeoTestSupport
import Testing

/// The bad-input corpus: every case runs through the CLI on a project that has already
/// built once, and must exit with its documented code, name the place in the input with a
/// hint, finish quickly, and leave the store and `Reports/` exactly as they were.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Files to write after the first good build (project-relative path → bytes).
        let files: [String: [UInt8]]
        /// Arguments; default `build`.
        let arguments: [String]
        let status: Int32
        /// A fragment stderr must contain (the location and message).
        let expected: String
        var testDescription: String { name }

        init(_ name: String, csv: String, _ expected: String, status: Int32 = 65) {
            self.init(name, files: ["Data/usage/sample.csv": Array(csv.utf8)], expected, status: status)
        }

        init(_ name: String, bytes: [UInt8], _ expected: String, status: Int32 = 65) {
            self.init(name, files: ["Data/usage/sample.csv": bytes], expected, status: status)
        }

        init(_ name: String, yaml: String, _ expected: String, status: Int32 = 65) {
            self.init(name, files: ["Pipelines/sample.yaml": Array(yaml.utf8)], expected, status: status)
        }

        init(
            _ name: String, files: [String: [UInt8]], arguments: [String] = ["build"], _ expected: String, status: Int32
        ) {
            self.name = name
            self.files = files
            self.arguments = arguments
            self.status = status
            self.expected = expected
        }
    }

    static let header = "country,period,metric,value\n"
    static let good = "Chad,2025-H1,ai_user_share,5\n"
    static let path = "Data/usage/sample.csv"

    /// Text with one raw byte in the middle.
    static func withByte(_ before: String, _ byte: UInt8, _ after: String) -> [UInt8] {
        var result = Array(before.utf8)
        result.append(byte)
        result.append(contentsOf: Array(after.utf8))
        return result
    }

    static func yaml(replacing old: String, with new: String) -> String {
        SamplePipeline.yaml.replacingOccurrences(of: old, with: new)
    }

    static let cases: [Case] = [
        // CSV structure
        Case(
            "unterminated quote", csv: header + "\"Chad,2025-H1,ai_user_share,5\n",
            "\(path):2:1: error: quoted field is never closed"),
        Case(
            "quote inside a field", csv: header + "Ch\"ad,2025-H1,ai_user_share,5\n",
            "\(path):2:3: error: unexpected quote inside a field"),
        Case(
            "text after closing quote", csv: header + "\"Chad\"x,2025-H1,ai_user_share,5\n",
            "\(path):2:7: error: text after the closing quote"),
        Case("ragged short row", csv: header + "Chad,2025-H1\n", "\(path):2:"),
        Case(
            "ragged long row", csv: header + "Chad,2025-H1,ai_user_share,5,extra\n",
            "row has 5 fields but the header has 4"),
        Case("empty file", bytes: [], "\(path):1:1: error: the file is empty"),
        Case("only blank lines", csv: "\n\n\r\n", "\(path):1:1: error: the file is empty"),
        Case("header only", csv: header, "no observations"),
        Case(
            "NUL byte", bytes: withByte(header + "Chad", 0, ",2025-H1,ai_user_share,5\n"),
            "\(path):2:5: error: the file contains a NUL byte"),
        Case(
            "binary garbage", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFE, 0x00],
            "error: the file contains a NUL byte"),
        Case(
            "missing country column", csv: "nation,period,metric,value\nChad,2025-H1,ai_user_share,5\n",
            "\(path):1:1: error: column 'country' (economy) is missing"),
        Case(
            "missing value column", csv: "country,period,metric\nChad,2025-H1,ai_user_share\n",
            "\(path):1:1: error: column 'value' (the number) is missing"),
        Case(
            "missing period column", csv: "country,metric,value\nChad,ai_user_share,5\n",
            "\(path):1:1: error: column 'period' (period) is missing"),
        Case(
            "20,000 columns", csv: (0..<20_000).map { "c\($0)" }.joined(separator: ",") + "\n",
            "column 'country' (economy) is missing"),
        Case(
            "10 MB single line", csv: header + String(repeating: "x", count: 10_000_000) + ",2025-H1,ai_user_share,5\n",
            "\(path):2:1: error: unknown economy"),
        // Encodings
        Case(
            "UTF-16 without BOM", bytes: Array(header.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            "NUL byte; it is not a text file"),
        Case(
            "undecidable legacy bytes", bytes: withByte(header + "Chad", 0xA5, ",2025-H1,ai_user_share,5\n"),
            "\(path):2:5: error: the file is not UTF-8 and its legacy encoding cannot be told apart"),
        // Numbers
        Case(
            "NaN", csv: header + "Chad,2025-H1,ai_user_share,NaN\n",
            "\(path):2:28: error: value: 'NaN' is not a finite number"),
        Case(
            "infinity", csv: header + "Chad,2025-H1,ai_user_share,1e999\n",
            "\(path):2:28: error: value: '1e999' is too large to be a value"),
        Case(
            "negative percent", csv: header + "Chad,2025-H1,ai_user_share,-1\n",
            "\(path):2:28: error: value -1 is outside the range of a percent"),
        Case(
            "percent over 100", csv: header + "Chad,2025-H1,ai_user_share,100.5\n",
            "\(path):2:28: error: value 100.5 is outside the range of a percent"),
        Case(
            "decimal comma", csv: header + "Chad,2025-H1,ai_user_share,\"5,5\"\n",
            "\(path):2:28: error: value: '5,5' uses a comma that is not a thousands separator"),
        Case(
            "thousands separator over range", csv: header + "Chad,2025-H1,ai_user_share,\"1,000\"\n",
            "value 1,000 is outside the range of a percent"),
        Case(
            "words for a number", csv: header + "Chad,2025-H1,ai_user_share,five\n",
            "\(path):2:28: error: value: 'five' is not a number"),
        Case(
            "low above high", csv: "country,period,metric,value,low,high\nChad,2025-H1,ai_user_share,,9,3\n",
            "error: low 9.0 is greater than high 3.0"),
        Case(
            "half a band", csv: "country,period,metric,value,low,high\nChad,2025-H1,ai_user_share,,9,\n",
            "error: a band needs both low and high"),
        Case(
            "value outside band", csv: "country,period,metric,value,low,high\nChad,2025-H1,ai_user_share,50,1,5\n",
            "lies outside its own band"),
        // Duplicates
        Case(
            "duplicate within file", csv: header + good + "TCD,2025-H1,ai_user_share,6\n",
            "\(path):3:1: error: duplicate value for TCD 2025-H1 ai_user_share (first on line 2)"),
        Case(
            "duplicate across files",
            files: [
                "Pipelines/sample.yaml": Array(
                    yaml(replacing: "sources:\n", with: "sources:\n  - path: Data/usage/more.csv\n").utf8),
                "Data/usage/more.csv": Array((header + good).utf8),
            ], "error: duplicate value for TCD 2025-H1 ai_user_share, also in", status: 65),
        // Economies
        Case(
            "unknown economy", csv: header + "Atlantis,2025-H1,ai_user_share,5\n",
            "\(path):2:1: error: unknown economy 'Atlantis'"),
        Case("misspelt economy", csv: header + "Tchadd,2025-H1,ai_user_share,5\n", "hint: Did you mean: Chad (TCD)?"),
        Case(
            "ambiguous Korea", csv: header + "Korea,2025-H1,ai_user_share,5\n",
            "\(path):2:1: error: ambiguous economy 'Korea' could mean South Korea (KOR), North Korea (PRK)"),
        Case(
            "ambiguous Virgin Islands", csv: header + "Virgin Islands,2025-H1,ai_user_share,5\n",
            "error: ambiguous economy 'Virgin Islands'"),
        Case(
            "former state", csv: header + "Yugoslavia,2025-H1,ai_user_share,5\n",
            "error: ambiguous economy 'Yugoslavia'"),
        Case(
            "no economy named", csv: header + ",2025-H1,ai_user_share,5\n",
            "\(path):2:1: error: the row names no economy"),
        Case(
            "bad iso3 column", csv: "country,iso3,period,metric,value\nChad,XXX,2025-H1,ai_user_share,5\n",
            "\(path):2:6: error: 'XXX' is not a known ISO3 code"),
        // Periods and metrics
        Case(
            "period H3", csv: header + "Chad,2025-H3,ai_user_share,5\n",
            "\(path):2:6: error: H3 is not a half-year (H1 or H2)"),
        Case(
            "month 13", csv: header + "Chad,2025-13,ai_user_share,5\n", "\(path):2:6: error: 13 is not a month (01–12)"),
        Case("empty period", csv: header + "Chad,,ai_user_share,5\n", "\(path):2:6: error: '' is not a period"),
        Case(
            "undeclared metric", csv: header + "Chad,2025-H1,ai_share,5\n",
            "\(path):2:14: error: metric 'ai_share' is not declared in the pipeline"),
        Case(
            "invalid metric id", csv: header + "Chad,2025-H1,AI Share,5\n",
            "\(path):2:14: error: 'AI Share' is not a metric id"),
        // Pipeline YAML
        Case(
            "YAML syntax error", yaml: "title: [unclosed\nsources: []\n",
            "Pipelines/sample.yaml:2:8: error: YAML syntax error: did not find expected ',' or ']'"),
        Case(
            "YAML tab indentation", yaml: "title: t\nsources:\n\t- path: x.csv\n",
            "Pipelines/sample.yaml:3:1: error: YAML syntax error"),
        Case(
            "unknown top-level key", yaml: yaml(replacing: "description:", with: "descripton:"),
            "Pipelines/sample.yaml:2:1: error: unknown key 'descripton' in the pipeline\n  hint: Did you mean 'description'?"
        ),
        Case(
            "unknown source key", yaml: yaml(replacing: "    aliases:", with: "    alias:"),
            "Pipelines/sample.yaml:5:5: error: unknown key 'alias' in item 1 of sources\n  hint: Did you mean 'aliases'?"
        ),
        Case(
            "wrong type for sources",
            yaml: yaml(
                replacing: "sources:\n  - path: Data/usage/sample.csv\n    aliases:\n      Congo: COG",
                with: "sources: Data/usage/sample.csv"),
            "Pipelines/sample.yaml:3:10: error: 'sources' must be a list"),
        Case(
            "unit misspelt", yaml: yaml(replacing: "unit: percent", with: "unit: procent"),
            "error: 'procent' is not a valid unit\n  hint: Did you mean 'percent'?"),
        Case(
            "weight unknown", yaml: yaml(replacing: "weight: working_age_population", with: "weight: adults"),
            "error: 'adults' is not a weight"),
        Case(
            "alias to a non-code", yaml: yaml(replacing: "Congo: COG", with: "Congo: Brazzaville"),
            "error: alias 'Congo' must map to an ISO3 code, not 'Brazzaville'"),
        Case("empty pipeline", yaml: "", "Pipelines/sample.yaml:1:1: error: the pipeline file is empty"),
        Case("pipeline is a list", yaml: "- a\n- b\n", "error: the pipeline must be a mapping of keys to values"),
        Case(
            "source outside the project",
            yaml: yaml(replacing: "path: Data/usage/sample.csv", with: "path: ../../etc/passwd"),
            "error: path '../../etc/passwd' leaves the project folder"),
        Case(
            "absolute source path", yaml: yaml(replacing: "path: Data/usage/sample.csv", with: "path: /etc/passwd"),
            "error: path '/etc/passwd' is absolute"),
        Case(
            "min_coverage out of range", yaml: SamplePipeline.yaml + "\nanalysis:\n  min_coverage: 2\n",
            "error: min_coverage must lie between 0 and 1"),
        // Missing files
        Case(
            "missing source file",
            yaml: yaml(replacing: "path: Data/usage/sample.csv", with: "path: Data/usage/nope.csv"),
            "error: input file 'Data/usage/nope.csv' does not exist", status: 66),
        Case(
            "missing reference table", files: ["Data/reference/countries.csv": []],
            "Data/reference/countries.csv:1:1: error: the file is empty", status: 65),
        Case(
            "unknown pipeline", files: [:], arguments: ["build", "--pipeline", "smaple"],
            "error: no pipeline named 'smaple'\n  hint: Did you mean 'sample'?", status: 64),
        Case(
            "ingest a folder", files: [:], arguments: ["ingest", "Data"], "error: 'Data' is a folder, not a file",
            status: 66),
        Case(
            "ingest bad format", files: [:], arguments: ["ingest", "Data/usage/sample.csv", "--format", "xlsx"],
            "error: 'xlsx' is not a format", status: 64),
        Case(
            "ingest bad encoding", files: [:], arguments: ["ingest", "Data/usage/sample.csv", "--encoding", "klingon"],
            "error: --encoding: 'klingon' is not supported", status: 64),
        Case(
            "ingest bad period", files: [:], arguments: ["ingest", "Data/usage/sample.csv", "--period", "2025-H7"],
            "error: --period: H7 is not a half-year (H1 or H2)", status: 64),
        // Broken geometry (the geometry folder is made a real copy first; see `prepareGeometry`).
        Case(
            "geometry not JSON", files: [geometry: Array("{\"type\": \"FeatureCollection\", \"features\": [".utf8)],
            "Data/geo/countries-110m.geojson:1:44: error: the file is not valid JSON: the document ends where a value was expected",
            status: 65),
        Case(
            "geometry ring not closed",
            files: [
                geometry: Array(
                    #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ISO_A3":"TCD"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}]}"#
                        .utf8)
            ],
            "Data/geo/countries-110m.geojson: error: features[0].geometry.coordinates[0]: ring is not closed",
            status: 65),
        Case(
            "geometry wrong type",
            files: [
                geometry: Array(
                    #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ISO_A3":"TCD"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}}]}"#
                        .utf8)
            ],
            "error: features[0].geometry: geometry type \"LineString\" is not Polygon or MultiPolygon", status: 65),
        // The analysis starts before the geometry is read; the geometry's error still comes
        // before one the reports meet (a broken Data/sources.csv), as when it was read first.
        Case(
            "geometry not JSON and sources broken",
            files: [
                geometry: Array("[".utf8), "Data/sources.csv": Array("id,credit,licence,covers\nx,,,\n".utf8),
            ],
            "Data/geo/countries-110m.geojson:1:2: error: the file is not valid JSON", status: 65),
        Case(
            "sources broken", files: ["Data/sources.csv": Array("id,credit,licence,covers\nx,,,\n".utf8)],
            "Data/sources.csv:2:1: error: a source needs an id and a credit", status: 65),
        Case(
            "geometry empty file", files: [geometry: []],
            "Data/geo/countries-110m.geojson:1:1: error: the file is not valid JSON: the document ends where a value was expected",
            status: 65),
        Case(
            "label points broken", files: ["Data/geo/label-points.csv": Array("iso3,lon,lat\nSGP,103.8,95\n".utf8)],
            "Data/geo/label-points.csv:2: error:", status: 65),
    ]

    static let geometry = "Data/geo/countries-110m.geojson"

    /// Replaces the project's link to the repository's `Data/geo` with a real copy, so a case can
    /// break the geometry without touching the repository.
    static func prepareGeometry(_ project: TemporaryProject) throws {
        let folder = project.root.appendingPathComponent("Data/geo")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["countries-110m.geojson", "label-points.csv"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.url("Data/geo/\(name)"), to: folder.appendingPathComponent(name))
        }
    }

    @Test("refuses each bad input with its exit code, a location and a hint, and changes nothing", arguments: cases)
    func refuses(_ example: Case) throws {
        let project = try TemporaryProject(files: SamplePipeline.files)
        let first = CLIRun(["build", "--quiet"], in: project.root)
        try #require(first.status == 0, "\(first.err)")
        let reports = project.contents(under: "Reports")
        let store = project.contents(under: ".geo-ai").filter {
            $0.key.hasPrefix("store.sqlite") && !$0.key.hasSuffix("-shm")
        }
        if example.files.keys.contains(where: { $0.hasPrefix("Data/geo/") }) { try Self.prepareGeometry(project) }
        for (path, bytes) in example.files { try project.write(path, bytes: bytes) }

        // Finishes, does not hang: only a run still going after five minutes fails here.
        let run = try #require(CLIRun.finishing(example.arguments, in: project.root))
        #expect(run.status == example.status, "\(run.err)")
        #expect(run.err.contains(example.expected), "stderr was: \(run.err.prefix(600))")
        if run.status != 64 { #expect(run.err.contains("hint:"), "no hint in: \(run.err.prefix(600))") }
        #expect(project.contents(under: "Reports") == reports)
        let after = project.contents(under: ".geo-ai").filter {
            $0.key.hasPrefix("store.sqlite") && !$0.key.hasSuffix("-shm")
        }
        #expect(after == store)
    }
}
