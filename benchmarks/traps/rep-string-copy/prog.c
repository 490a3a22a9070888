#include <stdio.h>

/* Copy loops: gcc -O3 calls the C library's vectorised memcpy/memset (or
   vectorises the loop); `rep movsb` / `rep stosb` do the same work in one
   instruction that callgrind counts once per byte. */
static unsigned char a[4096], b[4096];

int main(void) {
    unsigned n, rounds;
    if (scanf("%u %u", &n, &rounds) != 2 || n > sizeof a) return 1;
    for (unsigned i = 0; i < n; i++) a[i] = (unsigned char)(i * 7 + 3);
    unsigned long long sum = 0;
    for (unsigned r = 0; r < rounds; r++) {
        unsigned len = n - (r % 64);
        for (unsigned i = 0; i < len; i++) b[i] = a[i + (r % 64)];
        for (unsigned i = len; i < n; i++) b[i] = 0;
        sum += b[r % n] + b[(r * 31) % n];
        a[r % n] ^= (unsigned char)sum;
    }
    printf("%llu\n", sum);
    return 0;
}
