/// The tables of a checked checkpoint run, as plain immutable values over its mapping: what a
/// merge made on another thread reads (``RunMerge``).
///
/// Sendable because nothing in it changes: the fields are copied from a run whose header and
/// contents were checked (``IndexRun/isVerified``), the mapping is read-only and shared, and a
/// run file is never modified once written (a writer that replaces it renames a new file over
/// it or unlinks it; either leaves this mapping's pages as they were). ``IndexRun`` itself is
/// not Sendable: its contents check is lazy, a state that only its log's thread may change.
struct IndexRunTables: Sendable {
    let firstPosition: UInt64
    let lastPosition: UInt64
    let chainHash: Digest
    let mapping: Mapping
    let streamCount: Int
    let commandCount: Int
    let sections: IndexRunLayout.Sections

    var eventCount: Int { Int(lastPosition - firstPosition + 1) }
}
