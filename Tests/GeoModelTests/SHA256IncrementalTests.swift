import GeoModel
import Testing

@Suite("SHA256.Hasher")
struct SHA256IncrementalTests {
    @Test("hashing in pieces gives the one-shot digest, for every split around block boundaries")
    func pieces() {
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 129, 1000] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let whole = SHA256.hex(of: bytes)
            for step in [1, 3, 63, 64, 65, 200] {
                var hasher = SHA256.Hasher()
                var start = 0
                while start < length {
                    let end = min(length, start + step)
                    hasher.update(bytes[start..<end])
                    start = end
                }
                #expect(hasher.hexDigest() == whole, "length \(length), pieces of \(step)")
            }
        }
    }

    @Test("strings hash as their UTF-8 bytes")
    func strings() {
        let text = "Türkiye, Côte d’Ivoire 😀"
        #expect(SHA256.hex(of: text) == SHA256.hex(of: Array(text.utf8)))
        var hasher = SHA256.Hasher()
        hasher.update("Türkiye, ")
        hasher.update("Côte d’Ivoire 😀")
        #expect(hasher.hexDigest() == SHA256.hex(of: text))
    }
}
