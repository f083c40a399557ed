import Foundation
import GeoTestSupport
import Testing

/// `--geography` on `resolve`, `validate` and `ingest`, and the US layers' bad input.
@Suite("--geography")
struct GeographyOptionTests {
    @Test("resolve --geography us-counties restores leading zeros and names the county")
    func resolveCounties() throws {
        let project = try TemporaryProject()
        let run = CLIRun(
            ["resolve", "--geography", "us-counties", "1001", "Baltimore city, Maryland", "Bethel, AK"],
            in: project.root)
        #expect(run.status == 0)
        #expect(
            run.out == """
                1001\t01001\tAutauga County, Alabama\tcode
                Baltimore city, Maryland\t24510\tBaltimore city, Maryland\tcanonical name
                Bethel, AK\t02050\tBethel Census Area, Alaska\talias

                """)
    }

    @Test("resolve --geography us-states takes USPS codes and one-digit FIPS")
    func resolveStates() throws {
        let project = try TemporaryProject()
        let run = CLIRun(["resolve", "--geography", "us-states", "MD", "6", "District of Columbia"], in: project.root)
        #expect(run.status == 0)
        #expect(
            run.out
                == "MD\t24\tMaryland\tcode\n6\t06\tCalifornia\tcode\nDistrict of Columbia\t11\tDistrict of Columbia\tcanonical name\n"
        )
    }

    @Test("an unknown layer is a usage error listing the layers", arguments: ["resolve", "validate", "ingest"])
    func unknownLayer(command: String) throws {
        let project = try TemporaryProject(files: ["x.csv": "FIPS,AI User Share\n1001,20.8\n"])
        let arguments = command == "resolve" ? [command, "1001"] : [command, "x.csv"]
        let run = CLIRun(arguments + ["--geography", "us-county"], in: project.root)
        #expect(run.status == 64)
        #expect(
            run.err.hasPrefix(
                "error: --geography: 'us-county' is not a geography layer\n  hint: Choose one of: world, us-states, us-counties."
            ))
    }

    /// A county file as the publisher writes it, with one bad row in the middle.
    static func countyFile(badRow: String) -> String {
        "\u{FEFF}FIPS,State name,County name,AI User Share\n1001,Alabama,Autauga County,20.8\n\(badRow)\n"
            + "1005,Alabama,Barbour County,14.9\n"
    }

    @Test(
        "bad county rows are located errors with a hint, exit 65, nothing stored",
        arguments: [
            // A county file whose codes mix layers: a state's code among the counties.
            (
                "1,Alabama,Alabama,17.0",
                "x.csv:3:1: error: '1' is not a known county code: a state FIPS code, not a county's"
            ),
            // Five digits, but no county has them.
            ("1002,Alabama,Nowhere County,17.0", "x.csv:3:1: error: '1002' is not a known county code"),
            // A state name misspelt: the name beside the code no longer agrees with it.
            (
                "1003,Alabma,Baldwin County,20.9",
                "x.csv:3:1: error: unknown county 'Baldwin County, Alabma' beside the code Baldwin County, Alabama (01003)"
            ),
            // A FIPS code saved as a number with decimals.
            (
                "1003.0,Alabama,Baldwin County,20.9",
                "x.csv:3:1: error: '1003.0' is not a known county code: a FIPS code written as a decimal number"
            ),
        ])
    func badCountyRows(row: String, expected: String) throws {
        let project = try TemporaryProject(files: ["x.csv": Self.countyFile(badRow: row)])
        let run = CLIRun(
            [
                "ingest", "x.csv", "--geography", "us-counties", "--format", "wide", "--period", "2026-Q1",
                "--metric", "ai_user_share",
            ], in: project.root)
        #expect(run.status == 65)
        #expect(run.err.hasPrefix(expected), "\(run.err)")
        #expect(run.err.contains("  hint: "))
        #expect(
            !FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".geo-ai/store.sqlite").path))
    }

    @Test("the publisher's county file validates as it is")
    func publisherCountyFile() throws {
        let project = try TemporaryProject()
        try project.copyFromRepository("Data/usage/us")
        let run = CLIRun(
            [
                "validate", "Data/usage/us/County_AI_User_Share_2026Q1.csv", "--geography", "us-counties", "--format",
                "wide", "--period", "2026-Q1", "--metric", "ai_user_share",
            ], in: project.root)
        #expect(run.status == 0, "\(run.err)")
    }
}
