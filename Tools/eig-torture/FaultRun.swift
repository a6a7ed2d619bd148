import EventStore
import Glibc

/// `fault`: appends through the engine's injectable system-call layer with one failure armed,
/// and lets the engine do what it must. The interesting outcome is the fsync case, which the
/// engine answers by ending the process (exit 74): a test process cannot survive that, so it
/// needs a child.
enum FaultRun {
    enum Failure: String, CaseIterable {
        case fsync
        case writeEIO = "write-eio"
        case writeENOSPC = "write-enospc"
        case shortWrite = "short-write"

        /// The planned fault on segment files (not on the index or the lock).
        var fault: FaultInjector.Fault {
            switch self {
            case .fsync: .init(.fdatasync, onCall: 1, errno: EIO, isPersistent: true, pathContains: "segment-")
            case .writeEIO: .init(.pwrite, onCall: 1, errno: EIO, pathContains: "segment-")
            case .writeENOSPC: .init(.pwrite, onCall: 1, errno: ENOSPC, pathContains: "segment-")
            case .shortWrite: .init(.pwrite, onCall: 1, shortWriteBytes: 37, pathContains: "segment-")
            }
        }
    }

    /// Events in the command that meets the fault: several, so that "all or none" means something.
    static let faultedEvents = 3

    static func run(_ flags: inout Flags) throws {
        let name = try flags.required("fail")
        guard let failure = Failure(rawValue: name) else {
            let known = Failure.allCases.map(\.rawValue).joined(separator: "|")
            throw UsageError(message: "--fail must be one of \(known), not '\(name)'")
        }
        let after = try flags.integer("after", default: 0)
        let faults = FaultInjector()
        let log = try TortureStore.open(&flags, systemCalls: SystemCalls.live.injecting(faults))
        try flags.checkAllRead()
        let tag = "\(getpid())"
        for number in 0..<after {
            let commandID = "fault-\(tag)-before-\(number + 1)"
            let result = try log.append(
                TortureStore.request(
                    stream: "fault-\(number % 3)", expected: .any, commandID: commandID, count: 1, payloadBytes: 64))
            StandardStreams.line("ACK \(commandID) \(result.positions.lowerBound) \(result.positions.upperBound)")
        }
        let commandID = "fault-\(tag)-faulted"
        StandardStreams.line("TRY \(commandID) \(faultedEvents)")
        faults.add(failure.fault)
        do {
            let result = try log.append(
                TortureStore.request(
                    stream: "fault-faulted", expected: .any, commandID: commandID, count: faultedEvents,
                    payloadBytes: 200))
            StandardStreams.line("ACK \(commandID) \(result.positions.lowerBound) \(result.positions.upperBound)")
        } catch {
            StandardStreams.line("FAILED \(error.code.rawValue) \(error.errno ?? 0)")
            throw error
        }
    }
}
