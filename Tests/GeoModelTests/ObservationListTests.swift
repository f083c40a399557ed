import Testing

@testable import GeoModel

struct ObservationListTests {
    private static func observation(
        _ code: String, _ period: String, _ metric: String = "ai_user_share", value: Double? = nil,
        low: Double? = nil, high: Double? = nil, status: Observation.Status = .reported, label: String? = nil,
        path: String = "Data/a.csv", line: Int? = 2, column: Int? = 1, sourceID: String? = nil, note: String? = nil
    ) throws -> Observation {
        Observation(
            iso3: try #require(AreaCode(code)), period: try #require(Period(period)), metric: metric, value: value,
            low: low, high: high,
            status: status, label: label, origin: SourceLocation(path: path, line: line, column: column),
            sourceID: sourceID, note: note)
    }

    /// Every optional present and absent, both statuses, repeated and new texts, extreme numbers
    /// and positions that do not fit 32 bits.
    static func shapes() throws -> [Observation] {
        [
            try observation("KOR", "2025-H2", value: 30.5),
            try observation("ERI", "2025-H2", "deepseek_share", low: 16, high: 20, label: "16–20"),
            try observation(
                "TCD", "2025-H2", status: .insufficientData, label: "insufficient data", note: "tab\tand\nnewline"),
            try observation("USA", "2025-H1", value: -0.0, low: -0.0, high: 0, sourceID: "ms-2025h1"),
            try observation(
                "FRA", "2026-Q1", value: .greatestFiniteMagnitude, low: .leastNonzeroMagnitude, high: .infinity,
                label: ""),
            try observation("01001", "2025-07", value: .nan, path: "Data/b.csv", line: nil, column: nil, note: ""),
            try observation("KOR", "2025", value: 1, line: 5_000_000_000, column: 3),
            try observation("KOR", "2025-H2", value: 2, line: 7, column: Int(UInt32.max) + 1, sourceID: "ms-2025h1"),
            try observation("KOR", "2025-H2", value: 3, path: "Data/a.csv", line: 0, column: -4),
        ]
    }

    @Test("every observation reads back as appended, numbers bit for bit")
    func roundTrip() throws {
        let shapes = try Self.shapes()
        var list = ObservationList()
        for observation in shapes { list.append(observation) }
        for (original, read) in zip(shapes, list) {
            #expect(read.iso3 == original.iso3 && read.period == original.period && read.metric == original.metric)
            #expect(read.value?.bitPattern == original.value?.bitPattern)
            #expect(read.low?.bitPattern == original.low?.bitPattern)
            #expect(read.high?.bitPattern == original.high?.bitPattern)
            #expect(read.status == original.status && read.label == original.label)
            #expect(read.origin == original.origin && read.sourceID == original.sourceID && read.note == original.note)
            if original.value?.isNaN != true { #expect(read == original) }
        }
    }

    @Test("a plain value is read for exactly the reported values without band, label, source id or note")
    func plainValues() throws {
        let shapes = try Self.shapes() + [try Self.observation("KOR", "2025", value: 4, line: nil, column: 2)]
        let list = ObservationList(shapes)
        for (position, observation) in shapes.enumerated() {
            let plain =
                observation.status == .reported && observation.value != nil && observation.low == nil
                && observation.high == nil && observation.label == nil && observation.sourceID == nil
                && observation.note == nil
            let read = list.plainValue(at: position)
            // A position too large for the list's 32-bit columns is read the long way.
            let fits = [observation.origin.line, observation.origin.column].allSatisfy {
                $0.map { UInt32(exactly: $0) != nil } ?? true
            }
            #expect((read != nil) == (plain && fits), "\(observation)")
            if let read {
                #expect(read.value.bitPattern == observation.value?.bitPattern)
                #expect(read.line == observation.origin.line && read.column == observation.origin.column)
            }
        }
    }

    @Test("a reported value appended from its fields is the observation appended whole")
    func reportedValues() throws {
        let fields: [(code: String, period: String, metric: String, value: Double, path: String, line: UInt32)] = [
            ("KOR", "2025-H2", "ai_user_share", 30.5, "Data/a.csv", 2),
            ("ERI", "2025-H2", "users", -0.0, "Data/a.csv", 3),
            ("KOR", "2025-H1", "ai_user_share", .greatestFiniteMagnitude, "Data/b.csv", .max),
            ("KOR", "2025-H2", "ai_user_share", 0, "Data/a.csv", 0),
        ]
        var whole = ObservationList()
        var fromFields = ObservationList()
        for (index, row) in fields.enumerated() {
            let column = UInt32(index + 1)
            whole.append(
                try Self.observation(
                    row.code, row.period, row.metric, value: row.value, path: row.path, line: Int(row.line),
                    column: Int(column)))
            fromFields.appendReported(
                code: fromFields.codeNumber(of: try #require(AreaCode(row.code))),
                period: try #require(Period(row.period)),
                metric: row.metric,
                value: row.value, path: row.path, line: row.line, column: column)
        }
        #expect(Array(fromFields) == Array(whole))
        #expect(fromFields.indices.map { fromFields.key(at: $0) } == whole.indices.map { whole.key(at: $0) })
        #expect(
            fromFields.indices.map { fromFields.plainValue(at: $0) } == whole.indices.map { whole.plainValue(at: $0) })
        #expect(fromFields[1].value?.sign == .minus)
    }

    @Test("a list built from an array, or from a literal, is that array in order")
    func initialisers() throws {
        let shapes = try Self.shapes()
        let list = ObservationList(shapes)
        #expect(list.count == shapes.count)
        #expect(Array(list).map(\.origin) == shapes.map(\.origin))
        let literal: ObservationList = [shapes[0], shapes[1]]
        #expect(Array(literal) == Array(shapes[0...1]))
        #expect(ObservationList().isEmpty)
    }

    @Test("positions by key put observations of one key side by side, earliest first")
    func positionsByKey() throws {
        let codes = ["KOR", "USA", "ERI"]
        let periods = ["2025-H2", "2025-H1"]
        let observations = try (0..<60).map { index in
            try Self.observation(
                codes[(index * 7) % 3], periods[(index / 3) % 2], index % 4 == 0 ? "a" : "b", value: Double(index),
                line: index + 2)
        }
        let list = ObservationList(observations)
        let order = list.positionsByKey().map { Int($0) }
        #expect(order.sorted() == Array(0..<60))
        for (left, right) in zip(order, order.dropFirst()) {
            let sameKey = observations[left].key == observations[right].key
            #expect((list.key(at: left) == list.key(at: right)) == sameKey)
            #expect(list.key(at: left) < list.key(at: right) || (sameKey && left < right))
        }
        // Every key's observations form one run.
        var runs: [Observation.Key] = []
        for position in order where runs.last != observations[position].key { runs.append(observations[position].key) }
        #expect(runs.count == Set(observations.map(\.key)).count)
    }

    @Test(
        "a repeated key is found without sorting when the possible keys are few, and left to the sort when not",
        arguments: [
            // (codes, periods, metrics, observations' keys as indices into them, expected)
            (
                ["KOR", "USA"], ["2025-H1", "2025-H2"], ["a", "b"], [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], false
            ),
            (["KOR", "USA"], ["2025-H1", "2025-H2"], ["a", "b"], [[0, 0, 0], [1, 1, 1], [1, 1, 1]], true),
            // The same code, period and metric far apart, after other keys.
            (["KOR", "USA", "ERI"], ["2025-H1"], ["a", "b"], [[2, 0, 1], [0, 0, 0], [1, 0, 1], [2, 0, 1]], true),
            // Keys equal in two fields of three are different keys.
            (
                ["KOR", "USA"], ["2025-H1", "2025-H2"], ["a", "b"], [[0, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0]], false
            ),
        ] as [([String], [String], [String], [[Int]], Bool)])
    func repeatsAKey(
        codes: [String], periods: [String], metrics: [String], keys: [[Int]], expected: Bool
    ) throws {
        let list = ObservationList(
            try keys.enumerated().map { line, key in
                try Self.observation(codes[key[0]], periods[key[1]], metrics[key[2]], value: 1, line: line + 2)
            })
        #expect(list.repeatsAKey() == expected)
        // The sort agrees: a repeat is two neighbours with one key.
        let order = list.positionsByKey().map { Int($0) }
        #expect(zip(order, order.dropFirst()).contains { list.key(at: $0) == list.key(at: $1) } == expected)
    }

    @Test(
        "more possible keys than bits allowed per observation leave the answer to the sort",
        arguments: [(8, false as Bool?), (9, nil)])
    func repeatsAKeyGivesUpOnLargeSpaces(observations count: Int, expected: Bool?) throws {
        // Each observation its own code, period and metric: count³ possible keys, 64 × count bits
        // allowed; 8³ = 512 is 64 × 8, 9³ = 729 is more than 64 × 9.
        let codes = ["KOR", "USA", "ERI", "FRA", "DEU", "ITA", "ESP", "PRT", "GRC"]
        let list = ObservationList(
            try (0..<count).map { index in
                try Self.observation(codes[index], "2025-0\(index + 1)", "m\(index)", value: 1)
            })
        #expect(list.repeatsAKey() == expected)
    }
}
