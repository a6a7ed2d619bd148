import Programme

/// ISO 8601 dates and date-times, read strictly by the domain's own parser
/// (`BusinessInstant(parsing:bareDate:)`, DESIGN §7): `YYYY-MM-DD` (that day in Europe/Paris)
/// and `YYYY-MM-DDTHH:MM[:SS[.ffffff]]` followed by `Z`, `±HH:MM` or nothing (then Europe/Paris
/// time). Impossible days and times, and Paris times that do not exist or happen twice, are
/// refused with the reason.
extension ValueParser where Value == BusinessInstant {
    /// A date or a date-time; a bare date means the start or the end of that day in Paris.
    static func dateOrDateTime(bareDate: BusinessInstant.BareDate) -> ValueParser<BusinessInstant> {
        .domain(expecting: "a date or date-time: \(BusinessInstant.formats)") { (text) throws(InputError) in
            try BusinessInstant(parsing: text, bareDate: bareDate)
        }
    }
}
