internal import EventStore

/// Appends values to a byte buffer in the read models' persisted form: little-endian
/// integers, LEB128 variable-length counts, UTF-8 strings prefixed by their length.
///
/// Read back with ``BinaryReader``; every `write` has its `read` twin, so a model's codec is
/// two short functions that mirror each other.
package struct BinaryWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    package mutating func write(_ value: UInt8) {
        bytes.append(value)
    }

    package mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// The CRC32C of every byte written so far: what a reader checks before believing the
    /// start of a file without reading the rest (``BinaryReader/checkPrefixChecksum()``).
    package mutating func writePrefixChecksum() {
        writeFixed(bytes.withUnsafeBytes { CRC32C.checksum($0) })
    }

    /// A fixed-width little-endian integer.
    package mutating func writeFixed<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
    }

    /// An unsigned LEB128 integer: one byte below 128.
    package mutating func write(varint value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed integer, zigzag-encoded so that small negatives stay short.
    package mutating func write(_ value: Int) {
        let zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        write(varint: zigzag)
    }

    package mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(varint: UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    package mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// A count followed by each element written by `element`.
    package mutating func write<C: Collection>(_ items: C, _ element: (inout BinaryWriter, C.Element) -> Void) {
        write(varint: UInt64(items.count))
        for item in items { element(&self, item) }
    }

    package mutating func write(bytes other: some Collection<UInt8>) {
        bytes.append(contentsOf: other)
    }
}
