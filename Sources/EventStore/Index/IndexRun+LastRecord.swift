extension IndexRun {
    /// The record at this run's last position in `segment` (the bytes of the segment that
    /// holds that position), if it is where the run says, valid, at that position and with the
    /// run's chain hash: the offset after it, and its recorded-at. Nil otherwise.
    ///
    /// A run is written after the records it covers, so a log that holds this record holds
    /// everything the run describes: opening trusts a run only then (``EventLog/loadIndex()``),
    /// and `eig verify` uses it to tell a run written while it read the log from a stray one.
    func lastRecord(in segment: UnsafeRawBufferPointer) -> (end: Int, recordedAt: Timestamp)? {
        let offset = Int(offset(of: lastPosition))
        guard let base = segment.baseAddress, offset >= SegmentHeader.length, offset < segment.count,
            case .valid(let fields) = RecordFields.check(base + offset, available: segment.count - offset)
        else { return nil }
        let view = RecordView(base: base + offset, fields: fields)
        guard view.position == lastPosition, view.chainHashBytes.elementsEqual(chainHash.bytes) else { return nil }
        return (offset + fields.length, view.recordedAt)
    }
}
