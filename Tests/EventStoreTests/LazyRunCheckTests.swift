import Foundation
import Glibc
import Testing

@testable import EventStore

/// A reader checks an index run's contents on the first lookup that reads it: what happens
/// when that check, or the reload it leads to, goes wrong.
struct LazyRunCheckTests {
    static let options = CheckpointedStore.options

    /// ``CheckpointedStore``, then the first run damaged in its offsets
    /// table (byte 200: the offset of position 19).
    private func makeDamagedStore() throws -> TemporaryStore {
        let store = try CheckpointedStore.make()
        try FileSurgery.flipByte(try FileSurgery.indexRunPaths(in: store.directory)[0], at: 200)
        return store
    }

    /// The damaged run sends the cursor's first lookup to reloading the index, and the reload
    /// fails (the next segment's name cannot be looked up): the cursor must say so, not end as
    /// if the log held nothing from that position.
    @Test func aCursorWhoseFirstLookupFailsThrowsInsteadOfEndingEmpty() throws {
        let store = try makeDamagedStore()
        let faults = FaultInjector()
        let reader = try store.open(.read, options: Self.options.with { $0.systemCalls = .live.injecting(faults) })
        #expect(reader.index.runs.contains { !$0.isVerified })
        faults.add(.init(.pathSize, errno: EIO, isPersistent: true, pathContains: "segment-"))
        var cursor = reader.events(from: 19)
        let error = #expect(throws: StoreError.self) { _ = try cursor.next() }
        #expect(error?.code == .io)
    }

    /// The same failure is not the reader's end: nothing was lost (the reload read every record
    /// this reader had seen), so once the fault is gone the reader goes on, as it does when a
    /// refresh fails in the same way.
    @Test func aFailedReloadDoesNotStopTheReader() throws {
        let store = try makeDamagedStore()
        let faults = FaultInjector()
        let reader = try store.open(.read, options: Self.options.with { $0.systemCalls = .live.injecting(faults) })
        faults.add(.init(.pathSize, errno: EIO, isPersistent: true, pathContains: "segment-"))
        var cursor = reader.events(from: 19)
        #expect(throws: StoreError.self) { _ = try cursor.next() }
        faults.removeAll()
        try reader.refresh()
        #expect(try reader.event(at: 19).position == 19)
        #expect(try reader.events(inStream: "stream-5").count == 13)

        // A lookup that cannot throw (a stream's version) answers from the records read.
        let other = try store.open(.read, options: Self.options.with { $0.systemCalls = .live.injecting(faults) })
        faults.add(.init(.pathSize, errno: EIO, isPersistent: true, pathContains: "segment-"))
        #expect(other.streamVersion("stream-5") == 13)
        faults.removeAll()
        #expect(try other.events(inStream: "stream-5").count == 13)
        var positions: [UInt64] = []
        try other.forEachRecord(from: 90) { positions.append($0.position) }
        #expect(positions == Array(90...95))
    }
}
