// CRC-32C with SSE4.2's `crc32` instruction, which computes exactly this CRC (Castagnoli,
// reflected polynomial 0x82F63B78) eight bytes at a time. The instruction has a latency of
// three cycles and a throughput of one, so long buffers are cut into three blocks whose CRCs
// run interleaved, then combined: the CRC of A‖B‖C is shift(crc(A), 2L) ⊕ shift(crc(B), L) ⊕
// crc(C), where shift(r, n) = r·x^(8n) mod P is one carry-less multiply (`pclmulqdq`) by the
// constant x^(8n-33) mod P, reduced by one more `crc32` (which multiplies by x^32; the
// multiply's bit-reflected product brings the 33rd). This is the technique of Intel's white
// paper "Fast CRC Computation for iSCSI Polynomial Using CRC32 Instruction" (Gopal et al.,
// 2011), also used by Linux's crc32c-intel and Mark Adler's crc32c.c.

#include "CHardwareChecksums.h"

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>
#include <string.h>

/// -1 until the first call, then 0 or 1 (see `sha_available` in sha256_hw.c).
static _Atomic int crc_available = -1;

bool eig_crc32c_hw_available(void) {
    int cached = atomic_load_explicit(&crc_available, memory_order_relaxed);
    if (cached < 0) {
        unsigned eax, ebx, ecx, edx;
        bool ok = __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSE4_2) && (ecx & bit_PCLMUL);
        cached = ok ? 1 : 0;
        atomic_store_explicit(&crc_available, cached, memory_order_relaxed);
    }
    return cached == 1;
}

/// The block lengths of the interleaved loop: long for index runs and segments, short for
/// what is left and buffers of 768 bytes to 24 KB, tiny for records (192 bytes and more: a
/// 250-byte record takes about half the time of one serial stream).
enum { LONG = 8192, SHORT = 256, TINY = 64 };

/// x^(8L-33) and x^(16L-33) mod P, bit-reflected, for L = LONG, SHORT and TINY: the
/// multipliers that move a CRC past L and 2L zero bytes. Computed once by square-and-multiply
/// in GF(2)[x]/P (the tests check the result against the portable code on buffers of every
/// size path).
static const uint64_t LONG_1 = 0x54a86326, LONG_2 = 0x1dc403cc;
static const uint64_t SHORT_1 = 0xb9e02b86, SHORT_2 = 0xdd7e3b0c;
static const uint64_t TINY_1 = 0x9e4addf8, TINY_2 = 0x0d3b6092;

/// The raw register `crc` moved past the zero bytes `k` stands for (see above).
__attribute__((target("sse4.2,pclmul")))
static inline uint32_t shift(uint32_t crc, uint64_t k) {
    __m128i product = _mm_clmulepi64_si128(_mm_cvtsi32_si128((int)crc), _mm_cvtsi64_si128((long long)k), 0);
    return (uint32_t)_mm_crc32_u64(0, (uint64_t)_mm_cvtsi128_si64(product));
}

static inline uint64_t load64(const uint8_t *p) {
    uint64_t word;
    memcpy(&word, p, 8); // x86-64 is little-endian, as the CRC's byte order wants
    return word;
}

/// Three interleaved blocks of `length` bytes while they fit, combined with `k1`, `k2`.
#define EIG_CRC_BLOCKS(length, k1, k2)                                                            \
    while (n >= 3 * (length)) {                                                                   \
        uint64_t a = r, b = 0, c = 0;                                                             \
        for (const uint8_t *end = p + (length); p < end; p += 8) {                                \
            a = _mm_crc32_u64(a, load64(p));                                                      \
            b = _mm_crc32_u64(b, load64(p + (length)));                                           \
            c = _mm_crc32_u64(c, load64(p + 2 * (length)));                                       \
        }                                                                                         \
        r = shift((uint32_t)a, k2) ^ shift((uint32_t)b, k1) ^ (uint32_t)c;                       \
        p += 2 * (length);                                                                        \
        n -= 3 * (length);                                                                        \
    }

__attribute__((target("sse4.2,pclmul")))
uint32_t eig_crc32c_hw_update(uint32_t crc, const uint8_t *p, size_t n) {
    uint64_t r = ~crc; // the register runs inverted, as the CRC's definition says
    if (p == NULL) return crc;
    EIG_CRC_BLOCKS(LONG, LONG_1, LONG_2)
    EIG_CRC_BLOCKS(SHORT, SHORT_1, SHORT_2)
    EIG_CRC_BLOCKS(TINY, TINY_1, TINY_2)
    for (; n >= 8; n -= 8, p += 8) r = _mm_crc32_u64(r, load64(p));
    for (; n > 0; n--, p++) r = _mm_crc32_u8((uint32_t)r, *p);
    return ~(uint32_t)r;
}

#undef EIG_CRC_BLOCKS

#else

bool eig_crc32c_hw_available(void) { return false; }

uint32_t eig_crc32c_hw_update(uint32_t crc, const uint8_t *p, size_t n) {
    (void)p;
    (void)n;
    __builtin_trap(); // never called: eig_crc32c_hw_available() is false here
    return crc;
}

#endif
