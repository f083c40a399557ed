import Foundation
import GeoTestSupport
import Testing

/// A row that carries both a name and a code must name the same economy twice: issue 11, item 3.
@Suite("names and codes agree in every reader")
struct NameCodeAgreementTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let file: String
        let text: String
        let arguments: [String]
        let expected: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "long: an ambiguous name whose candidates do not include the code",
            file: "long.csv",
            text:
                "country,iso3,period,metric,value\nChad,TCD,2025-H2,ai_user_share,6\nCongo,USA,2025-H2,ai_user_share,5\n",
            arguments: [],
            expected:
                "long.csv:3:7: error: 'Congo' could mean Republic of the Congo (COG), Democratic Republic of the Congo (COD), "
                + "but the code column says United States (USA)"),
        Case(
            label: "long: an unknown name beside a valid code",
            file: "long.csv",
            text:
                "country,iso3,period,metric,value\nChad,TCD,2025-H2,ai_user_share,6\nAtlantis,FRA,2025-H2,ai_user_share,5\n",
            arguments: [],
            expected: "long.csv:3:10: error: unknown economy 'Atlantis' beside the code France (FRA)"),
        Case(
            label: "long: a known name naming another economy than its code",
            file: "long.csv",
            text: "country,iso3,period,metric,value\nKenya,NGA,2025-H2,ai_user_share,6\n",
            arguments: [],
            expected: "long.csv:2:7: error: 'Kenya' is Kenya (KEN) but the code column says Nigeria (NGA)"),
        Case(
            label: "wide: an ambiguous name beside a code outside its candidates",
            file: "wide.csv",
            text: "country,iso3,H2 2025\nChad,TCD,6\nCongo,USA,5\n",
            arguments: ["--format", "wide", "--metric", "ai_user_share"],
            expected:
                "wide.csv:3:7: error: 'Congo' could mean Republic of the Congo (COG), Democratic Republic of the Congo (COD), "
                + "but the code column says United States (USA)"),
        Case(
            label: "wide: an unknown name beside a valid code",
            file: "wide.csv",
            text: "country,iso3,H2 2025\nAtlantis,FRA,5\n",
            arguments: ["--format", "wide", "--metric", "ai_user_share"],
            expected: "wide.csv:2:10: error: unknown economy 'Atlantis' beside the code France (FRA)"),
    ]

    @Test("validate and ingest exit 65 with the located message and store nothing", arguments: cases)
    func refuses(_ testCase: Case) throws {
        let project = try TemporaryProject()
        try project.write(testCase.file, testCase.text)
        for command in ["validate", "ingest"] {
            let run = CLIRun([command, testCase.file] + testCase.arguments, in: project.root)
            #expect(run.status == 65, "\(command): \(run.err)")
            #expect(run.err.contains(testCase.expected), "\(command): \(run.err)")
            #expect(run.err.contains("nothing was stored or written"), "\(command): \(run.err)")
            #expect(
                !FileManager.default.fileExists(
                    atPath: project.root.appendingPathComponent(".geo-ai/store.sqlite").path))
        }
    }

    @Test("an ambiguous name beside one of its candidates, and an agreeing name, are accepted")
    func accepts() throws {
        let project = try TemporaryProject()
        try project.write(
            "good.csv",
            "country,iso3,period,metric,value\nCongo,COD,2025-H2,ai_user_share,5\nKenya,KEN,2025-H2,ai_user_share,8\n")
        let run = CLIRun(["validate", "good.csv"], in: project.root)
        #expect(run.status == 0, "\(run.err)")
    }
}
