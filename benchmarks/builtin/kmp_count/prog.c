/* Occurrences (overlapping) of a pattern in a generated text, counted with Knuth-Morris-Pratt. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXP 200005
#define MAXT (1 << 23)

static char pat[MAXP], txt[MAXT];
static int fail[MAXP];

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        unsigned n, A;
        unsigned long long x;
        if (scanf("%200000s %u %u %llu", pat, &n, &A, &x) != 4) return 0;
        int m = (int)strlen(pat);
        for (unsigned i = 0; i < n; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            txt[i] = (char)('a' + (((x >> 32) * A) >> 32));
        }
        fail[0] = 0;
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && pat[i] != pat[k]) k = fail[k - 1];
            if (pat[i] == pat[k]) k++;
            fail[i] = k;
        }
        long long count = 0;
        int k = 0;
        for (unsigned i = 0; i < n; i++) {
            while (k > 0 && txt[i] != pat[k]) k = fail[k - 1];
            if (txt[i] == pat[k]) k++;
            if (k == m) {
                count++;
                k = fail[k - 1];
            }
        }
        printf("%lld\n", count);
    }
    return 0;
}
