extension RecordFields {
    /// A record that validates (length, CRC, fields) at an offset after `offset` with a position
    /// after `position`: proof that the bad bytes at `offset` are not a torn tail. Shared by
    /// recovery (which refuses to cut such bytes) and `eig verify` (which reports them), so
    /// both judge alike.
    static func findValidRecord(in bytes: UnsafeRawBufferPointer, after offset: Int, beyond position: UInt64)
        -> (offset: Int, position: UInt64)?
    {
        guard let base = bytes.baseAddress else { return nil }
        var candidate = offset + 1
        while candidate + RecordLayout.minimumLength <= bytes.count {
            let length = Int(base.loadLittleEndian(UInt32.self, at: candidate))
            if length >= RecordLayout.minimumLength, length <= bytes.count - candidate {
                let found = base.loadLittleEndian(UInt64.self, at: candidate + RecordLayout.positionOffset)
                if found > position, case .valid = RecordFields.check(base + candidate, available: length) {
                    return (candidate, found)
                }
            }
            candidate += 1
        }
        return nil
    }
}
