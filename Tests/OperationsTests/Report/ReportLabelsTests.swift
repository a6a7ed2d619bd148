import Programme
import Testing

@testable import Operations

/// Numbers, dates and names in each language, and that the two tables are complete.
struct ReportLabelsTests {
    @Test func numbersAreWrittenAsEachLanguageWritesThem() {
        let (french, english) = (ReportLabels.french, ReportLabels.english)
        #expect(french.integer(1_878) == "1\u{202F}878")
        #expect(english.integer(1_878) == "1,878")
        #expect(french.integer(1_234_567) == "1\u{202F}234\u{202F}567" && french.integer(999) == "999")
        #expect(english.integer(-1_500) == "−1,500")
        #expect(french.decimal(3.26, digits: 1) == "3,3" && english.decimal(3.26, digits: 2) == "3.26")
        #expect(french.decimal(77.5, digits: 1) == "77,5" && french.decimal(1_234.05, digits: 1) == "1\u{202F}234,1")
        #expect(french.decimal(0.04, digits: 2) == "0,04" && english.decimal(78, digits: 0) == "78")
        #expect(french.percent(17, of: 18) == "94\u{202F}%" && english.percent(17, of: 18) == "94%")
        #expect(english.percent(1, of: 0) == "–")
    }

    @Test func datesAndInstantsAreInParisTime() {
        let instant = BusinessInstant(paris: BusinessDate(year: 2021, month: 6, day: 1)!, hour: 9, minute: 5)!
        #expect(ReportLabels.french.instant(instant) == "1er juin 2021 à 09:05 (heure de Paris)")
        #expect(ReportLabels.english.instant(instant) == "1 June 2021 at 09:05 (Paris time)")
    }

    @Test(arguments: ReportLanguage.allCases)
    func everyProfileAndCriterionHasAName(_ language: ReportLanguage) {
        let labels = language.labels
        #expect(Set(Profile.allCases.map(labels.profile)).count == Profile.allCases.count)
        #expect(Set(Criterion.allCases.map(labels.criterion)).count == Criterion.allCases.count)
        #expect(Profile.allCases.allSatisfy { labels.profileNames[$0] != nil })
        #expect(Criterion.allCases.allSatisfy { labels.criterionNames[$0] != nil })
        #expect(labels.monthNames.count == 12)
        #expect(labels.languageCode == language.rawValue)
    }

    @Test func theTwoLanguagesDiffer() {
        let (french, english) = (ReportLabels.french, ReportLabels.english)
        let pairs = [
            (french.funnelsTitle, english.funnelsTitle), (french.promotionsTitle, english.promotionsTitle),
            (french.profilesTitle, english.profilesTitle), (french.decisionsTitle, english.decisionsTitle),
            (french.hostsTitle, english.hostsTitle), (french.provenanceTitle, english.provenanceTitle),
            (french.nothingYetTitle, english.nothingYetTitle), (french.filed, english.filed),
        ]
        for (one, other) in pairs { #expect(one != other) }
        #expect(french.promotionName(EditionKey(number: 5)) == "Promotion 5")
        #expect(english.promotionName(try! EditionKey(parsing: "dig")) == "Design cohort (dig)")
    }
}
