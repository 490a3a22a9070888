/* Run-length encoding ("<count><char>" per run) of generated strings: encoded length and a checksum. */
#include <stdio.h>
#include <stdint.h>

#define MAXN (1 << 23)

static char s[MAXN], enc[2 * MAXN + 16];

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        unsigned n, A, p;
        unsigned long long x;
        if (scanf("%u %u %u %llu", &n, &A, &p, &x) != 4) return 0;
        for (unsigned i = 0; i < n; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned r = (unsigned)(x >> 32);
            if (i > 0 && r % 1000 < p) s[i] = s[i - 1];
            else s[i] = (char)('a' + (((uint64_t)r * A) >> 32));
        }
        size_t len = 0, runs = 0;
        for (unsigned i = 0; i < n;) {
            unsigned j = i + 1;
            while (j < n && s[j] == s[i]) j++;
            unsigned cnt = j - i;
            char digits[12];
            int d = 0;
            do {
                digits[d++] = (char)('0' + cnt % 10);
                cnt /= 10;
            } while (cnt);
            while (d) enc[len++] = digits[--d];
            enc[len++] = s[i];
            runs++;
            i = j;
        }
        uint64_t h = 1469598103934665603ULL;
        for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)enc[i]) * 1099511628211ULL;
        printf("%zu %zu %llu %.*s\n", runs, len, (unsigned long long)h, (int)(len < 40 ? len : 40), enc);
    }
    return 0;
}
