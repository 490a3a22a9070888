/* Longest common subsequence of string pairs (lengths up to 5000) by the O(nm) DP with two rows. */
#include <stdio.h>
#include <string.h>

#define MAXL 5000

static char s[MAXL + 1], t[MAXL + 1];
static int rowa[MAXL + 1], rowb[MAXL + 1];

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        if (scanf("%5000s %5000s", s, t) != 2) return 0;
        int n = (int)strlen(s), m = (int)strlen(t);
        int *prev = rowa, *cur = rowb;
        for (int j = 0; j <= m; j++) prev[j] = 0;
        cur[0] = 0;
        for (int i = 1; i <= n; i++) {
            char c = s[i - 1];
            for (int j = 1; j <= m; j++) {
                if (c == t[j - 1])
                    cur[j] = prev[j - 1] + 1;
                else
                    cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
            }
            int *tmp = prev;
            prev = cur;
            cur = tmp;
        }
        printf("%d\n", prev[m]);
    }
    return 0;
}
