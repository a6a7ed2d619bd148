/// A validated JSON document (RFC 8259) as a flat array of tokens, built in one pass and
/// reused from one payload to the next.
///
/// Replaying the log decodes millions of small payloads per second, so the tape keeps its
/// token buffer between documents: after the first few payloads, ``parse(_:)`` allocates
/// nothing. Each token records its kind, where its bytes are and the index just past its
/// subtree, so readers skip a nested value in O(1) instead of rescanning it.
///
/// The tape does not copy the document: it keeps the buffer pointer it was given, and values
/// point into the tape's token memory. Read the tape (``root`` and every ``JSONValue`` taken
/// from it) only while those bytes are alive and unchanged and until the tape parses its next
/// document, typically inside the `withUnsafeBytes` that produced them:
///
/// ```swift
/// var tape = JSONTape()
/// for payload in payloads {
///     try payload.withUnsafeBytes { bytes in
///         try tape.parse(bytes)
///         if tape.root["status"]?.stringEquals("submitted") == true { submitted += 1 }
///     }
/// }
/// ```
///
/// Validation is complete: invalid UTF-8 (overlongs, encoded surrogates, code points above
/// U+10FFFF), unescaped control characters, bad escapes and lone `\u` surrogates, numbers
/// outside the grammar (leading zeros, `1.`, `.5`, `+1`), trailing commas, trailing content,
/// a byte-order mark and nesting deeper than ``maximumDepth`` are all rejected with the byte
/// offset. Any value may be the root. Duplicate keys are kept; lookups find the first.
public struct JSONTape {
    /// The deepest nesting of objects and arrays accepted: deeper input is rejected rather
    /// than risking the readers' recursion (the decoder and writer recurse per level).
    public static let maximumDepth = 512

    /// Token memory, reused by every parse; ``tokenCount`` tokens belong to the document.
    @usableFromInline var storage: JSONTokenStorage
    @usableFromInline var tokenCount: Int
    @usableFromInline var bytes: UnsafeRawBufferPointer

    /// An empty tape; its buffer grows to the largest document parsed and then stays.
    public init() {
        storage = JSONTokenStorage(capacity: 64)
        tokenCount = 0
        bytes = UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// Validates `document` and records its tokens, replacing the previous document's.
    ///
    /// - Parameter document: the UTF-8 bytes of one JSON value, with optional surrounding
    ///   whitespace. They must stay alive and unchanged while the tape is read.
    /// - Throws: ``JSONSyntaxError`` naming the first invalid byte; the tape is then empty.
    public mutating func parse(_ document: UnsafeRawBufferPointer) throws(JSONSyntaxError) {
        tokenCount = 0
        bytes = UnsafeRawBufferPointer(start: nil, count: 0)
        guard let input = document.baseAddress, document.count > 0 else {
            throw JSONSyntaxError(.emptyDocument, at: 0)
        }
        guard document.count < Int(UInt32.max) else { throw JSONSyntaxError(.tooLarge, at: 0) }
        // Every token but the root needs a byte of its own and a separator or bracket before
        // it, so half the byte count (plus slack) is enough; the parser still checks.
        if !isKnownUniquelyReferenced(&storage) {
            // A copy of this tape still reads the old tokens: leave them to it.
            storage = JSONTokenStorage(capacity: storage.capacity)
        }
        var capacity = document.count / 2 + 2
        while true {
            if storage.capacity < capacity {
                // Geometric growth, so slowly growing documents do not each reallocate.
                storage = JSONTokenStorage(capacity: max(capacity, storage.capacity * 2))
            }
            let parser = JSONParser(
                input: input.assumingMemoryBound(to: UInt8.self), count: document.count,
                tokens: storage.base, capacity: storage.capacity
            )
            let outcome = parser.parseDocument()
            switch outcome {
            case .success(let count):
                tokenCount = count
                bytes = document
                return
            case .failure(.syntax(let error)):
                throw error
            case .failure(.outOfTokens):
                capacity = document.count + 1
            }
        }
    }

    /// Whether the tape holds a parsed document.
    @inlinable
    public var isEmpty: Bool { tokenCount == 0 }

    /// The document's root value. Only valid after a successful ``parse(_:)``.
    @inlinable
    public var root: JSONValue {
        precondition(tokenCount > 0, "JSONTape.root read before a successful parse")
        return JSONValue(tokens: storage.base, bytes: bytes, index: 0)
    }

    /// How many tokens the current document has (one per value and one per object key).
    public var count: Int { tokenCount }

    /// The number of token slots kept for reuse.
    public var capacity: Int { storage.capacity }
}

extension JSONTape {
    /// Parses `document` into a fresh tape and passes its root to `body`, for callers that
    /// parse once (tests, the CLI); hot loops keep one tape and call ``parse(_:)``.
    public static func withRoot<Result>(
        of document: [UInt8],
        _ body: (JSONValue) throws -> Result
    ) throws -> Result {
        try document.withUnsafeBytes { bytes in
            var tape = JSONTape()
            try tape.parse(bytes)
            return try body(tape.root)
        }
    }
}
