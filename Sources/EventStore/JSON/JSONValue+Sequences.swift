extension JSONValue {
    /// The elements of an array, in order (empty for other kinds).
    @inlinable
    public var elements: Elements { Elements(value: self) }

    /// The members of an object, in document order (empty for other kinds).
    @inlinable
    public var members: Members { Members(value: self) }

    /// The elements of an array value; each step skips the previous element's subtree in O(1).
    public struct Elements: Sequence {
        @usableFromInline let value: JSONValue

        @inlinable
        init(value: JSONValue) { self.value = value }

        @inlinable
        public var underestimatedCount: Int { value.token.kind == .array ? value.count : 0 }

        @inlinable
        public func makeIterator() -> Iterator {
            let token = value.token
            let end = token.kind == .array ? Int(token.next) : value.index &+ 1
            return Iterator(tokens: value.tokens, bytes: value.bytes, cursor: value.index &+ 1, end: end)
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline let tokens: UnsafePointer<JSONToken>
            @usableFromInline let bytes: UnsafeRawBufferPointer
            @usableFromInline var cursor: Int
            @usableFromInline let end: Int

            @inlinable
            init(tokens: UnsafePointer<JSONToken>, bytes: UnsafeRawBufferPointer, cursor: Int, end: Int) {
                self.tokens = tokens
                self.bytes = bytes
                self.cursor = cursor
                self.end = end
            }

            @inlinable
            public mutating func next() -> JSONValue? {
                guard cursor < end else { return nil }
                let element = JSONValue(tokens: tokens, bytes: bytes, index: cursor)
                cursor = Int(tokens[cursor].next)
                return element
            }
        }
    }

    /// The members of an object value as (key, value) pairs; keys are string values, so
    /// `member.key.stringEquals("id")` tests one without allocating.
    public struct Members: Sequence {
        @usableFromInline let value: JSONValue

        @inlinable
        init(value: JSONValue) { self.value = value }

        @inlinable
        public var underestimatedCount: Int { value.token.kind == .object ? value.count : 0 }

        @inlinable
        public func makeIterator() -> Iterator {
            let token = value.token
            let end = token.kind == .object ? Int(token.next) : value.index &+ 1
            return Iterator(tokens: value.tokens, bytes: value.bytes, cursor: value.index &+ 1, end: end)
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline let tokens: UnsafePointer<JSONToken>
            @usableFromInline let bytes: UnsafeRawBufferPointer
            @usableFromInline var cursor: Int
            @usableFromInline let end: Int

            @inlinable
            init(tokens: UnsafePointer<JSONToken>, bytes: UnsafeRawBufferPointer, cursor: Int, end: Int) {
                self.tokens = tokens
                self.bytes = bytes
                self.cursor = cursor
                self.end = end
            }

            @inlinable
            public mutating func next() -> (key: JSONValue, value: JSONValue)? {
                guard cursor < end else { return nil }
                let key = JSONValue(tokens: tokens, bytes: bytes, index: cursor)
                let value = JSONValue(tokens: tokens, bytes: bytes, index: cursor &+ 1)
                cursor = Int(tokens[cursor &+ 1].next)
                return (key, value)
            }
        }
    }
}
