import Foundation
import GeoIngest
import GeoModel
import GeoTestSupport
import Testing

/// Resolution in the US layers, against the shipped `us-states.csv` and `us-counties.csv`.
///
/// The expected FIPS codes are the Census Bureau's, written here by hand.
@Suite("US layer resolution")
struct USLayerResolutionTests {
    static let states: AreaTable = {
        do { return try AreaTableLoader.states(USReference.file("us-states.csv")) } catch {
            preconditionFailure("shipped states table must load: \(error)")
        }
    }()
    static let counties: AreaTable = {
        do { return try AreaTableLoader.counties(USReference.file("us-counties.csv"), states: states) } catch {
            preconditionFailure("shipped counties table must load: \(error)")
        }
    }()

    @Test(
        "counties resolve by code, leading zeros restored, and by 'County, State'",
        arguments: [
            ("1001", "01001"), ("01001", "01001"), ("Autauga County, Alabama", "01001"),
            ("autauga county, AL", "01001"), ("Autauga, Alabama", "01001"),
            // Connecticut: the eight legacy counties and the nine planning regions are both areas.
            ("9001", "09001"), ("Fairfield County, Connecticut", "09001"),
            ("Capitol Planning Region, Connecticut", "09110"), ("Capitol, CT", "09110"),
            // Virginia's independent cities are county equivalents of their own.
            ("Richmond city, Virginia", "51760"), ("Richmond County, Virginia", "51159"),
            ("Fairfax city, VA", "51600"), ("Fairfax County, Virginia", "51059"),
            // Alaska's boroughs, census areas, municipalities and cities and boroughs.
            ("Anchorage Municipality, Alaska", "02020"), ("Anchorage, Alaska", "02020"),
            ("Bethel Census Area, Alaska", "02050"), ("Bethel, AK", "02050"),
            ("Juneau City and Borough, Alaska", "02110"), ("North Slope Borough, Alaska", "02185"),
            ("Baltimore County, Maryland", "24005"), ("Baltimore city, Maryland", "24510"),
            ("District of Columbia, District of Columbia", "11001"),
        ])
    func countyResolves(input: String, expected: String) throws {
        let resolver = AreaResolver(table: Self.counties)
        guard case .resolved(let resolution) = resolver.resolve(input) else {
            Issue.record("'\(input)' did not resolve: \(resolver.resolve(input))")
            return
        }
        #expect(resolution.iso3.rawValue == expected)
    }

    @Test(
        "names that fit two areas are refused with both candidates",
        arguments: [
            ("Baltimore, Maryland", ["24005", "24510"]), ("Fairfax, Virginia", ["51059", "51600"]),
            ("Richmond, VA", ["51159", "51760"]), ("St. Louis, Missouri", ["29189", "29510"]),
        ])
    func ambiguousCounty(input: String, candidates: [String]) {
        #expect(AreaResolver(table: Self.counties).resolve(input) == .ambiguous(candidates.compactMap { AreaCode($0) }))
    }

    @Test("the Baltimore refusal names both candidates and how to choose")
    func baltimoreMessage() throws {
        let diagnostic = try #require(
            AreaResolver(table: Self.counties).diagnostic(for: "Baltimore, Maryland", at: nil) {
                "--alias '\($0)=FIPS'"
            })
        #expect(
            diagnostic.message
                == "ambiguous county 'Baltimore, Maryland' could mean Baltimore County, Maryland (24005), "
                + "Baltimore city, Maryland (24510)")
    }

    @Test(
        "states resolve by FIPS with leading zeros restored, USPS code and name",
        arguments: [
            ("1", "01"), ("01", "01"), ("AL", "01"), ("Alabama", "01"), ("6", "06"), ("CA", "06"),
            ("District of Columbia", "11"), ("DC", "11"), ("Washington, D.C.", "11"), ("Alaska", "02"),
        ])
    func stateResolves(input: String, expected: String) throws {
        guard case .resolved(let resolution) = AreaResolver(table: Self.states).resolve(input) else {
            Issue.record("'\(input)' did not resolve")
            return
        }
        #expect(resolution.iso3.rawValue == expected)
    }

    @Test(
        "codes that are not areas of the layer are refused, with the reason",
        arguments: [
            ("99999", "unknown county '99999'"),
            ("1001.0", "'1001.0' is not a county code: a FIPS code written as a decimal number"),
            ("01", "'01' is not a county code: a state FIPS code, not a county's"),
            ("123456", "'123456' is not a county code: longer than a 5-digit county FIPS code"),
        ])
    func countyCodeRefused(input: String, message: String) throws {
        let diagnostic = try #require(AreaResolver(table: Self.counties).diagnostic(for: input, at: nil) { $0 })
        #expect(diagnostic.message == message)
    }

    @Test("a misspelt state is unknown, with the right state suggested")
    func misspeltState() throws {
        let diagnostic = try #require(AreaResolver(table: Self.states).diagnostic(for: "Alabma", at: nil) { $0 })
        #expect(diagnostic.message == "unknown state 'Alabma'")
        #expect(diagnostic.hint?.hasPrefix("Did you mean: Alabama (01)") == true)
    }

    @Test("the tables hold 56 states and territories and 3,242 counties, nine Connecticut regions without shapes")
    func tableSizes() {
        #expect(Self.states.names.count == 56)  // 50 states, DC, five territories
        #expect(Self.counties.names.count == 3242)
        let shapeless = Self.counties.areas.values.filter { !$0.hasShape }.map(\.code.rawValue).sorted()
        #expect(shapeless == (1...9).map { "091\($0)0" })
    }
}

/// Reads the shipped US reference files.
enum USReference {
    static func file(_ name: String) -> ReferenceLoader.File {
        let url = RepositoryPaths.url("Data/reference/\(name)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return ReferenceLoader.File(path: "Data/reference/\(name)", text: text)
    }
}
