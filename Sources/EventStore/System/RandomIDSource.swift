import Glibc

/// Random event ids drawn from the kernel 4 KiB at a time: one `arc4random_buf` call (glibc's
/// kernel-seeded generator) per 256 ids instead of two `getrandom` system calls per id, which matters when a batch records a million events.
struct RandomIDSource {
    private var words: [UInt64] = []
    private var next = 0

    mutating func make() -> EventID {
        if next + 2 > words.count { refill() }
        defer { next += 2 }
        return EventID(randomBits: (words[next], words[next + 1]))
    }

    private mutating func refill() {
        words = [UInt64](repeating: 0, count: 512)
        words.withUnsafeMutableBytes { buffer in arc4random_buf(buffer.baseAddress!, buffer.count) }
        next = 0
    }
}
