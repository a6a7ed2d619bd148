import Foundation
import Testing

@testable import EventStore

/// Given four processes / when each appends 500 commands to 20 shared streams with exact
/// expected versions, re-reading and retrying when it loses a race / then no update is lost
/// or written twice and every stream's versions run 1…n without a gap.
struct ConcurrencyTests {
    @Test func fourProcessesOnTwentyStreamsLoseNothingAndDuplicateNothing() throws {
        let root = try TemporaryDirectory()
        let store = root.path + "/store"
        _ = try EventLog.create(at: store, options: .testing)
        let workers = 4
        let commands = 500
        let children = try (1...workers).map { worker in
            try TortureChild(
                [
                    "contend", "--store", store, "--worker", "\(worker)", "--streams", "20", "--commands",
                    "\(commands)",
                    "--checkpoint-interval", "256",
                ],
                errorPath: root.path + "/stderr-\(worker)")
        }
        var acknowledged: [String: (stream: String, version: UInt64)] = [:]
        for child in children {
            child.readToEnd()
            let status = child.wait()
            #expect(status == 0, "worker exited with \(status): \(child.standardError)")
            for ack in child.fields(of: "ACK") {
                #expect(acknowledged[ack[0]] == nil, "\(ack[0]) acknowledged twice")
                acknowledged[ack[0]] = (ack[1], try #require(UInt64(ack[2])))
            }
        }
        #expect(acknowledged.count == workers * commands)

        let log = try EventLog.open(at: store, mode: .read, options: .testing)
        let audit = try LogAudit(log)
        #expect(audit.problems.isEmpty, "\(audit.problems.prefix(5))")
        #expect(audit.events == UInt64(acknowledged.count))
        #expect(audit.commands.count == acknowledged.count)
        #expect(audit.streamVersions.count == 20)
        #expect(audit.streamVersions.values.reduce(0, +) == UInt64(acknowledged.count))
        for (commandID, ack) in acknowledged {
            let command = audit.commands[commandID]
            #expect(command?.stream == ack.stream && command?.lastVersion == ack.version, "\(commandID)")
        }
        for (stream, version) in audit.streamVersions {
            #expect(log.streamVersion(stream) == version)
            #expect(try log.events(inStream: stream).map(\.streamVersion) == Array(1...version))
        }
        let report = log.verify()
        #expect(report.isSound, "\(String(describing: report.problem))")
    }
}
