import GeoIngest
import GeoModel
import Testing

@Suite("Monthly provider-share reader: dates and provider columns")
struct MonthlyDateAndColumnTests {
    typealias Reading = MonthlyTestReading

    static let spellings: [[String]] = [
        ["2025-07", "2025-08", "2025-09"],
        ["2025-7", "2025-8", "2025-9"],
        ["2025-07-01", "2025-08-01", "2025-09-30"],
        ["2025/07", "2025/08/01", "2025/9"],
        ["Jul 2025", "August 2025", "Sept 2025"],
        ["jul 2025", "AUG 2025", "September 2025"],
    ]

    @Test("accepts the usual spellings of a month", arguments: spellings)
    func acceptsSpellings(dates: [String]) throws {
        let file = try Reading.read(Reading.text(dates: dates), spec: Reading.spec("share-KE.csv"))
        let chatGPT = try #require(Reading.value(file, "2025-H2", "share_chatgpt"))
        #expect(chatGPT.value == 71)  // (70 + 71 + 72) / 3
        #expect(chatGPT.note == "mean of 3 months: 2025-07, 2025-08, 2025-09")
    }

    static let malformed: [(date: String, message: String)] = [
        ("2025-13", "'2025-13' is not a month: 13 is not a month (01–12)"),
        ("2025-02-30", "'2025-02-30' is not a month: day 30 is not in February 2025"),
        ("Juli 2025", "'Juli 2025' is not a month"),
        ("07/2025", "'07/2025' is not a month"),
        ("2025", "'2025' is not a month"),
        ("2025-H2", "'2025-H2' is not a month"),
    ]

    @Test("refuses a malformed month at its cell, listing the accepted spellings", arguments: malformed)
    func refusesMalformed(date: String, message: String) {
        let text = Reading.text(dates: ["2025-07", "2025-08", date])
        let errors = Reading.failure(text, spec: Reading.spec("share-KE.csv"))
        #expect(
            errors == [
                """
                share-KE.csv:4:1: error: \(message)
                  hint: Write months as 2025-07, 2025-07-01, 2025/07, Jul 2025 or July 2025.
                """
            ])
    }

    @Test("refuses a row with values but no month, and a cell that is not a number")
    func refusesRow() {
        let errors = Reading.failure(
            """
            "Date","ChatGPT","Other"
            ,70,30
            2025-08,n/a,29
            """, spec: Reading.spec("share-KE.csv"))
        #expect(
            errors == [
                """
                share-KE.csv:2:1: error: the row has values but no month
                  hint: Fill in the month (2025-07, 2025-07-01, 2025/07, Jul 2025 or July 2025), or delete the row.
                """,
                """
                share-KE.csv:3:9: error: ChatGPT share: 'n/a' is not a number
                  hint: Write a plain number such as 12.5 or 64%; leave the cell empty for a missing value.
                """,
            ])
    }

    static let headers: [(header: String, metric: String)] = [
        ("ChatGPT", "share_chatgpt"),
        ("Microsoft Copilot", "share_microsoft_copilot"),
        ("Google Gemini", "share_google_gemini"),
        ("Deepseek", "share_deepseek"),
        ("Le Chat (Mistral)", "share_le_chat_mistral"),
        ("Grok-3", "share_grok_3"),
        ("Ernie Bot 文心一言", "share_ernie_bot"),
        ("Öpen Assistant", "share_open_assistant"),
    ]

    @Test("names a provider's metric share_ + the header in lower snake case", arguments: headers)
    func defaultMetric(header: String, metric: String) throws {
        let text = "Date,\"\(header)\"\n2025-07,1\n2025-08,2\n2025-09,3\n"
        let file = try Reading.read(text, spec: Reading.spec("x-KE.csv"))
        #expect(file.observations.map(\.metric) == [metric])
        #expect(file.observations.first?.value == 2)  // (1 + 2 + 3) / 3
    }

    @Test("maps a header to a declared metric and checks the declared units")
    func mapping() throws {
        let metrics = [
            "copilot_share": Metric(id: "copilot_share", label: "Copilot", unit: .percent, weight: .none),
            "share_chatgpt": Metric(id: "share_chatgpt", label: "ChatGPT", unit: .fraction, weight: .none),
        ]
        var spec = Reading.spec("x-KE.csv")
        spec.columns["Microsoft Copilot"] = SourceSpec.ColumnMapping(metric: "copilot_share")
        let text = "Date,Microsoft Copilot,ChatGPT\n2025-07,4.1,0.8\n2025-08,4.2,0.79\n2025-09,4.3,0.78\n"
        let file = try Reading.read(text, spec: spec, metrics: metrics)
        // Copilot: (4.1 + 4.2 + 4.3) / 3 = 12.6 / 3 = 4.2; ChatGPT: (0.8 + 0.79 + 0.78) / 3 = 2.37 / 3 = 0.79
        #expect(abs((Reading.value(file, "2025-H2", "copilot_share")?.value ?? .nan) - 4.2) < 1e-9)
        #expect(abs((Reading.value(file, "2025-H2", "share_chatgpt")?.value ?? .nan) - 0.79) < 1e-9)

        let undeclared = Reading.failure("Date,ChatGPT,Other\n2025-07,0.7,30\n", spec: spec, metrics: metrics)
        #expect(
            undeclared == [
                """
                x-KE.csv:1:14: error: metric 'share_other' is not declared in the pipeline
                  hint: Did you mean: share_chatgpt? Declare it under metrics: in the pipeline, or fix the id.
                """
            ])
        let outOfRange = Reading.failure("Date,ChatGPT\n2025-07,70\n", spec: spec, metrics: metrics)
        #expect(
            outOfRange == [
                """
                x-KE.csv:2:9: error: ChatGPT share 70 is outside the range of a fraction (between 0 and 1)
                  hint: Check the cell; the metric is declared with unit: fraction.
                """
            ])
    }

    @Test("refuses two headers that become one metric, and shares above 100")
    func refusesColumns() {
        let errors = Reading.failure("Date,ChatGPT,CHATGPT\n2025-07,70,30\n", spec: Reading.spec("x-KE.csv"))
        #expect(
            errors == [
                """
                x-KE.csv:1:14: error: columns 'ChatGPT' (2) and 'CHATGPT' (3) are one column to geo-ai, which matches names ignoring case, spaces, '-' and '_'
                  hint: Rename or remove one of them; geo-ai does not guess which one holds the data.
                """
            ])
        #expect(
            Reading.failure("Date,ChatGPT\n2025-07,120\n", spec: Reading.spec("x-KE.csv")) == [
                """
                x-KE.csv:2:9: error: ChatGPT share 120 is not a percentage (0–100)
                  hint: A monthly export holds percentages; check the cell, or leave it empty for a missing month.
                """
            ])
    }
}
