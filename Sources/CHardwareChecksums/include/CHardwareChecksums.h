/// Hardware paths for the two checksums of the log: SHA-256 with the x86-64 SHA extensions
/// and CRC-32C with SSE4.2's `crc32` instruction. Swift cannot reach these instructions, so
/// this small C target of ours does, compiled by the toolchain's clang; the Swift code in
/// `EventStore/Checksums/` stays the portable path and the test oracle. Each `*_available`
/// function says whether the running CPU has the instructions (checked once with `cpuid`);
/// on other architectures they return false and the other functions must not be called.
#ifndef EIG_HARDWARE_CHECKSUMS_H
#define EIG_HARDWARE_CHECKSUMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Whether `eig_sha256_hw_compress` may run here (SHA, SSSE3 and SSE4.1).
bool eig_sha256_hw_available(void);

/// The SHA-256 compression function (FIPS 180-4 §6.2.2) over `count` consecutive 64-byte
/// blocks at `blocks`, updating `state` (the eight working words H0…H7, native order).
void eig_sha256_hw_compress(uint32_t state[_Nonnull 8], const uint8_t *_Nonnull blocks, size_t count);

/// Whether `eig_crc32c_hw_update` may run here (SSE4.2 and PCLMULQDQ).
bool eig_crc32c_hw_available(void);

/// The CRC-32C of the `n` bytes at `p`, continuing from `crc` (the CRC-32C of the bytes
/// before them, 0 for none): the same value as the portable `CRC32C.checksum`.
uint32_t eig_crc32c_hw_update(uint32_t crc, const uint8_t *_Nullable p, size_t n);

#endif
