import ArgumentParser
import GeoIngest
import GeoModel
import GeoPipeline

/// `geo-ai resolve`: show how names resolve to area codes (ISO3 for economies, FIPS in the US layers).
struct ResolveCommand: GeoCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Show which economy (or state, or county) each name resolves to.",
        discussion: """
            Examples:
              geo-ai resolve "Korea, Rep." "Côte d'Ivoire" Türkiye "Viet Nam" "Congo (DRC)" Kosovo
              geo-ai resolve Congo --alias Congo=COG
              geo-ai resolve --geography us-counties 1001 "Baltimore city, Maryland"

            Prints NAME<TAB>CODE<TAB>canonical name<TAB>how. Exits 65 if any name is unknown or ambiguous;
            with --quiet only the exit status and the errors tell.
            """)

    @Argument(help: ArgumentHelp("Names to resolve.", valueName: "NAME"))
    var names: [String]

    @Option(
        name: .customLong("alias"), help: ArgumentHelp("Map a name to an economy (repeatable).", valueName: "NAME=ISO3")
    )
    var aliases: [String] = []

    @Option(
        help: ArgumentHelp(
            "The geography layer: \(Geography.namesList) (default: world).", valueName: "LAYER"))
    var geography: String?

    @OptionGroup var reporting: QuietOption

    @OptionGroup var location: RootOption

    func execute(in context: CLIContext) throws(GeoError) {
        let files = try context.project(root: location.root)
        let layer = try FileInputOptions.geography(named: geography)
        let reference = try files.loadReference(layers: [layer])
        let table = reference.areaTable(for: layer) ?? AreaTable(geography: layer, areas: [])
        let resolver = AreaResolver(table: table, userAliases: try FileInputOptions.parseAliases(aliases))
        var problems: [Diagnostic] = []
        for name in names {
            switch resolver.resolve(name) {
            case .resolved(let resolution):
                let how: String
                switch resolution.method {
                case .code: how = "code"
                case .name: how = "canonical name"
                case .alias: how = "alias"
                case .userAlias: how = "--alias"
                }
                reporting.say(
                    "\(name)\t\(resolution.iso3)\t\(table.name(of: resolution.iso3))\t\(how)\n", with: context.out)
            default:
                if let diagnostic = resolver.diagnostic(for: name, at: nil, aliasHint: { "--alias '\($0)=ISO3'" }) {
                    problems.append(diagnostic)
                }
            }
        }
        if !problems.isEmpty {
            let count = problems.count
            throw GeoError(
                .dataError, count == 1 ? "1 name did not resolve" : "\(count) names did not resolve",
                diagnostics: problems)
        }
    }
}
