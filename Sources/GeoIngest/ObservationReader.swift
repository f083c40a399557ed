public import GeoModel

/// Reads one input file into observations: decode, parse CSV, resolve economies, validate.
///
/// All-or-nothing: if any row is wrong, every error is reported (up to 50) and nothing
/// is returned.
///
/// ```swift
/// let file = try ObservationReader(reference: tables).read(bytes, spec: SourceSpec(path: "Data/usage/x.csv"))
/// ```
public struct ObservationReader: Sendable {
    /// The reference tables names resolve against.
    public let reference: ReferenceTables
    /// Declared metrics (id → metric) for unit checks, or `nil` to accept any metric id.
    public let metrics: [String: Metric]?
    /// How the hint tells the user to add an alias for a name (`--alias NAME=ISO3`, or a pipeline's `aliases:`).
    public let aliasHint: @Sendable (String) -> String
    /// Resolvers of the reference's layers, without user aliases, made once for several readers;
    /// a layer without one gets a resolver made for each file.
    public let resolvers: [Geography: AreaResolver]

    /// Creates a reader.
    public init(
        reference: ReferenceTables, metrics: [String: Metric]? = nil,
        aliasHint: @escaping @Sendable (String) -> String = { "--alias '\($0)=ISO3'" },
        resolvers: [Geography: AreaResolver] = [:]
    ) {
        self.reference = reference
        self.metrics = metrics
        self.aliasHint = aliasHint
        self.resolvers = resolvers
    }

    /// A resolver of `geography`'s areas in `reference`, without user aliases (for ``resolvers``).
    public static func resolver(of geography: Geography, in reference: ReferenceTables) -> AreaResolver {
        AreaResolver(table: reference.areaTable(for: geography) ?? AreaTable(geography: geography, areas: []))
    }

    /// Reads `bytes` as described by `spec`.
    ///
    /// - Throws: ``GeoError`` `.dataError` with a diagnostic per bad row.
    ///
    /// The bytes are consumed: each form of the file (bytes, text, CSV records) is let go as
    /// soon as the next one is made, so a large file is not held three times over.
    public func read(_ bytes: consuming [UInt8], spec: SourceSpec) throws(GeoError) -> IngestedFile {
        try read(bytes, spec: spec, longTableParts: nil)
    }

    /// Files of at least this many bytes (4 MiB) are worth storing while they are read
    /// (``read(_:spec:deliveringParts:announcingSHA256:)``); a smaller one reads in a few tens of milliseconds.
    public static let bytesWorthStoringWhileRead = CSVUTF8Scanner.bytesForTwoParts

    /// ``read(_:spec:)``, handing a large long table's observations to `deliver` part by part
    /// as its rows are read, before the rest of the file is: for storing them meanwhile.
    ///
    /// `deliver` is called on this thread with each part's own list, in file order, while no
    /// row so far was wrong; the file's result (or its errors) is exactly what
    /// ``read(_:spec:)`` gives. Other files (another layout, another encoding) hand nothing on.
    /// A UTF-8 long table is scanned and read on this thread alone, part after part
    /// (``LongTableReader/Delivery``), leaving the other cores to whoever stores the parts.
    /// `announceSHA256`, if given, gets the SHA-256 of the bytes (``SourceFile/sha256``) as soon
    /// as it is worked out, on another thread, usually before the first part.
    public func read(
        _ bytes: consuming [UInt8], spec: SourceSpec, deliveringParts deliver: @escaping (ObservationList) -> Void,
        announcingSHA256 announceSHA256: (@Sendable (String) -> Void)? = nil
    ) throws(GeoError) -> IngestedFile {
        try read(
            bytes, spec: spec, longTableParts: nil,
            delivery: LongTableReader.Delivery(deliver: deliver, announceSHA256: announceSHA256))
    }

    /// ``read(_:spec:)``, reading a long table's rows in `longTableParts` parts side by side
    /// (`nil`: the parts it was scanned in, else as many as its size calls for; see
    /// ``LongTableReader/read(_:parts:plainRows:)``), or scanning and reading a UTF-8 long table
    /// part by part and handing each part's observations on (`delivery`, see
    /// ``LongTableReader/Delivery``). A long table is scanned in parts from
    /// `scanPartsFrom` bytes (tests split small files). `plainRows: false` reads every row of a
    /// long table the general way (see ``PlainLongRows``).
    func read(
        _ bytes: consuming [UInt8], spec: SourceSpec, longTableParts: Int?, plainRows: Bool = true,
        scanPartsFrom: Int = CSVUTF8Scanner.bytesForTwoParts, delivery: LongTableReader.Delivery? = nil
    ) throws(GeoError) -> IngestedFile {
        // A large file is hashed on another core while it is decoded and split.
        let announce = delivery?.announceSHA256
        let sha256: Parallel.Pending<String>
        if bytes.count >= CSVUTF8Scanner.bytesForTwoParts {
            sha256 = Parallel.start { [bytes = copy bytes] in
                let hex = SHA256.hex(of: bytes)
                announce?(hex)
                return hex
            }
        } else {
            let hex = SHA256.hex(of: bytes)
            announce?(hex)
            sha256 = Parallel.Pending(computed: hex)
        }
        if spec.format == .long, let delivery, longTableParts == nil,
            var parts = try CSVTable.SequentialParts(
                bytes: copy bytes, path: spec.path, decoder: TextDecoder(forced: spec.encoding), reader: CSVReader(),
                firstBytes: delivery.firstPartBytes, laterBytes: delivery.laterPartBytes),
            let first = try parts.next()
        {
            var context = try RowContext(
                spec: spec, table: first, resolver: resolver(for: spec), metrics: metrics, aliasHint: aliasHint)
            try LongTableReader.read(&context, laterParts: &parts, plainRows: plainRows, delivery: delivery)
            return try context.finish(sha256: sha256.wait(), encoding: .utf8)
        }
        // Only the long layout reads its rows in the parts they were scanned in; the others want
        // them in one piece.
        let table = try CSVTable(
            bytes: consume bytes, path: spec.path, decoder: TextDecoder(forced: spec.encoding), reader: CSVReader(),
            partsFrom: spec.format == .long ? scanPartsFrom : nil)
        var context = try RowContext(
            spec: spec, table: table, resolver: resolver(for: spec), metrics: metrics, aliasHint: aliasHint)
        switch spec.format {
        case .long: try LongTableReader.read(&context, parts: longTableParts, plainRows: plainRows)
        case .wide: try WideTableReader.read(&context)
        case .monthly: try MonthlyShareReader.read(&context)
        }
        return try context.finish(sha256: sha256.wait(), encoding: table.encoding)
    }

    /// The resolver of `spec`'s layer, with its aliases.
    private func resolver(for spec: SourceSpec) -> AreaResolver {
        (resolvers[spec.geography] ?? Self.resolver(of: spec.geography, in: reference)).adding(
            userAliases: spec.aliases)
    }

    /// Errors for observations that appear in more than one file (economy × period × metric).
    public static func crossFileDuplicates(_ files: [IngestedFile]) -> [Diagnostic] {
        // Within a file the reader has already refused repeats.
        guard files.count > 1 else { return [] }
        // Almost always there is none: check with a set of keys first, and only when a key
        // repeats build the map of first locations that the messages need.
        var seen: Set<Observation.Key> = []
        seen.reserveCapacity(files.reduce(0) { $0 + $1.observations.count })
        var repeated = false
        for file in files where !repeated {
            for observation in file.observations where !seen.insert(observation.key).inserted {
                repeated = true
                break
            }
        }
        guard repeated else { return [] }
        var first: [Observation.Key: SourceLocation] = [:]
        var problems: [Diagnostic] = []
        for file in files {
            for observation in file.observations {
                if let earlier = first[observation.key] {
                    problems.append(
                        Diagnostic(
                            .error,
                            "duplicate value for \(observation.iso3) \(observation.period) \(observation.metric), also in \(earlier)",
                            at: observation.origin,
                            hint: "Keep each economy, period and metric in one source of the pipeline."))
                } else {
                    first[observation.key] = observation.origin
                }
            }
        }
        return problems
    }
}
