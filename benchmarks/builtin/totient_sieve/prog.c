/* Euler's totient for 1..n with a linear sieve; prints the sum and the xor of all phi values. */
#include <stdio.h>

#define MAXN 10000000

static unsigned int phi[MAXN + 1], lp[MAXN + 1], primes[700000];

int main(void) {
    unsigned int n;
    if (scanf("%u", &n) != 1) return 0;
    if (n > MAXN) n = MAXN;
    int np = 0;
    if (n >= 1) phi[1] = 1;
    for (unsigned int i = 2; i <= n; i++) {
        if (lp[i] == 0) {
            lp[i] = i;
            phi[i] = i - 1;
            primes[np++] = i;
        }
        for (int k = 0; k < np; k++) {
            unsigned int p = primes[k];
            unsigned long long ip = (unsigned long long)i * p;
            if (p > lp[i] || ip > n) break;
            lp[ip] = p;
            phi[ip] = (p == lp[i]) ? phi[i] * p : phi[i] * (p - 1);
        }
    }
    unsigned long long sum = 0;
    unsigned int x = 0;
    for (unsigned int i = 1; i <= n; i++) {
        sum += phi[i];
        x ^= phi[i];
    }
    printf("%llu %u\n", sum, x);
    return 0;
}
