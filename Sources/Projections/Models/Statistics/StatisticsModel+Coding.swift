package import Programme

extension StatisticsModel: PersistableModel {
    /// The edition's own fields and its figures first, then its facts, prefixed by their
    /// length so that a query can leave them undecoded.
    package static func encode(_ partition: Partition, to writer: inout BinaryWriter) {
        writer.write(partition.opening != nil)
        if let opening = partition.opening {
            writer.write(opening.year)
            writer.write(opening.promotion as DateSpan?)
            writer.write(opening.entrepreneursPerChallenge.lowerBound)
            writer.write(opening.entrepreneursPerChallenge.upperBound)
        }
        writer.write(partition.promotionStart)
        writer.write(partition.summary)
        writer.writePrefixChecksum()
        if let pending = partition.pendingFacts {
            writer.write(varint: UInt64(pending.count))
            writer.write(bytes: pending)
        } else {
            var facts = BinaryWriter()
            encode(partition.facts, to: &facts)
            writer.write(varint: UInt64(facts.bytes.count))
            writer.write(bytes: facts.bytes)
        }
    }

    package static func decode(_ edition: EditionKey, from reader: inout BinaryReader) throws(BinaryReader.Failure)
        -> Partition
    {
        var partition = Partition(edition: edition)
        try readQueryFields(of: &partition, from: &reader)
        _ = try reader.readFixed(UInt32.self)  // the query part's checksum; the file's covers it too
        partition.pendingFacts = try reader.readBytes(try reader.readCount())
        return partition
    }

    /// The edition's own fields and its summary: the query part.
    private static func readQueryFields(of partition: inout Partition, from reader: inout BinaryReader)
        throws(BinaryReader.Failure)
    {
        if try reader.readBool() {
            let year = try reader.readInt()
            guard let promotion = try reader.readOptionalSpan() else { throw reader.failure("no promotion dates") }
            let low = try reader.readInt()
            let high = try reader.readInt()
            guard low <= high else { throw reader.failure("\(low) is above \(high)") }
            partition.opening = EditionOpening(year: year, promotion: promotion, entrepreneursPerChallenge: low...high)
        }
        partition.promotionStart = try reader.readOptionalDate()
        partition.summary = try reader.readSummary()
    }

    /// `eig stats` reads the opening, the promotion's start and the summary: they come first,
    /// sealed by their own checksum, so it reads a few kilobytes per edition, not the facts.
    package static var hasQueryPart: Bool { true }

    /// The partition without its facts (``Partition/pendingFacts`` nil, ``Partition/facts``
    /// empty): for showing only.
    package static func decodeQueryPart(_ edition: EditionKey, from reader: inout BinaryReader)
        throws(BinaryReader.Failure) -> Partition
    {
        var partition = Partition(edition: edition)
        try readQueryFields(of: &partition, from: &reader)
        try reader.checkPrefixChecksum()
        return partition
    }

    static func encode(_ facts: Facts, to writer: inout BinaryWriter) {
        writer.write(varint: UInt64(facts.dossiers.count))
        for dossier in facts.dossiers {
            writer.write(dossier != nil)
            guard let dossier else { continue }
            writer.write(case: dossier.status)
            writer.write(dossier.reached.rawValue)
            writer.write(dossier.host)
            writer.write(dossier.submittedOn)
            writer.write(dossier.decidedOn)
            writer.write(dossier.challenge)
            writer.write(dossier.evaluations) { $0.write($1) }
        }
        writer.write(varint: UInt64(facts.candidatures.count))
        for candidature in facts.candidatures {
            writer.write(candidature.reached.rawValue)
            writer.write(candidature.seatProfile)
        }
        writer.write(facts.withdrawnChallenges) { $0.write($1) }
    }

    static func decodeFacts(edition: EditionKey, from reader: inout BinaryReader) throws(BinaryReader.Failure) -> Facts
    {
        var facts = Facts()
        let dossiers = try reader.readCount()
        guard dossiers <= DossierID.maximumNumber else { throw reader.failure("\(dossiers) dossiers") }
        facts.dossiers.reserveCapacity(dossiers)
        for _ in 0..<dossiers {
            guard try reader.readBool() else {
                facts.dossiers.append(nil)
                continue
            }
            var dossier = DossierFacts(status: try reader.readCase(DossierStatus.self), host: "")
            dossier.reached = DossierStages(rawValue: try reader.readByte())
            dossier.host = try reader.readString()
            dossier.submittedOn = try reader.readOptionalDate()
            dossier.decidedOn = try reader.readOptionalDate()
            dossier.challenge = try reader.readOptionalChallenge()
            dossier.evaluations = try reader.readArray(minimumSize: 9) { (reader) throws(BinaryReader.Failure) in
                try reader.readJurorScores()
            }
            facts.dossiers.append(dossier)
        }
        let candidatures = try reader.readCount(minimumSize: 2)
        guard candidatures <= CandidatureID.maximumNumber else { throw reader.failure("\(candidatures) candidatures") }
        facts.candidatures.reserveCapacity(candidatures)
        for _ in 0..<candidatures {
            let reached = CandidateStages(rawValue: try reader.readByte())
            let profile = try reader.readByte()
            guard Int(profile) <= Profile.allCases.count else { throw reader.failure("\(profile) is not a profile") }
            facts.candidatures.append(CandidatureFacts(reached: reached, seatProfile: profile))
        }
        facts.withdrawnChallenges = try reader.readArray(minimumSize: 2) { (reader) throws(BinaryReader.Failure) in
            try reader.readChallenge()
        }
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after the facts") }
        return facts
    }
}

extension BinaryWriter {
    mutating func write(_ summary: EditionSummary) {
        let projects = summary.projects
        for count in [
            projects.filed, projects.preselected, projects.auditioned, projects.accepted, projects.refused,
            projects.closed, projects.withdrawn,
        ] {
            write(count)
        }
        let candidates = summary.candidates
        for count in [
            candidates.applied, candidates.preselected, candidates.interviewed, candidates.selected, candidates.joined,
            candidates.left,
        ] {
            write(count)
        }
        write(summary.challenges)
        write(summary.entrepreneurs)
        write(summary.profiles) { $0.write($1) }
        write(summary.unspecifiedProfiles)
        write(summary.hosts.sorted { $0.key < $1.key }) { writer, host in
            writer.write(host.key)
            writer.write(host.value)
        }
        write(summary.decisionDays.sorted { $0.key < $1.key }) { writer, days in
            writer.write(days.key)
            writer.write(days.value)
        }
        for means in [summary.jury.accepted, summary.jury.refused] {
            write(means.dossiers)
            write(means.sums) { $0.write($1) }
            write(means.counts) { $0.write($1) }
        }
    }
}

extension BinaryReader {
    mutating func readSummary() throws(Failure) -> EditionSummary {
        var summary = EditionSummary()
        summary.projects = ProjectFunnel(
            filed: try readInt(), preselected: try readInt(), auditioned: try readInt(), accepted: try readInt(),
            refused: try readInt(), closed: try readInt(), withdrawn: try readInt())
        summary.candidates = CandidateFunnel(
            applied: try readInt(), preselected: try readInt(), interviewed: try readInt(), selected: try readInt(),
            joined: try readInt(), left: try readInt())
        summary.challenges = try readInt()
        summary.entrepreneurs = try readInt()
        summary.profiles = try readArray { (reader) throws(Failure) in try reader.readInt() }
        guard summary.profiles.count == Profile.allCases.count else { throw failure("not one count per profile") }
        summary.unspecifiedProfiles = try readInt()
        for _ in 0..<(try readCount(minimumSize: 2)) { summary.hosts[try readString()] = try readInt() }
        for _ in 0..<(try readCount(minimumSize: 2)) { summary.decisionDays[try readInt()] = try readInt() }
        for index in 0..<2 {
            var means = CriterionMeans()
            means.dossiers = try readInt()
            means.sums = try readArray { (reader) throws(Failure) in try reader.readInt() }
            means.counts = try readArray { (reader) throws(Failure) in try reader.readInt() }
            guard means.sums.count == Criterion.allCases.count, means.counts.count == means.sums.count else {
                throw failure("not one sum per criterion")
            }
            if index == 0 { summary.jury.accepted = means } else { summary.jury.refused = means }
        }
        return summary
    }
}
