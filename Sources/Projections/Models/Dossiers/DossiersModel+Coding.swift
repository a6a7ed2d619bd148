package import Programme

extension DossiersModel: PersistableModel {
    package static func encode(_ partition: Partition, to writer: inout BinaryWriter) {
        writer.write(varint: UInt64(partition.count))
        partition.rows.forEachInNumberOrder { row in
            writer.write(varint: UInt64(row.id.number))
            writer.write(case: row.status)
            writer.write(row.headline)
            writer.write(row.submittedOn)
            writer.write(row.decidedOn)
            writer.write(row.challenge)
            writer.write(row.evaluations) { $0.write($1) }
            writer.write(row.isImported)
        }
    }

    package static func decode(_ edition: EditionKey, from reader: inout BinaryReader) throws(BinaryReader.Failure)
        -> Partition
    {
        var partition = Partition(edition: edition)
        let count = try reader.readCount(minimumSize: 8)
        for _ in 0..<count {
            let number = try reader.readNumber(upTo: DossierID.maximumNumber)
            let status = try reader.readCase(DossierStatus.self)
            let headline = try reader.readHeadline()
            var row = DossierRow(id: DossierID(edition: edition, number: number), status: status, headline: headline)
            row.submittedOn = try reader.readOptionalDate()
            row.decidedOn = try reader.readOptionalDate()
            row.challenge = try reader.readOptionalChallenge()
            row.evaluations = try reader.readArray(minimumSize: 9) { (reader) throws(BinaryReader.Failure) in
                try reader.readJurorScores()
            }
            row.isImported = try reader.readBool()
            guard partition.rows.insert(row, number: number) else {
                throw reader.failure("dossier \(row.id) appears twice")
            }
        }
        return partition
    }
}

extension BinaryWriter {
    mutating func write(_ headline: DossierHeadline) {
        write(headline.title)
        write(headline.host)
        write(headline.funding)
        write(headline.entrepreneurs)
        write(headline.profiles)
        write(headline.durationMonths)
    }
}

extension BinaryReader {
    mutating func readHeadline() throws(Failure) -> DossierHeadline {
        DossierHeadline(
            title: try readString(), host: try readString(), funding: try readOptionalString(),
            entrepreneurs: try readInt(), profiles: try readProfiles(), durationMonths: try readOptionalInt())
    }
}
