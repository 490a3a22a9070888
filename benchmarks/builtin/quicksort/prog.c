/* Median-of-three quicksort of up to 10^6 ints (listed, or made by xorshift), printing a checksum. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 1000000

static int a[MAXN];

static void swap(int *x, int *y) {
    int t = *x;
    *x = *y;
    *y = t;
}

static void quicksort(int lo, int hi) {
    while (hi - lo > 12) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap(&a[mid], &a[lo]);
        if (a[hi] < a[lo]) swap(&a[hi], &a[lo]);
        if (a[hi] < a[mid]) swap(&a[hi], &a[mid]);
        int pivot = a[mid];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                swap(&a[i], &a[j]);
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {   /* recurse into the smaller side */
            quicksort(lo, j);
            lo = i;
        } else {
            quicksort(i, hi);
            hi = j;
        }
    }
    for (int i = lo + 1; i <= hi; i++) {
        int x = a[i], k = i - 1;
        while (k >= lo && a[k] > x) {
            a[k + 1] = a[k];
            k--;
        }
        a[k + 1] = x;
    }
}

int main(void) {
    int n, trend;
    unsigned long long seed, m;
    if (scanf("%d %llu %llu %d", &n, &seed, &m, &trend) != 4 || n < 1 || n > MAXN) return 0;
    if (seed == 0) {
        for (int i = 0; i < n; i++)
            if (scanf("%d", &a[i]) != 1) return 0;
    } else {
        uint64_t x = seed;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            long long v = (long long)(x % m) - (long long)(m / 2);
            if (trend) v += (long long)i * trend;
            a[i] = (int)v;
        }
    }
    quicksort(0, n - 1);
    uint64_t sum = 0, mix = 0;
    for (int i = 0; i < n; i++) {
        sum += (uint64_t)(i + 1) * (uint32_t)a[i];
        mix = (mix ^ (uint32_t)a[i]) * 0x100000001b3ULL;
    }
    printf("%llu %llu %d %d\n", (unsigned long long)sum, (unsigned long long)mix, a[0], a[n - 1]);
    return 0;
}
