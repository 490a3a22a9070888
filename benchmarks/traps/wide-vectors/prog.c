#include <stdio.h>

/* A multiply-add loop over arrays: asking for 512-bit vectors on a CPU with
   AVX-512 halves the vector instructions of the 256-bit code, which is not the
   same as halving the time (frequency licences, port pressure), and valgrind
   cannot count AVX-512 at all. */
#define N 4096
static unsigned a[N], b[N], c[N];

int main(void) {
    unsigned n, rounds;
    if (scanf("%u %u", &n, &rounds) != 2 || n > N) return 1;
    for (unsigned i = 0; i < n; i++) { a[i] = i * 2654435761u >> 7; b[i] = i ^ 0x5bd1e995u; }
    unsigned long long total = 0;
    for (unsigned r = 0; r < rounds; r++) {
        for (unsigned i = 0; i < n; i++) c[i] = a[i] * b[i] + (c[i] >> 3);
        for (unsigned i = 0; i < n; i++) total += c[i];
        a[r % n] += (unsigned)total;
    }
    printf("%llu\n", total);
    return 0;
}
