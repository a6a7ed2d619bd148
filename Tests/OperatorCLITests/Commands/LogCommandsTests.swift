import EventStore
import Testing

@testable import OperatorCLI

/// The stores are made with `eig init`, whose first event (position 1) records its creator as
/// admin; the events appended by the tests follow it.
struct LogCommandsTests {
    func storeWithEvents(_ count: Int) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        #expect(directory.eig(["init"]).code == .success)
        if count > 0 { try directory.appendEvents(count) }
        return directory
    }

    @Test func headOfANewStoreIsTheFoundersGrant() throws {
        let directory = try storeWithEvents(0)
        let outcome = directory.eig(["log", "head"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout.hasPrefix("position:     1\nchain hash:   "))
        #expect(!outcome.stdout.contains(String(repeating: "0", count: 64)))
    }

    @Test func headAsJSONNamesPositionHashSegmentsAndBytes() throws {
        let directory = try storeWithEvents(3)
        let outcome = directory.eig(["log", "head", "--json"])
        let head = try JSON(parsing: Array(outcome.stdout.utf8))
        guard case .object(let members) = head else { throw CLIError(.internalError, "not an object") }
        #expect(members.map(\.key) == ["position", "chainHash", "segments", "bytes", "recordedAt"])
        #expect(head["position"] == .integer(4))
        #expect(head["segments"] == .integer(1))
        guard case .string(let hash) = head["chainHash"] else { throw CLIError(.internalError, "no hash") }
        #expect(hash.count == 64 && hash != String(repeating: "0", count: 64))
    }

    @Test func showPrintsOneLinePerEvent() throws {
        let directory = try storeWithEvents(3)
        let outcome = directory.eig(["log", "show"])
        #expect(outcome.code == .success)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix("Z  $access@1  RoleGranted v1  alice"))
        #expect(lines[2].hasPrefix("3  20"))
        #expect(lines[2].hasSuffix("Z  dossier-P5-003@2  DossierDrafted v1  bob for Jury"))
    }

    @Test func showAsJSONLinesHasEveryEnvelopeFieldAndThePayload() throws {
        let directory = try storeWithEvents(2)
        let outcome = directory.eig(["log", "show", "--json"])
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let event = try JSON(parsing: Array(lines[2].utf8))
        guard case .object(let members) = event else { throw CLIError(.internalError, "not an object") }
        #expect(
            members.map(\.key) == [
                "position", "stream", "streamVersion", "eventID", "commandID", "type", "schemaVersion",
                "recordedAt", "occurredAt", "actor", "onBehalfOf", "correlationID", "causationID", "chainHash",
                "payload",
            ]
        )
        #expect(event["position"] == .integer(3))
        #expect(event["commandID"] == .string("dossier-P5-003-2"))
        #expect(event["occurredAt"] == .string("2021-04-07T21:59:00.000000Z"))
        #expect(event["onBehalfOf"] == .string("Jury"))
        #expect(event["correlationID"] == .null)
        #expect(event["payload"] == ["title": "Défi 2", "eigs": 2])
    }

    @Test func fromAndLimitSelectARange() throws {
        let directory = try storeWithEvents(5)
        let lines = directory.eig(["log", "show", "--from", "2", "--limit", "2"]).stdout.split(separator: "\n")
        #expect(lines.map { $0.prefix(1) } == ["2", "3"])
        #expect(directory.eig(["log", "show", "--from", "7"]).stdout.isEmpty)
        #expect(directory.eig(["log", "show", "--limit", "0"]).code == .usage)
    }

    @Test func streamShowsOneStreamsEvents() throws {
        let directory = try storeWithEvents(2)
        try directory.appendEvents(1, stream: "dossier-P5-004")
        let outcome = directory.eig(["log", "show", "--stream", "dossier-P5-004", "--json"])
        #expect(outcome.stdout.split(separator: "\n").count == 1)
        #expect(outcome.stdout.hasPrefix(#"{"position":4,"stream":"dossier-P5-004","streamVersion":1,"#))
        let missing = directory.eig(["log", "show", "--stream", "dossier-P9-999"])
        #expect(missing.code == .notFound)
        #expect(missing.stderr == "eig: the log has no stream 'dossier-P9-999'\n")
    }

    @Test func payloadsThatAreNotJSONAreShownInBase64() {
        #expect(EventRendering.payload([0x00, 0xFF]) == ["encoding": "base64", "bytes": "AP8="])
        #expect(EventRendering.payload(Array("[1]".utf8)) == [1])
    }

    @Test func withoutAStoreTheCommandsExit66() throws {
        let directory = try TemporaryDirectory()
        for command in [["log", "head"], ["log", "show"], ["verify"]] {
            let outcome = directory.eig(command)
            #expect(outcome.code == .notFound)
            #expect(
                outcome.stderr == "eig: no store at \(directory.path)/EventLog (the default; give --store DIR "
                    + "or set $EIG_STORE); create one with 'eig init'\n"
            )
        }
    }
}
