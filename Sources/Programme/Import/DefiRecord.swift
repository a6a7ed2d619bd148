/// One row of the published list of défis (`eig-defis-2017-2020.csv`), checked.
public struct DefiRecord: Sendable, Hashable {
    /// The défi's short name, unique in the file (`"AFD - Geodata"`).
    public let key: String
    public let edition: EditionKey
    /// The year the promotion started.
    public let year: Int
    /// The host administration.
    public let administration: String
    /// One sentence: what the défi is for.
    public let challenge: String
    public let profiles: [Profile]
    /// How many entrepreneurs worked on the défi.
    public let entrepreneurs: Int
    /// How many mentors the administration named.
    public let mentors: Int
    public let durationMonths: Int
    public let town: String?
    /// The row's line in the file, and the position of each column, for error messages.
    public let line: Int
    let columns: [String: CSVField]

    /// The columns of the file, in the published order.
    public static let columnNames = [
        "key", "promotion", "year", "administration", "challenge", "skills", "eig_count", "mentor_count",
        "duration_months", "town",
    ]

    /// An error about this row's `column`.
    func error(_ column: String, _ message: String) -> CSVError {
        let field = columns[column]
        return CSVError(
            code: .value, line: field?.line ?? line, column: field?.column ?? 1, message: "\(column): \(message)")
    }
}

extension DefiRecord {
    /// Reads every row of `table`, which must have exactly the published columns (in any order).
    ///
    /// - Throws: `CSVError` at the first missing, unknown or repeated column, the first value
    ///   that does not fit, or the first key seen twice.
    public static func records(of table: CSVTable) throws(CSVError) -> [DefiRecord] {
        var positions: [String: Int] = [:]
        for (index, field) in table.header.enumerated() {
            guard columnNames.contains(field.value) else {
                throw CSVError(
                    code: .header, line: field.line, column: field.column,
                    message: "unknown column \(IdentifierSyntax.quoted(field.value)): expected "
                        + columnNames.joined(separator: ","))
            }
            guard positions.updateValue(index, forKey: field.value) == nil else {
                throw CSVError(
                    code: .header, line: field.line, column: field.column,
                    message: "the column \(field.value) is repeated")
            }
        }
        if let missing = columnNames.first(where: { positions[$0] == nil }) {
            throw CSVError(code: .header, line: 1, column: 1, message: "the column \(missing) is missing")
        }
        var firstLine: [String: Int] = [:]
        var records: [DefiRecord] = []
        for row in table.rows {
            let record = try DefiRecord(row: row, columns: positions.mapValues { row.fields[$0] })
            if let earlier = firstLine.updateValue(record.line, forKey: record.key) {
                throw record.error("key", "\(IdentifierSyntax.quoted(record.key)) is already on line \(earlier)")
            }
            records.append(record)
        }
        return records
    }

    init(row: CSVRow, columns: [String: CSVField]) throws(CSVError) {
        self.line = row.line
        self.columns = columns
        func text(_ column: String, _ rule: TextRule) throws(CSVError) -> String {
            let value = columns[column]!.value
            do {
                try rule.check(value)
            } catch {
                throw CSVError(
                    code: .value, line: columns[column]!.line, column: columns[column]!.column,
                    message: "\(column): \(error.message)")
            }
            return value
        }
        func number(_ column: String, _ range: ClosedRange<Int>) throws(CSVError) -> Int {
            let value = columns[column]!.value
            guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value), range.contains(number)
            else {
                throw CSVError(
                    code: .value, line: columns[column]!.line, column: columns[column]!.column,
                    message: "\(column): \(IdentifierSyntax.quoted(value)) is not a whole number from "
                        + "\(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        key = try text("key", TextRule(field: "key", maximumLength: 200, allowsLineBreaks: false))
        do {
            edition = try EditionKey(parsing: columns["promotion"]!.value)
        } catch {
            throw CSVError(
                code: .value, line: columns["promotion"]!.line, column: columns["promotion"]!.column,
                message: "promotion: \(error.message)")
        }
        year = try number("year", BusinessDate.years)
        administration = try text("administration", .administration)
        challenge = try text("challenge", TextRule(field: "challenge", maximumLength: 1_000, allowsLineBreaks: false))
        profiles = try Self.profiles(columns["skills"]!)
        entrepreneurs = try number("eig_count", 1...EditionSettings.entrepreneurLimit)
        mentors = try number("mentor_count", 1...20)
        durationMonths = try number("duration_months", 1...EditionSettings.monthLimit)
        town = columns["town"]!.value.isEmpty ? nil : try text("town", .town)
    }

    private static func profiles(_ field: CSVField) throws(CSVError) -> [Profile] {
        var profiles: [Profile] = []
        for name in field.value.split(separator: "|", omittingEmptySubsequences: false) {
            let profile: Profile
            do {
                profile = try Profile(parsing: String(name))
            } catch {
                throw CSVError(
                    code: .value, line: field.line, column: field.column, message: "skills: \(error.message)")
            }
            guard !profiles.contains(profile) else {
                throw CSVError(
                    code: .value, line: field.line, column: field.column,
                    message: "skills: \(profile.rawValue) is listed twice")
            }
            profiles.append(profile)
        }
        return profiles
    }
}
