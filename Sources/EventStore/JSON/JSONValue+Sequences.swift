extension JSONValue {
    /// The elements of an array, in order (empty for other kinds).
    @inlinable
    public var elements: Elements { Elements(value: self) }

    /// The members of an object, in document order (empty for other kinds).
    @inlinable
    public var members: Members { Members(value: self) }

    /// The walk over a container's direct children shared by ``Elements`` and ``Members``: each
    /// step returns the value at the cursor and skips its whole subtree in O(1) (an object's
    /// members are key, value, key, value… on the tape).
    @usableFromInline
    struct ChildCursor {
        @usableFromInline let tokens: UnsafePointer<JSONToken>
        @usableFromInline let bytes: UnsafeRawBufferPointer
        @usableFromInline var cursor: Int
        @usableFromInline let end: Int

        /// The children of `value` when it is of `kind`; no children otherwise.
        @inlinable
        init(childrenOf value: JSONValue, ifKind kind: JSONToken.Kind) {
            let token = value.token
            tokens = value.tokens
            bytes = value.bytes
            cursor = value.index &+ 1
            end = token.kind == kind ? Int(token.next) : value.index &+ 1
        }

        @inlinable
        mutating func next() -> JSONValue? {
            guard cursor < end else { return nil }
            let value = JSONValue(tokens: tokens, bytes: bytes, index: cursor)
            cursor = Int(tokens[cursor].next)
            return value
        }
    }

    /// The elements of an array value; each step skips the previous element's subtree in O(1).
    public struct Elements: Sequence {
        @usableFromInline let value: JSONValue

        @inlinable
        init(value: JSONValue) { self.value = value }

        @inlinable
        public var underestimatedCount: Int { value.token.kind == .array ? value.count : 0 }

        @inlinable
        public func makeIterator() -> Iterator { Iterator(children: ChildCursor(childrenOf: value, ifKind: .array)) }

        public struct Iterator: IteratorProtocol {
            @usableFromInline var children: ChildCursor

            @inlinable
            init(children: ChildCursor) { self.children = children }

            @inlinable
            public mutating func next() -> JSONValue? { children.next() }
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
        public func makeIterator() -> Iterator { Iterator(children: ChildCursor(childrenOf: value, ifKind: .object)) }

        public struct Iterator: IteratorProtocol {
            @usableFromInline var children: ChildCursor

            @inlinable
            init(children: ChildCursor) { self.children = children }

            @inlinable
            public mutating func next() -> (key: JSONValue, value: JSONValue)? {
                guard let key = children.next(), let value = children.next() else { return nil }
                return (key, value)
            }
        }
    }
}
