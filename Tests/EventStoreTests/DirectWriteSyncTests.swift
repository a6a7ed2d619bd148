import Testing

@testable import EventStore

/// What a direct write must still sync: a commit written buffered after a direct one (it is
/// durable only once `fdatasync` returns), and the preallocation a direct write grows the
/// segment by (its zeros and the file's new size, which the direct write does not make
/// durable: FORMAT.md §6).
struct DirectWriteSyncTests {
    static func text(_ count: Int) -> String {
        #"{"text":""# + String(repeating: "s", count: count) + #""}"#
    }

    @Test func aBufferedCommitAfterADirectOneIsSynced() throws {
        // Given a writer whose last commit was written directly
        let syncs = CallCounter()
        let store = try TemporaryStore(options: .testing.with { $0.systemCalls = syncs.counting(.live) })
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        _ = try store.log.append(Controls.request(command: "direct"))
        #expect(store.log.lastWriteWasDirect)
        let before = syncs.fdatasyncs
        // When its next commit is too large to be written directly (64 KiB or more)
        let large = Controls.event(payload: Self.text(70_000))
        _ = try store.log.append(Controls.request(command: "large", events: [large]))
        // Then that one is written buffered and synced
        #expect(!store.log.lastWriteWasDirect)
        #expect(syncs.fdatasyncs > before)
    }

    @Test func aCommitThatRollsOverAfterADirectOneIsSynced() throws {
        // Given a writer writing directly to small segments
        let syncs = CallCounter()
        let store = try TemporaryStore(
            options: .testing.with {
                $0.systemCalls = syncs.counting(.live)
                $0.segmentSize = 32 << 10
            })
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        // When its commits fill the segment, the one that starts the next is buffered and synced,
        // and the ones after it in the new segment are written directly again
        var rollovers = 0
        var justRolledOver = false
        for number in 1...30 {
            let (segments, before) = (store.log.segments.count, syncs.fdatasyncs)
            _ = try store.log.append(
                Controls.request(command: "fill-\(number)", events: [Controls.event(payload: Self.text(2_000))]))
            if store.log.segments.count > segments {
                rollovers += 1
                #expect(!store.log.lastWriteWasDirect)
                #expect(syncs.fdatasyncs > before)
                justRolledOver = true
            } else if justRolledOver {
                #expect(store.log.lastWriteWasDirect)
                justRolledOver = false
            }
        }
        #expect(rollovers >= 1)
    }

    @Test func aDirectWriteThatGrowsTheSegmentSyncsTheNewPreallocation() throws {
        // Given a writer writing directly, whose segment grows 8 KiB at a time
        let syncs = CallCounter()
        let store = try TemporaryStore(
            options: .testing.with {
                $0.systemCalls = syncs.counting(.live)
                $0.preallocationChunk = 8 << 10
            })
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        // When its direct commits run past the end of the file, now and then
        var growths = 0
        for number in 1...12 {
            let segment = store.log.segments[store.log.tailSegment]
            let (size, before) = (segment.fileSize, syncs.fdatasyncs)
            _ = try store.log.append(
                Controls.request(command: "grow-\(number)", events: [Controls.event(payload: Self.text(2_000))]))
            #expect(store.log.lastWriteWasDirect)
            // Then each growth was synced once, before the write, and no other append synced
            let grew = segment.fileSize > size
            if grew { growths += 1 }
            #expect(syncs.fdatasyncs - before == (grew ? 1 : 0))
        }
        #expect(growths >= 2)
        #expect(store.log.verify().isSound)
    }
}
