extension AppendRequest {
    /// Checks the request against the format's limits before anything is locked or written.
    func validate() throws(StoreError) {
        try withUnsafePointer(to: self) { request throws(StoreError) in try Self.validate(request) }
    }

    /// Checks every request of `requests`, in order; throws the first one's error.
    static func validateAll(_ requests: [AppendRequest]) throws(StoreError) {
        try requests.withUnsafeBufferPointer { requests throws(StoreError) in
            for number in requests.indices { try validate(requests.baseAddress! + number) }
        }
    }

    /// ``validate()`` of a request read in place: reading `requests[number]` copied the request
    /// (a retain and a release of each of its strings and arrays), a third of the checks' cost.
    private static func validate(_ request: UnsafePointer<AppendRequest>) throws(StoreError) {
        try checkName(request.pointee.stream, "stream name")
        let metadata = request.pointer(to: \.metadata)!
        try checkName(metadata.pointee.commandID, "command id")
        try checkName(metadata.pointee.actor, "actor")
        if let onBehalfOf = metadata.pointee.onBehalfOf { try checkName(onBehalfOf, "on-behalf-of") }
        if let correlationID = metadata.pointee.correlationID { try checkName(correlationID, "correlation id") }
        if let causationID = metadata.pointee.causationID { try checkName(causationID, "causation id") }
        let events = request.pointer(to: \.events)!
        guard !events.pointee.isEmpty else {
            throw StoreError(
                .invalidArgument,
                "command \(metadata.pointee.commandID) has no event to append to \(request.pointee.stream)",
                stream: request.pointee.stream)
        }
        guard events.pointee.count <= EventLogLimits.maximumEventsPerCommand else {
            throw StoreError(
                .tooLarge,
                "command \(metadata.pointee.commandID) has \(events.pointee.count) events; at most \(EventLogLimits.maximumEventsPerCommand) are allowed",
                stream: request.pointee.stream)
        }
        try events.pointee.withUnsafeBufferPointer { events throws(StoreError) in
            for number in events.indices {
                let event = events.baseAddress! + number
                try checkName(event.pointee.type, "event type")
                guard event.pointee.payload.count <= EventLogLimits.maximumPayloadBytes else {
                    throw StoreError(
                        .tooLarge,
                        "a \(event.pointee.type) payload of \(event.pointee.payload.count) bytes is larger than the \(EventLogLimits.maximumPayloadBytes) bytes allowed",
                        stream: request.pointee.stream)
                }
            }
        }
        for condition in request.pointee.conditions { try checkName(condition.stream, "condition stream name") }
    }

    /// A name or id: 1 to 255 bytes of UTF-8, no control characters.
    static func checkName(_ value: String, _ what: String) throws(StoreError) {
        // The usual case, a sound name, in one pass over its bytes; the rest says what is wrong.
        if value.utf8.withContiguousStorageIfAvailable({ isSoundName($0) }) == true { return }
        let count = value.utf8.count
        guard count > 0 else { throw StoreError(.invalidArgument, "the \(what) is empty") }
        guard count <= EventLogLimits.maximumNameBytes else {
            throw StoreError(
                .tooLarge, "the \(what) is \(count) bytes long; at most \(EventLogLimits.maximumNameBytes) are allowed")
        }
        if let bad = firstControlCharacter(value) {
            let code = String(bad, radix: 16, uppercase: true)
            let shown = String(value.unicodeScalars.filter { $0.properties.generalCategory != .control })
            throw StoreError(
                .invalidArgument,
                "the \(what) \"\(shown)\" contains the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)"
            )
        }
    }

    /// Whether `bytes` are 1 to 255 bytes without a control character.
    private static func isSoundName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (1...EventLogLimits.maximumNameBytes).contains(bytes.count) && firstControlCharacter(in: bytes) == nil
    }

    /// The first control character (U+0000–U+001F, U+007F–U+009F) in `value`, read from its
    /// UTF-8 bytes without decoding.
    static func firstControlCharacter(_ value: String) -> UInt32? {
        if let found = value.utf8.withContiguousStorageIfAvailable({ firstControlCharacter(in: $0) }) { return found }
        return Array(value.utf8).withUnsafeBufferPointer { firstControlCharacter(in: $0) }
    }

    private static func firstControlCharacter(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        // Eight bytes at a time while they are plain printable ASCII (every name of a batch is):
        // a name shorter than a word is read as one word padded with spaces, and the last word
        // of a longer one overlaps the word before it (so no byte is left for a byte-by-byte
        // tail). From the first word that may hold something else, byte by byte to the end.
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        let count = bytes.count
        if count < 8 {
            var word: UInt64 = 0x2020_2020_2020_2020
            withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
            return mayHoldControl(UInt64(littleEndian: word)) ? firstControlCharacter(in: bytes, from: 0) : nil
        }
        var index = 0
        while true {
            let start = min(index, count - 8)
            let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            if mayHoldControl(word) { return firstControlCharacter(in: bytes, from: start) }
            if start == count - 8 { return nil }
            index += 8
        }
    }

    /// Whether a word of UTF-8 may hold a control character: it has a byte below 0x20, 0x7F, or
    /// a byte of 0x80 or more (which may start U+0080–U+009F).
    @inline(__always)
    private static func mayHoldControl(_ word: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
        return word & high | (word &- 0x2020_2020_2020_2020) & ~word & high
            | (delete &- 0x0101_0101_0101_0101) & ~delete & high != 0
    }

    /// The first control character from `index` on, byte by byte.
    private static func firstControlCharacter(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> UInt32? {
        var index = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return UInt32(byte) }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return UInt32(bytes[index + 1])
            }
            index += 1
        }
        return nil
    }
}
