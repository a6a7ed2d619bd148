// SHA-256 with the x86-64 SHA extensions: `sha256rnds2` does two rounds, `sha256msg1` and
// `sha256msg2` extend the message schedule four words at a time. This is the standard
// technique of Intel's white paper "Intel SHA Extensions: New Instructions Supporting the
// Secure Hash Algorithm on Intel Architecture Processors" (Gulley et al., 2013), written
// here as one loop over the sixteen four-round groups, which clang unrolls.

#include "CHardwareChecksums.h"

#if defined(__x86_64__)

#include <cpuid.h>
#include <immintrin.h>
#include <stdatomic.h>

/// -1 until the first call, then 0 or 1: `cpuid` is slow (a VM exit under a hypervisor), and
/// the answer cannot change while the process runs, so a benign race computes it at most twice.
static _Atomic int sha_available = -1;

bool eig_sha256_hw_available(void) {
    int cached = atomic_load_explicit(&sha_available, memory_order_relaxed);
    if (cached < 0) {
        unsigned eax, ebx, ecx, edx;
        bool ok = false;
        if (__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
            bool ssse3 = (ecx & bit_SSSE3) != 0, sse41 = (ecx & bit_SSE4_1) != 0;
            // Leaf 7, subleaf 0, EBX bit 29: the SHA extensions.
            if (ssse3 && sse41 && __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) ok = (ebx & (1u << 29)) != 0;
        }
        cached = ok ? 1 : 0;
        atomic_store_explicit(&sha_available, cached, memory_order_relaxed);
    }
    return cached == 1;
}

/// The 64 round constants K (FIPS 180-4 §4.2.2), four per group, aligned for 128-bit loads.
static const uint32_t K[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

__attribute__((target("sha,sse4.1,ssse3")))
void eig_sha256_hw_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
    // Message words are big-endian: reverse the bytes of each 32-bit lane.
    const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

    // `sha256rnds2` wants the state as ABEF and CDGH (A in the highest lane).
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; count > 0; count--, blocks += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        // w[g % 4] holds schedule words 4g…4g+3 of group g; the four registers roll.
        __m128i w[4];
#pragma clang loop unroll(full)
        for (int g = 0; g < 16; g++) {
            if (g < 4) {
                w[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * g)), byteswap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at a time:
                // msg1 adds the σ0 terms to group g-4, alignr brings words t-7, msg2 adds σ1.
                __m128i x = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
                x = _mm_add_epi32(x, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
                w[g & 3] = _mm_sha256msg2_epu32(x, w[(g + 3) & 3]);
            }
            __m128i kw = _mm_add_epi32(w[g & 3], _mm_load_si128((const __m128i *)&K[4 * g]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, kw);       // rounds 4g, 4g+1
            kw = _mm_shuffle_epi32(kw, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, kw);       // rounds 4g+2, 4g+3
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    // Back from ABEF/CDGH to A…H in memory order.
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

bool eig_sha256_hw_available(void) { return false; }

void eig_sha256_hw_compress(uint32_t state[8], const uint8_t *blocks, size_t count) {
    (void)state;
    (void)blocks;
    (void)count;
    __builtin_trap(); // never called: eig_sha256_hw_available() is false here
}

#endif
