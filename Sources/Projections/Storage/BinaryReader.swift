internal import EventStore

/// Reads what ``BinaryWriter`` wrote, checking every length against the bytes there are:
/// a truncated or damaged file is an error, never a crash or a garbage value.
package struct BinaryReader {
    /// Why the bytes cannot be read.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var offset: Int
        package var reason: String
        package var description: String { "\(reason) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    package private(set) var offset: Int

    package init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    package var isAtEnd: Bool { offset == bytes.count }
    package var remaining: Int { bytes.count - offset }

    package func failure(_ reason: String) -> Failure {
        Failure(offset: offset, reason: reason)
    }

    package mutating func readByte() throws(Failure) -> UInt8 {
        guard offset < bytes.count else { throw failure("the data ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    package mutating func readBool() throws(Failure) -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        case let other: throw failure("\(other) is not a Boolean")
        }
    }

    package mutating func readFixed<T: FixedWidthInteger>(_ type: T.Type = T.self) throws(Failure) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw failure("the data ends early") }
        var value = T.zero
        for index in 0..<size { value |= T(bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }

    package mutating func readVarint() throws(Failure) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64, shift < 63 || byte <= 1 else { throw failure("a number is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    package mutating func readInt() throws(Failure) -> Int {
        let zigzag = try readVarint()
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    /// A count of items that each take at least `minimumSize` bytes: checked against what is
    /// left, so a damaged count cannot make the reader allocate without bound.
    package mutating func readCount(minimumSize: Int = 1) throws(Failure) -> Int {
        let count = try readVarint()
        guard count <= UInt64(remaining / max(minimumSize, 1)) else {
            throw failure("a count of \(count) is too large")
        }
        return Int(count)
    }

    package mutating func readString() throws(Failure) -> String {
        let count = try readCount()
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    package mutating func readOptionalString() throws(Failure) -> String? {
        try readBool() ? try readString() : nil
    }

    package mutating func readOptionalInt() throws(Failure) -> Int? {
        try readBool() ? try readInt() : nil
    }

    package mutating func readArray<T>(
        minimumSize: Int = 1, _ element: (inout BinaryReader) throws(Failure) -> T
    ) throws(Failure) -> [T] {
        let count = try readCount(minimumSize: minimumSize)
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try element(&self)) }
        return items
    }

    /// Reads the checksum ``BinaryWriter/writePrefixChecksum()`` wrote here and checks it
    /// against every byte before it, from the start of the file.
    package mutating func checkPrefixChecksum() throws(Failure) {
        let end = offset
        let stored = try readFixed(UInt32.self)
        let computed = bytes.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
        guard stored == computed else {
            offset = end
            throw failure("the checksum of the first \(end) bytes does not match them")
        }
    }

    package mutating func readBytes(_ count: Int) throws(Failure) -> ArraySlice<UInt8> {
        guard count >= 0, remaining >= count else { throw failure("the data ends early") }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }
}
