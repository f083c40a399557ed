import GeoModel

/// The keys (period, metric, area code) of the observations of one `record` call, as small
/// integers, and each file's observations in key order.
///
/// Each distinct period, metric and area code is numbered once, in order of first appearance
/// across the call's files, so comparing or hashing a key is comparing three integers rather
/// than hashing three strings. Sorting a file's observations by key finds the duplicates within
/// it (they are neighbours) and groups them by period for the snapshots. (The store inserts a
/// file in the order of its own ids, ``ObservationInserter``.)
struct ObservationKeys: Sendable {
    /// An observation's period, metric and area code numbers, numbered across the call's files.
    typealias Key = ObservationList.Key

    /// One file's keys, index for index with its observations.
    struct File: Sendable {
        let keys: [Key]
        /// The observations' indices sorted by key, then by index.
        let order: [Int32]

        /// Each period of the file: its number, how many observations it has and its metrics' numbers.
        func periodContents() -> [PeriodContent] {
            var contents: [PeriodContent] = []
            for index in order {
                let key = keys[Int(index)]
                if contents.last?.period != key.period {
                    contents.append(PeriodContent(period: key.period, count: 0, metrics: []))
                }
                contents[contents.count - 1].count += 1
                if contents[contents.count - 1].metrics.last != key.metric {
                    contents[contents.count - 1].metrics.append(key.metric)
                }
            }
            return contents
        }
    }

    /// The observations of one period in one file.
    struct PeriodContent: Sendable {
        let period: UInt32
        var count: Int
        /// The metric numbers, each once.
        var metrics: [UInt32]
    }

    /// The periods, metrics and area codes, numbered.
    private var periodNumbering = Numbering<Period>()
    private var metricNumbering = Numbering<String>()
    private var areaNumbering = Numbering<String>()
    /// The keys of each file, in the order given.
    private(set) var files: [File] = []

    /// Numbers the keys of `observationLists` (one list per file) and sorts each list by key.
    ///
    /// The keys are read from the numbers each list already keeps (``ObservationList/key(at:)``),
    /// each list's numbers translated once per distinct value, without building an observation
    /// (which cost a million-row file a tenth of a second).
    init(_ observationLists: [ObservationList]) {
        for list in observationLists {
            // A list numbers its values in order of first appearance too, so translating them
            // in its order keeps that order across the call's files.
            let periods = list.periodsByNumber.map { periodNumbering.number(of: $0) }
            let metrics = list.metricsByNumber.map { metricNumbering.number(of: $0) }
            let areas = list.codesByNumber.map { areaNumbering.number(of: $0.rawValue) }
            var keys: [Key] = []
            keys.reserveCapacity(list.count)
            for position in list.indices {
                let key = list.key(at: position)
                keys.append(
                    Key(period: periods[Int(key.period)], metric: metrics[Int(key.metric)], code: areas[Int(key.code)]))
            }
            let order = KeyOrder.positions(
                count: keys.count, periods: periodNumbering.values.count, metrics: metricNumbering.values.count,
                codes: areaNumbering.values.count
            ) { keys[$0] }
            files.append(File(keys: keys, order: order))
        }
    }

    /// The keys of the files at `indices` only (a file given twice is stored once).
    func selecting(files indices: [Int]) -> ObservationKeys {
        var selected = self
        selected.files = indices.map { files[$0] }
        return selected
    }

    /// The periods by number.
    var periods: [Period] { periodNumbering.values }
    /// The metrics by number.
    var metrics: [String] { metricNumbering.values }
    /// The area codes by number.
    var areaCodes: [String] { areaNumbering.values }

    /// Where an observation is: its file's place in the call and its index in that file.
    struct Position: Hashable, Sendable {
        let file: Int
        let index: Int
    }

    /// The first observation, in file order, whose key an earlier one already had, and where
    /// that key first appeared; `nil` when every key is unique.
    ///
    /// Within a file the repeats are found from the sorted order (equal keys are neighbours,
    /// the first of a run is the first occurrence); only a call with several files keeps a
    /// table of the keys of the files before the current one.
    func firstDuplicate() -> (first: Position, repeat: Position)? {
        var earlierFiles: [Key: Position] = [:]
        for (fileIndex, file) in files.enumerated() {
            var found: (first: Position, repeat: Position)?
            var runStart = file.order.startIndex
            for position in file.order.indices.dropFirst() {
                let first = Int(file.order[runStart])
                let current = Int(file.order[position])
                guard file.keys[current] == file.keys[first] else {
                    runStart = position
                    continue
                }
                if current < found?.repeat.index ?? .max {
                    found = (Position(file: fileIndex, index: first), Position(file: fileIndex, index: current))
                }
            }
            if !earlierFiles.isEmpty {
                for (index, key) in file.keys.enumerated() {
                    if index >= found?.repeat.index ?? .max { break }
                    if let earlier = earlierFiles[key] {
                        found = (earlier, Position(file: fileIndex, index: index))
                        break
                    }
                }
            }
            if let found {
                // A repeat within the file whose key an earlier file had first: name that one.
                let key = file.keys[found.repeat.index]
                return (earlierFiles[key] ?? found.first, found.repeat)
            }
            if fileIndex < files.count - 1 {
                for (index, key) in file.keys.enumerated() where earlierFiles[key] == nil {
                    earlierFiles[key] = Position(file: fileIndex, index: index)
                }
            }
        }
        return nil
    }
}
