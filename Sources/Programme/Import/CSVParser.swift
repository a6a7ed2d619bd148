/// A strict RFC 4180 CSV parser, pure: bytes in, table or the first problem out.
///
/// Accepts CRLF or LF line breaks, an optional UTF-8 byte order mark, quoted fields with
/// commas, doubled quotes and line breaks inside. Refuses, with line and column: invalid
/// UTF-8, a quote inside an unquoted field, text after a closing quote, an unterminated
/// quote, a bare CR, rows whose field count differs from the header's, and files beyond
/// the limits. A final line break is optional; blank lines are rows (and so are refused
/// by the field count).
public struct CSVParser: Sendable {
    /// The most rows after the header.
    public var maximumRows = 10_000
    /// The most Unicode scalars in one field.
    public var maximumFieldLength = 10_000

    public init() {}

    public func parse(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        var scanner = try Scanner(scalars: Self.decode(bytes), limits: self)
        let header = try scanner.record()
        guard let header, !(header.count == 1 && header[0].value.isEmpty) else {
            throw CSVError(code: .header, line: 1, column: 1, message: "the file is empty: expected a header row")
        }
        var rows: [CSVRow] = []
        while let fields = try scanner.record() {
            guard rows.count < maximumRows else {
                throw CSVError(
                    code: .tooLarge, line: fields[0].line, column: 1, message: "more than \(maximumRows) rows")
            }
            guard fields.count == header.count else {
                let column = fields.count > header.count ? fields[header.count].column : scanner.endColumn
                throw CSVError(
                    code: .fieldCount, line: fields[0].line, column: column,
                    message: "this row has \(fields.count) fields, the header has \(header.count)")
            }
            rows.append(CSVRow(line: fields[0].line, fields: fields))
        }
        return CSVTable(header: header, rows: rows)
    }

    /// Decodes UTF-8, reporting the line and column of the first invalid byte.
    static func decode(_ bytes: [UInt8]) throws(CSVError) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var (line, column) = (1, 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            case .emptyInput:
                if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
                return scalars
            case .error:
                throw CSVError(code: .encoding, line: line, column: column, message: "the file is not valid UTF-8")
            }
        }
    }
}

/// Walks the scalars, one record at a time, tracking line and column.
private struct Scanner {
    let scalars: [Unicode.Scalar]
    let limits: CSVParser
    var index = 0
    var line = 1
    var column = 1
    /// The column just after the last field read (for a row that has too few fields).
    var endColumn = 1

    init(scalars: [Unicode.Scalar], limits: CSVParser) {
        self.scalars = scalars
        self.limits = limits
    }

    var isAtEnd: Bool { index == scalars.count }

    /// The next record, or nil at the end of the input.
    mutating func record() throws(CSVError) -> [CSVField]? {
        guard !isAtEnd else { return nil }
        var fields: [CSVField] = []
        while true {
            fields.append(try field())
            endColumn = column
            if isAtEnd { return fields }
            let scalar = scalars[index]
            advance()
            if scalar == "," { continue }
            try lineBreak(after: scalar)
            return fields
        }
    }

    private mutating func field() throws(CSVError) -> CSVField {
        let (startLine, startColumn) = (line, column)
        var value = String.UnicodeScalarView()
        var length = 0
        if !isAtEnd, scalars[index] == "\"" {
            advance()
            while true {
                guard !isAtEnd else {
                    throw CSVError(
                        code: .quoting, line: startLine, column: startColumn,
                        message: "this quoted field is never closed")
                }
                let scalar = scalars[index]
                advance()
                if scalar == "\"" {
                    if !isAtEnd, scalars[index] == "\"" {
                        advance()
                    } else {
                        break
                    }
                }
                value.append(scalar)
                length += 1
                try checkLength(length, line: startLine, column: startColumn)
            }
            if !isAtEnd, scalars[index] != ",", scalars[index] != "\n", scalars[index] != "\r" {
                throw CSVError(
                    code: .quoting, line: line, column: column,
                    message: "unexpected text after the closing quote: a quote inside a field is written \"\"")
            }
        } else {
            while !isAtEnd, scalars[index] != ",", scalars[index] != "\n", scalars[index] != "\r" {
                if scalars[index] == "\"" {
                    throw CSVError(
                        code: .quoting, line: line, column: column,
                        message: "a quote inside an unquoted field: quote the whole field and double the quote")
                }
                value.append(scalars[index])
                advance()
                length += 1
                try checkLength(length, line: startLine, column: startColumn)
            }
        }
        return CSVField(value: String(value), line: startLine, column: startColumn)
    }

    private mutating func lineBreak(after scalar: Unicode.Scalar) throws(CSVError) {
        if scalar == "\n" { return }
        // scalar is "\r": only CRLF is a line break.
        guard !isAtEnd, scalars[index] == "\n" else {
            throw CSVError(
                code: .lineBreak, line: line, column: column - 1,
                message: "a carriage return not followed by a line feed: lines end with CRLF or LF")
        }
        advance()
    }

    private func checkLength(_ length: Int, line: Int, column: Int) throws(CSVError) {
        guard length <= limits.maximumFieldLength else {
            throw CSVError(
                code: .tooLarge, line: line, column: column,
                message: "a field longer than \(limits.maximumFieldLength) characters")
        }
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }
}
