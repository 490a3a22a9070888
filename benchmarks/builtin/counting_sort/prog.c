/* Range sort queries: counting-sort a[l..r] (values in [0, 65535]) and print checksums of the result. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define MAXN 400000
#define MAXV 65536

static unsigned short a[MAXN], sorted[MAXN];
static unsigned cnt[MAXV];

static int read_uint(unsigned *out) {
    int c = getchar();
    while (c == ' ' || c == '\n' || c == '\r') c = getchar();
    if (c < '0' || c > '9') return 0;
    unsigned v = 0;
    while (c >= '0' && c <= '9') {
        v = v * 10 + (unsigned)(c - '0');
        c = getchar();
    }
    *out = v;
    return 1;
}

int main(void) {
    unsigned n, q, v, l, r;
    if (!read_uint(&n) || !read_uint(&q) || n < 1 || n > MAXN) return 0;
    for (unsigned i = 0; i < n; i++) {
        if (!read_uint(&v)) return 0;
        a[i] = (unsigned short)v;
    }
    while (q--) {
        if (!read_uint(&l) || !read_uint(&r) || l > r || r >= n) return 0;
        memset(cnt, 0, sizeof cnt);
        for (unsigned i = l; i <= r; i++) cnt[a[i]]++;
        unsigned pos = 0, distinct = 0, mode = 0;
        for (unsigned x = 0; x < MAXV; x++) {
            if (cnt[x]) distinct++;
            if (cnt[x] > cnt[mode]) mode = x;
            for (unsigned c = cnt[x]; c > 0; c--) sorted[pos++] = (unsigned short)x;
        }
        uint64_t sum = 0;
        for (unsigned i = 0; i < pos; i++) sum += (uint64_t)(i + 1) * sorted[i];
        printf("%llu %u %u %u\n", (unsigned long long)sum, distinct, mode, sorted[(pos - 1) / 2]);
    }
    return 0;
}
