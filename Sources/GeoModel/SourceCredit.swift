/// One source to credit, from `Data/sources.csv`: the one place every report's credits come from.
///
/// ```
/// id,credit,licence,covers
/// world-bank-wdi,"World Bank, World Development Indicators 2024: ...",CC BY 4.0,Data/reference/countries.csv
/// ```
public struct SourceCredit: Hashable, Sendable {
    /// A short id (`world-bank-wdi`).
    public let id: String
    /// Who and what to credit, as a reader would cite it.
    public let credit: String
    /// The licence or terms.
    public let licence: String
    /// The project files (or folders, ending in `/`) this source is behind.
    public let covers: [String]

    /// Creates a credit.
    public init(id: String, credit: String, licence: String, covers: [String]) {
        self.id = id
        self.credit = credit
        self.licence = licence
        self.covers = covers
    }

    /// Whether the source is behind a project file: the same path, or a file inside a covered folder.
    public func covers(_ path: String) -> Bool {
        covers.contains { $0 == path || ($0.hasSuffix("/") && path.hasPrefix($0)) }
    }

    /// "World Bank, World Development Indicators 2024: ... — CC BY 4.0".
    public var text: String { licence.isEmpty ? credit : "\(credit) — \(licence)" }

    /// The credit up to its first ";" with the licence, for a map's source line.
    public var short: String {
        let head = credit.split(separator: ";", maxSplits: 1).first.map(String.init) ?? credit
        return licence.isEmpty ? head : "\(head), \(licence)"
    }
}
