/// SHA-256 (FIPS 180-4): the hash that chains every record of the log to the one before, so
/// that an auditor can tell that no record was changed, removed or inserted.
///
/// Written for speed on the append path, where it is the main cost: no heap allocation (the
/// partial block and the message schedule live in the value and on the stack), blocks read
/// straight from the caller's buffer, rounds unrolled eight at a time so the working variables
/// stay in registers, wrapping arithmetic with no bounds checks. About 10 cycles a byte on
/// x86-64, which is what scalar code can do; where the CPU has the SHA extensions, the
/// compression function runs on them instead (``ChecksumEngine``, `SHA256+Engine.swift`).
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("abc".utf8))
/// let digest = hasher.finalize() // ba7816bf…f20015ad
/// ```
public struct SHA256: Sendable {
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    static let initialState: State = (
        0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19
    )

    private var state: State = SHA256.initialState
    /// Bytes not yet hashed (fewer than one 64-byte block), in `pendingCount` first bytes.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var totalLength: UInt64 = 0
    /// The code that runs the compression function: ``ChecksumEngine/sha256`` unless a test or
    /// benchmark asks for one (``init(engine:)``).
    let engine: ChecksumEngine

    public init() {
        engine = ChecksumEngine.sha256
    }

    /// The digest of `bytes` in one call.
    public static func hash(_ bytes: some Sequence<UInt8>) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Adds the bytes of a sequence (contiguous ones are read in place).
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) {
            return done
        }
        Array(bytes).withUnsafeBytes { update($0) }
    }

    /// Adds `bytes` to the message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var pointer = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        totalLength &+= UInt64(remaining)
        if pendingCount > 0 {
            let take = min(64 - pendingCount, remaining)
            let offset = pendingCount
            withUnsafeMutableBytes(of: &pending) {
                $0.baseAddress!.advanced(by: offset).copyMemory(from: pointer, byteCount: take)
            }
            pendingCount += take
            pointer += take
            remaining -= take
            if pendingCount < 64 { return }
            var block = pending
            withUnsafeBytes(of: &block) { SHA256.compress(&state, blocks: $0.baseAddress!, count: 1, engine: engine) }
            pendingCount = 0
        }
        let blocks = remaining / 64
        if blocks > 0 {
            SHA256.compress(&state, blocks: pointer, count: blocks, engine: engine)
            pointer += blocks * 64
            remaining -= blocks * 64
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: pointer, byteCount: remaining) }
            pendingCount = remaining
        }
    }

    /// Pads the message and returns its digest.
    public consuming func finalize() -> Digest {
        var tail:
            (
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                UInt64, UInt64, UInt64
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let count = pendingCount
        let bitLength = totalLength &* 8
        var state = self.state
        var pending = self.pending
        withUnsafeMutableBytes(of: &tail) { tail in
            let base = tail.baseAddress!
            withUnsafeBytes(of: &pending) { base.copyMemory(from: $0.baseAddress!, byteCount: count) }
            base.storeBytes(of: 0x80, toByteOffset: count, as: UInt8.self)
            let blocks = count < 56 ? 1 : 2
            base.storeBytes(of: bitLength.bigEndian, toByteOffset: blocks * 64 - 8, as: UInt64.self)
            SHA256.compress(&state, blocks: UnsafeRawPointer(base), count: blocks, engine: engine)
        }
        return Digest(state: state)
    }

    /// The chain hash of a record: SHA-256(previous chain hash ‖ body), with no allocation.
    static func chainHash(previous: Digest, body: UnsafeRawBufferPointer) -> Digest {
        var hasher = SHA256()
        var previous = previous
        withUnsafeBytes(of: &previous.words) { hasher.update($0) }
        hasher.update(body)
        return hasher.finalize()
    }

    /// Runs the compression function over `count` consecutive 64-byte blocks, in portable Swift.
    static func compressPortably(_ state: inout State, blocks: UnsafeRawPointer, count: Int) {
        var w: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &w) { schedule in
            let w = schedule.baseAddress!.assumingMemoryBound(to: UInt32.self)
            roundConstants.withUnsafeBufferPointer { constants in
                let k = constants.baseAddress!
                var (h0, h1, h2, h3, h4, h5, h6, h7) = state
                for block in 0..<count {
                    let base = blocks + block &* 64
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
                    }
                    var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                    var i = 0
                    while i < 64 {
                        if i >= 16 {
                            for j in 0..<8 {
                                let t = (i &+ j) & 15
                                let x = w[(t &+ 1) & 15]
                                let y = w[(t &+ 14) & 15]
                                w[t] =
                                    w[t] &+ (rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)) &+ w[(t &+ 9) & 15]
                                    &+ (rotr(y, 17) ^ rotr(y, 19) ^ (y &>> 10))
                            }
                        }
                        let s = i & 15
                        round(a, b, c, &d, e, f, g, &h, k[i] &+ w[s])
                        round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[s &+ 1])
                        round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[s &+ 2])
                        round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[s &+ 3])
                        round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[s &+ 4])
                        round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[s &+ 5])
                        round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[s &+ 6])
                        round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[s &+ 7])
                        i &+= 8
                    }
                    h0 &+= a
                    h1 &+= b
                    h2 &+= c
                    h3 &+= d
                    h4 &+= e
                    h5 &+= f
                    h6 &+= g
                    h7 &+= h
                }
                state = (h0, h1, h2, h3, h4, h5, h6, h7)
            }
        }
    }

    /// One round, written so that eight calls with rotated arguments make the variable
    /// renaming static (`d` and `h` are the ones that change).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d = d &+ t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

    private static let roundConstants: [UInt32] = [
        0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
        0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
        0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
        0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
        0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
        0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
        0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
        0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
    ]
}
