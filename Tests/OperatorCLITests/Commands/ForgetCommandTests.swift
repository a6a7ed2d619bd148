import EventStore
import Foundation
import Testing

@testable import OperatorCLI

/// `eig forget` and `eig retention apply` at the command line.
struct ForgetCommandTests {
    static func filesHolding(_ text: String, in store: AuditStore) throws -> [String] {
        let needle = Data(text.utf8)
        return try store.files().filter { Data($0.value).range(of: needle) != nil }.keys.sorted()
    }

    @Test func aForgottenCandidateIsFoundNowhereAndEveryOutputShowsTheErasure() throws {
        let store = try AuditStore()
        store.edition5()
        #expect(try Self.filesHolding("lea.martin@example.org", in: store).count == 1)
        let forgotten = store.run(["forget", "C5-0001", "--reason", "request 2024-117"])
        #expect(forgotten.code == .success, "\(forgotten.stderr)")
        #expect(forgotten.stdout.hasSuffix(": erased (position 6)\n"))
        for secret in ["Léa Martin", "Léa", "lea.martin@example.org"] {
            #expect(try Self.filesHolding(secret, in: store) == [], "\(secret)")
        }
        let shown = store.succeed(["candidate", "show", "C5-0001"])
        #expect(shown.contains("name:         (erased)"))
        let json = try store.json(["candidate", "show", "C5-0001"])
        #expect(json[member: "erased"] == .bool(true))
        #expect(json[member: "name"] == .null)
        let history = try store.json(["history", "C5-0001"])
        let events = history[member: "events"]?.items ?? []
        #expect(events.last?[member: "type"]?.text == "PersonErased")
        #expect(
            events.first?[member: "summary"]?.text?.hasSuffix("(erased) applied as dev, 5 years of experience") == true)
        #expect(store.run(["verify"]).code == .success)
        #expect(store.run(["log", "show"]).code == .success)
        let list = store.run(["candidate", "list", "--edition", "5"])
        #expect(list.code == .success, "\(list.stderr)")
        #expect(list.stdout.contains("C5-0001"))
        #expect(store.run(["dossier", "list"]).code == .success)
        #expect(store.run(["stats"]).code == .success)
        for secret in ["Léa", "lea.martin@example.org"] {
            #expect(try Self.filesHolding(secret, in: store) == [], "\(secret), after the read models were built")
        }
        let again = store.succeed(["forget", "C5-0001", "--reason", "request 2024-117"])
        #expect(again.hasSuffix(": erased (already erased: nothing recorded)\n"))
    }

    @Test func badRequestsExitWithTheirCodesAndChangeNothing() throws {
        let store = try AuditStore()
        store.edition5()
        let before = try store.files()
        #expect(store.run(["forget", "C5-0001", "--reason", "asked by Léa Martin"]).code == .dataError)
        #expect(store.run(["forget", "C5-0009", "--reason", "request"]).code == .notFound)
        #expect(store.run(["forget", "person-0000", "--reason", "request"]).code == .notFound)
        #expect(store.run(["forget", "C5-0001"]).code == .usage)
        #expect(store.run(["forget", "@@", "--reason", "x"]).code == .dataError)
        #expect(try store.files().filter { $0.key != "lock" } == before.filter { $0.key != "lock" })
    }

    @Test func retentionListsThenErasesCandidatesNotRecruited() throws {
        let store = try AuditStore()
        store.edition5()
        let early = store.run(["retention", "apply", "--dry-run"], now: "2023-08-31T12:00:00Z")
        #expect(early.stdout == "CANDIDATURE  PERSON  STATUS  PERIOD ENDED\n")
        let later = "2023-09-02T12:00:00Z"
        let dry = store.run(["retention", "apply", "--dry-run", "--csv"], now: later)
        #expect(dry.stdout.hasPrefix("candidature,person,status,periodEnded\r\nC5-0001,person-"))
        #expect(dry.stdout.hasSuffix(",applied,2023-09-01\r\n"))
        #expect(try Self.filesHolding("lea.martin@example.org", in: store).count == 1)
        #expect(
            store.succeed(["retention", "apply"], now: later) == "erased 1 candidates' personal data (positions 6-6)\n")
        #expect(try Self.filesHolding("lea.martin@example.org", in: store) == [])
        #expect(store.succeed(["retention", "apply"], now: later) == "erased 0 candidates' personal data\n")
    }

    /// A vault record left by a command that recorded nothing, written two days ago.
    static func writeOrphan(in store: AuditStore) throws -> String {
        let person = "person-0123456789abcdef0123"
        let path = store.path + "/vault/people/\(person).json"
        let record = #"{"name":"Inès Roy","person":"\#(person)","roles":["candidate"]}"# + "\n"
        try Data(record.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -48 * 3_600), .posixPermissions: 0o600], ofItemAtPath: path)
        return person
    }

    @Test func retentionListsThenErasesVaultRecordsNamedByNoEvent() throws {
        let store = try AuditStore()
        store.edition5()
        let person = try Self.writeOrphan(in: store)
        let dry = store.succeed(["retention", "apply", "--dry-run"])
        #expect(dry.hasPrefix("CANDIDATURE  PERSON  STATUS  PERIOD ENDED\n\nORPHAN VAULT RECORDS"))
        #expect(dry.contains("\n\(person)  "))
        let json = try store.json(["retention", "apply", "--dry-run"])
        #expect(json[member: "orphans"]?.items.first?[member: "person"]?.text == person)
        #expect(try Self.filesHolding("Inès Roy", in: store).count == 1)
        #expect(
            store.succeed(["retention", "apply"])
                == "erased 0 candidates' personal data and 1 orphan vault records (named by no event) (positions 6-6)\n"
        )
        #expect(try Self.filesHolding("Inès Roy", in: store) == [])
        #expect(store.succeed(["retention", "apply"]) == "erased 0 candidates' personal data\n")
    }
}
