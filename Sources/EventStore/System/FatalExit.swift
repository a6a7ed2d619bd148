import Glibc

/// Ends the process after a durability failure, without running anything that could write.
enum FatalExit {
    static func exit(with error: StoreError) -> Never {
        let text =
            "eig: fatal: \(error.message)\neig: stopping now: data may not be on disk; do not retry, "
            + "reopen the store (its tail is recovered on open) and check it with `eig verify`.\n"
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
        _exit(74)
    }
}
