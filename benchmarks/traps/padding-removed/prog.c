#include <stdio.h>
#include <stdlib.h>

/* Pointer chasing through one random cycle, in short inner walks: every step
   waits on a cache miss, so neither the loop heads' alignment nor the padding
   nop run on the way into them (once per outer step) can change the time,
   while it is one in fourteen of the instructions the walk executes. */
int main(void) {
    long n, steps, walk;
    if (scanf("%ld %ld %ld", &n, &steps, &walk) != 3 || n < 2) return 1;
    unsigned *next = malloc((size_t)n * sizeof *next);
    if (!next) return 1;
    for (long i = 0; i < n; i++) next[i] = (unsigned)i;
    unsigned long long s = 88172645463325252ULL;
    for (long i = n - 1; i > 0; i--) {  /* Sattolo: a single cycle through all n */
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        long j = (long)(s % (unsigned long long)i);
        unsigned t = next[i]; next[i] = next[j]; next[j] = t;
    }
    unsigned p = 0;
    unsigned long long sum = 0;
    for (long r = 0; r < steps; r++) {
        for (long q = 0; q < walk; q++) { p = next[p]; sum += p; }
    }
    printf("%llu\n", sum);
    free(next);
    return 0;
}
