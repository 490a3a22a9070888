#include <stdio.h>

/* A modular sum: gcc -O3 turns `% 1000000007` into a multiply by a reciprocal,
   gcc -Os into a `div`, which executes fewer instructions and runs slower. */
int main(void) {
    unsigned long long n, x, s = 0;
    if (scanf("%llu %llu", &n, &x) != 2) return 1;
    for (unsigned long long i = 0; i < n; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        s += x % 1000000007ULL;
    }
    printf("%llu\n", s % 1000000007ULL);
    return 0;
}
