/// What every decoder and container of one ``JSONPayloadDecoder`` call shares: the tokens,
/// the bytes, the coding path under construction and a key-lookup hint.
///
/// A class because the containers `Decoder` hands out are separate values that must see the
/// same path stack; it lives for one `decode` call, on one thread. It points into the tape
/// and the payload without owning them, and decoders and containers point to it without
/// retaining it (`unowned(unsafe)`): the decode call keeps it alive, and the standard
/// library's container box copies our container on every `decode(_:forKey:)`, so a counted
/// reference there costs a retain and a release per field. A decoder or container is
/// therefore valid only during the `init(from:)` it was given to, the contract every
/// `Decoder` has in practice.
///
/// The coding path is a shared stack rather than an array per container, so decoding a
/// nested value (a typed id, a nested struct) allocates nothing for its path. Each decoder
/// and container remembers the stack depth its path starts from, plus any path components
/// above it (a `suffix`, only for nested containers and super decoders, which can be used
/// after the call that made them returned). Suffixes live here and are named by index, so
/// the containers themselves hold no references and copy as plain bytes.
final class TapeDecoderState {
    let reader: TapeReader
    let userInfo: [CodingUserInfoKey: Any]
    private(set) var path: [any CodingKey] = []
    /// Path suffixes of nested containers and super decoders; index 0 is the empty suffix.
    private var suffixes: [[any CodingKey]] = [[]]

    /// - Parameter path: an empty array whose capacity a reused decoder hands from one call
    ///   to the next (see ``takePath()``), so nested values do not regrow it each time.
    init(
        tokens: UnsafePointer<JSONToken>, bytes: UnsafeRawBufferPointer, userInfo: [CodingUserInfoKey: Any],
        path: [any CodingKey] = []
    ) {
        let hint = UnsafeMutablePointer<Int>.allocate(capacity: 2)
        hint.initialize(repeating: -1, count: 2)
        self.reader = TapeReader(tokens: tokens, bytes: bytes, hint: hint)
        self.userInfo = userInfo
        self.path = path
        self.path.removeAll(keepingCapacity: true)
    }

    deinit {
        reader.hint.deallocate()
    }

    /// The path stack's storage, emptied, for the next call's state.
    func takePath() -> [any CodingKey] {
        var taken: [any CodingKey] = []
        swap(&taken, &path)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// The coding path of a decoder or container anchored at `depth` with `suffix` above it.
    func codingPath(depth: Int, suffix: Int) -> [any CodingKey] {
        Array(path.prefix(depth)) + suffixes[suffix]
    }

    func codingPath(depth: Int, suffix: Int, appending key: any CodingKey) -> [any CodingKey] {
        codingPath(depth: depth, suffix: suffix) + [key]
    }

    /// The index of suffix `suffix` followed by `key`.
    func suffix(_ suffix: Int, appending key: any CodingKey) -> Int {
        suffixes.append(suffixes[suffix] + [key])
        return suffixes.count - 1
    }

    /// Runs `body` with the path stack set to the anchor's path plus `key`, passing the depth
    /// the child decoder is anchored at. Keeps the parent's lookup hint across the child.
    @inline(__always)
    func withChildPath<Result>(
        depth: Int, suffix: Int, key: some CodingKey, _ body: (Int) throws -> Result
    ) rethrows -> Result {
        truncatePath(to: depth)
        if suffix != 0 { path.append(contentsOf: suffixes[suffix]) }
        path.append(key)
        let savedObject = reader.hint[0]
        let savedKey = reader.hint[1]
        defer {
            truncatePath(to: depth)
            reader.hint[0] = savedObject
            reader.hint[1] = savedKey
        }
        return try body(path.count)
    }

    @inline(__always)
    private func truncatePath(to depth: Int) {
        if path.count > depth { path.removeLast(path.count - depth) }
    }
}
