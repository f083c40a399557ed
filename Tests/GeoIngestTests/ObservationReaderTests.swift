import GeoIngest
import GeoModel
import Testing

@Suite("ObservationReader")
struct ObservationReaderTests {
    let percent = [
        "ai_user_share": Metric(id: "ai_user_share", label: "AI", unit: .percent, weight: .workingAgePopulation)
    ]

    func read(_ text: String, spec: SourceSpec = SourceSpec(path: "t.csv"), metrics: [String: Metric]? = nil)
        throws(GeoError)
        -> IngestedFile
    {
        try ObservationReader(reference: ShippedReference.tables, metrics: metrics).read(Array(text.utf8), spec: spec)
    }

    func failure(_ text: String, spec: SourceSpec = SourceSpec(path: "t.csv"), metrics: [String: Metric]? = nil)
        -> [String]
    {
        do {
            _ = try read(text, spec: spec, metrics: metrics)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("reads a long file with values, bands and insufficient data")
    func long() throws {
        let file = try read(
            """
            country,iso3,period,metric,value,low,high,class_label,source,note
            Belarus,BLR,2025-H2,deepseek_share,56,25,100,>25,ms,printed
            Eritrea,ERI,2025-H2,deepseek_share,,16,20,16-20,ms,
            Andorra,AND,2025-H2,deepseek_share,,,,insufficient data,ms,
            Chad,,2025-H2,deepseek_share,,,,,ms,

            """)
        #expect(file.observations.count == 3)
        let belarus = file.observations[0]
        #expect(belarus.value == 56 && belarus.low == 25 && belarus.high == 100 && belarus.label == ">25")
        #expect(belarus.sourceID == "ms" && belarus.note == "printed")
        #expect(belarus.origin == SourceLocation(path: "t.csv", line: 2, column: 1))
        #expect(file.observations[1].representativeValue == 18)
        #expect(file.observations[2].status == .insufficientData && file.observations[2].value == nil)
        #expect(file.source.rowsRead == 4 && file.source.rowsKept == 3)
    }

    @Test("reads the publisher's wide export in Mac Roman with CRLF and % values")
    func publisherWide() throws {
        var spec = SourceSpec(path: "wide.csv", format: .wide, metric: "ai_user_share")
        spec.aliases = ["Congo": AreaCode("COG")!]
        let file = try ObservationReader(reference: ShippedReference.tables, metrics: percent)
            .read(ShippedReference.fixture("publisher-wide-macroman.csv"), spec: spec)
        #expect(file.source.encoding == "Mac OS Roman")
        // 6 economies × 3 periods, minus Viet Nam's empty Q1 2026 cell (missing, not zero).
        #expect(file.observations.count == 17)
        let turkey = file.observations.first { $0.iso3.rawValue == "TUR" && $0.period.description == "2025-H2" }
        #expect(turkey?.value == 20.3)
        #expect(file.observations.contains { $0.iso3.rawValue == "COG" })
        #expect(!file.observations.contains { $0.iso3.rawValue == "VNM" && $0.period.description == "2026-Q1" })
    }

    @Test("reads the same export written in Windows-1252 with LF")
    func latin1Wide() throws {
        var spec = SourceSpec(path: "wide.csv", format: .wide, metric: "ai_user_share")
        spec.aliases = ["Congo": AreaCode("COG")!]
        let file = try ObservationReader(reference: ShippedReference.tables, metrics: percent)
            .read(ShippedReference.fixture("publisher-wide-latin1.csv"), spec: spec)
        #expect(file.source.encoding == "Windows-1252")
        #expect(file.observations.count == 17)
    }

    @Test("refuses a file of 100 good rows and one unknown economy, naming the line and suggestions")
    func oneUnknown() throws {
        let bytes = try ShippedReference.fixture("hundred-and-one-unknown.csv")
        let error = #expect(throws: GeoError.self) {
            try ObservationReader(reference: ShippedReference.tables).read(bytes, spec: SourceSpec(path: "x.csv"))
        }
        #expect(error?.code == .dataError)
        #expect(
            error?.diagnostics.map(\.description) == [
                """
                x.csv:62:1: error: unknown economy 'Atlantis'
                  hint: Use a name or code from Data/reference/countries.csv, or map it with --alias 'Atlantis=ISO3'.
                """
            ])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let name: String
        let row: String
        let expected: String
        var testDescription: String { name }
    }

    @Test(
        "refuses bad rows with the file, line, column and a hint",
        arguments: [
            Bad(
                name: "period H3", row: "Chad,2025-H3,ai_user_share,5",
                expected:
                    "t.csv:2:6: error: H3 is not a half-year (H1 or H2)\n  hint: Write periods as \(PeriodParser.examples)."
            ),
            Bad(
                name: "over 100 percent", row: "Chad,2025-H2,ai_user_share,101",
                expected:
                    "t.csv:2:28: error: value 101 is outside the range of a percent (between 0 and 100)\n  hint: Check the cell; the metric is declared with unit: percent."
            ),
            Bad(
                name: "NaN", row: "Chad,2025-H2,ai_user_share,NaN",
                expected:
                    "t.csv:2:28: error: value: 'NaN' is not a finite number\n  hint: Leave the cell empty for a missing value."
            ),
            Bad(
                name: "decimal comma", row: "Chad,2025-H2,ai_user_share,\"12,5\"",
                expected:
                    "t.csv:2:28: error: value: '12,5' uses a comma that is not a thousands separator\n  hint: Write decimals with a point (12.5); a decimal comma is ambiguous."
            ),
            Bad(
                name: "undeclared metric", row: "Chad,2025-H2,ai_users_share,5",
                expected:
                    "t.csv:2:14: error: metric 'ai_users_share' is not declared in the pipeline\n  hint: Did you mean: ai_user_share? Declare it under metrics: in the pipeline, or fix the id."
            ),
        ])
    func badRows(_ example: Bad) {
        #expect(failure("country,period,metric,value\n\(example.row)\n", metrics: percent) == [example.expected])
    }

    @Test("refuses a band with low above high, and a value outside its band")
    func bands() {
        let problems = failure(
            """
            country,period,metric,value,low,high
            Chad,2025-H2,ai_user_share,,20,10
            Mali,2025-H2,ai_user_share,30,10,20
            Peru,2025-H2,ai_user_share,,10,
            """, metrics: percent)
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("t.csv:2:29: error: low 20.0 is greater than high 10.0"))
        #expect(problems[1].hasPrefix("t.csv:3:31: error: value 30.0 lies outside its own band 10.0–20.0"))
        #expect(problems[2].hasPrefix("t.csv:4:29: error: a band needs both low and high"))
    }

    @Test("refuses duplicates within a file and across files")
    func duplicates() throws {
        let problems = failure("country,period,metric,value\nChad,2025-H2,m,1\nTCD,2025-H2,m,2\n")
        #expect(
            problems == [
                "t.csv:3:1: error: duplicate value for TCD 2025-H2 m (first on line 2)\n  hint: Keep one row per economy, period and metric."
            ])
        // Three rows of one key among others, out of order: the second and third each name the first.
        let repeated = failure(
            "country,period,metric,value\nPeru,2025-H2,n,1\nChad,2025-H2,m,1\nPeru,2025-H1,n,1\n"
                + "TCD,2025-H2,m,2\nPeru,2025-H2,m,1\nchad,2025-H2,m,3\n")
        #expect(
            repeated.map { $0.prefix(while: { $0 != "\n" }) } == [
                "t.csv:5:1: error: duplicate value for TCD 2025-H2 m (first on line 3)",
                "t.csv:7:1: error: duplicate value for TCD 2025-H2 m (first on line 3)",
            ])
        let a = try read("country,period,metric,value\nChad,2025-H2,m,1\n", spec: SourceSpec(path: "a.csv"))
        let b = try read("country,period,metric,value\nTCD,2025-H2,m,1\n", spec: SourceSpec(path: "b.csv"))
        #expect(
            ObservationReader.crossFileDuplicates([a, b]).map(\.description) == [
                "b.csv:2:1: error: duplicate value for TCD 2025-H2 m, also in a.csv:2:1\n  hint: Keep each economy, period and metric in one source of the pipeline."
            ])
    }

    @Test("refuses a code column that disagrees with the name")
    func codeDisagrees() {
        #expect(
            failure("country,iso3,period,metric,value\nChad,MLI,2025-H2,m,1\n") == [
                "t.csv:2:6: error: 'Chad' is Chad (TCD) but the code column says Mali (MLI)\n  hint: Correct the code or the name so that they agree."
            ])
    }

    @Test("names the missing column and what the header has")
    func missingColumn() {
        let error = #expect(throws: GeoError.self) { try read("country,metric,value\nChad,m,1\n") }
        #expect(
            error?.description == """
                t.csv:1:1: error: column 'period' (period) is missing; the header has: country, metric, value
                  hint: Add a period column, or pass --period.
                """)
    }

    @Test("takes the period and metric from the spec when the file has no such columns")
    func specDefaults() throws {
        let spec = SourceSpec(path: "t.csv", period: Period("2025-H2"), metric: "ai_user_share")
        let file = try read("country,value\nChad,5\n", spec: spec, metrics: percent)
        #expect(file.observations.first?.period.description == "2025-H2")
        #expect(file.observations.first?.metric == "ai_user_share")
    }

    @Test("records skipped names and how each name resolved")
    func audit() throws {
        var spec = SourceSpec(path: "t.csv")
        spec.ignore = ["Bir Tawil"]
        let file = try read("country,period,metric,value\nBir Tawil,2025-H2,m,1\nTurkey,2025-H2,m,2\n", spec: spec)
        #expect(file.ignored.values.sorted() == ["Bir Tawil"])
        #expect(file.resolutions == [Resolution(input: "Turkey", iso3: AreaCode("TUR")!, method: .alias)])
    }
}
