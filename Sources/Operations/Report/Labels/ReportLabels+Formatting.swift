internal import Programme

/// Numbers, dates and names as the report's language writes them.
extension ReportLabels {
    /// `1 878` in French (narrow no-break space), `1,878` in English.
    func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: groupSeparator)
    }

    /// `3,4` in French, `3.4` in English, rounded half away from zero to `digits` decimals.
    func decimal(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        guard digits > 0 else { return integer(scaled) }
        let whole = integer(abs(scaled) / Int(scale))
        var fraction = String(abs(scaled) % Int(scale))
        while fraction.count < digits { fraction = "0" + fraction }
        return (scaled < 0 ? "−" : "") + whole + decimalSeparator + fraction
    }

    /// `part` as a whole percentage of `whole` (`94 %`, `94%`); a dash when `whole` is 0.
    func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return integer(Int((Double(part) * 100 / Double(whole)).rounded())) + percentSuffix
    }

    /// `15 janvier 2025`, `15 January 2025`.
    func date(_ date: BusinessDate) -> String {
        dateText(date.day, monthNames[date.month - 1], date.year)
    }

    /// `15 janvier 2025 à 12:00 (heure de Paris)`.
    func instant(_ instant: BusinessInstant) -> String {
        // parisDescription is "2025-01-15 12:00 Europe/Paris": its second word is the time.
        let words = instant.parisDescription.split(separator: " ")
        return instantText(date(instant.parisDate), words.count > 1 ? String(words[1]) : "")
    }

    func profile(_ profile: Profile) -> String { profileNames[profile] ?? profile.rawValue }

    func criterion(_ criterion: Criterion) -> String { criterionNames[criterion] ?? criterion.label }
}
