import EventStore
import Glibc

/// `append-loop`: the victim of the kill -9 test. It appends until killed and acknowledges
/// each append only after `append` returned, i.e. after the events were made durable.
enum AppendLoop {
    static func run(_ flags: inout Flags) throws {
        let streams = try flags.integer("streams", default: 8, in: 1...1_000_000)
        let seed = UInt64(try flags.integer("seed", default: Int(getpid())))
        let maximum = UInt64(try flags.integer("max-events", default: Int.max))
        let log = try TortureStore.open(&flags)
        try flags.checkAllRead()
        var random = SeededRandom(seed: seed)
        // A run tag of the seed and the pid keeps command ids fresh across restarts.
        let tag = "\(seed)-\(getpid())"
        let parent = getppid()
        var number = 0
        while log.head.position < maximum {
            // Orphaned (the test process died): stop instead of filling the disk.
            guard getppid() == parent else { return }
            number += 1
            let stream = "loop-\(Int.random(in: 0..<streams, using: &random))"
            let expected: ExpectedVersion = Bool.random(using: &random) ? .any : .exact(log.streamVersion(stream))
            let commandID = "append-\(tag)-\(number)"
            let request = TortureStore.request(
                stream: stream, expected: expected, commandID: commandID,
                count: Int.random(in: 1...3, using: &random), payloadBytes: Int.random(in: 0...400, using: &random))
            let result = try log.append(request)
            StandardStreams.line("ACK \(commandID) \(result.positions.lowerBound) \(result.positions.upperBound)")
        }
    }
}
