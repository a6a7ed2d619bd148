package import Programme

extension PromotionsModel: PersistableModel {
    package static func encode(_ partition: Partition, to writer: inout BinaryWriter) {
        writer.write(partition.opening != nil)
        if let opening = partition.opening {
            writer.write(opening.year)
            writer.write(opening.promotion as DateSpan?)
            writer.write(opening.entrepreneursPerChallenge.lowerBound)
            writer.write(opening.entrepreneursPerChallenge.upperBound)
        }
        writer.write(case: partition.status)
        writer.write(partition.dates)
        writer.write(varint: UInt64(partition.heads.count))
        for (index, head) in partition.heads.enumerated() {
            writer.write(head != nil)
            guard let head else { continue }
            writer.write(head.title)
            writer.write(head.host)
            let challenge = partition.challengeSlots[index]
            writer.write(challenge != nil)
            if let challenge {
                writer.write(challenge.id)
                writer.write(challenge.profiles)
                writer.write(challenge.entrepreneurs)
                writer.write(challenge.durationMonths)
                writer.write(challenge.isImported)
                // Title and host are those of the head when the défi was named; kept apart
                // in case the head changed after.
                writer.write(challenge.title)
                writer.write(challenge.host)
            }
        }
        writer.write(partition.withdrawnChallenges) { $0.write($1) }
        writer.write(partition.seats) { writer, seat in
            writer.write(seat.person)
            writer.write(seat.challenge)
            writer.write(seat.profile != nil)
            if let profile = seat.profile { writer.write(case: profile) }
            writer.write(seat.candidature != nil)
            if let candidature = seat.candidature { writer.write(candidature) }
            writer.write(case: seat.status)
        }
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
        partition.status = try reader.readCase(PromotionStatus.self)
        partition.dates = try reader.readOptionalSpan()
        let count = try reader.readCount()
        guard count <= DossierID.maximumNumber else { throw reader.failure("\(count) dossiers") }
        partition.heads = Array(repeating: nil, count: count)
        partition.challengeSlots = Array(repeating: nil, count: count)
        for index in 0..<count where try reader.readBool() {
            partition.heads[index] = Partition.Head(title: try reader.readString(), host: try reader.readString())
            if try reader.readBool() {
                let id = try reader.readChallenge()
                let profiles = try reader.readProfiles()
                let entrepreneurs = try reader.readInt()
                let months = try reader.readOptionalInt()
                let isImported = try reader.readBool()
                partition.challengeSlots[index] = ChallengeRow(
                    id: id, title: try reader.readString(), host: try reader.readString(), profiles: profiles,
                    entrepreneurs: entrepreneurs, durationMonths: months, isImported: isImported)
            }
        }
        partition.withdrawnChallenges = try reader.readArray(minimumSize: 2) { (reader) throws(BinaryReader.Failure) in
            try reader.readChallenge()
        }
        let seats = try reader.readArray(minimumSize: 5) { (reader) throws(BinaryReader.Failure) in
            let person = try reader.readString()
            let challenge = try reader.readChallenge()
            let profile = try reader.readBool() ? try reader.readCase(Profile.self) : nil
            let candidature = try reader.readBool() ? try reader.readCandidature() : nil
            return SeatRow(
                person: person, challenge: challenge, profile: profile, candidature: candidature,
                status: try reader.readCase(SeatStatus.self))
        }
        for seat in seats { addSeat(seat, to: &partition) }
        return partition
    }
}
