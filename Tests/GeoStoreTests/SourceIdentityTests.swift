import GeoModel
import Testing

@testable import GeoStore

struct SourceIdentityTests {
    private let path = "Data/usage.csv"

    private func hash(_ observations: [Observation]) -> String {
        SourceIdentity.observationsHash(of: ObservationList(observations))
    }

    private func korea(
        value: Double? = 30.1, label: String? = nil, line: Int = 2, column: Int? = nil, sourceID: String? = nil,
        note: String? = nil
    ) throws -> Observation {
        try Fixtures.observation(
            "KOR", "2025-H2", value: value, label: label, path: path, line: line, column: column,
            sourceID: sourceID, note: note)
    }

    @Test("the observations hash does not depend on the order of the observations")
    func hashIgnoresOrder() throws {
        let usa = try Fixtures.observation("USA", "2025-H2", value: 28.3, path: path, line: 3)
        #expect(hash([try korea(), usa]) == hash([usa, try korea()]))
        #expect(hash([]) == SHA256.hex(of: ""))
    }

    @Test(
        "the hash of many observations, keys repeated and not, is the SHA-256 of their canonical lines, sorted and joined"
    )
    func hashOfManyIsTheDefinition() throws {
        // About 200 KB of lines: several of the hasher's blocks, and lines across block ends.
        let codes = ["KOR", "USA", "ERI", "FRA", "01001"]
        // Metrics that are prefixes of one another, with bytes below the tab and an escaped tab:
        // the order of their lines is decided by the tab after the field, not by length.
        let metrics = ["m", "m\u{1}", "m\u{8}x", "mx", "m\tx", "m\\", "m0", "é"]
        let observations = try (0..<4_000).map { index in
            try Fixtures.observation(
                // The second half's codes are each used once: lines without a repeated key.
                index < 2_000 ? codes[index % codes.count] : "C\(index)", index % 3 == 0 ? "2025-H1" : "2025-H2",
                metrics[index % metrics.count],
                value: index % 11 == 0 ? nil : Double(index) / 7, low: index % 5 == 0 ? 1 : nil,
                high: index % 5 == 0 ? 99 : nil, label: index % 13 == 0 ? "band \(index)" : nil, path: path,
                line: [5: Int.min, 6: Int.max, 7: -3][index] ?? index + 2, column: index % 7 == 0 ? nil : index % 9,
                note: index % 17 == 0 ? "note\twith tab" : nil)
        }
        let lines = observations.map(SourceIdentity.canonicalLine).sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
        #expect(lines.joined(separator: "\n").utf8.count > 3 << 16)
        #expect(hash(observations) == SHA256.hex(of: lines.joined(separator: "\n")))
    }

    @Test("every stored field changes the observations hash")
    func everyFieldCounts() throws {
        let base = try korea()
        let variants: [Observation] = [
            try Fixtures.observation("PRK", "2025-H2", value: 30.1, path: path, line: 2),
            try Fixtures.observation("KOR", "2025-H1", value: 30.1, path: path, line: 2),
            try Fixtures.observation("KOR", "2025-H2", "other", value: 30.1, path: path, line: 2),
            try korea(value: (30.1).nextUp),
            try korea(value: nil),
            try Fixtures.observation("KOR", "2025-H2", value: 30.1, low: 30, path: path, line: 2),
            try Fixtures.observation("KOR", "2025-H2", value: 30.1, high: 31, path: path, line: 2),
            try Fixtures.observation(
                "KOR", "2025-H2", value: 30.1, status: .insufficientData, path: path, line: 2),
            try korea(label: "30"),
            try korea(line: 3),
            try korea(column: 1),
            try korea(sourceID: "msft"),
            try korea(note: "n"),
        ]
        let hashes = variants.map { hash([$0]) }
        #expect(!hashes.contains(hash([base])))
        #expect(Set(hashes).count == variants.count)
    }

    @Test("nil differs from empty text, and -0.0 from 0.0")
    func nilEmptyAndSignedZeroDiffer() throws {
        #expect(hash([try korea(label: nil)]) != hash([try korea(label: "")]))
        #expect(hash([try korea(note: nil)]) != hash([try korea(note: "")]))
        #expect(hash([try korea(value: 0.0)]) != hash([try korea(value: -0.0)]))
    }

    @Test("separators inside texts cannot forge other fields or observations")
    func separatorsAreEscaped() throws {
        #expect(hash([try korea(label: "a\t+b", note: nil)]) != hash([try korea(label: "a", note: "b")]))
        #expect(
            SourceIdentity.canonicalLine(try korea(label: "a\tb\nc\\d\re"))
                == "+KOR\t+2025-H2\t+ai_user_share\t+\(String((30.1).bitPattern, radix: 16))\t-\t-\t+reported\t"
                + "+a\\tb\\nc\\\\d\\re\t+2\t-\t-\t-")
    }

    @Test("the source set hash is of sorted, distinct path, sha256 and observations hash lines")
    func sourceSetHashIsDocumented() throws {
        let a = SourceIdentity(Fixtures.file("Data/a.csv", content: "a", [try korea()]))
        let b = SourceIdentity(Fixtures.file("Data/b.csv", content: "b", []))
        let expected = SHA256.hex(
            of: "Data/a.csv\t\(SHA256.hex(of: "a"))\t\(hash([try korea()]))\n"
                + "Data/b.csv\t\(SHA256.hex(of: "b"))\t\(SHA256.hex(of: ""))")
        #expect(Store.sourceSetHash([b, a, b]) == expected)
    }
}
