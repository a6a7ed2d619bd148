import Testing

@testable import OperatorCLI

struct TextParsingTests {
    let title = ValueParser<String>.text(maxLength: 10)

    @Test func textIsTrimmedAndNormalizedToNFC() throws {
        #expect(try title.parse("  Défi  ") == "Défi")
        let decomposed = "De\u{301}fi"
        #expect(try title.parse(decomposed).unicodeScalars.count == 4)
    }

    @Test(arguments: ["", "   ", "\n\t"])
    func emptyTextIsRefused(text: String) {
        #expect(throws: ValueError("the text is empty")) { try title.parse(text) }
    }

    @Test func lengthIsCountedInCharactersAsPeopleSeeThem() throws {
        #expect(try title.parse("ééééééééé🇫🇷") == "ééééééééé🇫🇷")
        #expect(throws: ValueError("the text is 11 characters long; the limit is 10")) {
            try title.parse("abcdefghijk")
        }
    }

    @Test(arguments: [
        ("a\u{07}b", "0007", 2), ("ab\nc", "000A", 3), ("a\u{1B}[31m", "001B", 2), ("x\u{202E}y", "202E", 2),
    ])
    func controlCharactersAreRefusedWithTheirPosition(text: String, code: String, position: Int) {
        #expect(throws: ValueError("the text contains a control character (U+\(code)) at character \(position)")) {
            try title.parse(text)
        }
    }

    @Test func newlinesAreAllowedWhereParagraphsMakeSense() throws {
        let motivation = ValueParser<String>.text(maxLength: 100, allowsNewlines: true)
        #expect(try motivation.parse("Budget.\n\nCalendrier.") == "Budget.\n\nCalendrier.")
        #expect(throws: ValueError.self) { try motivation.parse("a\u{00}b") }
    }

    @Test func identifiersAreASCIIWords() throws {
        let identifier = ValueParser<String>.identifier(maxLength: 8)
        #expect(try identifier.parse("P5-003") == "P5-003")
        #expect(try identifier.parse("a.b_c:d") == "a.b_c:d")
        #expect(throws: ValueError("the identifier is empty")) { try identifier.parse("") }
        #expect(
            throws: ValueError(
                "'P5 003' is not an identifier: ' ' is not allowed (letters, digits, '-', '_', '.' and ':' are)")
        ) {
            try identifier.parse("P5 003")
        }
        #expect(throws: ValueError("the identifier is 9 characters long; the limit is 8")) {
            try identifier.parse("123456789")
        }
    }

    @Test func pathsRefuseEmptinessAndControlCharacters() throws {
        #expect(try ValueParser<String>.path.parse("./EventLog") == "./EventLog")
        #expect(throws: ValueError("the path is empty")) { try ValueParser<String>.path.parse("") }
        #expect(throws: ValueError("the path contains a control character (U+000A)")) {
            try ValueParser<String>.path.parse("a\nb")
        }
    }

    enum Profile: String, CaseIterable, Sendable {
        case dev, design, datascience
    }

    @Test func choicesListTheAllowedValuesAndSuggestTheNearest() throws {
        #expect(try ValueParser<Profile>.choice(of: Profile.self).parse("design") == .design)
        #expect(throws: ValueError("'Dev' is not one of: dev, design, datascience; did you mean 'dev'?")) {
            try ValueParser<Profile>.choice(of: Profile.self).parse("Dev")
        }
        #expect(throws: ValueError("'juriste' is not one of: dev, design, datascience")) {
            try ValueParser<Profile>.choice(of: Profile.self).parse("juriste")
        }
    }

    @Test func listsAreSplitOnCommasAndEachItemChecked() throws {
        let profiles = ValueParser<[Profile]>.list(of: .choice(of: Profile.self), count: 1...2)
        #expect(try profiles.parse("dev, design") == [.dev, .design])
        #expect(throws: ValueError("item 2 of 'dev,,design' is empty")) { try profiles.parse("dev,,design") }
        #expect(throws: ValueError("item 2: 'desgn' is not one of: dev, design, datascience; did you mean 'design'?")) {
            try profiles.parse("dev,desgn")
        }
        #expect(throws: ValueError("'dev' appears more than once in the list")) { try profiles.parse("dev,dev") }
        #expect(throws: ValueError("the list has 3 items; expected 1 to 2")) {
            try profiles.parse("dev,design,datascience")
        }
    }

    @Test func messagesEscapeAndCutWhatTheyQuote() {
        #expect("a\u{1B}b".quotedForMessage() == "'a\\u{1B}b'")
        #expect(String(repeating: "x", count: 100).quotedForMessage(limit: 5) == "'xxxxx…'")
    }
}
