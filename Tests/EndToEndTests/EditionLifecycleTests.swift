import Foundation
import Testing

/// A whole edition through the built binary, from `edition open` to the promotion's start.
struct EditionLifecycleTests {
    /// An edition whose calls are open today, with its promotion next year.
    static func openEdition(_ store: EigStore, key: String = "9") throws {
        try store.create()
        let today = Date()
        func day(_ offset: Int) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate]
            formatter.timeZone = TimeZone(identifier: "Europe/Paris")
            return formatter.string(from: today.addingTimeInterval(Double(offset) * 86_400))
        }
        let year = Int(day(400).prefix(4))!
        let calls = "\(day(-2))..\(day(30))"
        _ = try store.succeed([
            "edition", "open", key, "--year", String(year), "--projects", calls, "--candidates", calls,
            "--promotion", "\(year)-01-02..\(year)-10-31", "--eigs-per-challenge", "1..3",
        ])
    }

    @Test func aWholeEditionFromOpeningToThePromotionsStart() throws {
        let store = try EigStore()
        try Self.openEdition(store)
        let dossier = try store.succeed([
            "dossier", "draft", "--edition", "9", "--title", "Carte des friches", "--host", "Cerema", "--eigs", "1",
            "--profiles", "geomatique,dev", "--mentor", "Sylvie Lemaire", "--lead", "Aurélie Besson",
        ])
        #expect(dossier == "P9-001")
        for verb in ["submit", "review", "preselect"] {
            _ = try store.succeed(["dossier", verb, dossier])
        }
        let evaluated = try store.succeed([
            "dossier", "evaluate", dossier, "--juror", "Claire Dubois", "--need", "4", "--definition", "3",
            "--commitment", "4", "--transformation", "3", "--openness", "3", "--favourable",
        ])
        #expect(evaluated == "P9-001: auditioned")
        let accepted = try store.json(["dossier", "accept", dossier])
        #expect(accepted["status"] as? String == "accepted")
        #expect((accepted["position"] as? Int ?? 0) > 0)

        let created = try store.json([
            "candidate", "apply", "--edition", "9", "--profile", "dev", "--experience-years", "5", "--name",
            "Léa Martin", "--email", "lea.martin@example.org",
        ])
        #expect(created["id"] as? String == "C9-0001")
        #expect(Set(created.keys) == ["id", "position"])
        let candidate = "C9-0001"
        _ = try store.succeed(["candidate", "preselect", candidate])
        _ = try store.succeed(["candidate", "prefer", candidate, "D9-001"])
        _ = try store.succeed([
            "candidate", "interview", candidate, "--challenge", "D9-001", "--juror", "claire  DUBOIS", "--scores",
            "4,3,4,3,4",
        ])
        _ = try store.succeed(["candidate", "select", candidate, "--challenge", "D9-001", "--profile", "dev"])
        _ = try store.succeed(["candidate", "validate", candidate])
        #expect(try store.succeed(["promotion", "announce", "9"]) == "9: announced")
        #expect(try store.succeed(["promotion", "start", "9"]) == "9: started")
        #expect(try store.succeed(["candidate", "join", candidate]) == "C9-0001: joined")

        let shown = try store.json(["dossier", "show", dossier])
        #expect(shown["id"] as? String == "P9-001")
        #expect(shown["edition"] as? String == "9")
        #expect(shown["status"] as? String == "accepted")
        #expect(shown["challenge"] as? String == "D9-001")
        let evaluations = try #require(shown["evaluations"] as? [[String: Any]])
        let juror = try #require(evaluations.first?["juror"] as? String)
        let people = try #require(shown["people"] as? [String: Any])
        #expect(people[juror] as? String == "Claire Dubois")

        let candidature = try store.json(["candidate", "show", candidate])
        #expect(candidature["status"] as? String == "joined")
        #expect(candidature["name"] as? String == "Léa Martin")
        let interviews = try #require(candidature["interviews"] as? [[String: Any]])
        #expect(interviews.first?["juror"] as? String == juror)
        let human = try store.succeed(["candidate", "show", candidate])
        #expect(human.contains("status:"))
        #expect(human.contains("joined"))
    }

    @Test func aRefusedCommandExitsOneNamesTheRuleAndChangesNothing() throws {
        let store = try EigStore()
        try Self.openEdition(store)
        let dossier = try store.succeed([
            "dossier", "draft", "--edition", "9", "--title", "Archives", "--host", "SIAF", "--eigs", "2",
            "--profiles", "dev", "--mentor", "Gilles Brun",
        ])
        let before = try store.contents()
        let refused = try store.eig(["dossier", "accept", dossier])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(
            refused.stderr.hasPrefix(
                "eig: P9-001 cannot be accepted: it is draft, and only a dossier that is auditioned can be accepted"))
        #expect(refused.stderr.contains("[dossier.invalid-transition]"))
        let tooMany = try store.eig([
            "dossier", "draft", "--edition", "9", "--title", "Trop", "--host", "SIAF", "--eigs", "4", "--profiles",
            "dev", "--mentor", "Nouvelle Personne",
        ])
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("[dossier.entrepreneurs-out-of-range]"))
        let unknown = try store.eig(["dossier", "submit", "P9-007"])
        #expect(unknown.status == 66)
        let badID = try store.eig(["dossier", "submit", "P9-7"])
        #expect(badID.status == 64)
        let badOption = try store.eig(["dossier", "submit", dossier, "--frobnicate"])
        #expect(badOption.status == 64)
        let future = try store.eig(["dossier", "submit", dossier, "--at", "2999-01-01", "--reason", "x"])
        #expect(future.status == 64)
        #expect(try store.contents() == before)
    }

    @Test func theSameCommandIDTwiceWritesOnce() throws {
        let store = try EigStore()
        try Self.openEdition(store)
        let arguments = [
            "dossier", "draft", "--edition", "9", "--title", "Archives", "--host", "SIAF", "--eigs", "2",
            "--profiles", "dev", "--mentor", "Gilles Brun", "--command-id", "draft-archives-2031",
        ]
        let first = try store.eig(arguments)
        let before = try store.contents()
        let second = try store.eig(arguments)
        #expect(first.status == 0)
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr.contains("command draft-archives-2031 was already recorded"))
        #expect(try store.contents() == before)
    }

    @Test func twoProcessesRacingOnOneDossierBothEndInAValidState() throws {
        let store = try EigStore()
        try Self.openEdition(store)
        let dossier = try store.succeed([
            "dossier", "draft", "--edition", "9", "--title", "Archives", "--host", "SIAF", "--eigs", "2",
            "--profiles", "dev", "--mentor", "Gilles Brun",
        ])
        for verb in ["submit", "review", "preselect"] { _ = try store.succeed(["dossier", verb, dossier]) }
        let jurors = ["Claire Dubois", "Karim Benali", "Julie Moreau", "Pierre Caron"]
        let results = Results(count: jurors.count)
        DispatchQueue.concurrentPerform(iterations: jurors.count) { index in
            results.set(
                index,
                try? store.eig([
                    "dossier", "evaluate", dossier, "--juror", jurors[index], "--need", "3", "--definition", "3",
                    "--commitment", "3", "--transformation", "3", "--openness", "3",
                ]))
        }
        for result in results.all {
            #expect(result?.status == 0, "\(result?.stderr ?? "not run")")
        }
        let shown = try store.json(["dossier", "show", dossier])
        #expect(shown["status"] as? String == "auditioned")
        #expect((shown["evaluations"] as? [Any])?.count == jurors.count)
        #expect(shown["events"] as? Int == 4 + jurors.count)
    }
}

/// Results written by concurrent iterations, one slot each.
final class Results: @unchecked Sendable {
    // Each iteration writes only its own slot, under the lock.
    private let lock = NSLock()
    private var slots: [EigProcess.Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: EigProcess.Result?) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var all: [EigProcess.Result?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
