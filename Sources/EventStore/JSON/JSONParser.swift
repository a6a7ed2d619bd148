/// The single-pass validating tokenizer behind ``JSONTape/parse(_:)``.
///
/// It walks the bytes once with an explicit loop instead of recursion, keeping the stack of
/// open containers inside the tokens themselves (an open container's `next` holds its
/// parent's index until it closes), so it needs no memory besides the token buffer.
struct JSONParser {
    /// Why parsing stopped early: bad input, or a token buffer too small to finish.
    enum Failure: Error {
        case syntax(JSONSyntaxError)
        case outOfTokens
    }

    let input: UnsafePointer<UInt8>
    let end: Int
    var position = 0
    let tokens: UnsafeMutablePointer<JSONToken>
    let capacity: Int
    var count = 0

    /// - Parameters:
    ///   - input: the document's first byte; `count` bytes follow.
    ///   - tokens: where to write tokens, room for `capacity` of them.
    init(input: UnsafePointer<UInt8>, count: Int, tokens: UnsafeMutablePointer<JSONToken>, capacity: Int) {
        self.input = input
        self.end = count
        self.tokens = tokens
        self.capacity = capacity
    }

    /// Parses the whole document and returns the number of tokens written.
    ///
    /// Works on a local copy with every step inlined, so the optimizer keeps the position and
    /// counters in registers instead of reloading them around each token store.
    func parseDocument() -> Result<Int, Failure> {
        var parser = self
        do throws(Failure) {
            return .success(try parser.parseValues())
        } catch {
            return .failure(error)
        }
    }

    @inline(__always)
    private mutating func parseValues() throws(Failure) -> Int {
        let noParent = UInt32.max
        var open = -1
        var depth = 0
        skipWhitespace()
        guard position < end else { throw fail(.emptyDocument) }
        valueLoop: while true {
            guard position < end else { throw fail(.unexpectedEnd) }
            switch input[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = input[position] == UInt8(ascii: "{")
                depth += 1
                guard depth <= JSONTape.maximumDepth else { throw fail(.tooDeep) }
                let parent = open < 0 ? noParent : UInt32(open)
                open = try append(isObject ? .object : .array, flags: 0, offset: position, length: 0, next: parent)
                position += 1
                skipWhitespace()
                guard position < end else { throw fail(.unexpectedEnd) }
                if input[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    open = close(open)
                    depth -= 1
                } else {
                    if isObject { try parseKey() }
                    continue valueLoop
                }
            case UInt8(ascii: "\""):
                try parseString()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try parseNumber()
            case UInt8(ascii: "t"):
                try parseLiteral(.true, 0x7472_7565, length: 4)
            case UInt8(ascii: "f"):
                try parseLiteral(.false, 0x6661_6C73, length: 5)
            case UInt8(ascii: "n"):
                try parseLiteral(.null, 0x6E75_6C6C, length: 4)
            default:
                throw fail(.unexpectedByte)
            }
            // A value just ended: count it in its container, then expect a separator or the
            // container's end (closing as many containers as the input closes).
            while true {
                guard open >= 0 else {
                    skipWhitespace()
                    guard position == end else { throw fail(.trailingContent) }
                    return count
                }
                tokens[open].length &+= 1
                skipWhitespace()
                guard position < end else { throw fail(.unexpectedEnd) }
                let byte = input[position]
                let isObject = tokens[open].kind == .object
                if byte == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                    if isObject { try parseKey() }
                    continue valueLoop
                }
                guard byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
                    throw fail(.unexpectedByte)
                }
                position += 1
                open = close(open)
                depth -= 1
            }
        }
    }

    /// Ends the container at `index` and returns its parent's index (-1 for none).
    @inline(__always)
    private mutating func close(_ index: Int) -> Int {
        let parent = tokens[index].next
        tokens[index].next = UInt32(truncatingIfNeeded: count)
        return parent == UInt32.max ? -1 : Int(parent)
    }

    @inline(__always)
    private mutating func append(
        _ kind: JSONToken.Kind, flags: UInt8, offset: Int, length: Int, next: UInt32
    ) throws(Failure) -> Int {
        guard count < capacity else { throw .outOfTokens }
        // Offsets and lengths fit: documents of 4 GiB or more are refused before parsing.
        tokens[count] = JSONToken(
            kind: kind, flags: flags, offset: UInt32(truncatingIfNeeded: offset),
            length: UInt32(truncatingIfNeeded: length), next: next
        )
        count += 1
        return count - 1
    }

    /// Appends a scalar token, whose subtree ends right after it.
    @inline(__always)
    mutating func appendScalar(_ kind: JSONToken.Kind, flags: UInt8, offset: Int, length: Int) throws(Failure) {
        _ = try append(kind, flags: flags, offset: offset, length: length, next: UInt32(truncatingIfNeeded: count &+ 1))
    }

    /// An error at the current position.
    @inline(__always)
    func fail(_ code: JSONSyntaxError.Code) -> Failure {
        .syntax(JSONSyntaxError(code, at: position))
    }

    @inline(__always)
    func fail(_ code: JSONSyntaxError.Code, at offset: Int) -> Failure {
        .syntax(JSONSyntaxError(code, at: offset))
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Compact payloads have no whitespace: one test decides the common case.
        if position < end, input[position] > 0x20 { return }
        while position < end {
            let byte = input[position]
            guard byte <= 0x20, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    /// An object key, then the colon: leaves `position` on the member's value.
    @inline(__always)
    private mutating func parseKey() throws(Failure) {
        guard position < end else { throw fail(.unexpectedEnd) }
        guard input[position] == UInt8(ascii: "\"") else { throw fail(.unexpectedByte) }
        try parseString()
        skipWhitespace()
        guard position < end else { throw fail(.unexpectedEnd) }
        guard input[position] == UInt8(ascii: ":") else { throw fail(.unexpectedByte) }
        position += 1
        skipWhitespace()
    }

    /// `true`, `false` or `null`; `word` is the literal's first four bytes, big-endian.
    @inline(__always)
    private mutating func parseLiteral(_ kind: JSONToken.Kind, _ word: UInt32, length: Int) throws(Failure) {
        let start = position
        for shift in stride(from: 24, through: 0, by: -8) {
            guard position < end else { throw fail(.unexpectedEnd) }
            guard input[position] == UInt8(truncatingIfNeeded: word >> UInt32(shift)) else {
                throw fail(.unexpectedByte)
            }
            position += 1
        }
        if length == 5 {
            guard position < end else { throw fail(.unexpectedEnd) }
            guard input[position] == UInt8(ascii: "e") else { throw fail(.unexpectedByte) }
            position += 1
        }
        try appendScalar(kind, flags: 0, offset: start, length: length)
    }

    /// A number per RFC 8259: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    @inline(__always)
    private mutating func parseNumber() throws(Failure) {
        let start = position
        var flags = JSONToken.Flags.isInteger
        if input[position] == UInt8(ascii: "-") {
            flags |= JSONToken.Flags.isNegative
            position += 1
        }
        guard position < end else { throw fail(.unexpectedEnd) }
        if input[position] == UInt8(ascii: "0") {
            position += 1
            if position < end, isDigit(input[position]) { throw fail(.invalidNumber) }
        } else {
            guard isDigit(input[position]) else { throw fail(.invalidNumber) }
            skipDigits()
        }
        if position < end, input[position] == UInt8(ascii: ".") {
            flags &= ~JSONToken.Flags.isInteger
            position += 1
            guard position < end else { throw fail(.unexpectedEnd) }
            guard isDigit(input[position]) else { throw fail(.invalidNumber) }
            skipDigits()
        }
        if position < end, input[position] | 0x20 == UInt8(ascii: "e") {
            flags &= ~JSONToken.Flags.isInteger
            position += 1
            guard position < end else { throw fail(.unexpectedEnd) }
            if input[position] == UInt8(ascii: "+") || input[position] == UInt8(ascii: "-") {
                position += 1
                guard position < end else { throw fail(.unexpectedEnd) }
            }
            guard isDigit(input[position]) else { throw fail(.invalidNumber) }
            skipDigits()
        }
        try appendScalar(.number, flags: flags, offset: start, length: position - start)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    private mutating func skipDigits() {
        while position < end, isDigit(input[position]) { position += 1 }
    }
}
