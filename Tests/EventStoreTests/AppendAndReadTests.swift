import Testing

@testable import EventStore

struct AppendAndReadTests {
    @Test func appendedEventsAreReadBackWithTheirWholeEnvelope() throws {
        let store = try TemporaryStore()
        let log = store.log
        let eventID = EventID(uuidString: "1b4e28ba-2fa1-41d2-883f-0016d3cca427")!
        var event = Controls.event()
        event.eventID = eventID
        event.schemaVersion = 3
        let request = AppendRequest(
            stream: "dossier-P5-0007", expected: .noStream,
            metadata: CommandMetadata(
                commandID: "cmd-1", actor: "alice", onBehalfOf: "bob", correlationID: "corr", causationID: "cause"),
            events: [event, Controls.event("ReviewerAssigned", payload: "{}")])
        let result = try log.append(request)
        #expect(result == AppendResult(positions: 1...2, streamVersion: 2, isDuplicate: false))
        let events = try log.events(inStream: "dossier-P5-0007")
        #expect(events.count == 2)
        let first = events[0]
        #expect(first.position == 1)
        #expect(first.streamVersion == 1)
        #expect(first.eventID == eventID)
        #expect(first.commandID == "cmd-1")
        #expect(first.type == "DossierSubmitted")
        #expect(first.schemaVersion == 3)
        #expect(first.occurredAt == Controls.occurredAt)
        #expect(first.actor == "alice")
        #expect(first.onBehalfOf == "bob")
        #expect(first.correlationID == "corr")
        #expect(first.causationID == "cause")
        #expect(first.payload == Array(#"{"title":"Signaux faibles"}"#.utf8))
        #expect(events[1].streamVersion == 2)
        #expect(events[1].type == "ReviewerAssigned")
        #expect(log.head.position == 2)
        #expect(log.head.chainHash == events[1].chainHash)
    }

    @Test func aReopenedLogSeesWhatWasWritten() throws {
        let store = try TemporaryStore()
        let log = store.log
        let directory = store.directory
        for number in 1...5 {
            _ = try log.append(Controls.request("dossier-\(number % 2)"))
        }
        let reader = try EventLog.open(at: directory, mode: .read, options: .testing)
        #expect(reader.head.position == 5)
        #expect(reader.head.chainHash == log.head.chainHash)
        #expect(reader.streamVersion("dossier-0") == 2)
        #expect(reader.streamVersion("dossier-1") == 3)
        var cursor = reader.events(from: 2, through: 4)
        var positions: [UInt64] = []
        while let event = try cursor.next() { positions.append(event.position) }
        #expect(positions == [2, 3, 4])
    }
}
