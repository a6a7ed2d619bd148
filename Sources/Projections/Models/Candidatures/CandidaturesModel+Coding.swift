package import Programme

extension CandidaturesModel: PersistableModel {
    package static func encode(_ partition: Partition, to writer: inout BinaryWriter) {
        writer.write(varint: UInt64(partition.count))
        partition.rows.forEachInNumberOrder { row in
            writer.write(varint: UInt64(row.id.number))
            writer.write(row.person)
            writer.write(case: row.profile)
            writer.write(row.experienceYears)
            writer.write(case: row.status)
            writer.write(row.preferences) { $0.write($1) }
            writer.write(row.interviews) { writer, interview in
                writer.write(interview.challenge)
                writer.write(interview.juror)
                writer.write(interview.total)
            }
            writer.write(row.selectedChallenge)
            writer.write(row.selectedProfile != nil)
            if let profile = row.selectedProfile { writer.write(case: profile) }
        }
    }

    package static func decode(_ edition: EditionKey, from reader: inout BinaryReader) throws(BinaryReader.Failure)
        -> Partition
    {
        var partition = Partition(edition: edition)
        let count = try reader.readCount(minimumSize: 8)
        for _ in 0..<count {
            let number = try reader.readNumber(upTo: CandidatureID.maximumNumber)
            let id = CandidatureID(edition: edition, number: number)
            var row = CandidatureRow(
                id: id, person: try reader.readString(), profile: try reader.readCase(Profile.self),
                experienceYears: try reader.readInt())
            row.status = try reader.readCase(CandidatureStatus.self)
            row.preferences = try reader.readArray(minimumSize: 2) { (reader) throws(BinaryReader.Failure) in
                try reader.readChallenge()
            }
            row.interviews = try reader.readArray(minimumSize: 4) { (reader) throws(BinaryReader.Failure) in
                InterviewScore(
                    challenge: try reader.readChallenge(), juror: try reader.readString(), total: try reader.readInt())
            }
            row.selectedChallenge = try reader.readOptionalChallenge()
            row.selectedProfile = try reader.readBool() ? try reader.readCase(Profile.self) : nil
            guard partition.rows.insert(row, number: number) else {
                throw reader.failure("candidature \(id) appears twice")
            }
        }
        return partition
    }
}
