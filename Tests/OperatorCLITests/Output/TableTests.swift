import Testing

@testable import OperatorCLI

struct TableTests {
    var table = Table(columns: [
        .init("id"), .init("host", maxWidth: 12), .init("eigs", alignment: .right),
    ])

    @Test mutating func columnsAreAlignedAndNumbersRightAligned() {
        table.append(["P5-003", "DINUM", 3])
        table.append(["P5-0012", "Cour des comptes", 12])
        #expect(
            table.renderedForPeople() == """
                ID       HOST          EIGS
                P5-003   DINUM            3
                P5-0012  Cour des co…    12

                """)
    }

    @Test mutating func widthIsCountedInGraphemesWithWideCharactersAsTwo() {
        table.append(["日本", "e\u{301}cole", 1])
        table.append(["🇫🇷", "x", 2])
        let lines = table.renderedForPeople().split(separator: "\n")
        #expect(lines[1] == "日本  e\u{301}cole     1")
        #expect(lines[2] == "🇫🇷    x         2")
    }

    @Test func printableASCIITakesOneColumnPerByteAndOtherTextIsCountedByGraphemes() {
        #expect(DisplayWidth.of("Cour des comptes (2021)") == 23)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("x\u{200B}y") == 2)
        #expect(DisplayWidth.of("a\r\nb") == 3)
        #expect(DisplayWidth.of("é日") == 3)
    }

    @Test mutating func linesEndWithoutTrailingSpaces() {
        table.append(["P5-0012", "", .empty])
        #expect(table.renderedForPeople().split(separator: "\n", omittingEmptySubsequences: false)[1] == "P5-0012")
    }

    @Test mutating func truncationCutsAtAGraphemeBoundary() {
        #expect(DisplayWidth.truncate("ééééééé", to: 4) == "ééé…")
        #expect(DisplayWidth.truncate("日本語の文字", to: 5) == "日本…")
        #expect(DisplayWidth.truncate("short", to: 5) == "short")
    }

    @Test mutating func controlCharactersCannotBreakTheTableOrTheTerminal() {
        table.append(["a\nb", "x\u{1B}[31my", 1])
        let lines = table.renderedForPeople().split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1] == "a b  x\u{FFFD}[31my     1")
    }

    @Test mutating func csvQuotesOnlyWhatNeedsQuotingAndIsNeverCut() {
        table.append(["P1", "Ministère, \"Culture\"", 2])
        table.append(["P2", "Line\nbreak", .empty])
        table.append(["P3", "Très long nom d'administration", 1])
        #expect(
            table.renderedAsCSV()
                == "id,host,eigs\r\nP1,\"Ministère, \"\"Culture\"\"\",2\r\nP2,\"Line\nbreak\",\r\nP3,Très long nom d'administration,1\r\n"
        )
    }

    @Test func csvFieldsFollowRFC4180() {
        #expect(CSVWriter.escape("plain") == "plain")
        #expect(CSVWriter.escape("") == "")
        #expect(CSVWriter.escape("a,b") == "\"a,b\"")
        #expect(CSVWriter.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.escape("cr\rlf") == "\"cr\rlf\"")
        #expect(CSVWriter.escape(" spaced ") == " spaced ")
    }

    @Test mutating func jsonIsAnArrayOfObjectsInColumnOrder() {
        table.append(["P1", "DINUM", 2])
        table.append(["P2", .empty, .decimal(2.5, digits: 2)])
        #expect(table.json.compactText == #"[{"id":"P1","host":"DINUM","eigs":2},{"id":"P2","host":null,"eigs":2.5}]"#)
    }

    @Test func decimalsAreFormattedWithoutExponents() {
        #expect(formatDecimal(2.675, digits: 2) == "2.68")
        #expect(formatDecimal(-0.001, digits: 2) == "0.00")
        #expect(formatDecimal(123_456_789.5, digits: 1) == "123456789.5")
        #expect(formatDecimal(1e20, digits: 1) == "1e+20")
        #expect(formatDecimal(3, digits: 0) == "3")
        #expect(formatDecimal(-1.5, digits: 1) == "-1.5")
    }

    @Test func keyValueBlocksAlignValuesAndIndentContinuations() {
        var block = KeyValueBlock()
        block.add("id", "P5-003")
        block.add("motivation", "Budget.\nCalendrier.")
        block.section("Jury")
        block.add("need", "3")
        #expect(
            block.rendered() == """
                id:          P5-003
                motivation:  Budget.
                             Calendrier.

                Jury
                need:        3

                """)
    }

    @Test func emitChoosesTheFormat() {
        let list = Command(
            name: "list", summary: "List.", groups: [.jsonOrCSV],
            run: { invocation in
                invocation.emit(Table(columns: [.init("id"), .init("n", alignment: .right)], rows: [["a", 1]]))
            }
        )
        let root = Command(group: "eig", summary: "Test.", subcommands: [list])
        #expect(CLIHarness.run(["list"], root: root).stdout == "ID  N\na   1\n")
        #expect(CLIHarness.run(["list", "--csv"], root: root).stdout == "id,n\r\na,1\r\n")
        #expect(
            CLIHarness.run(["list", "--json"], root: root).stdout
                == "[\n  {\n    \"id\": \"a\",\n    \"n\": 1\n  }\n]\n")
    }
}
