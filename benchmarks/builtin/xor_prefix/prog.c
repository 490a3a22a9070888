/* Xor of a[l..r] for many queries, recomputed from scratch for each query; the array comes from a seeded LCG. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 2000000

static uint32_t a[MAXN + 1];

int main(void) {
    int n, q;
    unsigned long long seed;
    if (scanf("%d %d %llu", &n, &q, &seed) != 3 || n < 1 || n > MAXN) return 0;
    uint64_t s = seed;
    for (int i = 1; i <= n; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        a[i] = (uint32_t)(s >> 33);
    }
    uint32_t all = 0;
    for (int t = 0; t < q; t++) {
        int l, r;
        if (scanf("%d %d", &l, &r) != 2) return 0;
        if (l > r) {
            int tmp = l;
            l = r;
            r = tmp;
        }
        if (l < 1) l = 1;
        if (r > n) r = n;
        uint32_t x = 0;
        for (int i = l; i <= r; i++) x ^= a[i];
        all ^= x;
        printf("%u\n", x);
    }
    printf("total %u\n", all);
    return 0;
}
