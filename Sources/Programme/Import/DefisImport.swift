/// The import of the published history of défis: a CSV file in, the commands that record
/// it out, pure and deterministic (the same file gives the same commands, with the same
/// command ids, so importing it again writes nothing).
///
/// For each edition, in the order the file first names it: open it (with the settings of
/// `HistoricalEditions`), announce and start its promotion; for each row, in file order, an
/// accepted dossier `P<edition>-<n>` (its défi `D<edition>-<n>`) with anonymous mentors,
/// then its `eig_count` anonymous entrepreneurs joining it; then end the promotion. Every
/// command is dated in the promotion's year (its start), the end on its last day; commands
/// dated after `now` are left out, to be added by a later import.
///
/// Operations runs the commands in order through `ProgrammeCommand.decide`, as any other. An
/// edition that already exists refuses `open` with `edition.already-open`: Operations may
/// then skip that command and go on (the other commands of that edition will be checked).
public enum DefisImport {
    /// Parses the file and plans its commands.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file's name, recorded in the events (`eig-defis-2017-2020.csv`).
    ///   - now: the present; commands dated later are not planned.
    /// - Throws: `CSVError` with the line and column of the first problem; nothing is planned.
    public static func plan(csv bytes: [UInt8], source: String, now: BusinessInstant) throws(CSVError) -> ImportPlan {
        let table = try CSVParser().parse(bytes)
        return try plan(try DefiRecord.records(of: table), source: source, now: now)
    }

    /// Plans the commands that record `records`.
    public static func plan(_ records: [DefiRecord], source: String, now: BusinessInstant) throws(CSVError)
        -> ImportPlan
    {
        var order: [EditionKey] = []
        var byEdition: [EditionKey: [DefiRecord]] = [:]
        for record in records {
            if byEdition[record.edition] == nil { order.append(record.edition) }
            byEdition[record.edition, default: []].append(record)
        }
        var commands: [PlannedCommand] = []
        for key in order {
            commands += try editionCommands(key, records: byEdition[key]!, source: source)
        }
        return ImportPlan(
            editions: order, commands: commands.filter { $0.occurredAt <= now },
            challenges: records.count, entrepreneurs: records.map(\.entrepreneurs).reduce(0, +))
    }

    private static func editionCommands(_ key: EditionKey, records: [DefiRecord], source: String) throws(CSVError)
        -> [PlannedCommand]
    {
        let first = records[0]
        let used = Set(records.flatMap(\.profiles))
        let lengths = records.map(\.durationMonths)
        let settings = HistoricalEditions.settings(
            for: key, year: first.year, profiles: Profile.allCases.filter(used.contains),
            months: lengths.min()!...lengths.max()!)
        guard records.count <= 999 else {
            throw records[999].error("promotion", "edition \(key) has more than 999 défis")
        }
        for record in records {
            guard record.year == settings.year else {
                throw record.error(
                    "year", "\(record.year) does not match edition \(key), which started in \(settings.year)")
            }
            guard settings.months.contains(record.durationMonths) else {
                throw record.error(
                    "duration_months",
                    "\(record.durationMonths) is outside edition \(key)'s \(settings.months.lowerBound) to "
                        + "\(settings.months.upperBound) months")
            }
            guard settings.entrepreneursPerChallenge.contains(record.entrepreneurs) else {
                throw record.error("eig_count", "\(record.entrepreneurs) is outside edition \(key)'s 1 to 3 per défi")
            }
        }
        let starts = settings.promotion.opensAt
        let prefix = "import-defis/edition-\(key)"
        var commands = [
            PlannedCommand(commandID: "\(prefix)/open", occurredAt: starts, command: .edition(key, .open(settings))),
            PlannedCommand(
                commandID: "\(prefix)/announce", occurredAt: starts, command: .edition(key, .announcePromotion)),
            PlannedCommand(commandID: "\(prefix)/start", occurredAt: starts, command: .edition(key, .startPromotion)),
        ]
        for (index, record) in records.enumerated() {
            let dossier = DossierID(edition: key, number: index + 1)
            let challenge = dossier.challenge
            let origin = "\(source): \(record.key)"
            let details = DossierDetails(
                title: record.key, host: record.administration, entrepreneurs: record.entrepreneurs,
                profiles: record.profiles,
                mentors: (1...record.mentors).map { anonymous("anon-mentor-\(challenge)-\($0)") },
                town: record.town, summary: record.challenge, durationMonths: record.durationMonths)
            let people = (1...record.entrepreneurs).map { anonymous("anon-\(challenge)-\($0)") }
            commands.append(
                PlannedCommand(
                    commandID: "import-defis/\(dossier)", occurredAt: starts,
                    command: .dossier(dossier, .importAccepted(details, source: origin))))
            commands.append(
                PlannedCommand(
                    commandID: "import-defis/\(challenge)/entrepreneurs", occurredAt: starts,
                    command: .edition(key, .importEntrepreneurs(challenge, people: people, source: origin))))
        }
        let ends = BusinessInstant(paris: settings.promotion.last, hour: 18, minute: 0)!
        commands.append(
            PlannedCommand(commandID: "\(prefix)/end", occurredAt: ends, command: .edition(key, .endPromotion)))
        return commands
    }

    private static func anonymous(_ text: String) -> PersonID { try! PersonID(parsing: text) }
}

/// The commands an import appends, in order, and what they amount to.
public struct ImportPlan: Sendable, Hashable {
    /// The editions the file names, in the order it first names them.
    public let editions: [EditionKey]
    public let commands: [PlannedCommand]
    /// How many défis and entrepreneurs the file holds.
    public let challenges: Int
    public let entrepreneurs: Int
}

/// One command of a plan, with its fixed command id (the store's idempotency key) and the
/// business time it is dated at.
public struct PlannedCommand: Sendable, Hashable {
    public let commandID: String
    public let occurredAt: BusinessInstant
    public let command: ProgrammeCommand
}
