import Foundation
import GeoModel
import Testing

@Suite("SHA256")
struct SHA256Tests {
    @Test(
        "matches the FIPS 180-4 test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func vectors(input: String, expected: String) {
        #expect(SHA256.hex(of: input) == expected)
    }

    @Test("agrees with sha256sum on every length around the block boundary")
    func agreesWithCoreutils() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for length in [55, 56, 63, 64, 65, 119, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let file = folder.appendingPathComponent("\(length).bin")
            try Data(bytes).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            process.waitUntilExit()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(SHA256.hex(of: bytes) == String(output.prefix(64)), "length \(length)")
        }
    }
}

@Suite("EditDistance")
struct EditDistanceTests {
    @Test("counts edits and suggests the closest keys")
    func distances() {
        #expect(EditDistance.between("kitten", "sitting", limit: 5) == 3)
        #expect(EditDistance.between("", "abc", limit: 5) == 3)
        #expect(EditDistance.between("abcdef", "a", limit: 2) == 3)
        #expect(EditDistance.suggestions(for: "soruces", among: ["sources", "metrics", "title"]) == ["sources"])
        #expect(EditDistance.suggestions(for: "zzzzzz", among: ["sources"]).isEmpty)
    }
}
