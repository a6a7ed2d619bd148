import Testing

@testable import EventStore

struct RolloverTests {
    static let small = EventLogOptions.testing.with {
        $0.segmentSize = 4096
        $0.preallocationChunk = 1024
    }

    @Test func segmentsRollOverAndRecordsNeverSpanThem() throws {
        let store = try TemporaryStore(options: Self.small)
        for number in 1...100 { _ = try store.log.append(Controls.request("s-\(number % 5)")) }
        let paths = try store.segmentPaths
        #expect(paths.count > 3)
        #expect(store.log.head.segments == paths.count)
        var next: UInt64 = 1
        for path in paths {
            let bytes = try FileSurgery.bytes(path)
            #expect(bytes.count <= 4096)
            let first = bytes.withUnsafeBytes { try? SegmentHeader.decode($0).get() }?.firstPosition
            #expect(first == next)
            let offsets = try FileSurgery.recordOffsets(path)
            #expect(try FileSurgery.endOfRecords(path) <= 4096)
            next += UInt64(offsets.count)
        }
        #expect(next == 101)
        #expect(store.log.verify().isSound)
        let reader = try store.open(.read)
        var count = 0
        try reader.forEachRecord { _ in count += 1 }
        #expect(count == 100)
        #expect(reader.streamVersion("s-0") == 20)
    }

    /// A commit never spans segments: a batch larger than a segment makes one larger segment.
    @Test func aBatchLargerThanASegmentIsOneCommitInOneSegment() throws {
        let store = try TemporaryStore(options: Self.small)
        _ = try store.log.append(Controls.request("small", command: "small"))
        let batch = (1...60).map { Controls.request("s-\($0)", expected: .noStream) }
        let results = try store.log.append(batch: batch)
        #expect(results.last?.positions == 61...61)
        let paths = try store.segmentPaths
        #expect(paths.count == 2)
        #expect(try FileSurgery.recordOffsets(paths[1]).count == 60)
        #expect(try FileSurgery.endOfRecords(paths[1]) > store.options.segmentSize)
        let report = store.log.verify()
        #expect(report.isSound)
        #expect(report.events == 61)
    }

    @Test func aRecordLargerThanASegmentGetsASegmentOfItsOwn() throws {
        let store = try TemporaryStore(options: Self.small)
        _ = try store.log.append(Controls.request("small"))
        var big = Controls.request("big")
        big.events[0].payload = [UInt8](repeating: UInt8(ascii: "x"), count: 10_000)
        _ = try store.log.append(big)
        _ = try store.log.append(Controls.request("small"))
        let paths = try store.segmentPaths
        #expect(paths.count == 3)
        #expect(try FileSurgery.recordOffsets(paths[1]).count == 1)
        #expect(try store.open(.read).event(at: 2).payload.count == 10_000)
        #expect(store.log.verify().isSound)
    }

    @Test func theHeaderOfEachSegmentCarriesThePreviousChainHash() throws {
        let store = try TemporaryStore(options: Self.small)
        for _ in 1...40 { _ = try store.log.append(Controls.request()) }
        for path in try store.segmentPaths.dropFirst() {
            let header = try FileSurgery.bytes(path).withUnsafeBytes { try SegmentHeader.decode($0).get() }
            let previous = try store.log.event(at: header.firstPosition - 1)
            #expect(header.previousChainHash == previous.chainHash)
        }
    }

    @Test func preallocatedSpaceIsZerosAndNotCountedAsData() throws {
        let options = EventLogOptions.testing.with {
            $0.segmentSize = 1 << 20
            $0.preallocationChunk = 64 << 10
        }
        let store = try TemporaryStore(options: options)
        _ = try store.log.append(Controls.request())
        let bytes = try FileSurgery.bytes(try store.segmentPaths[0])
        #expect(bytes.count == 64 + (64 << 10))
        let end = try FileSurgery.endOfRecords(try store.segmentPaths[0])
        #expect(bytes[end...].allSatisfy { $0 == 0 })
        #expect(store.log.head.bytes == UInt64(end))
    }
}
