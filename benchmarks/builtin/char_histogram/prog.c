/* Byte histogram of a data block (read with fread), then the most frequent byte of each query range. */
#include <stdio.h>
#include <string.h>

#define MAXB (4 << 20)

static unsigned char buf[MAXB];
static unsigned cnt[256];

static size_t read_num(const unsigned char *b, size_t len, size_t *p) {
    size_t v = 0;
    while (*p < len && (b[*p] < '0' || b[*p] > '9')) (*p)++;
    while (*p < len && b[*p] >= '0' && b[*p] <= '9') v = v * 10 + (size_t)(b[(*p)++] - '0');
    return v;
}

static void histogram(const unsigned char *d, size_t len) {
    memset(cnt, 0, sizeof cnt);
    for (size_t i = 0; i < len; i++) cnt[d[i]]++;
}

int main(void) {
    size_t total = fread(buf, 1, MAXB, stdin), p = 0;
    size_t n = read_num(buf, total, &p), q = read_num(buf, total, &p);
    size_t qpos = p;
    for (size_t i = 0; i < 2 * q; i++) read_num(buf, total, &p);
    while (p < total && buf[p] != '\n') p++;
    p++;                                   /* the data starts after the newline */
    if (p > total || n > total - p) return 1;
    const unsigned char *data = buf + p;
    histogram(data, n);
    for (int b = 0; b < 256; b++)
        if (cnt[b]) printf("%d %u\n", b, cnt[b]);
    for (size_t k = 0; k < q; k++) {
        size_t l = read_num(buf, total, &qpos), r = read_num(buf, total, &qpos);
        if (l > r || r > n) return 1;
        histogram(data + l, r - l);
        int best = 0;
        for (int b = 1; b < 256; b++)
            if (cnt[b] > cnt[best]) best = b;
        printf("%d %u\n", best, cnt[best]);
    }
    return 0;
}
