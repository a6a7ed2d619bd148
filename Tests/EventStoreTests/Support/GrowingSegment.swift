import Foundation
import Testing

@testable import EventStore

/// What the tests of appends that grow a segment by their own bytes
/// (``EventLog/selfAllocatingBytes``) share: a store whose segment is preallocated in chunks of
/// 256 KiB (more than the about 100 KB of their large batch, so that preallocating would grow
/// the file past the batch's end), batches of a given size, and a way to bring the records
/// close to the end of the file.
struct GrowingSegment {
    static let chunk = 256 << 10

    let faults: FaultInjector

    /// A new store (no record yet) with faults injected through `faults`.
    func makeStore(segmentSize: Int) throws -> TemporaryStore {
        try TemporaryStore(
            options: EventLogOptions.testing.with {
                $0.systemCalls = SystemCalls.live.injecting(faults)
                $0.segmentSize = segmentSize
                $0.preallocationChunk = Self.chunk
            })
    }

    /// A store holding one command, whose one segment is `segment`, its records ending less
    /// than 40 KiB before the file does (``fillNearTheEnd(_:_:)``).
    func makeStoreNearTheEnd(segmentSize: Int) throws -> (store: TemporaryStore, segment: String) {
        let store = try makeStore(segmentSize: segmentSize)
        _ = try store.log.append(Controls.request(command: "first"))
        let segment = try #require(try store.segmentPaths.first)
        try Self.fillNearTheEnd(store, segment)
        return (store, segment)
    }

    /// `count` one-event commands of `payloadBytes` each, on five streams.
    static func batch(_ count: Int, payloadBytes: Int, tag: String) -> [AppendRequest] {
        (0..<count).map { number in
            Controls.request(
                "dossier-\(number % 5)", command: "\(tag)-\(number)",
                events: [Controls.event(payload: String(repeating: "x", count: payloadBytes))])
        }
    }

    /// Small appends (below the threshold) until the records end less than 40 KiB before the
    /// file does: a large batch then runs past the end by less than a chunk.
    static func fillNearTheEnd(_ store: TemporaryStore, _ segment: String) throws {
        var number = 0
        while try fileSize(segment) - FileSurgery.endOfRecords(segment) >= 40 << 10 {
            _ = try store.log.append(batch: batch(20, payloadBytes: 400, tag: "small-\(number)"))
            number += 1
        }
    }

    static func fileSize(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? -1
    }
}
