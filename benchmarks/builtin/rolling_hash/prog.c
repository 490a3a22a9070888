/* Distinct substrings of length k: polynomial rolling hash mod 2^64, then an LSD radix sort of the hashes. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXN 1000005

static char s[MAXN];
static uint64_t h[MAXN], tmp[MAXN];
static unsigned cnt[256];

static void radix_sort(uint64_t *a, int n) {
    for (int shift = 0; shift < 64; shift += 8) {
        memset(cnt, 0, sizeof cnt);
        for (int i = 0; i < n; i++) cnt[(a[i] >> shift) & 255]++;
        unsigned pos = 0;
        for (int b = 0; b < 256; b++) {
            unsigned c = cnt[b];
            cnt[b] = pos;
            pos += c;
        }
        for (int i = 0; i < n; i++) tmp[cnt[(a[i] >> shift) & 255]++] = a[i];
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
}

int main(void) {
    int q;
    if (scanf("%1000000s %d", s, &q) != 2) return 0;
    int n = (int)strlen(s);
    const uint64_t B = 1000003;
    while (q--) {
        int k;
        if (scanf("%d", &k) != 1) return 0;
        if (k < 1 || k > n) {
            printf("0\n");
            continue;
        }
        uint64_t pw = 1, cur = 0;
        for (int i = 0; i < k; i++) {
            pw *= B;
            cur = cur * B + (unsigned char)s[i];
        }
        int m = n - k + 1;
        h[0] = cur;
        for (int i = k; i < n; i++) {
            cur = cur * B + (unsigned char)s[i] - pw * (unsigned char)s[i - k];
            h[i - k + 1] = cur;
        }
        radix_sort(h, m);
        int distinct = 1;
        for (int i = 1; i < m; i++) distinct += h[i] != h[i - 1];
        printf("%d\n", distinct);
    }
    return 0;
}
