import Foundation
import Testing

/// A temporary directory holding a store for the built `eig`, removed at the end of the test,
/// and the runs of `eig` on it.
final class EigStore: Sendable {
    let root: String
    var path: String { root + "/store" }

    init() throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-e2e-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        root = String(cString: made)
    }

    /// Creates an empty store with `eig init`.
    func create() throws {
        _ = try succeed(["init"])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs `eig ARGUMENTS --store <store>`.
    @discardableResult
    func eig(_ arguments: [String]) throws -> EigProcess.Result {
        try EigProcess.run(arguments + ["--store", path])
    }

    /// Runs `eig` and expects it to succeed; returns its standard output without the last newline.
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try eig(arguments)
        #expect(
            result.status == 0, "eig \(arguments.joined(separator: " ")): \(result.stderr)",
            sourceLocation: sourceLocation)
        return String(result.stdout.dropLast(result.stdout.hasSuffix("\n") ? 1 : 0))
    }

    /// Every byte of the store outside its lock file: equal digests mean nothing was written.
    func contents() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        for relative in try manager.subpathsOfDirectory(atPath: path) where !relative.hasSuffix("lock") {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if manager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    /// The JSON document `eig … --json` printed.
    func json(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let text = try succeed(arguments + ["--json"], sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }
}
