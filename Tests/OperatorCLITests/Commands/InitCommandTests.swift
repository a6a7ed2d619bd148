import Foundation
import Testing

@testable import OperatorCLI

struct InitCommandTests {
    @Test func initCreatesAPrivateStoreInEventLog() throws {
        let directory = try TemporaryDirectory()
        let outcome = directory.eig(["init"])
        #expect(outcome.code == .success)
        #expect(outcome.stdout == "Created an empty store at \(directory.path)/EventLog; alice is its admin.\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path + "/EventLog")
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        #expect(directory.eig(["verify"]).code == .success)
    }

    @Test func initOnAnExistingStoreExits73AndChangesNothing() throws {
        let directory = try TemporaryDirectory()
        #expect(directory.eig(["init"]).code == .success)
        try directory.appendEvents(2)
        let again = directory.eig(["init"])
        #expect(again.code == .cannotCreate)
        #expect(again.stderr == "eig: a store already exists in \(directory.path)/EventLog\n")
        #expect(again.stdout.isEmpty)
        #expect(directory.eig(["log", "head", "--json"]).stdout.contains("\"position\": 3,"))
    }

    @Test func aDirectoryHoldingOnlyFormatMDIsNotAStoreYet() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            atPath: directory.path + "/EventLog", withIntermediateDirectories: false)
        try Data("# format\n".utf8).write(to: URL(fileURLWithPath: directory.path + "/EventLog/FORMAT.md"))
        #expect(directory.eig(["log", "head"]).code == .notFound)
        #expect(directory.eig(["init"]).code == .success)
        #expect(FileManager.default.fileExists(atPath: directory.path + "/EventLog/FORMAT.md"))
    }

    @Test func theStoreCanBeNamedByOptionOrEnvironment() throws {
        let directory = try TemporaryDirectory()
        #expect(
            directory.eig(["init", "--store", "a"]).stdout
                == "Created an empty store at \(directory.path)/a; alice is its admin.\n")
        let fromEnvironment = directory.eig(["init"], environment: ["EIG_STORE": directory.path + "/b"])
        #expect(fromEnvironment.code == .success)
        #expect(directory.eig(["log", "head", "--store", "b"]).code == .success)
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/EventLog"))
    }

    @Test func aStoreThatCannotBeCreatedExits73() throws {
        let directory = try TemporaryDirectory()
        let outcome = directory.eig(["init", "--store", "missing/parent/store"])
        #expect(outcome.code == .cannotCreate)
        #expect(outcome.stderr.hasPrefix("eig: cannot create a store at \(directory.path)/missing/parent/store: "))
    }
}
