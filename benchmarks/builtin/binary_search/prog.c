/* lower_bound queries on a sorted array (queries listed, or made by xorshift); prints sum of positions. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 200000

static long long a[MAXN];

static int lower_bound(int n, long long x) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) >> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int main(void) {
    int n, q;
    unsigned long long seed;
    if (scanf("%d %d %llu", &n, &q, &seed) != 3 || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &a[i]) != 1) return 0;
    uint64_t span = (uint64_t)(a[n - 1] - a[0]) + 5, x = seed;
    unsigned long long total = 0, hits = 0, weighted = 0;
    for (int k = 0; k < q; k++) {
        long long v;
        if (seed == 0) {
            if (scanf("%lld", &v) != 1) return 0;
        } else {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            v = a[0] - 2 + (long long)(x % span);
        }
        int p = lower_bound(n, v);
        total += (unsigned long long)p;
        weighted += (unsigned long long)p * (unsigned long long)(k + 1);
        if (p < n && a[p] == v) hits++;
    }
    printf("%llu %llu %llu\n", total, hits, weighted);
    return 0;
}
