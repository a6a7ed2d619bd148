internal import EventStore

/// The frame of every file the read side writes: a 4-byte magic, a format version, the
/// content, and a CRC-32C of all of it, so that a torn, truncated or damaged file is found
/// before a byte of it is believed.
enum SealedFile {
    /// The version of the frames and headers below; a file of another version is not read
    /// (the read model is rebuilt instead).
    static let formatVersion: UInt16 = 1

    /// Starts a file: the magic and the format version.
    static func begin(magic: StaticString) -> BinaryWriter {
        var writer = BinaryWriter()
        writer.write(bytes: UnsafeRawBufferPointer(start: magic.utf8Start, count: magic.utf8CodeUnitCount))
        writer.writeFixed(formatVersion)
        return writer
    }

    /// Ends a file: appends the checksum of everything written.
    static func seal(_ writer: BinaryWriter) -> [UInt8] {
        var writer = writer
        let checksum = writer.bytes.withUnsafeBytes { CRC32C.checksum($0) }
        writer.writeFixed(checksum)
        return writer.bytes
    }

    /// The checksum a sealed file ends with (that of everything before it), unchecked: what a
    /// manifest records to name one version of a file.
    static func storedChecksum(of bytes: [UInt8]) -> UInt32? {
        guard bytes.count >= 4 else { return nil }
        return UInt32(
            littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self) })
    }

    /// Checks the magic and version of the first bytes of a sealed file and returns a reader
    /// positioned after them, over those bytes only. The file's checksum is not checked: the
    /// caller believes nothing it reads before checking a prefix checksum.
    static func openPrefix(_ bytes: [UInt8], magic: StaticString) throws(BinaryReader.Failure) -> BinaryReader {
        let header = magic.utf8CodeUnitCount + 2
        guard bytes.count >= header else {
            throw BinaryReader.Failure(offset: 0, reason: "the file is too short (\(bytes.count) bytes)")
        }
        for index in 0..<magic.utf8CodeUnitCount where bytes[index] != magic.utf8Start[index] {
            throw BinaryReader.Failure(offset: index, reason: "this is not a file of this kind (wrong magic)")
        }
        var reader = BinaryReader(bytes, offset: magic.utf8CodeUnitCount)
        let version = try reader.readFixed(UInt16.self)
        guard version == formatVersion else {
            throw BinaryReader.Failure(
                offset: magic.utf8CodeUnitCount, reason: "format version \(version) is not \(formatVersion)")
        }
        return reader
    }

    /// Checks the frame and returns a reader positioned after the header, over the content
    /// (the checksum excluded).
    ///
    /// - Throws: a description of what is wrong with the frame.
    static func open(_ bytes: [UInt8], magic: StaticString) throws(BinaryReader.Failure) -> BinaryReader {
        let header = magic.utf8CodeUnitCount + 2
        guard bytes.count >= header + 4 else {
            throw BinaryReader.Failure(offset: 0, reason: "the file is too short (\(bytes.count) bytes)")
        }
        let stored = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self) }
        let computed = bytes.withUnsafeBytes {
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[..<(bytes.count - 4)]))
        }
        guard UInt32(littleEndian: stored) == computed else {
            throw BinaryReader.Failure(offset: bytes.count - 4, reason: "the checksum does not match the content")
        }
        for index in 0..<magic.utf8CodeUnitCount where bytes[index] != magic.utf8Start[index] {
            throw BinaryReader.Failure(offset: index, reason: "this is not a file of this kind (wrong magic)")
        }
        var reader = BinaryReader(Array(bytes[..<(bytes.count - 4)]), offset: magic.utf8CodeUnitCount)
        let version = try reader.readFixed(UInt16.self)
        guard version == formatVersion else {
            throw BinaryReader.Failure(
                offset: magic.utf8CodeUnitCount, reason: "format version \(version) is not \(formatVersion)")
        }
        return reader
    }
}
