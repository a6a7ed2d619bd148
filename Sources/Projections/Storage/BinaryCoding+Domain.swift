internal import Programme

// The domain's values in the persisted form. Enumerations are written as their index in
// `allCases` (a change of the domain's cases changes the fold fingerprints, which makes the
// read models' versions change), dates as one number `YYYYMMDD`.

extension BinaryWriter {
    mutating func write(_ key: EditionKey) { write(key.rawValue) }

    mutating func write(_ date: BusinessDate) {
        write(varint: UInt64(date.year * 10_000 + date.month * 100 + date.day))
    }

    mutating func write(_ date: BusinessDate?) {
        write(date != nil)
        if let date { write(date) }
    }

    mutating func write<T: CaseIterable & Equatable>(case value: T) where T.AllCases == [T] {
        write(UInt8(T.allCases.firstIndex(of: value)!))
    }

    mutating func write(_ profiles: [Profile]) {
        write(profiles) { $0.write(case: $1) }
    }

    mutating func write(_ id: ChallengeID) {
        write(id.edition)
        write(varint: UInt64(id.dossier.number))
    }

    mutating func write(_ id: ChallengeID?) {
        write(id != nil)
        if let id { write(id) }
    }

    mutating func write(_ id: CandidatureID) {
        write(id.edition)
        write(varint: UInt64(id.number))
    }

    mutating func write(_ scores: JurorScores) {
        write(scores.juror)
        writeFixed(scores.scores.rawValue)
    }

    mutating func write(_ span: DateSpan?) {
        write(span != nil)
        if let span {
            write(span.first)
            write(span.last)
        }
    }
}

extension BinaryReader {
    mutating func readEdition() throws(Failure) -> EditionKey {
        let text = try readString()
        if let key = IdentifierText.numberedEdition(text) { return key }
        guard let key = try? EditionKey(parsing: text) else { throw failure("\"\(text)\" is not an edition") }
        return key
    }

    mutating func readDate() throws(Failure) -> BusinessDate {
        // A query decodes its part before checking that part's checksum (`eig stats`): a
        // damaged number larger than any `Int` must fail here, not trap.
        let number = try readVarint()
        guard let packed = Int(exactly: number),
            let date = BusinessDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100)
        else { throw failure("\(number) is not a date") }
        return date
    }

    mutating func readOptionalDate() throws(Failure) -> BusinessDate? {
        try readBool() ? try readDate() : nil
    }

    mutating func readCase<T: CaseIterable>(_ type: T.Type = T.self) throws(Failure) -> T where T.AllCases == [T] {
        let index = Int(try readByte())
        guard index < T.allCases.count else { throw failure("\(index) is not a \(T.self)") }
        return T.allCases[index]
    }

    mutating func readProfiles() throws(Failure) -> [Profile] {
        try readArray { (reader) throws(Failure) in try reader.readCase(Profile.self) }
    }

    mutating func readNumber(upTo maximum: Int) throws(Failure) -> Int {
        let number = try readVarint()
        guard number >= 1, number <= UInt64(maximum) else {
            throw failure("\(number) is not a number from 1 to \(maximum)")
        }
        return Int(number)
    }

    mutating func readChallenge() throws(Failure) -> ChallengeID {
        let edition = try readEdition()
        return ChallengeID(dossier: DossierID(edition: edition, number: try readNumber(upTo: DossierID.maximumNumber)))
    }

    mutating func readOptionalChallenge() throws(Failure) -> ChallengeID? {
        try readBool() ? try readChallenge() : nil
    }

    mutating func readCandidature() throws(Failure) -> CandidatureID {
        let edition = try readEdition()
        return CandidatureID(edition: edition, number: try readNumber(upTo: CandidatureID.maximumNumber))
    }

    mutating func readJurorScores() throws(Failure) -> JurorScores {
        let juror = try readString()
        var scores = CriterionScores()
        scores.rawValue = try readFixed(UInt64.self)
        return JurorScores(juror: juror, scores: scores)
    }

    mutating func readOptionalSpan() throws(Failure) -> DateSpan? {
        guard try readBool() else { return nil }
        let first = try readDate()
        let last = try readDate()
        guard let span = DateSpan(first: first, last: last) else { throw failure("\(last) is before \(first)") }
        return span
    }
}
