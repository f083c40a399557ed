import CGeoSHA256

/// SHA-256 (FIPS 180-4) of a byte sequence, as lower-case hex.
///
/// geo-ai hashes every input file to key sources, snapshots and incremental builds.
/// Foundation on Linux has no CryptoKit, and swift-crypto costs a minute of CI build
/// time for one function, so this is the plain algorithm, tested against `sha256sum` and
/// the FIPS test vectors. It compresses straight from the caller's contiguous bytes (no
/// padded copy of the message), so hashing a file costs about as much as reading it.
///
/// ```swift
/// SHA256.hex(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
///
/// For data produced in pieces, ``Hasher`` gives the same digest without joining them:
///
/// ```swift
/// var hasher = SHA256.Hasher()
/// hasher.update("ab")
/// hasher.update("c")
/// hasher.hexDigest()   // the digest of "abc"
/// ```
public enum SHA256 {
    /// The digest of `bytes` as 64 lower-case hex digits.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public static func hex(of bytes: some Collection<UInt8>) -> String {
        hexString(digest(of: bytes))
    }

    /// The hex digest of a string's UTF-8 bytes.
    public static func hex(of text: String) -> String {
        var hasher = Hasher()
        hasher.update(text)
        return hasher.hexDigest()
    }

    /// The 32-byte digest of `bytes`.
    public static func digest(of bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.digest()
    }

    /// An incremental SHA-256: feed bytes in any number of pieces, then take the digest once.
    public struct Hasher: Sendable {
        private var state: State
        /// The bytes of an unfinished block (fewer than 64).
        private var pending: [UInt8] = []
        /// The number of bytes hashed so far.
        private var length: UInt64 = 0

        /// A hasher with nothing hashed yet.
        public init() { self.init(usingHardware: SHA256.hasHardware) }

        /// A hasher that compresses with the SHA extensions or with the portable code (tests
        /// compare the two; ``init()`` picks the extensions when the processor has them).
        init(usingHardware: Bool) {
            state = State(usesHardware: usingHardware)
            pending.reserveCapacity(64)
        }

        /// Adds `bytes`.
        public mutating func update(_ bytes: some Collection<UInt8>) {
            if bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) == nil {
                Array(bytes).withUnsafeBytes { update($0) }
            }
        }

        /// Adds a string's UTF-8 bytes.
        public mutating func update(_ text: String) {
            var text = text
            text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
        }

        /// Adds the bytes in `buffer`.
        public mutating func update(_ buffer: UnsafeRawBufferPointer) {
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            length &+= UInt64(buffer.count)
            var offset = 0
            if !pending.isEmpty {
                let take = min(64 - pending.count, buffer.count)
                pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
                offset = take
                guard pending.count == 64 else { return }
                pending.withUnsafeBytes { block in
                    // 64 bytes: never empty, so the address exists.
                    if let address = block.baseAddress { state.compress(blocks: address, count: 1) }
                }
                pending.removeAll(keepingCapacity: true)
            }
            let blocks = (buffer.count - offset) / 64
            if blocks > 0 {
                state.compress(blocks: base + offset, count: blocks)
                offset += blocks * 64
            }
            if offset < buffer.count {
                pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: buffer.count - offset))
            }
        }

        /// The 32-byte digest of everything added.
        public func digest() -> [UInt8] {
            var tail = pending
            let bitLength = length &* 8
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
            }
            var final = state
            tail.withUnsafeBytes { blocks in
                // Padding makes the tail 64 or 128 bytes: never empty.
                if let address = blocks.baseAddress { final.compress(blocks: address, count: tail.count / 64) }
            }
            return final.bytes
        }

        /// The digest of everything added, as 64 lower-case hex digits.
        public func hexDigest() -> String { SHA256.hexString(digest()) }
    }

    static func hexString(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Whether this processor has the x86 SHA extensions: blocks are then compressed by
    /// `CGeoSHA256` (several times faster), else by the portable code below.
    static let hasHardware = geo_sha256_has_hardware() != 0

    /// The eight working words between blocks.
    private struct State: Sendable {
        /// Whether blocks go to the SHA extensions.
        let usesHardware: Bool
        var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85, h2: UInt32 = 0x3c6e_f372, h3: UInt32 = 0xa54f_f53a
        var h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c, h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19

        var bytes: [UInt8] {
            [h0, h1, h2, h3, h4, h5, h6, h7].flatMap { word in
                (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) }
            }
        }

        /// Compresses `count` consecutive 64-byte blocks starting at `blocks`.
        mutating func compress(blocks: UnsafeRawPointer, count: Int) {
            guard !usesHardware else {
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { words in
                    (words[0], words[1], words[2], words[3]) = (h0, h1, h2, h3)
                    (words[4], words[5], words[6], words[7]) = (h4, h5, h6, h7)
                    if let base = words.baseAddress {
                        geo_sha256_compress_hardware(base, blocks.assumingMemoryBound(to: UInt8.self), count)
                    }
                    (h0, h1, h2, h3) = (words[0], words[1], words[2], words[3])
                    (h4, h5, h6, h7) = (words[4], words[5], words[6], words[7])
                }
                return
            }
            SHA256.k.withUnsafeBufferPointer { k in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                    for block in 0..<count {
                        let start = blocks + block * 64
                        for i in 0..<16 {
                            w[i] = UInt32(bigEndian: start.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
                        }
                        for i in 16..<64 {
                            let x = w[i - 15]
                            let y = w[i - 2]
                            let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x &>> 3)
                            let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y &>> 10)
                            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                        }
                        var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                        var i = 0
                        while i < 64 {
                            round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                            round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                            round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                            round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                            round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                            round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                            round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                            round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                            i += 8
                        }
                        h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                        h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    }
                }
            }
        }

        /// One round, with the eight words renamed instead of moved: `d += t1`, `h = t1 + t2`.
        @inline(__always)
        private func round(
            _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
            _ h: inout UInt32, _ kw: UInt32
        ) {
            let t1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
            let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            d &+= t1
            h = t1 &+ t2
        }

        @inline(__always)
        private func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
    }
}
