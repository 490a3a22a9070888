/* Longest palindromic substring of each input word by O(n^2) expansion around every centre. */
#include <stdio.h>
#include <string.h>

#define MAXL 30000

static char s[MAXL + 1];

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        if (scanf("%30000s", s) != 1) return 0;
        int n = (int)strlen(s);
        int best_len = 0, best_start = 0;
        long long total = 0;                 /* number of palindromic substrings */
        for (int c = 0; c < 2 * n - 1; c++) {
            int l = c / 2, r = l + c % 2;
            while (l >= 0 && r < n && s[l] == s[r]) {
                l--;
                r++;
            }
            int len = r - l - 1;
            total += (len + 1) / 2;
            if (len > best_len) {
                best_len = len;
                best_start = l + 1;
            }
        }
        printf("%d %d %lld\n", best_len, best_start, total);
    }
    return 0;
}
