/* Sum of floor(sqrt(x)) over arithmetic progressions of 64-bit x (integer Newton iteration, no floating point). */
#include <stdio.h>
#include <stdint.h>

static uint64_t isqrt(uint64_t x) {
    if (x < 2) return x;
    int bits = 0;
    for (uint64_t t = x; t; t >>= 1) bits++;
    uint64_t r = (uint64_t)1 << ((bits + 1) / 2); /* r >= sqrt(x) */
    for (;;) {
        uint64_t y = (r + x / r) >> 1;
        if (y >= r) break;
        r = y;
    }
    return r;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long a, d, k;
        if (scanf("%llu %llu %llu", &a, &d, &k) != 3) return 0;
        uint64_t x = a, total = 0;
        for (unsigned long long i = 0; i < k; i++) {
            total += isqrt(x);
            x += d; /* wraps modulo 2^64 */
        }
        printf("%llu\n", (unsigned long long)total);
    }
    return 0;
}
