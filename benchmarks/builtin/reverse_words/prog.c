/* Reverse the order of the words on every line: explicit lines are printed, generated ones hashed. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXLINE (1 << 20)
#define MAXV (1 << 18)

static char text[MAXLINE + 1], line[MAXLINE], out[MAXLINE];
static int ws[MAXLINE / 2 + 1], we[MAXLINE / 2 + 1], vs[MAXV], vl[MAXV];

/* writes the words of in[0..n) in reverse order, single-spaced, to o; returns the length */
static int reverse_line(const char *in, int n, char *o) {
    int k = 0, i = 0, len = 0;
    while (i < n) {
        while (i < n && (in[i] == ' ' || in[i] == '\t')) i++;
        if (i == n) break;
        ws[k] = i;
        while (i < n && in[i] != ' ' && in[i] != '\t') i++;
        we[k++] = i;
    }
    for (int w = k - 1; w >= 0; w--) {
        memcpy(o + len, in + ws[w], we[w] - ws[w]);
        len += we[w] - ws[w];
        if (w) o[len++] = ' ';
    }
    return len;
}

int main(void) {
    unsigned n, W;
    unsigned long long x;
    if (scanf("%u %u %llu", &n, &W, &x) != 3) return 0;
    int c;
    while ((c = getchar()) != EOF && c != '\n') {}
    int tn = (int)fread(text, 1, MAXLINE, stdin), V = 0;
    for (int p = 0; p < tn;) {                     /* explicit lines: print reversed */
        int e = p;
        while (e < tn && text[e] != '\n') e++;
        int len = reverse_line(text + p, e - p, out);
        out[len++] = '\n';
        fwrite(out, 1, len, stdout);
        for (int i = p; i < e;) {                  /* their words form the vocabulary */
            while (i < e && (text[i] == ' ' || text[i] == '\t')) i++;
            if (i == e) break;
            int s = i;
            while (i < e && text[i] != ' ' && text[i] != '\t') i++;
            if (V < MAXV) vs[V] = s, vl[V++] = i - s;
        }
        p = e + 1;
    }
    uint64_t h = 0, total = 0;
    for (unsigned r = 0; r < n; r++) {             /* generated lines: hash reversed */
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        unsigned k = V ? (unsigned)(((x >> 32) * (W + 1)) >> 32) : 0;
        int len = 0;
        for (unsigned j = 0; j < k; j++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            int v = (int)(((x >> 32) * (unsigned)V) >> 32);
            if (len + vl[v] + 1 > MAXLINE) break;
            if (j) line[len++] = (x >> 31) & 1 ? ' ' : '\t';
            memcpy(line + len, text + vs[v], vl[v]);
            len += vl[v];
        }
        len = reverse_line(line, len, out);
        for (int i = 0; i < len; i++) h = h * 1000003u + (unsigned char)out[i];
        h = h * 1000003u + '\n';
        total += (uint64_t)len + 1;
    }
    printf("%llu %llu\n", (unsigned long long)total, (unsigned long long)h);
    return 0;
}
