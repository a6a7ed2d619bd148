import Foundation
import Glibc
import Testing

/// Roles and group-readable stores with real OS accounts: the store's owner (root, where the
/// tests run as root) and `nobody`, run through `runuser`. Elsewhere the same checks run in
/// process with another actor (OperatorCLITests' AccessCommandTests).
@Suite(.enabled(if: SecondAccount.isAvailable, "needs root, runuser and the account nobody"))
struct SecondAccountTests {
    static let runuser = SecondAccount.runuser

    /// Runs the built eig as `nobody`.
    static func asNobody(_ arguments: [String]) throws -> EigProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: runuser)
        process.arguments = ["-u", "nobody", "--", EigProcess.binary] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return EigProcess.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func anotherAccountReadsAGroupStoreOnlyOnceGrantedAndNeverWritesOrSeesNames() throws {
        let store = try EigStore()
        #expect(chmod(store.root, 0o755) == 0)
        let group = String(cString: getgrgid(getpwnam("nobody")!.pointee.pw_gid)!.pointee.gr_name)
        _ = try store.succeed(["init", "--group", group])
        _ = try store.succeed([
            "edition", "open", "7", "--year", "2023", "--projects", "2023-02-01..2023-04-07", "--candidates",
            "2023-03-01..2023-05-02", "--promotion", "2023-09-01..2024-06-30",
        ])
        _ = try store.succeed([
            "dossier", "draft", "--edition", "7", "--title", "Carte des friches", "--host", "Cerema", "--eigs", "2",
            "--profiles", "geomatique,dev", "--mentor", "Sylvie Lemaire", "--at", "2023-03-01", "--reason", "test",
        ])
        let at = ["--store", store.path]

        let before = try Self.asNobody(["verify"] + at)
        #expect(before.status == 1)
        #expect(
            before.stderr.hasPrefix("eig: nobody may not run 'eig verify': it needs the role admin, team or auditor"))

        _ = try store.succeed(["access", "grant", "nobody", "auditor"])
        #expect(try Self.asNobody(["verify"] + at).status == 0)
        let shown = try Self.asNobody(["dossier", "show", "P7-001"] + at)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Carte des friches"))
        #expect(!shown.stdout.contains("Sylvie"))
        #expect(try Self.asNobody(["history", "P7-001"] + at).status == 0)

        let contents = try store.contents()
        for refused in [["seal"], ["dossier", "submit", "P7-001"], ["access", "grant", "nobody", "admin"]] {
            let result = try Self.asNobody(refused + at)
            #expect(result.status == 1, "\(refused): \(result.stderr)")
            #expect(result.stderr.contains("it needs the role admin"))
        }
        #expect(try store.contents() == contents)
    }
}

/// Whether the tests can act as a second account.
enum SecondAccount {
    static let runuser = "/usr/sbin/runuser"

    static var isAvailable: Bool {
        geteuid() == 0 && access(runuser, X_OK) == 0 && getpwnam("nobody") != nil
    }
}
