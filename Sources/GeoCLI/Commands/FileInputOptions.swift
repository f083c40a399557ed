import ArgumentParser
import GeoIngest
import GeoModel
import GeoPipeline

/// The options `ingest` and `validate` share for reading files outside a pipeline.
struct FileInputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "long (country,period,metric,value), wide (a column per period) or monthly (default: long; init: from the header).",
            valueName: "FORMAT"))
    var format: String?

    @Option(help: ArgumentHelp("The period for rows or columns that name none (e.g. 2025-H2).", valueName: "P"))
    var period: String?

    @Option(help: ArgumentHelp("The metric for rows or columns that name none (e.g. ai_user_share).", valueName: "ID"))
    var metric: String?

    @Option(
        name: .customLong("alias"),
        help: ArgumentHelp("Map a name to an economy, e.g. --alias Congo=COG (repeatable).", valueName: "NAME=ISO3"))
    var aliases: [String] = []

    @Option(
        help: ArgumentHelp(
            "The text encoding (default: detect). One of: \(TextEncoding.namesForHelp).", valueName: "ENC"))
    var encoding: String?

    @Option(
        help: ArgumentHelp(
            "Monthly files: the economy the file is about (default: from the file name).", valueName: "NAME"))
    var economy: String?

    @Option(
        help: ArgumentHelp(
            "The geography layer of the rows: \(Geography.namesList) (default: world).", valueName: "LAYER"))
    var geography: String?

    /// The `--geography` given, checked; the world when none was.
    func chosenGeography() throws(GeoError) -> Geography {
        try Self.geography(named: geography)
    }

    /// A layer by name, or a usage error listing the layers.
    static func geography(named name: String?) throws(GeoError) -> Geography {
        guard let name else { return .world }
        guard let layer = Geography(rawValue: name) else {
            throw GeoError(
                .usage, "--geography: '\(name)' is not a geography layer",
                hint: "Choose one of: \(Geography.namesList).")
        }
        return layer
    }

    /// The `--format` given, checked; `nil` when none was.
    func chosenFormat() throws(GeoError) -> SourceFile.Format? {
        guard let format else { return nil }
        guard let parsed = SourceFile.Format(rawValue: format) else {
            throw GeoError(.usage, "'\(format)' is not a format", hint: "Choose long, wide or monthly.")
        }
        return parsed
    }

    /// Builds the spec for one file, checking every option.
    func spec(path: String) throws(GeoError) -> SourceSpec {
        var spec = SourceSpec(path: path, format: try chosenFormat() ?? .long)
        spec.geography = try chosenGeography()
        if let period {
            guard let parsed = PeriodParser.parse(period) else {
                throw GeoError(.usage, "--period: \(PeriodParser.explainFailure(period))", hint: "Write e.g. 2025-H2.")
            }
            spec.period = parsed
        }
        if let metric {
            guard Metric.isValidID(metric) else {
                throw GeoError(
                    .usage, "--metric: '\(metric)' is not a metric id", hint: "Metric ids look like ai_user_share.")
            }
            spec.metric = metric
        }
        if let encoding {
            guard let parsed = TextEncoding(name: encoding) else {
                throw GeoError(
                    .usage, "--encoding: '\(encoding)' is not supported",
                    hint: "Choose one of: \(TextEncoding.namesForHelp).")
            }
            spec.encoding = parsed
        }
        spec.aliases = try Self.parseAliases(aliases)
        spec.economy = economy
        return spec
    }

    /// Parses `NAME=ISO3` pairs.
    static func parseAliases(_ pairs: [String]) throws(GeoError) -> [String: AreaCode] {
        var result: [String: AreaCode] = [:]
        for pair in pairs {
            guard let equals = pair.lastIndex(of: "="), let code = AreaCode(String(pair[pair.index(after: equals)...])),
                !pair[..<equals].isEmpty
            else {
                throw GeoError(.usage, "--alias '\(pair)' is not NAME=ISO3", hint: "For example: --alias Congo=COG")
            }
            result[String(pair[..<equals])] = code
        }
        return result
    }

    /// Reads and validates every file; all-or-nothing.
    static func read(
        _ paths: [String], options: FileInputOptions, context: CLIContext, reference: ReferenceTables,
        progress: ProgressLine? = nil
    ) throws(GeoError) -> [IngestedFile] {
        let reader = ObservationReader(reference: reference)
        var files: [IngestedFile] = []
        var collector = DiagnosticCollector()
        for path in paths.map(ProjectPaths.normalised) {
            progress?.show("reading and validating \(path)")
            if let file = try collector.collecting({ () throws(GeoError) in
                try reader.read(
                    ProjectFiles.read(absolute: context.url(path).path, shownAs: path), spec: options.spec(path: path))
            }) {
                files.append(file)
            }
        }
        if !collector.hasErrors { collector.add(contentsOf: ObservationReader.crossFileDuplicates(files)) }
        try collector.throwIfErrors()
        return files
    }

    /// ``read(_:options:context:reference:progress:)`` of one file's bytes, handing its
    /// observations on part by part as they are read, and the SHA-256 of its bytes once known
    /// (``ObservationReader/read(_:spec:deliveringParts:announcingSHA256:)``): the same file, or
    /// the same error.
    static func read(
        _ bytes: [UInt8], path: String, spec: SourceSpec, reader: ObservationReader,
        deliveringParts deliver: @escaping (ObservationList) -> Void,
        announcingSHA256 announceSHA256: @escaping @Sendable (String) -> Void
    ) throws(GeoError) -> IngestedFile {
        var collector = DiagnosticCollector()
        let file = try collector.collecting { () throws(GeoError) in
            try reader.read(bytes, spec: spec, deliveringParts: deliver, announcingSHA256: announceSHA256)
        }
        try collector.throwIfErrors()
        guard let file else {
            // A data error whose diagnostics are no errors: refused all the same.
            throw GeoError(
                .dataError, "'\(path)' was refused", at: SourceLocation(path: path),
                hint: "Run geo-ai validate on the file to see why.")
        }
        return file
    }
}
