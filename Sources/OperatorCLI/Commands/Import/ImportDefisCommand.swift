import EventStore
import Foundation
import Operations
import Programme

/// `eig import defis FILE.csv`: the published history of the programme's défis.
enum ImportDefisCommand {
    static let file = Argument(
        "FILE", help: "The CSV file, in the format of eig-defis-2017-2020.csv; - reads standard input.",
        parser: .path)
    /// Larger than any plausible history of the programme; a bigger file is refused, not cut.
    static let sizeLimit = 16 << 20

    static let command = Command(
        name: "defis",
        summary: "Import the published défis of past promotions from a CSV file.",
        discussion: "For each row: the edition if missing, an accepted dossier, its défi with the requested "
            + "profiles and its anonymous entrepreneurs, dated in the row's year (recorded late, with the "
            + "reason \"import of historical data\"). Everything is appended at once; importing the same "
            + "file again writes nothing. A malformed file is refused whole, with the line and column of "
            + "its first problem (exit 65). The file eig ships is in Sources/Operations/Resources/.",
        arguments: [file], groups: [.store, .json, .recording],
        examples: [
            Example(
                "eig import defis Sources/Operations/Resources/eig-defis-2017-2020.csv",
                "Import the 71 défis of promotions 1 to 4 and of the design promotion.")
        ],
        run: run)

    static let group = Command(
        group: "import", summary: "Import data published by the programme.", subcommands: [command])

    static func run(_ invocation: Invocation) throws {
        let path = try invocation.argument(file)
        let bytes: [UInt8]
        let source: String
        if path == "-" {
            bytes = try invocation.standardInput.readAll(limit: sizeLimit)
            source = "standard input"
        } else {
            bytes = try read(path)
            source = URL(fileURLWithPath: path).lastPathComponent
        }
        let office = try invocation.openOffice()
        let report = try invocation.perform { () throws(OperationsError) in
            try office.importDefis(csv: bytes, source: source, recording: invocation.recording)
        }
        switch invocation.context.format {
        case .json:
            let positions: JSON =
                report.positions.map {
                    JSON.object([("first", .integer(Int($0.lowerBound))), ("last", .integer(Int($0.upperBound)))])
                } ?? .null
            invocation.emitJSON(
                JSON.object([
                    ("editions", .strings(report.editions.map(\.rawValue))),
                    ("challenges", .integer(report.challenges)),
                    ("entrepreneurs", .integer(report.entrepreneurs)),
                    ("recorded", .integer(report.recordedCommands)),
                    ("skipped", .integer(report.skippedCommands)), ("positions", positions),
                ]))
        case .human, .csv:
            let editions = report.editions.map(\.rawValue).joined(separator: ", ")
            invocation.console.printLine(
                "\(source): \(report.challenges) défis and \(report.entrepreneurs) entrepreneurs of editions \(editions)"
            )
            if let positions = report.positions {
                invocation.console.printLine(
                    "recorded \(report.recordedCommands) commands at positions \(positions.lowerBound)-"
                        + "\(positions.upperBound); \(report.skippedCommands) were already recorded")
            } else {
                invocation.console.printLine(
                    "nothing new: all \(report.skippedCommands) commands were already recorded")
            }
        }
    }

    /// The file's bytes; a missing file is "not found", an unreadable one an I/O error.
    static func read(_ path: String) throws(CLIError) -> [UInt8] {
        let absolute = StoreLocation.absolute(path, from: FileManager.default.currentDirectoryPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            throw CLIError(.notFound, "\(path.quotedForMessage()) does not exist")
        }
        guard !isDirectory.boolValue else { throw CLIError(.dataError, "\(path.quotedForMessage()) is a directory") }
        guard let handle = FileHandle(forReadingAtPath: absolute) else {
            throw CLIError(.ioError, "cannot open \(path.quotedForMessage()) for reading")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            guard data.count <= sizeLimit else {
                throw CLIError(.dataError, "\(path.quotedForMessage()) is larger than \(sizeLimit) bytes")
            }
            return Array(data)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError(.ioError, "cannot read \(path.quotedForMessage()): \(error.localizedDescription)")
        }
    }
}
