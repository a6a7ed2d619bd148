import CHardwareChecksums

extension SHA256 {
    /// A hasher that runs on `engine` whatever this process chose: the tests compare the two
    /// engines with it and `eig-bench checksums` times them side by side.
    ///
    /// - Precondition: the engine can run here (``ChecksumEngine/hasSHA256Hardware`` for
    ///   `.hardware`).
    package init(engine: ChecksumEngine) {
        precondition(engine == .portable || ChecksumEngine.hasSHA256Hardware, "this CPU has no SHA extensions")
        self.engine = engine
    }

    /// The digest of `bytes` on `engine`.
    package static func hash(_ bytes: some Sequence<UInt8>, engine: ChecksumEngine) -> Digest {
        var hasher = SHA256(engine: engine)
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Runs the compression function over `count` consecutive 64-byte blocks on `engine`.
    @inline(__always)
    static func compress(_ state: inout State, blocks: UnsafeRawPointer, count: Int, engine: ChecksumEngine) {
        switch engine {
        case .hardware:
            // `State` is a homogeneous tuple: its eight words are contiguous, H0 first.
            withUnsafeMutableBytes(of: &state) { words in
                eig_sha256_hw_compress(
                    words.baseAddress!.assumingMemoryBound(to: UInt32.self), blocks.assumingMemoryBound(to: UInt8.self),
                    count)
            }
        case .portable:
            compressPortably(&state, blocks: blocks, count: count)
        }
    }
}
