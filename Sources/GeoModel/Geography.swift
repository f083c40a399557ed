/// A geography layer: a set of areas with their codes, reference table and boundaries.
///
/// Every observation belongs to one layer. `world` is the default: economies keyed by
/// ISO3. The US layers key states by two-digit FIPS (`06`; also USPS `CA` or the name)
/// and counties by five-digit FIPS (`06037`; also "Los Angeles County, California").
///
/// ```swift
/// Geography(rawValue: "us-counties")?.code(from: "1001")  // 01001: the leading zero restored
/// ```
public enum Geography: String, CaseIterable, Sendable, Hashable, Codable {
    /// Economies, by ISO 3166-1 alpha-3.
    case world
    /// The 50 states and the District of Columbia (and Puerto Rico), by two-digit FIPS.
    case usStates = "us-states"
    /// Counties and county equivalents, by five-digit FIPS (state FIPS + county FIPS).
    case usCounties = "us-counties"

    /// The layer names, for messages: "world, us-states, us-counties".
    public static var namesList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// What one area of the layer is called in messages ("economy", "state", "county").
    public var areaNoun: String {
        switch self {
        case .world: "economy"
        case .usStates: "state"
        case .usCounties: "county"
        }
    }

    /// What the layer's codes are called in a table heading: "ISO3" or "FIPS".
    public var codeHeading: String { self == .world ? "ISO3" : "FIPS" }

    /// The plural of ``areaNoun`` ("economies", "states", "counties").
    public var areaNounPlural: String {
        switch self {
        case .world: "economies"
        case .usStates: "states"
        case .usCounties: "counties"
        }
    }

    /// The reference table under `Data/reference/` that lists the layer's areas.
    public var referenceFile: String {
        switch self {
        case .world: "countries.csv"
        case .usStates: "us-states.csv"
        case .usCounties: "us-counties.csv"
        }
    }

    /// The boundaries shipped for the layer, relative to the project root, and the property
    /// that holds each feature's code; `nil` for the world, whose geometry is chosen by scale.
    public var boundaries: (path: String, object: String, codeProperty: String)? {
        switch self {
        case .world: nil
        case .usStates: ("Data/geo/us/us-states.topojson", "states", "GEOID")
        case .usCounties: ("Data/geo/us/us-counties.topojson", "counties", "GEOID")
        }
    }

    /// How many digits a FIPS code of the layer has, or `nil` where codes are not numeric.
    public var codeDigits: Int? {
        switch self {
        case .world: nil
        case .usStates: 2
        case .usCounties: 5
        }
    }

    /// How codes of the layer are written, for hints.
    public var codeDescription: String {
        switch self {
        case .world: "a three-letter ISO3 code (KOR) or two-letter ISO2 code"
        case .usStates: "a two-digit state FIPS code (06, or 6) or a USPS code (CA)"
        case .usCounties: "a five-digit county FIPS code (01001, or 1001)"
        }
    }

    /// The text as a code of this layer, with leading zeros restored (`1001` → `01001`), or
    /// `nil` when it does not have the shape of one. Whether the area exists is the reference
    /// table's business.
    public func code(from text: String) -> AreaCode? {
        guard let digits = codeDigits else { return AreaCode(iso3: text) }
        guard !text.isEmpty, text.utf8.count <= digits, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return nil
        }
        return AreaCode(String(repeating: "0", count: digits - text.utf8.count) + text)
    }

    /// Why `text` is not a code of this layer, when it has the shape of a code of another
    /// kind (a float, a code of another layer), for messages; `nil` otherwise.
    public func codeProblem(_ text: String) -> String? {
        guard let digits = codeDigits else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCII),
            whole.allSatisfy(\.isNumber), parts[1].allSatisfy({ $0 == "0" })
        {
            return "a FIPS code written as a decimal number"
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if text.count > digits { return "longer than a \(digits)-digit \(areaNoun) FIPS code" }
        if self == .usCounties, text.count <= 2 { return "a state FIPS code, not a county's" }
        return nil
    }
}
