/* Inversion count of several arrays (listed, or made by xorshift32) with a top-down merge sort. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 2000000

static unsigned a[MAXN], tmp[MAXN];

static unsigned long long sort_count(int lo, int hi) {   /* sorts a[lo, hi) */
    if (hi - lo < 2) return 0;
    int mid = lo + (hi - lo) / 2;
    unsigned long long inv = sort_count(lo, mid) + sort_count(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            inv += (unsigned long long)(mid - i);
            tmp[k++] = a[j++];
        } else {
            tmp[k++] = a[i++];
        }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (k = lo; k < hi; k++) a[k] = tmp[k];
    return inv;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        int n;
        unsigned m, s;
        if (scanf("%d %u %u", &n, &m, &s) != 3 || n < 0 || n > MAXN) return 0;
        if (s == 0) {
            for (int i = 0; i < n; i++)
                if (scanf("%u", &a[i]) != 1) return 0;
        } else {
            uint32_t x = s;
            for (int i = 0; i < n; i++) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                a[i] = x % m;
            }
        }
        printf("%llu\n", sort_count(0, n));
    }
    return 0;
}
