/* Levenshtein distance for pairs of lines (possibly empty), single-row DP. */
#include <stdio.h>
#include <string.h>

#define MAXL 4000

static char s[MAXL + 3], t[MAXL + 3];
static int row[MAXL + 1];

static int read_line(char *buf) {
    if (!fgets(buf, MAXL + 3, stdin)) return -1;
    int len = (int)strlen(buf);
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) buf[--len] = '\0';
    return len;
}

int main(void) {
    int q;
    char head[32];
    if (!fgets(head, sizeof head, stdin) || sscanf(head, "%d", &q) != 1) return 0;
    while (q-- > 0) {
        int n = read_line(s), m = read_line(t);
        if (n < 0 || m < 0 || n > MAXL || m > MAXL) return 0;
        for (int j = 0; j <= m; j++) row[j] = j;
        for (int i = 1; i <= n; i++) {
            int diag = row[0];
            row[0] = i;
            char c = s[i - 1];
            for (int j = 1; j <= m; j++) {
                int up = row[j];
                int best = diag + (c != t[j - 1]);
                if (up + 1 < best) best = up + 1;
                if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
                row[j] = best;
                diag = up;
            }
        }
        printf("%d\n", row[m]);
    }
    return 0;
}
