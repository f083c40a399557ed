import Testing

@testable import GeoModel

/// The SHA-extensions path and the portable path give the same digests, and both give the
/// published FIPS 180-4 examples. (On a processor without the extensions both hashers run the
/// portable code, and only the examples are checked.)
@Suite("SHA-256 with and without the SHA extensions")
struct SHA256HardwareTests {
    static func digest(_ bytes: [UInt8], hardware: Bool, piece: Int = .max) -> String {
        var hasher = SHA256.Hasher(usingHardware: hardware && SHA256.hasHardware)
        var start = 0
        repeat {
            let end = min(bytes.count, start + piece)
            hasher.update(bytes[start..<end])
            start = end
        } while start < bytes.count
        return hasher.hexDigest()
    }

    @Test(
        "the FIPS 180-4 examples",
        arguments: [
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func examples(text: String, expected: String) {
        #expect(Self.digest(Array(text.utf8), hardware: true) == expected)
        #expect(Self.digest(Array(text.utf8), hardware: false) == expected)
    }

    @Test("a million 'a's (FIPS 180-4), in pieces across block boundaries")
    func million() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(Self.digest(bytes, hardware: true, piece: 4_097) == expected)
        #expect(Self.digest(bytes, hardware: false, piece: 65) == expected)
    }

    @Test("the same digest both ways for pseudo-random inputs of every length up to 300 bytes")
    func agree() {
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        for length in 0...300 {
            let bytes = (0..<length).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
            #expect(Self.digest(bytes, hardware: true) == Self.digest(bytes, hardware: false), "length \(length)")
        }
    }
}
