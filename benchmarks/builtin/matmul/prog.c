/* Product of two n x n matrices modulo 2^32 in the textbook i-j-k order; prints checksums of the result. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 800

static uint32_t A[MAXN][MAXN], B[MAXN][MAXN], C[MAXN][MAXN];

static int read_u32(uint32_t *out) {
    int ch = getchar();
    while (ch == ' ' || ch == '\n' || ch == '\r') ch = getchar();
    if (ch < '0' || ch > '9') return 0;
    uint32_t v = 0;
    while (ch >= '0' && ch <= '9') {
        v = v * 10 + (uint32_t)(ch - '0');
        ch = getchar();
    }
    *out = v;
    return 1;
}

int main(void) {
    uint32_t n, mode;
    if (!read_u32(&n) || !read_u32(&mode) || n < 1 || n > MAXN) return 0;
    if (mode == 0) { /* entries listed: A then B, row by row */
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t j = 0; j < n; j++)
                if (!read_u32(&A[i][j])) return 0;
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t j = 0; j < n; j++)
                if (!read_u32(&B[i][j])) return 0;
    } else { /* entries generated from a seed: high halves of a 64-bit LCG, A then B */
        uint32_t lo, hi;
        if (!read_u32(&hi) || !read_u32(&lo)) return 0;
        uint64_t s = (uint64_t)hi << 32 | lo;
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t j = 0; j < n; j++) {
                s = s * 6364136223846793005ULL + 1442695040888963407ULL;
                A[i][j] = (uint32_t)(s >> 32);
            }
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t j = 0; j < n; j++) {
                s = s * 6364136223846793005ULL + 1442695040888963407ULL;
                B[i][j] = (uint32_t)(s >> 32);
            }
    }
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++) {
            uint32_t s = 0;
            for (uint32_t k = 0; k < n; k++) s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    uint64_t sum = 0, weighted = 0;
    uint32_t trace = 0;
    for (uint32_t i = 0; i < n; i++) {
        trace += C[i][i];
        for (uint32_t j = 0; j < n; j++) {
            sum += C[i][j];
            weighted = weighted * 1000003u + C[i][j];
        }
    }
    printf("%llu %u %llu\n", (unsigned long long)sum, trace, (unsigned long long)weighted);
    return 0;
}
