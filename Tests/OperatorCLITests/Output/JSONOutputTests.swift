import EventStore
import Testing

@testable import OperatorCLI

/// The CLI's side of EventStore's `JSON`: printed text and rounded decimals (the writer's own
/// escaping and number layout are tested in EventStoreTests).
struct JSONOutputTests {
    @Test func keysKeepTheOrderTheyWereWrittenIn() {
        let value: JSON = ["zeta": 1, "alpha": [true, nil], "mid": ["b": "x", "a": 2.5]]
        #expect(value.compactText == #"{"zeta":1,"alpha":[true,null],"mid":{"b":"x","a":2.5}}"#)
    }

    @Test func prettyTextIsIndentedByTwoSpaces() {
        let value: JSON = ["id": "P5-003", "tags": [], "empty": [:], "list": [1, 2]]
        #expect(
            value.prettyText == """
                {
                  "id": "P5-003",
                  "tags": [],
                  "empty": {},
                  "list": [
                    1,
                    2
                  ]
                }
                """)
    }

    @Test func decimalsAreRoundedHalfAwayFromZero() {
        #expect(JSON.number(2.6666, digits: 2).compactText == "2.67")
        #expect(JSON.number(-2.665, digits: 1).compactText == "-2.7")
        #expect(JSON.number(3, digits: 2).compactText == "3")
        #expect(JSON.number(.infinity, digits: 2).compactText == "null")
    }

    @Test func listsOfIdsAreArraysOfStrings() {
        #expect(JSON.strings(["P5-001", "P5-002"]).compactText == #"["P5-001","P5-002"]"#)
    }
}
