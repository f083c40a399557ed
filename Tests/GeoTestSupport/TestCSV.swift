import Foundation

/// A deliberately plain CSV reader for tests that check geo-ai's readers and outputs against
/// the raw files: RFC 4180 double quotes with `""` escapes and line breaks inside quotes, LF,
/// CRLF or CR line ends. Independent of GeoIngest's reader on purpose.
package enum TestCSV {
    /// Every record of `text`, fields unquoted.
    package static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var isQuoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if isQuoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        isQuoted = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": isQuoted = true
            case ",":
                row.append(field)
                field = ""
            // "\r\n" is one Character in Swift.
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// The fields of one line.
    package static func fields(_ line: String) -> [String] { parse(line).first ?? [""] }

    /// The records of `text` as header → field dictionaries; blank lines are skipped.
    package static func records(_ text: String) -> [[String: String]] {
        let rows = parse(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0 != [""] }.map { fields in
            Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first })
        }
    }

    /// The records of a repository file (e.g. `Data/usage/ai_user_share.csv`).
    package static func records(inRepositoryFile path: String) throws -> [[String: String]] {
        records(try String(contentsOf: RepositoryPaths.url(path), encoding: .utf8))
    }
}
