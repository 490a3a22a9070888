/* Iterated base64 encoding of the input bytes; after each round prints the length and a checksum mod M. */
#include <stdio.h>
#include <stdint.h>

#define MAXB (12 << 20)

static unsigned char a[MAXB], b[MAXB];
static const char T[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
        out[o++] = T[v >> 18];
        out[o++] = T[(v >> 12) & 63];
        out[o++] = T[(v >> 6) & 63];
        out[o++] = T[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)in[i] << 16;
        out[o++] = T[v >> 18];
        out[o++] = T[(v >> 12) & 63];
        out[o++] = '=';
        out[o++] = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
        out[o++] = T[v >> 18];
        out[o++] = T[(v >> 12) & 63];
        out[o++] = T[(v >> 6) & 63];
        out[o++] = '=';
    }
    return o;
}

int main(void) {
    int k;
    unsigned long long M;
    if (scanf("%d %llu", &k, &M) != 2 || M == 0 || M > (1ULL << 32)) return 0;
    int c;
    while ((c = getchar()) != EOF && c != '\n') {}
    size_t n = fread(a, 1, 3 << 20, stdin);
    unsigned char *src = a, *dst = b;
    for (int r = 0; r < k; r++) {
        if (n / 3 * 4 + 4 > MAXB) break;
        n = encode(src, n, dst);
        uint64_t h = 0;
        for (size_t i = 0; i < n; i++) h = (h * 257 + dst[i]) % M;
        printf("%zu %llu\n", n, (unsigned long long)h);
        unsigned char *t = src;
        src = dst;
        dst = t;
    }
    printf("%.*s\n", (int)(n < 76 ? n : 76), k > 0 ? (const char *)src : "");
    return 0;
}
