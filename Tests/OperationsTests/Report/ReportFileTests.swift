import EventStore
import Foundation
import Glibc
import Testing

@testable import Operations

/// Writing the report: atomically, only into an existing directory, and a failure leaves the
/// previous file and no temporary file behind.
struct ReportFileTests {
    /// A fresh directory for one test, removed after.
    final class Directory {
        let path: String

        init() throws {
            let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-report-XXXXXX").path
            var bytes = Array(template.utf8CString)
            guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
            path = String(cString: made)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] }

        func read(_ name: String) throws -> String { try String(contentsOfFile: path + "/" + name, encoding: .utf8) }
    }

    @Test func writesTheFileAndReplacesAnOldOne() throws {
        let directory = try Directory()
        let file = ReportFile(path: directory.path + "/report.html", calls: .live)
        try file.write(Array("first".utf8))
        #expect(try directory.read("report.html") == "first")
        try file.write(Array("second, longer".utf8))
        #expect(try directory.read("report.html") == "second, longer")
        #expect(directory.names == ["report.html"])
    }

    @Test func aShortWriteIsContinued() throws {
        let directory = try Directory()
        let faults = FaultInjector()
        faults.add(.init(.pwrite, onCall: 1, shortWriteBytes: 3))
        let file = ReportFile(path: directory.path + "/report.html", calls: .live.injecting(faults))
        try file.write(Array("a whole page".utf8))
        #expect(try directory.read("report.html") == "a whole page")
    }

    @Test(arguments: [FaultInjector.Operation.pwrite, .fsync, .rename])
    func aFailureLeavesTheOldFileAndNoTemporaryFile(_ operation: FaultInjector.Operation) throws {
        let directory = try Directory()
        let path = directory.path + "/report.html"
        try ReportFile(path: path, calls: .live).write(Array("old".utf8))
        let faults = FaultInjector()
        faults.add(.init(operation, onCall: 1, errno: operation == .pwrite ? ENOSPC : EIO))
        #expect {
            try ReportFile(path: path, calls: .live.injecting(faults)).write(Array("new".utf8))
        } throws: { error in
            (error as? OperationsError)?.code == .storage
        }
        #expect(try directory.read("report.html") == "old")
        #expect(directory.names == ["report.html"])
    }

    @Test func aMissingDirectoryIsRefusedAndNothingIsCreated() throws {
        let directory = try Directory()
        let file = ReportFile(path: directory.path + "/missing/report.html", calls: .live)
        #expect {
            try file.write(Array("page".utf8))
        } throws: { error in
            (error as? OperationsError)?.code == .cannotCreate
        }
        #expect(directory.names.isEmpty)
    }

    @Test func aDirectoryIsNotOverwritten() throws {
        let directory = try Directory()
        try FileManager.default.createDirectory(
            atPath: directory.path + "/report.html", withIntermediateDirectories: false)
        for path in [directory.path + "/report.html", directory.path + "/", directory.path + "/.."] {
            #expect {
                try ReportFile(path: path, calls: .live).write(Array("page".utf8))
            } throws: { error in
                (error as? OperationsError)?.code == .cannotCreate
            }
        }
        #expect(directory.names == ["report.html"])
    }

    @Test func theDestinationIsCheckedBeforeTheStoreIsRead() throws {
        let store = try TemporaryOffice()
        let office = try store.office(access: .read)
        #expect {
            try office.writeStatisticsReport(ReportRequest(), to: store.root + "/missing/report.html")
        } throws: { error in
            (error as? OperationsError)?.code == .cannotCreate
        }
        // Not even the read models were caught up: the store is as it was.
        #expect(!FileManager.default.fileExists(atPath: store.directory + "/projections"))
        let written = try office.writeStatisticsReport(ReportRequest(), to: store.root + "/report.html")
        #expect(try String(contentsOfFile: store.root + "/report.html", encoding: .utf8) == written.html)
    }
}
