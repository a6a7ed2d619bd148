import Testing

@testable import EventStore

/// A direct write that fails can still have changed the disk: `pwrite` reports EIO for the
/// whole write when any of its blocks failed, and returns -1, so inotify queues no `IN_MODIFY`
/// for it. When its undo fails too, another writer's ``StoreWatch`` has nothing to tell it.
struct DirectWriteFailureTests {
    @Test func aFailedDirectWriteThatCouldNotBeTakenBackIsSeenByAnotherWriter() throws {
        // Given two writers writing directly to one store, the other one having written last
        let device = FailingDirectDevice()
        let fatal = FatalRecorder()
        let store = try TemporaryStore(
            options: .testing.with {
                $0.systemCalls = device.calls(.live)
                $0.onFatalError = { fatal.record($0) }
            })
        try DirectWriteTests.appendUntilWritingDirectly(store.log)
        let other = try store.open(.write)
        try DirectWriteTests.appendUntilWritingDirectly(other)
        // When the first one's long commit reaches the disk in part (its first two blocks) with
        // the write reporting EIO, and the write that would take it back fails
        device.failNextDirectWrite(writingFirst: 8192)
        let long = Controls.event(payload: #"{"text":""# + String(repeating: "t", count: 12_000) + #""}"#)
        let error = #expect(throws: StoreError.self) {
            try store.log.append(Controls.request(command: "torn", events: [long]))
        }
        #expect(error?.code == .fatal)
        #expect(fatal.recorded.count == 1)
        // and the other one appends a short commit
        _ = try other.append(Controls.request(command: "after-torn"))
        // Then no byte of the torn commit is left after the other's record (it read its tail,
        // as the failed write changed it): the log verifies with zeros after its last record,
        // for either writer and after a reopen
        let report = other.verify()
        #expect(report.isSound && report.tornTail == nil)
        // The first one, stopped, refuses to append; reopened, it appends after the other
        #expect(throws: StoreError.self) { try store.log.append(Controls.request(command: "stopped")) }
        let reopened = try store.open(.write)
        _ = try reopened.append(Controls.request(command: "first-again"))
        let again = reopened.verify()
        #expect(again.isSound && again.tornTail == nil)
        #expect(
            try store.open(.read).events(inStream: "dossier-P5-0007").suffix(2).map(\.commandID) == [
                "after-torn", "first-again",
            ])
    }
}
