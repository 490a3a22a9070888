/* Parse signed 64-bit integers with a getchar parser; sum mod 2^64, min and max of all of them and of query ranges. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 300000

static int64_t a[MAXN];

static int read_int(int64_t *out) {
    int c = getchar();
    while (c != EOF && c != '-' && (c < '0' || c > '9')) c = getchar();
    if (c == EOF) return 0;
    int neg = 0;
    if (c == '-') {
        neg = 1;
        c = getchar();
    }
    uint64_t v = 0;
    while (c >= '0' && c <= '9') {
        v = v * 10 + (uint64_t)(c - '0');
        c = getchar();
    }
    *out = (int64_t)(neg ? 0 - v : v);
    return 1;
}

static void stats(int l, int r) {           /* a[l..r), l < r */
    uint64_t sum = 0;
    int64_t lo = a[l], hi = a[l];
    for (int i = l; i < r; i++) {
        sum += (uint64_t)a[i];
        if (a[i] < lo) lo = a[i];
        if (a[i] > hi) hi = a[i];
    }
    printf("%llu %lld %lld\n", (unsigned long long)sum, (long long)lo, (long long)hi);
}

int main(void) {
    int64_t n, q, l, r;
    if (!read_int(&n) || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        if (!read_int(&a[i])) return 1;
    stats(0, (int)n);
    if (!read_int(&q)) return 0;
    while (q-- > 0) {
        if (!read_int(&l) || !read_int(&r) || l < 1 || l > r || r > n) return 1;
        stats((int)l - 1, (int)r);
    }
    return 0;
}
