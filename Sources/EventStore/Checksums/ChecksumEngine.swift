import CHardwareChecksums
import Glibc

/// Which code computes SHA-256 and CRC-32C: the processor's own instructions (the SHA
/// extensions and SSE4.2's `crc32`, reached through our C target `CHardwareChecksums`, since
/// Swift cannot reach them) or the portable Swift of this folder. Both give the same bytes, so
/// the choice never shows on disk. The hardware is four to six times faster for SHA-256 and
/// three to five times for CRC-32C (`eig-bench checksums`).
///
/// Each checksum picks its engine once per process: the hardware when the CPU has it, unless
/// the environment variable `EIG_PORTABLE_CHECKSUMS` is `1` (for tests, benchmarks and anyone
/// who distrusts the hardware). The portable code stays the fallback and the tests' oracle.
package enum ChecksumEngine: String, Sendable, CaseIterable {
    case hardware
    case portable

    /// The engine of `SHA256()` in this process.
    package static let sha256: ChecksumEngine = choose(hardware: hasSHA256Hardware)

    /// The engine of `CRC32C.checksum` in this process.
    package static let crc32c: ChecksumEngine = choose(hardware: hasCRC32CHardware)

    /// Whether this CPU has the SHA extensions (with SSSE3 and SSE4.1).
    package static var hasSHA256Hardware: Bool { eig_sha256_hw_available() }

    /// Whether this CPU has SSE4.2's `crc32` (with PCLMULQDQ, which combines interleaved CRCs).
    package static var hasCRC32CHardware: Bool { eig_crc32c_hw_available() }

    /// The environment variable that, set to `1`, makes both checksums portable.
    package static let portableVariable = "EIG_PORTABLE_CHECKSUMS"

    /// The engine to use given the CPU's answer and the value of `EIG_PORTABLE_CHECKSUMS`
    /// (`nil` when unset): any value but `1` leaves the choice to the CPU.
    static func choose(hardware: Bool, portableVariable value: String?) -> ChecksumEngine {
        hardware && value != "1" ? .hardware : .portable
    }

    private static func choose(hardware: Bool) -> ChecksumEngine {
        let value = getenv(portableVariable).map { String(cString: $0) }
        return choose(hardware: hardware, portableVariable: value)
    }
}
