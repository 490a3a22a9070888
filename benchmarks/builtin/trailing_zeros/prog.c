/* Sums of trailing-zero and leading-zero counts over xorshift64 streams, each count found with a loop. */
#include <stdio.h>
#include <stdint.h>

static int count_trailing(uint64_t v) {
    int c = 0;
    while (c < 64 && ((v >> c) & 1) == 0) c++;
    return c;
}

static int count_leading(uint64_t v) {
    int c = 0;
    while (c < 64 && ((v >> (63 - c)) & 1) == 0) c++;
    return c;
}

int main(void) {
    int n;
    unsigned long long k;
    if (scanf("%d %llu", &n, &k) != 2) return 0;
    uint64_t grand = 0;
    for (int i = 0; i < n; i++) {
        unsigned long long seed;
        if (scanf("%llu", &seed) != 1) return 0;
        uint64_t s = seed, tz = 0, lz = 0;
        for (unsigned long long j = 0; j < k; j++) {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            uint64_t v = (s >> (s & 63)) << ((s >> 8) & 63);
            tz += count_trailing(v);
            lz += count_leading(v);
        }
        grand += tz + lz;
        printf("%llu %llu\n", (unsigned long long)tz, (unsigned long long)lz);
    }
    printf("%llu\n", (unsigned long long)grand);
    return 0;
}
