/* For each set of ignored letters, count the lines that are palindromes ignoring non-letters, case and that set. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

#define MAXB (1 << 20)
#define MAXL 200000
#define MAXM 64

static char buf[MAXB];
static int start[MAXL], len[MAXL];
static unsigned mask[MAXM];

static int skip(int c, unsigned m) {
    return !isalpha(c) || ((m >> (tolower(c) - 'a')) & 1);
}

static int is_pal(const char *s, int n, unsigned m) {
    int i = 0, j = n - 1;
    for (;;) {
        while (i < j && skip((unsigned char)s[i], m)) i++;
        while (i < j && skip((unsigned char)s[j], m)) j--;
        if (i >= j) return 1;
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)s[j])) return 0;
        i++;
        j--;
    }
}

int main(void) {
    int m;
    if (scanf("%d", &m) != 1 || m < 1 || m > MAXM) return 0;
    for (int k = 0; k < m; k++) {
        char w[32];
        if (scanf("%31s", w) != 1) return 0;
        for (char *p = w; *p; p++)
            if (*p >= 'a' && *p <= 'z') mask[k] |= 1u << (*p - 'a');
    }
    int c;
    while ((c = getchar()) != EOF && c != '\n') {}  /* rest of the last set line */
    size_t n = fread(buf, 1, MAXB, stdin);
    int lines = 0;
    size_t p = 0;
    while (p < n && lines < MAXL) {
        size_t e = p;
        while (e < n && buf[e] != '\n') e++;
        start[lines] = (int)p;
        len[lines++] = (int)(e - p);
        p = e + 1;
    }
    for (int k = 0; k < m; k++) {
        int count = 0;
        for (int i = 0; i < lines; i++) count += is_pal(buf + start[i], len[i], mask[k]);
        printf("%d\n", count);
    }
    return 0;
}
