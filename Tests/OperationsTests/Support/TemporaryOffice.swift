import EventStore
import Foundation
import Programme

@testable import Operations

/// A fresh store in a fresh temporary directory for one test, removed when the value is
/// released; offices on it with a fixed actor and clock.
final class TemporaryOffice {
    let root: String
    let directory: String
    /// 2025-01-15 12:00 Paris: after every date of the published history and of the demo.
    static let now = BusinessInstant(paris: BusinessDate(year: 2025, month: 1, day: 15)!, hour: 12, minute: 0)!

    init(create: Bool = true) throws {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("eig-ops-test-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        root = String(cString: made)
        directory = root + "/store"
        if create { _ = try EventLog.create(at: directory, options: Self.options) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    static var options: EventLogOptions {
        var options = EventLogOptions()
        options.lockTimeout = .seconds(5)
        options.preallocationChunk = 0
        options.segmentSize = 1 << 20
        return options
    }

    /// An office on the store, as `actor`, at business time `now`.
    func office(
        actor: String = "alice", now: BusinessInstant = TemporaryOffice.now, access: AccessMode = .write
    ) throws -> ProgrammeOffice {
        try ProgrammeOffice.open(at: directory, access: access, actor: actor, clock: { now }, options: Self.options)
    }

    /// Every byte of every file of the store outside the vault (segments, index, manifest), to
    /// look for what must not be there.
    func logBytes() throws -> [UInt8] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: directory).sorted()
        var bytes: [UInt8] = []
        for path in paths where !path.hasPrefix("vault") {
            var isDirectory: ObjCBool = false
            let full = directory + "/" + path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            bytes += Array(try Data(contentsOf: URL(fileURLWithPath: full)))
        }
        return bytes
    }
}

/// Shared examples: edition 5 with its 2021 calendar, and times inside its calls.
enum Controls {
    static let edition = EditionKey(number: 5)
    static func date(_ text: String) -> BusinessDate { try! BusinessDate(parsing: text) }
    static func span(_ text: String) -> DateSpan { try! DateSpan(parsing: text) }
    static func paris(_ text: String, _ hour: Int = 12) -> BusinessInstant {
        BusinessInstant(paris: date(text), hour: hour, minute: 0)!
    }

    static let settings = EditionSettings(
        key: edition, year: 2021, projectCall: span("2021-02-01..2021-04-07"),
        candidateCall: span("2021-03-01..2021-05-02"), promotion: span("2021-09-01..2022-06-30"))

    static let inProjectCall = paris("2021-02-15")
    static let inCandidateCall = paris("2021-03-15")

    static func details(mentors: [PersonID], lead: PersonID? = nil) -> DossierDetails {
        DossierDetails(
            title: "Signaux faibles", host: "Direction générale des entreprises", entrepreneurs: 2,
            profiles: [.datascience, .dev], mentors: mentors, lead: lead, town: "Paris")
    }

    static let scores: [Criterion: Int] = [.need: 4, .definition: 3, .commitment: 4, .transformation: 3, .openness: 2]

    /// Recorded at `instant`, for the reason given.
    static func at(_ instant: BusinessInstant, id: String? = nil) -> Recording {
        Recording(commandID: id, backdating: Backdating(occurredAt: instant, reason: "test"))
    }
}
