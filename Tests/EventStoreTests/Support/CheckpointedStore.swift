@testable import EventStore

/// The small store the index tests share: ten events per checkpoint run and 8 KiB segments,
/// so that 95 commands make several runs (merged ones among them) and several segments.
enum CheckpointedStore {
    static let options = EventLogOptions.testing.with {
        $0.checkpointInterval = 10
        $0.segmentSize = 8192
        $0.preallocationChunk = 2048
    }

    /// 95 single-event commands (`cmd-1` … `cmd-95`) over 7 streams (`stream-0` … `stream-6`),
    /// then every background merge of runs done and swapped in, so that the run files are the
    /// writer's runs and nothing changes them while a test damages one.
    static func make() throws -> TemporaryStore {
        let store = try TemporaryStore(options: options)
        for number in 1...95 {
            _ = try store.log.append(Controls.request("stream-\(number % 7)", command: "cmd-\(number)"))
        }
        try store.log.waitForCompaction()
        return store
    }
}
