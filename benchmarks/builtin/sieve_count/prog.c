/* Number of primes <= n for several n: one sieve of Eratosthenes up to the largest n. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXQ 100000

static unsigned char composite[40000001];
static unsigned int qn[MAXQ], order[MAXQ], answer[MAXQ];

static int cmp_idx(const void *a, const void *b) {
    unsigned int x = qn[*(const unsigned int *)a], y = qn[*(const unsigned int *)b];
    return (x > y) - (x < y);
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1 || q < 0 || q > MAXQ) return 0;
    unsigned int limit = 1;
    for (int i = 0; i < q; i++) {
        if (scanf("%u", &qn[i]) != 1) return 0;
        if (qn[i] > 40000000u) qn[i] = 40000000u;
        if (qn[i] > limit) limit = qn[i];
        order[i] = i;
    }
    composite[0] = composite[1] = 1;
    for (unsigned long long p = 2; p * p <= limit; p++) {
        if (composite[p]) continue;
        for (unsigned long long m = p * p; m <= limit; m += p) composite[m] = 1;
    }
    qsort(order, q, sizeof order[0], cmp_idx);
    unsigned int count = 0, x = 0;
    for (int k = 0; k < q; k++) {
        unsigned int n = qn[order[k]];
        while (x < n) {
            x++;
            count += !composite[x];
        }
        answer[order[k]] = count;
    }
    for (int i = 0; i < q; i++) printf("%u\n", answer[i]);
    return 0;
}
