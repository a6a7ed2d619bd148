import Testing

@testable import Programme

struct CSVParserTests {
    func parse(_ text: String) throws(CSVError) -> CSVTable { try CSVParser().parse(Array(text.utf8)) }

    func values(_ table: CSVTable) -> [[String]] { table.rows.map { $0.fields.map(\.value) } }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let table = try parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\r\nlast,row,here")
        #expect(table.header.map(\.value) == ["a", "b", "c"])
        #expect(values(table) == [["x, y", "say \"hi\"", "two\r\nlines"], ["", "", ""], ["last", "row", "here"]])
        #expect(table.rows.map(\.line) == [2, 4, 5])
        #expect(table.rows[2].fields[1].column == 6)
    }

    @Test func lfLineBreaksAndAByteOrderMarkAreAccepted() throws {
        let table = try CSVParser().parse([0xEF, 0xBB, 0xBF] + Array("a,b\nc,d\n".utf8))
        #expect(table.header.map(\.value) == ["a", "b"])
        #expect(values(table) == [["c", "d"]])
    }

    @Test func unicodeTextIsKeptAsIs() throws {
        let table = try parse("clé,ville\nKarfu’R,Étel (56410)\n")
        #expect(values(table) == [["Karfu’R", "Étel (56410)"]])
    }

    @Test(arguments: [
        ("a,b\nx,\"open\n", CSVError.Code.quoting, 2, 3),
        ("a,b\nx,y\"z\n", .quoting, 2, 4),
        ("a,b\nx,\"y\"z\n", .quoting, 2, 6),
        ("a,b\nx,y,z\n", .fieldCount, 2, 5),
        ("a,b\nx\n", .fieldCount, 2, 2),
        ("a,b\nx,y\n\nz,w\n", .fieldCount, 3, 1),
        ("a,b\rx,y\n", .lineBreak, 1, 4),
        ("", .header, 1, 1),
    ])
    func malformedFilesAreRefusedWithTheLineAndColumnOfTheFirstProblem(
        _ text: String, _ code: CSVError.Code, _ line: Int, _ column: Int
    ) {
        let error = #expect(throws: CSVError.self) { try parse(text) }
        #expect(error?.code == code)
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.column == column, "\(String(describing: error))")
    }

    @Test func invalidUTF8IsRefusedWhereItIs() {
        let bytes = Array("a,b\nok,caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = #expect(throws: CSVError.self) { try CSVParser().parse(bytes) }
        #expect(error?.code == .encoding)
        #expect(error?.line == 2)
        #expect(error?.column == 7)
    }

    @Test func limitsOnRowsAndFieldLengthAreEnforced() {
        var parser = CSVParser()
        parser.maximumRows = 2
        parser.maximumFieldLength = 5
        #expect(throws: CSVError.self) { try parser.parse(Array("a\n1\n2\n3\n".utf8)) }
        let long = #expect(throws: CSVError.self) { try parser.parse(Array("a\n123456\n".utf8)) }
        #expect(long?.code == .tooLarge)
        #expect(long?.description == "line 2, column 1: a field longer than 5 characters")
        #expect(throws: Never.self) { try parser.parse(Array("a\n12345\n\"12345\"\n".utf8)) }
    }
}
