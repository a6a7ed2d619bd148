/// The bytes of the records one append writes, encoded in place.
///
/// Its storage only grows and is zeroed only when it grows: a batch of 1,000 records is about
/// 250 KB, and appending each record's room as zeros (then overwriting them) cost a tenth of a
/// batch append's instructions. The records are `bytes[..<count]`; what lies past `count` is
/// left over from earlier appends and never written to a file.
struct RecordBuffer {
    private var storage: [UInt8] = []
    /// The length of the encoded records.
    private(set) var count = 0

    /// Starts the next append's records.
    mutating func removeAll() { count = 0 }

    /// Adds `length` bytes at the end and lets `body` fill them (all of them: they may hold an
    /// earlier append's bytes).
    @inline(__always)
    mutating func append<R>(length: Int, _ body: (UnsafeMutableRawPointer) -> R) -> R {
        if storage.count < count + length {
            storage.append(contentsOf: repeatElement(0, count: max(count + length, 2 * storage.count) - storage.count))
        }
        let start = count
        count += length
        return storage.withUnsafeMutableBytes { body($0.baseAddress! + start) }
    }

    /// The encoded records.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
}
