import Foundation
import Testing

/// `eig projections rebuild` and `catch-up` killed (SIGKILL) at random moments: the read
/// models in use stay the previous ones, whole, and the next run repairs what was left.
struct ReadModelCrashTests {
    /// Starts `eig ARGUMENTS`, kills it after `delay` microseconds (it may have finished), and
    /// waits for it.
    static func kill(_ arguments: [String], after delay: UInt32) throws {
        var pid: pid_t = 0
        let argv = ([EigProcess.binary] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let spawned = posix_spawn(&pid, EigProcess.binary, &actions, nil, argv + [nil], environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        usleep(delay)
        _ = Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    @Test func killedRebuildsAndCatchUpsLeaveTheReadModelsInUseWhole() throws {
        let store = try EigStore()
        try store.create()
        _ = try store.succeed(["demo"])
        _ = try store.succeed(["projections", "catch-up"])
        let stats = try store.succeed(["stats", "--json"])
        let dossiers = try store.succeed(["dossier", "list", "--csv"])
        var generator = SystemRandomNumberGenerator()
        for round in 0..<12 {
            let command = round % 3 == 2 ? ["projections", "catch-up"] : ["projections", "rebuild", "--from-zero"]
            try Self.kill(command + ["--store", store.path], after: UInt32.random(in: 0...40_000, using: &generator))
            // Whatever moment it died at, queries read whole read models with the same answers.
            #expect(try store.succeed(["stats", "--json"]) == stats, "round \(round)")
            #expect(try store.succeed(["dossier", "list", "--csv"]) == dossiers, "round \(round)")
        }
        // The next run finishes the job and leaves no file behind that no manifest names.
        _ = try store.succeed(["projections", "rebuild"])
        let status = try store.json(["projections", "status"])
        let models = try #require(status["models"] as? [[String: Any]])
        #expect(models.count == 4)
        #expect(models.allSatisfy { $0["state"] as? String == "current" })
        let left = try FileManager.default.contentsOfDirectory(atPath: store.path + "/projections")
        #expect(!left.contains { $0.hasSuffix(".tmp") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.path + "/projections/partitions").count == 4)
        #expect(try store.succeed(["stats", "--json"]) == stats)
    }
}
