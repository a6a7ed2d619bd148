import Foundation
import Glibc
import Testing

@testable import EventStore

/// Given a writer process whose system calls fail on purpose / when it appends / then it
/// behaves as the engine must (a failed fsync ends the process with 74 and is never retried;
/// a failed write leaves the log as it was) and the reopened log holds all or none of the
/// command that met the fault, never part of it.
struct ChildFaultTests {
    private struct Outcome {
        var status: Int32
        var child: TortureChild
        var acknowledged: [String: ClosedRange<UInt64>]
        var faulted: String
        var store: String
    }

    private func run(_ failure: String, root: TemporaryDirectory) throws -> Outcome {
        let store = root.path + "/store"
        _ = try EventLog.create(at: store, options: .testing)
        let child = try TortureChild(
            ["fault", "--store", store, "--fail", failure, "--after", "5"], errorPath: root.path + "/stderr")
        child.readToEnd()
        let status = child.wait()
        var acknowledged: [String: ClosedRange<UInt64>] = [:]
        for ack in child.fields(of: "ACK") {
            let positions = try #require(TortureChild.positions(ack), "bad line ACK \(ack)")
            acknowledged[ack[0]] = positions
        }
        let faulted = try #require(child.fields(of: "TRY").first?.first, "no TRY line: \(child.lines)")
        return Outcome(status: status, child: child, acknowledged: acknowledged, faulted: faulted, store: store)
    }

    /// Reopens for writing and checks the acknowledged commands, the faulted one (all or
    /// none), the chain, and that appending goes on; returns the faulted command's events.
    private func checkReopened(_ outcome: Outcome) throws -> LogAudit.Command? {
        let log = try EventLog.open(at: outcome.store, mode: .write, options: .testing)
        let audit = try LogAudit(log)
        #expect(audit.problems.isEmpty, "\(audit.problems)")
        for (commandID, positions) in outcome.acknowledged {
            #expect(audit.commands[commandID]?.positions == positions, "\(commandID)")
        }
        let faulted = audit.commands[outcome.faulted]
        if let faulted { #expect(faulted.positions.count == 3, "part of the faulted command is in the log") }
        #expect(log.verify().isSound)
        let head = log.head.position
        let again = try log.append(
            Controls.request("fault-faulted", command: outcome.faulted, events: [Controls.event()]))
        #expect(again.isDuplicate == (faulted != nil))
        #expect(again.positions.lowerBound == (faulted?.positions.lowerBound ?? head + 1))
        return faulted
    }

    @Test func aFailedFsyncEndsTheWriterWith74AndTheReopenedLogIsConsistent() throws {
        let root = try TemporaryDirectory()
        let outcome = try run("fsync", root: root)
        #expect(outcome.status == 74)
        #expect(outcome.acknowledged.count == 5)
        #expect(outcome.child.fields(of: "FAILED").isEmpty, "the fatal handler must end the process, not the caller")
        #expect(outcome.child.standardError.contains("fatal: fdatasync"))
        _ = try checkReopened(outcome)
    }

    @Test(arguments: ["write-eio", "write-enospc"])
    func aFailedWriteInAWriterProcessLeavesTheLogAsItWas(failure: String) throws {
        let root = try TemporaryDirectory()
        let outcome = try run(failure, root: root)
        #expect(outcome.status == 74)
        let failed = outcome.child.fields(of: "FAILED").first
        #expect(failed == ["io", "\(failure == "write-eio" ? EIO : ENOSPC)"])
        #expect(try checkReopened(outcome) == nil)
    }

    @Test func aShortWriteIsCompletedAndAcknowledged() throws {
        let root = try TemporaryDirectory()
        let outcome = try run("short-write", root: root)
        #expect(outcome.status == 0)
        #expect(outcome.acknowledged[outcome.faulted]?.count == 3)
        #expect(try checkReopened(outcome)?.positions == outcome.acknowledged[outcome.faulted])
    }
}
