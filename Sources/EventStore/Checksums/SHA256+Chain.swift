extension SHA256 {
    /// The chain hash of a record: SHA-256(previous chain hash ‖ the record's body).
    static func chainHash(previous: Digest, body: UnsafeRawBufferPointer) -> Digest {
        var hasher = SHA256()
        hasher.update(previous.bytes)
        hasher.update(body)
        return hasher.finalize()
    }
}

extension Digest {
    /// Writes the 32 bytes at `destination`.
    func copy(to destination: UnsafeMutableRawPointer) {
        bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress!, byteCount: 32) }
    }
}
