/* Count primes in ranges [L, R] with R up to 1e12 and R - L up to 2e6 (segmented sieve). */
#include <stdio.h>
#include <string.h>

#define BASE 1000010
#define SPAN 2000001

static unsigned char small_comp[BASE + 1];
static unsigned int primes[80000];
static unsigned char block[SPAN];

int main(void) {
    int np = 0;
    for (unsigned int i = 2; i <= BASE; i++) {
        if (small_comp[i]) continue;
        primes[np++] = i;
        for (unsigned long long j = (unsigned long long)i * i; j <= BASE; j += i) small_comp[j] = 1;
    }
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long lo, hi;
        if (scanf("%llu %llu", &lo, &hi) != 2) return 0;
        if (lo < 1) lo = 1;
        if (hi < lo || hi - lo >= SPAN) {
            printf("0\n");
            continue;
        }
        unsigned long long len = hi - lo + 1;
        memset(block, 0, len);
        for (int k = 0; k < np; k++) {
            unsigned long long p = primes[k];
            if (p * p > hi) break;
            unsigned long long start = (lo + p - 1) / p * p;
            if (start < p * p) start = p * p;
            for (unsigned long long m = start; m <= hi; m += p) block[m - lo] = 1;
        }
        if (lo == 1) block[0] = 1;
        unsigned long long count = 0;
        for (unsigned long long i = 0; i < len; i++) count += !block[i];
        printf("%llu\n", count);
    }
    return 0;
}
