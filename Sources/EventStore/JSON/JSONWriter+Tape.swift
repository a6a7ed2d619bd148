extension JSONWriter {
    /// Writes a parsed value in this writer's layout: strings re-escaped canonically (so
    /// `"\u0041"` becomes `"A"`), numbers exactly as written in the source, members in
    /// document order or sorted with ``Options/sortedKeys``.
    public mutating func write(_ value: JSONValue) {
        writeToken(at: value.index, tokens: value.tokens, bytes: value.bytes)
    }

    /// Re-renders a JSON payload compactly after validating it: what `eig log show --json`
    /// embeds. Whitespace goes, strings are re-escaped canonically, numbers and member order
    /// stay as written.
    ///
    /// - Throws: ``JSONSyntaxError`` if `payload` is not one valid JSON document.
    public static func canonical(_ payload: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> [UInt8] {
        var tape = JSONTape()
        try tape.parse(payload)
        var writer = JSONWriter()
        writer.bytes.reserveCapacity(payload.count)
        writer.write(tape.root)
        return writer.bytes
    }

    /// ``canonical(_:)-(UnsafeRawBufferPointer)`` for a payload held in an array.
    public static func canonical(_ payload: [UInt8]) throws(JSONSyntaxError) -> [UInt8] {
        let result = payload.withUnsafeBytes { bytes -> Result<[UInt8], JSONSyntaxError> in
            do throws(JSONSyntaxError) { return .success(try canonical(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private mutating func writeToken(
        at index: Int, tokens: UnsafePointer<JSONToken>, bytes source: UnsafeRawBufferPointer
    ) {
        let token = tokens[index]
        let raw = UnsafeRawBufferPointer(rebasing: source[Int(token.offset)..<Int(token.offset + token.length)])
        switch token.kind {
        case .object:
            beginObject()
            var cursor = index + 1
            if options.contains(.sortedKeys) {
                var members: [(key: [UInt8], value: Int)] = []
                while cursor < Int(token.next) {
                    members.append((Self.decodedKey(tokens[cursor], source), cursor + 1))
                    cursor = Int(tokens[cursor + 1].next)
                }
                members.sort { $0.key.lexicographicallyPrecedes($1.key) }
                for member in members {
                    member.key.withUnsafeBytes { writeKey(utf8: $0) }
                    writeToken(at: member.value, tokens: tokens, bytes: source)
                }
            } else {
                while cursor < Int(token.next) {
                    prepareForKey()
                    writeString(tokens[cursor], source)
                    finishKey()
                    writeToken(at: cursor + 1, tokens: tokens, bytes: source)
                    cursor = Int(tokens[cursor + 1].next)
                }
            }
            endObject()
        case .array:
            beginArray()
            var cursor = index + 1
            while cursor < Int(token.next) {
                writeToken(at: cursor, tokens: tokens, bytes: source)
                cursor = Int(tokens[cursor].next)
            }
            endArray()
        case .string:
            prepareForValue()
            writeString(token, source)
        case .number, .true, .false, .null:
            prepareForValue()
            bytes.append(contentsOf: raw)
        }
    }

    /// Writes a string token canonically: raw content without escapes has no quote,
    /// backslash or control character, so it is copied; escaped content is decoded and
    /// re-escaped.
    private mutating func writeString(_ token: JSONToken, _ source: UnsafeRawBufferPointer) {
        let raw = UnsafeRawBufferPointer(rebasing: source[Int(token.offset)..<Int(token.offset + token.length)])
        if token.flags & JSONToken.Flags.hasEscapes == 0 {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: raw)
            bytes.append(UInt8(ascii: "\""))
        } else {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
                let count = JSONEscapes.unescape(raw, into: buffer.baseAddress!)
                writeEscaped(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[..<count]))
            }
        }
    }

    private static func decodedKey(_ token: JSONToken, _ source: UnsafeRawBufferPointer) -> [UInt8] {
        let raw = UnsafeRawBufferPointer(rebasing: source[Int(token.offset)..<Int(token.offset + token.length)])
        guard token.flags & JSONToken.Flags.hasEscapes != 0 else { return Array(raw) }
        return [UInt8](unsafeUninitializedCapacity: raw.count) { buffer, count in
            count = JSONEscapes.unescape(raw, into: buffer.baseAddress!)
        }
    }
}
