import Testing

@testable import OperatorCLI

struct NumberParsingTests {
    @Test(arguments: [("42", 42), ("+7", 7), ("-3", -3), ("007", 7)])
    func integersAreRead(text: String, value: Int) throws {
        #expect(try ValueParser<Int>.integer().parse(text) == value)
    }

    @Test(arguments: ["", "abc", "1e3", "12.0", " 12", "12 ", "--1", "+", "0x10", "١٢"])
    func malformedIntegersAreRefused(text: String) {
        #expect(throws: ValueError("\(text.quotedForMessage()) is not an integer")) {
            try ValueParser<Int>.integer().parse(text)
        }
    }

    @Test func integersOutsideTheirRangeAreRefusedWithTheRange() {
        #expect(throws: ValueError("'0' is out of range: expected an integer from 1 to 10")) {
            try ValueParser<Int>.integer(in: 1...10).parse("0")
        }
        #expect(throws: ValueError("'99999999999999999999' is out of range: expected an integer of at least 1")) {
            try ValueParser<Int>.integer(in: 1...Int.max).parse("99999999999999999999")
        }
    }

    @Test func integerRangesAreRead() throws {
        #expect(try ValueParser<ClosedRange<Int>>.integerRange().parse("2..3") == 2...3)
        #expect(try ValueParser<ClosedRange<Int>>.integerRange().parse("-5..-1") == -5...(-1))
        #expect(try ValueParser<ClosedRange<Int>>.integerRange().parse("4..4") == 4...4)
    }

    @Test(arguments: ["2", "2..", "..3", "1...3", "1..2..3", "a..b", "2-3"])
    func malformedRangesAreRefused(text: String) {
        #expect(throws: ValueError.self) { try ValueParser<ClosedRange<Int>>.integerRange().parse(text) }
    }

    @Test func anEmptyRangeSaysWhichEndIsWrong() {
        #expect(throws: ValueError("'3..2' is an empty range: 3 is after 2")) {
            try ValueParser<ClosedRange<Int>>.integerRange().parse("3..2")
        }
    }

    @Test func rangeEndsAreCheckedAgainstTheBounds() {
        #expect(throws: ValueError("'4' is out of range: expected an integer from 1 to 3")) {
            try ValueParser<ClosedRange<Int>>.integerRange(within: 1...3).parse("2..4")
        }
    }
}
