package import Programme

extension StatisticsModel: PersistableModel {
    package static func encode(_ partition: Partition, to writer: inout BinaryWriter) {
        writer.write(partition.opening != nil)
        if let opening = partition.opening {
            writer.write(opening.year)
            writer.write(opening.promotion as DateSpan?)
            writer.write(opening.entrepreneursPerChallenge.lowerBound)
            writer.write(opening.entrepreneursPerChallenge.upperBound)
        }
        writer.write(partition.promotionStart)
        writer.write(varint: UInt64(partition.dossiers.count))
        for facts in partition.dossiers {
            writer.write(facts != nil)
            guard let facts else { continue }
            writer.write(case: facts.status)
            writer.write(facts.reached.rawValue)
            writer.write(facts.host)
            writer.write(facts.submittedOn)
            writer.write(facts.decidedOn)
            writer.write(facts.challenge)
            writer.write(facts.evaluations) { $0.write($1) }
        }
        writer.write(varint: UInt64(partition.candidatures.count))
        for facts in partition.candidatures {
            writer.write(facts.reached.rawValue)
            writer.write(facts.seatProfile)
        }
        writer.write(partition.importedEntrepreneurs)
        writer.write(partition.withdrawnChallenges) { $0.write($1) }
    }

    package static func decode(_ edition: EditionKey, from reader: inout BinaryReader) throws(BinaryReader.Failure)
        -> Partition
    {
        var partition = Partition(edition: edition)
        if try reader.readBool() {
            let year = try reader.readInt()
            guard let promotion = try reader.readOptionalSpan() else { throw reader.failure("no promotion dates") }
            let low = try reader.readInt()
            let high = try reader.readInt()
            guard low <= high else { throw reader.failure("\(low) is above \(high)") }
            partition.opening = EditionOpening(year: year, promotion: promotion, entrepreneursPerChallenge: low...high)
        }
        partition.promotionStart = try reader.readOptionalDate()
        let dossiers = try reader.readCount()
        guard dossiers <= DossierID.maximumNumber else { throw reader.failure("\(dossiers) dossiers") }
        partition.dossiers.reserveCapacity(dossiers)
        for _ in 0..<dossiers {
            guard try reader.readBool() else {
                partition.dossiers.append(nil)
                continue
            }
            var facts = DossierFacts(status: try reader.readCase(DossierStatus.self), host: "")
            facts.reached = DossierStages(rawValue: try reader.readByte())
            facts.host = try reader.readString()
            facts.submittedOn = try reader.readOptionalDate()
            facts.decidedOn = try reader.readOptionalDate()
            facts.challenge = try reader.readOptionalChallenge()
            facts.evaluations = try reader.readArray(minimumSize: 9) { (reader) throws(BinaryReader.Failure) in
                try reader.readJurorScores()
            }
            partition.dossiers.append(facts)
        }
        let candidatures = try reader.readCount(minimumSize: 2)
        guard candidatures <= CandidatureID.maximumNumber else { throw reader.failure("\(candidatures) candidatures") }
        partition.candidatures.reserveCapacity(candidatures)
        for _ in 0..<candidatures {
            let reached = CandidateStages(rawValue: try reader.readByte())
            let profile = try reader.readByte()
            guard Int(profile) <= Profile.allCases.count else { throw reader.failure("\(profile) is not a profile") }
            partition.candidatures.append(CandidatureFacts(reached: reached, seatProfile: profile))
        }
        partition.importedEntrepreneurs = try reader.readInt()
        partition.withdrawnChallenges = try reader.readArray(minimumSize: 2) { (reader) throws(BinaryReader.Failure) in
            try reader.readChallenge()
        }
        return partition
    }
}
