import Testing

@testable import OperatorCLI

struct SuggestionTests {
    let commands = ["init", "log", "verify", "dossier", "candidate", "promotion", "stats", "demo"]

    @Test(arguments: [
        ("dosier", "dossier"), ("dossiers", "dossier"), ("cnadidate", "candidate"), ("verfiy", "verify"),
        ("STATS", "stats"), ("promo", "promotion"), ("cand", "candidate"),
    ])
    func typosFindTheirCommand(typo: String, expected: String) {
        #expect(Suggestion.closest(to: typo, among: commands) == expected)
    }

    @Test(arguments: ["launch", "x", "xz", "", "d"])
    func farOrShortWordsSuggestNothing(word: String) {
        #expect(Suggestion.closest(to: word, among: commands) == nil)
    }

    @Test func distanceCountsATranspositionAsOneEdit() {
        #expect(Suggestion.distance(Array("ab"), Array("ba")) == 1)
        #expect(Suggestion.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.distance(Array(""), Array("abc")) == 3)
    }
}
